#!/usr/bin/env python3
"""Print each annotated event of positions FROM..TO with the spans in context, for review."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
a, b = int(sys.argv[1]), int(sys.argv[2])
data = os.path.join(HERE, "../../../../shared/data")
tg = {}
for line in open(os.path.join(data, "telegram-news-2024/dev.jsonl"), encoding="utf-8"):
    p = json.loads(line); tg[p["id"]] = p["text"]
for split in ("train", "dev"):
    for line in open(os.path.join(HERE, f"{split}.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        if not a <= d["position"] <= b: continue
        text = tg[d["doc_id"]] if d["corpus"] == "telegram" else open(os.path.join(data, "nerel-1.1/train", d["doc_id"] + ".txt"), encoding="utf-8").read()
        for e in d["events"]:
            def ctx(s): return f"{s['name'] if 'name' in s else ''}<{text[max(0,s['start']-15):s['start']]}[{s['text']}]{text[s['end']:s['end']+10]}>".replace("\n", " ")
            parts = [f"{d['position']} {e['type']} T{ctx(e['trigger'])}"] + ["A" + ctx(x) for x in e["actors"]] + ["R" + ctx(x) for x in e["recipients"]]
            print(" ".join(parts))
