#!/usr/bin/env python3
"""Counts of the gold set per split and corpus, and events per type (certain / uncertain), as Markdown."""
import json, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
docs, events, uncertain, free = Counter(), Counter(), Counter(), Counter()
for split in ("train", "dev"):
    for line in open(os.path.join(HERE, f"{split}.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        docs[(split, d["corpus"])] += 1
        if not d["events"]:
            free[split] += 1
        for e in d["events"]:
            (uncertain if e.get("uncertain") else events)[(split, e["type"])] += 1
print("| split | telegram | nerel-train | documents | event-free | events (certain) | uncertain |")
print("|---|---|---|---|---|---|---|")
for s in ("train", "dev"):
    n = docs[(s, "telegram")] + docs[(s, "nerel-train")]
    ev = sum(v for (sp, _), v in events.items() if sp == s)
    un = sum(v for (sp, _), v in uncertain.items() if sp == s)
    print(f"| {s} | {docs[(s, 'telegram')]} | {docs[(s, 'nerel-train')]} | {n} | {free[s]} | {ev} | {un} |")
types = sorted({t for (_, t) in list(events) + list(uncertain)})
print()
print("| type | train | dev | train uncertain | dev uncertain |")
print("|---|---|---|---|---|")
for t in types:
    print(f"| {t} | {events[('train', t)]} | {events[('dev', t)]} | {uncertain[('train', t)]} | {uncertain[('dev', t)]} |")
