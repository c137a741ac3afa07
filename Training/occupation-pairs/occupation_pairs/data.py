"""Reads NEREL's gold WORKS_AS pairs and the candidates `letopis extract --trace --with tokens` writes."""
import glob
import io
import json
import os


def gold_works_as(nerel_dir):
    """{document id: [(person span, profession span)]} in code points, end exclusive, as score.py reads them
    (discontinuous entities left out)."""
    docs = {}
    for ann in sorted(glob.glob(os.path.join(nerel_dir, "*.ann"))):
        stem = os.path.basename(ann)[:-4]
        ents, pairs = {}, []
        with io.open(ann, encoding="utf-8") as f:
            lines = [l.rstrip("\n") for l in f]
        for l in lines:
            p = l.split("\t")
            if p[0].startswith("T") and len(p) >= 2 and ";" not in p[1]:
                t, s, e = p[1].split(" ")
                ents[p[0]] = (int(s), int(e))
        for l in lines:
            p = l.split("\t")
            if p[0].startswith("R") and len(p) >= 2:
                q = p[1].split(" ")
                if len(q) == 3 and q[0] == "WORKS_AS" and q[1][5:] in ents and q[2][5:] in ents:
                    pairs.append((ents[q[1][5:]], ents[q[2][5:]]))
        docs[stem] = pairs
    return docs


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def candidates(dump_path):
    """{document id: [candidate]}; a candidate is a dict with `person`, `job` (code point spans), `job_tokens`,
    `person_id` (its token range, standing for the mention), `gap`, `ruled`, `features`, `p` (the run's score)."""
    docs = {}
    with io.open(dump_path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            toks = d.get("tokens") or []
            out = []
            for t in d.get("trace") or []:
                if t.get("stage") != "occupations" or not t.get("text", "").startswith("pair "):
                    continue
                head, feats = t["text"].split(" f=", 1)
                kv = dict(x.split("=", 1) for x in head.split(" ")[1:])
                pa, pb = map(int, kv["person"].split("-"))
                ja, jb = map(int, kv["job"].split("-"))
                if not (0 <= pa < pb <= len(toks) and 0 <= ja < jb <= len(toks)):
                    continue
                fs = feats.split(" ")
                out.append({
                    "person": (toks[pa]["start"], toks[pb - 1]["end"]),
                    "job": (toks[ja]["start"], toks[jb - 1]["end"]),
                    "person_id": (pa, pb), "job_tokens": (ja, jb),
                    "gap": int(kv["gap"]), "p": float(kv["p"]),
                    "ruled": "ruled" in fs, "features": fs,
                })
            docs[str(d["id"])] = out
    return docs


def iou(a, b):
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def label(cands, gold, best_span_only=True):
    """y = 1 when the pair overlaps a gold WORKS_AS pair; with `best_span_only`, of the candidates of one person
    overlapping one gold pair (nested titles: `заместитель министра`, `министра`) only the title closest to the
    gold span is positive, since the scorer counts one of them and the decoder keeps one."""
    for c in cands:
        c["y"] = 0
    for g in gold:
        hits = [c for c in cands if overlaps(c["person"], g[0]) and overlaps(c["job"], g[1])]
        if not best_span_only:
            for c in hits:
                c["y"] = 1
            continue
        by_person = {}
        for c in hits:
            by_person.setdefault(c["person_id"], []).append(c)
        for cs in by_person.values():
            max(cs, key=lambda c: iou(c["job"], g[1]))["y"] = 1
