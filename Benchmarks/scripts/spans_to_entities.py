#!/usr/bin/env python3
"""Turns a dump's "ner" spans ([start, end, type]) into score.py's {"id", "entities"} lines.

  spans_to_entities.py IN.jsonl > OUT.jsonl
"""
import json, sys

for line in open(sys.argv[1], encoding="utf-8"):
    if not line.strip():
        continue
    d = json.loads(line)
    ents = [{"type": t, "start": s, "end": e} for s, e, t in d.get("ner", [])]
    print(json.dumps({"id": d["id"], "entities": ents}, ensure_ascii=False))
