#!/usr/bin/env python3
"""Explains head differences between natasha and Letopis: for every token whose head
differs, prints natasha's own float32 score for both candidate heads (slovnet's model run
on that sentence alone). Equal scores up to float32 rounding are ties.

  syntax_ties.py NATASHA.jsonl LETOPIS.jsonl     (run with the natasha venv's python)
"""
import json, sys
from natasha import NewsEmbedding, NewsSyntaxParser

nat = {d["id"]: d for d in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
let = {d["id"]: d for d in map(json.loads, open(sys.argv[2], encoding="utf-8"))}
infer = NewsSyntaxParser(NewsEmbedding()).infer
worst = 0.0
count = 0
for doc_id, d in nat.items():
    l = let.get(doc_id)
    if not l or "syntax" not in l:
        continue
    for a, b in d["sents"]:
        diffs = [i for i in range(a, b) if d["syntax"][i][0] != l["syntax"][i][0]]
        if not diffs:
            continue
        words = [d["text"][s:e] for s, e in d["tokens"][a:b]]
        inp = next(infer.encoder([words]))
        scores = infer.model(inp.word_id, inp.shape_id, inp.pad_mask).head_id[0]
        for i in diffs:
            hn, hl = d["syntax"][i][0], l["syntax"][i][0]
            sn, sl = float(scores[i - a][hn]), float(scores[i - a][hl])
            rel = abs(sn - sl) / max(abs(sn), abs(sl), 1e-30)
            worst = max(worst, rel)
            count += 1
            print(f"{doc_id}\t{words[i - a]}\tnatasha head {hn}: {sn:.8g}\tletopis head {hl}: {sl:.8g}\trelative gap {rel:.2e}")
print(f"{count} differing heads; largest relative score gap {worst:.2e} (float32 epsilon 1.19e-07)")
