#!/usr/bin/env python3
"""Print documents of the frozen list for annotation: `python3 show.py FROM TO`."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(HERE, "../../../../shared/data")
a, b = int(sys.argv[1]), int(sys.argv[2])
rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(HERE, "sample.tsv"), encoding="utf-8")][1:]
tg = {}
for line in open(os.path.join(data, "telegram-news-2024/dev.jsonl"), encoding="utf-8"):
    p = json.loads(line); tg[p["id"]] = p
for pos, corpus, doc_id, split in rows:
    if a <= int(pos) <= b:
        if corpus == "telegram":
            p = tg[doc_id]; text = p["text"]; head = f"{p['published']} {p['source']}"
        else:
            text = open(os.path.join(data, "nerel-1.1/train", doc_id + ".txt"), encoding="utf-8").read(); head = "nerel"
        print(f"=== {pos} {doc_id} [{split}] {head}\n{text}\n")
