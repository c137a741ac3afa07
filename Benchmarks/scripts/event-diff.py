#!/usr/bin/env python3
"""Compare the events of two `letopis extract --format json` outputs document by document.

    python3 Benchmarks/scripts/event-diff.py BEFORE.jsonl AFTER.jsonl [-v] [--show N]

Prints how many documents' events changed, how many events were added, removed or changed, and
which fields changed. Fields added to the output since (`rule`, `patterns`) are ignored, so a
refactoring that keeps the events prints zero changes. With -v, prints each changed event with
its trigger text and, after the change, its rule and patterns (what fired). Standard library only.
"""
import argparse, json
from collections import Counter

IGNORED = {"id", "rule", "patterns"}


def load(path):
    docs = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                d = json.loads(line)
                docs[d.get("id")] = d
    return docs


def key(e):
    t = e.get("trigger") or {}
    return (t.get("start"), t.get("end"), e.get("type"))


def comparable(e):
    return {k: v for k, v in e.items() if k not in IGNORED}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("before"); ap.add_argument("after")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--show", type=int, default=40)
    a = ap.parse_args()
    before, after = load(a.before), load(a.after)
    changed_docs, added, removed, changed = 0, [], [], []
    fields = Counter()
    for doc_id in sorted(set(before) | set(after), key=str):
        eb = {key(e): e for e in (before.get(doc_id) or {}).get("events", [])}
        ea = {key(e): e for e in (after.get(doc_id) or {}).get("events", [])}
        doc_changed = False
        for k in eb.keys() - ea.keys():
            removed.append((doc_id, eb[k])); doc_changed = True
        for k in ea.keys() - eb.keys():
            added.append((doc_id, ea[k])); doc_changed = True
        for k in eb.keys() & ea.keys():
            x, y = comparable(eb[k]), comparable(ea[k])
            if x != y:
                diff = sorted(f for f in set(x) | set(y) if x.get(f) != y.get(f))
                fields.update(diff)
                changed.append((doc_id, eb[k], ea[k], diff)); doc_changed = True
        changed_docs += doc_changed
    total_b = sum(len(d.get("events", [])) for d in before.values())
    total_a = sum(len(d.get("events", [])) for d in after.values())
    print(f"documents: {len(before)} before, {len(after)} after; with changed events: {changed_docs}")
    print(f"events: {total_b} before, {total_a} after; added {len(added)}, removed {len(removed)}, changed {len(changed)}")
    if fields:
        print("changed fields: " + ", ".join(f"{f} {n}" for f, n in fields.most_common()))
    if a.verbose:
        text = lambda e: (e.get("trigger") or {}).get("text")
        for doc_id, e in added[: a.show]:
            print(f"+ {doc_id} {e['type']}/{e.get('mode')} {text(e)!r} rule={e.get('rule')} patterns={e.get('patterns')} "
                  f"participants={[p.get('normal') for p in e.get('participants', [])]}")
        for doc_id, e in removed[: a.show]:
            print(f"- {doc_id} {e['type']}/{e.get('mode')} {text(e)!r} participants={[p.get('normal') for p in e.get('participants', [])]}")
        for doc_id, x, y, diff in changed[: a.show]:
            print(f"~ {doc_id} {x['type']} {text(x)!r} fields={diff} patterns={y.get('patterns')}")
            for f in diff:
                print(f"    {f}: {json.dumps(x.get(f), ensure_ascii=False)[:200]}")
                print(f"    {' ' * len(f)}  {json.dumps(y.get(f), ensure_ascii=False)[:200]}")


if __name__ == "__main__":
    main()
