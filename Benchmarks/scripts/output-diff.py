#!/usr/bin/env python3
"""Compares two `letopis extract --format json` outputs layer by layer, document by document.

    python3 Benchmarks/scripts/output-diff.py BEFORE.jsonl AFTER.jsonl [--ignore rule,patterns,trace,nerel]

For each top-level layer (sentences, entities, actors, timexes, facts, events, ...) prints how many
documents differ, and how many items were added and removed over all documents (items compared
as whole JSON values). Fields named in --ignore are dropped at every depth first: they are additions
to the output format, which a refactoring may make without changing what was found. Standard library only.
"""
import argparse
import json
from collections import Counter


def strip(value, ignored):
    if isinstance(value, dict):
        return {k: strip(v, ignored) for k, v in value.items() if k not in ignored}
    if isinstance(value, list):
        return [strip(v, ignored) for v in value]
    return value


def load(path, ignored):
    docs = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = strip(json.loads(line), ignored)
                docs[d.get("id")] = d
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--ignore", default="rule,patterns,trace,nerel")
    args = ap.parse_args()
    ignored = set(filter(None, args.ignore.split(",")))
    before, after = load(args.before, ignored), load(args.after, ignored)
    print(f"documents: {len(before)} before, {len(after)} after, {len(set(before) ^ set(after))} only on one side")
    changed_docs, added, removed = Counter(), Counter(), Counter()
    any_changed = 0
    for doc_id in sorted(set(before) & set(after), key=str):
        b, a = before[doc_id], after[doc_id]
        differs = False
        for layer in sorted(set(b) | set(a)):
            if b.get(layer) == a.get(layer):
                continue
            differs = True
            changed_docs[layer] += 1
            bl, al = b.get(layer), a.get(layer)
            if isinstance(bl, list) or isinstance(al, list):
                bc = Counter(json.dumps(x, sort_keys=True, ensure_ascii=False) for x in bl or [])
                ac = Counter(json.dumps(x, sort_keys=True, ensure_ascii=False) for x in al or [])
                added[layer] += sum((ac - bc).values())
                removed[layer] += sum((bc - ac).values())
        any_changed += differs
    print(f"documents with any change: {any_changed}")
    for layer in sorted(changed_docs):
        print(f"  {layer}: {changed_docs[layer]} documents, +{added[layer]} / -{removed[layer]} items")


if __name__ == "__main__":
    main()
