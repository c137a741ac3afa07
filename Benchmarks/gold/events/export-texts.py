#!/usr/bin/env python3
"""Write the texts of a gold split as Letopis JSON Lines input: `export-texts.py GOLD.jsonl OUT.jsonl [SHARED_DATA]`.

Telegram posts keep their `published` date; NEREL texts have none (as read from the .txt file).
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
gold, out = sys.argv[1], sys.argv[2]
data = sys.argv[3] if len(sys.argv) > 3 else os.path.join(HERE, "../../../../shared/data")
tg = {}
with open(os.path.join(data, "telegram-news-2024/dev.jsonl"), encoding="utf-8") as f:
    for line in f:
        p = json.loads(line); tg[p["id"]] = p
with open(gold, encoding="utf-8") as g, open(out, "w", encoding="utf-8") as o:
    for line in g:
        d = json.loads(line)
        if d["corpus"] == "telegram":
            p = tg[d["doc_id"]]
            row = {"id": d["doc_id"], "text": p["text"], "published": p["published"]}
        else:
            with open(os.path.join(data, "nerel-1.1/train", d["doc_id"] + ".txt"), encoding="utf-8") as f:
                row = {"id": d["doc_id"], "text": f.read()}
        o.write(json.dumps(row, ensure_ascii=False) + "\n")
