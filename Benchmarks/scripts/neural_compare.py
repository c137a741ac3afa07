#!/usr/bin/env python3
"""Compares Letopis' tags on natasha's tokens (`letopis tag --replay`) with natasha's own.

  neural_compare.py NATASHA.jsonl LETOPIS.jsonl [--show N]

Prints agreement per token for morph (tag, POS), syntax (head, relation, both),
NER (token BIO label derived from spans) and exact span agreement, and lists
up to N differences of each kind.
"""
import json, sys
from collections import Counter


def load(path):
    with open(path, encoding="utf-8") as f:
        return {d["id"]: d for d in map(json.loads, filter(str.strip, f))}


def bio(tokens, spans):
    labels = ["O"] * len(tokens)
    for s, e, t in spans:
        first = True
        for i, (a, b) in enumerate(tokens):
            if a >= s and b <= e:
                labels[i] = ("B-" if first else "I-") + t
                first = False
    return labels


def main():
    nat, let = load(sys.argv[1]), load(sys.argv[2])
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 5
    c = Counter()
    diffs = {"morph": [], "head": [], "rel": [], "ner": []}
    for doc_id, n in nat.items():
        l = let.get(doc_id)
        if l is None:
            c["missing"] += 1
            continue
        toks, text = n["tokens"], n["text"]
        word = lambda i: text[toks[i][0]:toks[i][1]]
        for i in range(len(toks)):
            c["tokens"] += 1
            if "morph" in l:
                a, b = n["morph"][i], l["morph"][i]
                c["morph_tag"] += a == b
                c["morph_pos"] += a[0] == b[0]
                if a != b: diffs["morph"].append((doc_id, word(i), a, b))
            if "syntax" in l:
                a, b = n["syntax"][i], l["syntax"][i]
                c["head"] += a[0] == b[0]
                c["rel"] += a[1] == b[1]
                c["arc"] += a == b
                if a[0] != b[0]: diffs["head"].append((doc_id, word(i), a, b))
                elif a[1] != b[1]: diffs["rel"].append((doc_id, word(i), a, b))
        if "ner" in l:
            na, la = bio(toks, n["ner"]), bio(toks, l["ner"])
            for i, (a, b) in enumerate(zip(na, la)):
                c["ner_tok"] += a == b
                if a != b: diffs["ner"].append((doc_id, word(i), a, b))
            ns = {tuple(s) for s in n["ner"]}
            ls = {tuple(s) for s in l["ner"]}
            c["spans_nat"] += len(ns); c["spans_let"] += len(ls); c["spans_same"] += len(ns & ls)
    t = c["tokens"]
    res = {"documents": len(nat), "tokens": t}
    for k in ("morph_tag", "morph_pos", "head", "rel", "arc", "ner_tok"):
        if c[k] or k in ("ner_tok",):
            res[k] = round(100.0 * c[k] / t, 4) if t else None
    res["spans_natasha"] = c["spans_nat"]; res["spans_letopis"] = c["spans_let"]; res["spans_same"] = c["spans_same"]
    print(json.dumps(res, ensure_ascii=False))
    for k, v in diffs.items():
        if v:
            print(f"-- {k}: {len(v)} differences")
            for d in v[:show]:
                print("  ", json.dumps(d, ensure_ascii=False))


main()
