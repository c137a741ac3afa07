#!/usr/bin/env python3
"""Draws the place sample the resolver is measured on (issue #14, "places on the map").

Runs `letopis extract --format json --stages ...entities` over the three dev sets (FactRuEval devset, NEREL dev,
and 400 telegram dev posts drawn with the same seed), collects every LOC mention Letopis finds, and draws
100 mentions per set (seed 14, at most two per document) into a TSV with a short context and empty answer
columns, to be checked by hand. Writes nothing from ../shared but the mention and ±60 characters around it.

Usage: python3 Benchmarks/scripts/geo-sample.py --letopis .build/release/letopis --out Benchmarks/geo/places-dev-sample.tsv
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

SEED = 14
PER_SET = 100
SHARED = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data")


def run(letopis, inputs, models):
    cmd = [letopis, "extract", "--format", "json", "--stages", "segment,neural,lemmas,time,entities"] + inputs
    if models:
        cmd += ["--models", models]
    out = subprocess.run(cmd, capture_output=True, text=True)
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def mentions(docs, set_name):
    found = []
    for d in docs:
        text = d.get("text")
        for m in d["entities"]:
            if m["type"] != "LOC":
                continue
            found.append((set_name, d["id"], m["start"], m["end"], m["text"]))
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--letopis", default=".build/release/letopis")
    ap.add_argument("--models")
    ap.add_argument("--shared", default=SHARED)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    if not os.path.isdir(a.shared):
        sys.exit(f"skipped: {a.shared} is absent (the dev sets live in ../shared/data)")
    rng = random.Random(SEED)
    sets = {}
    fre = os.path.join(a.shared, "factrueval-2016", "devset")
    sets["factrueval"] = sorted(os.path.join(fre, f) for f in os.listdir(fre) if f.endswith(".txt"))
    nerel = os.path.join(a.shared, "nerel-1.1", "dev")
    sets["nerel"] = sorted(os.path.join(nerel, f) for f in os.listdir(nerel) if f.endswith(".txt"))
    posts = [json.loads(l) for l in open(os.path.join(a.shared, "telegram-news-2024", "dev.jsonl"), encoding="utf-8")]
    chosen = rng.sample(posts, 400)
    tmp = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8")
    for p in chosen:
        tmp.write(json.dumps({"id": p["id"], "text": p["text"], "published": p["published"]}, ensure_ascii=False) + "\n")
    tmp.close()
    sets["telegram"] = [tmp.name]
    texts = {}
    for p in chosen:
        texts[("telegram", p["id"])] = p["text"]
    rows = []
    for name, inputs in sets.items():
        docs = run(a.letopis, inputs, a.models)
        if name != "telegram":
            for path in inputs:
                doc_id = os.path.splitext(os.path.basename(path))[0]
                texts[(name, doc_id)] = open(path, encoding="utf-8").read()
        pool = mentions(docs, name)
        rng.shuffle(pool)
        per_doc, picked = {}, []
        for m in pool:
            if per_doc.get(m[1], 0) >= 2:
                continue
            per_doc[m[1]] = per_doc.get(m[1], 0) + 1
            picked.append(m)
            if len(picked) == PER_SET:
                break
        rows += sorted(picked, key=lambda m: (m[1], m[2]))
    os.unlink(tmp.name)
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("set\tdoc\tstart\tend\ttext\tcontext\texpected_country\texpected_entry\tnote\n")
        for s, doc, start, end, text in rows:
            t = texts.get((s, doc), "")
            ctx = t[max(0, start - 60):start] + "[[" + t[start:end] + "]]" + t[end:end + 60]
            ctx = " ".join(ctx.split())
            f.write(f"{s}\t{doc}\t{start}\t{end}\t{text}\t{ctx}\t\t\t\n")
    print(f"{len(rows)} mentions written to {a.out}")


if __name__ == "__main__":
    main()
