#!/usr/bin/env python3
"""Scores place resolution on the hand-checked sample Benchmarks/geo/places-dev-sample.tsv.

Runs `letopis extract --format json` (all stages) on the documents the sample's mentions come from
(../shared/data: FactRuEval devset, NEREL dev, telegram dev), finds each sampled mention's actor and
compares its `geo` with the expected answer:
  expected_entry  country:XX  the country XX;  a number  that GeoNames id;  own:NAME  our table's entry NAME;
                  -           nothing (not in the gazetteer, or not a place): the mention should stay unresolved.
Reports the share resolved, country accuracy and entry accuracy over the mentions that have an entry, and
how many mentions without one were resolved all the same.

Usage: python3 Benchmarks/scripts/geo-eval.py [--letopis .build/release/letopis] [--models DIR] [--errors]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "..", "shared", "data")
SAMPLE = os.path.join(HERE, "..", "geo", "places-dev-sample.tsv")


def load_sample(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, l.split("\t"))) for l in lines[1:] if l.strip()]


def extract(letopis, models, inputs):
    cmd = [letopis, "extract", "--format", "json"] + inputs + (["--models", models] if models else [])
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"letopis failed: {out.stderr.strip()[:300]}")
    return {d["id"]: d for d in (json.loads(l) for l in out.stdout.splitlines() if l.strip())}


def entry_matches(expected, geo):
    if geo is None:
        return False
    if expected.startswith("country:"):
        return (geo.get("feature_code") or "").startswith("PCL") and geo.get("country") == expected[8:]
    if expected.startswith("own:"):
        return geo.get("geonameid") is None and geo.get("name") == expected[4:]
    return str(geo.get("geonameid")) == expected


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--letopis", default=".build/release/letopis")
    ap.add_argument("--models")
    ap.add_argument("--shared", default=SHARED)
    ap.add_argument("--sample", default=SAMPLE)
    ap.add_argument("--errors", action="store_true", help="list every miss")
    a = ap.parse_args()
    if not os.path.isdir(a.shared):
        print(f"skipped: {a.shared} is absent (the dev sets live in ../shared/data)")
        return
    rows = load_sample(a.sample)
    docs = {}
    for s, folder in (("factrueval", "factrueval-2016/devset"), ("nerel", "nerel-1.1/dev")):
        ids = sorted({r["doc"] for r in rows if r["set"] == s})
        docs[s] = extract(a.letopis, a.models, [os.path.join(a.shared, folder, i + ".txt") for i in ids])
    wanted = {r["doc"] for r in rows if r["set"] == "telegram"}
    tmp = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8")
    for line in open(os.path.join(a.shared, "telegram-news-2024", "dev.jsonl"), encoding="utf-8"):
        p = json.loads(line)
        if p["id"] in wanted:
            tmp.write(json.dumps({"id": p["id"], "text": p["text"], "published": p["published"]}, ensure_ascii=False) + "\n")
    tmp.close()
    docs["telegram"] = extract(a.letopis, a.models, [tmp.name])
    os.unlink(tmp.name)

    resolved = with_entry = country_ok = entry_ok = without_entry = wrongly_resolved = resolved_ok = 0
    missing = 0
    for r in rows:
        d = docs[r["set"]].get(r["doc"])
        mention = None
        if d:
            mention = next((m for m in d["entities"] if m["start"] == int(r["start"]) and m["end"] == int(r["end"])), None)
        if mention is None:
            missing += 1
        geo = None
        if mention is not None and mention.get("entity") is not None:
            geo = d["actors"][mention["entity"]].get("geo")
        resolved += geo is not None
        expected = r["expected_entry"]
        if expected == "-":
            without_entry += 1
            if geo is not None:
                wrongly_resolved += 1
                if a.errors:
                    print(f"resolved, expected none: {r['text']} -> {geo['name']} {geo['country']} | {r['context'][:100]}")
            continue
        with_entry += 1
        c_ok = geo is not None and geo.get("country") == r["expected_country"]
        e_ok = entry_matches(expected, geo)
        country_ok += c_ok
        entry_ok += e_ok
        resolved_ok += e_ok
        if a.errors and not e_ok:
            got = f"{geo['name']} {geo['country']} {geo['geonameid']}" if geo else "unresolved"
            print(f"miss: {r['text']} expected {expected} ({r['expected_country']}), got {got} | {r['context'][:100]}")
    n = len(rows)
    print(f"sample: {n} place mentions ({with_entry} with a gazetteer entry, {without_entry} without); "
          f"{missing} not found in the output")
    print(f"resolved: {resolved}/{n} = {resolved / n:.1%}")
    print(f"country accuracy (mentions with an entry): {country_ok}/{with_entry} = {country_ok / with_entry:.1%}")
    print(f"entry accuracy (mentions with an entry): {entry_ok}/{with_entry} = {entry_ok / with_entry:.1%}")
    print(f"precision (resolved to the expected entry / resolved): {resolved_ok}/{resolved} = {resolved_ok / max(resolved, 1):.1%}")
    print(f"mentions without an entry resolved all the same: {wrongly_resolved}/{without_entry}")


if __name__ == "__main__":
    main()
