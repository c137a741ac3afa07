#!/usr/bin/env python3
"""Why each missed certain gold event was missed (issue #17: where recall is lost).

    gold-event-misses.py GOLD.jsonl PRED.jsonl [--list]

PRED is `letopis extract --format json --trace --with tokens` over the split's texts (the
trace's `candidate` and `dropped` lines carry the trigger's code-point range `at=S-E`; the
tokens give lemmas). Every certain gold event that `gold-event-eval.py` leaves unmatched gets
one cause, the first that applies:

  d  produced, same type, trigger overlapping, but no participant shared with the gold event
  c  produced (or a candidate or a dropped trigger) with another type at the gold trigger
  b  a trigger of the gold type was found but no event came out: `b-dropped` (a sense veto, or
     an act of speech with no speaker), or `b-unattached` (a candidate with no participant at
     all, which the merger folds into an earlier event of its type or discards)
  a  no trigger at all: `a-lexicon` the first word's lemma has a lexicon row that did not
     match (part of speech, a multi-word row); `a-none` no row, and the model proposed nothing

Prints counts overall and per type; with --list, each missed event with its cause.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib.util

spec = importlib.util.spec_from_file_location("gold_eval", os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold-event-eval.py"))
ge = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ge)

LEXICON = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../Sources/LetopisEvents/Lexicons/triggers.tsv")
TRACE = re.compile(r"^(candidate|dropped) s\d+ .*? at=(\d+)-(\d+) type=(\S+)")


def fold(s):
    return s.lower().replace("ё", "е")


def lexicon_heads(path=LEXICON):
    heads = set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or line.startswith("lemmas\t") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) > 4 and cols[4].endswith("m"):
            continue
        heads.add(fold(cols[0].split()[0]))
    return heads


def spans_overlap(s1, e1, s2, e2):
    return s1 < e2 and s2 < e1


def cause(g, doc, heads):
    gs, gend = g["trigger"]["start"], g["trigger"]["end"]
    events = doc.get("events") or []
    at_trigger = [e for e in events if e.get("trigger") and spans_overlap(gs, gend, e["trigger"]["start"], e["trigger"]["end"])]
    if any(e["type"] == g["type"] for e in at_trigger):
        return "d"
    if at_trigger:
        return "c"
    traced = []
    for t in doc.get("trace") or []:
        m = TRACE.match(t.get("text", ""))
        if m and spans_overlap(gs, gend, int(m.group(2)), int(m.group(3))):
            traced.append((m.group(1), m.group(4)))
    same = [kind for kind, ty in traced if ty == g["type"]]
    if same:
        return "b-dropped" if "candidate" not in same else "b-unattached"
    if traced:
        return "c"
    tokens = doc.get("tokens") or []
    lemma = next((fold(t.get("lemma") or t.get("text") or "") for t in tokens
                  if t.get("start") is not None and spans_overlap(gs, gend, t["start"], t["end"])), "")
    return "a-lexicon" if lemma in heads else "a-none"


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    gold, pred = ge.load_gold(args[0]), ge.load_pred(args[1])
    heads = lexicon_heads()
    counts, by_type, listing = Counter(), defaultdict(Counter), []
    for doc_id, gdoc in gold.items():
        pdoc = pred.get(doc_id) or {}
        gold_events = gdoc["events"]
        matched = {gi for gi, _ in ge.match_document(gold_events, pdoc.get("events") or [])}
        for gi, g in enumerate(gold_events):
            if g.get("uncertain") or gi in matched:
                continue
            c = cause(g, pdoc, heads)
            counts[c] += 1
            by_type[g["type"]][c] += 1
            listing.append(f"{c:<10} {g['type']:<9} {doc_id:<28} '{g['trigger']['text']}'")
    kinds = ["a-none", "a-lexicon", "b-dropped", "b-unattached", "c", "d"]
    print(f"missed certain events {sum(counts.values())}: " + ", ".join(f"{k} {counts[k]}" for k in kinds))
    print(f"{'type':<10}" + "".join(f"{k:>13}" for k in kinds))
    for t in sorted(by_type):
        print(f"{t:<10}" + "".join(f"{by_type[t][k]:>13}" for k in kinds))
    if "--list" in sys.argv:
        print("\n".join(sorted(listing)))


if __name__ == "__main__":
    main()
