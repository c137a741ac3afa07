#!/usr/bin/env python3
"""List Letopis event errors against NEREL EVENT mentions, grouped so the largest categories show first.

  event-errors.py NEREL_DIR --pred OUT.jsonl [--examples N]

- spurious: predicted triggers that overlap no NEREL EVENT mention (what `score.py nerel-events`
  counts against trigger precision), grouped by PLOVER type and lower-cased trigger word, with the
  sentence, the status and the participants, so one can see whether a category is a sense error
  (a football match, a date), a figurative use, or an event NEREL simply does not mark.
- missed: NEREL EVENT mentions that the silver mapping of event-eval.py codes as PLOVER and that no
  predicted trigger or evidence span overlaps, grouped by type and word.
Standard library only; reuses event-eval.py's mapping so both agree on what is PLOVER.
"""
import argparse, glob, importlib.util, io, json, os, re, sys
from collections import defaultdict

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("event_eval", os.path.join(here, "event-eval.py"))
ev = importlib.util.module_from_spec(spec); spec.loader.exec_module(ev)


def sentence_of(text, start, end):
    a = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    b = min([i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0] or [len(text)])
    return text[a:b + 1].strip().replace("\n", " ")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("nerel"); ap.add_argument("--pred", required=True)
    ap.add_argument("--examples", type=int, default=3, help="sentences shown per category")
    a = ap.parse_args()
    pred = ev.load(a.pred)
    spurious, missed = defaultdict(list), defaultdict(list)
    for ann in sorted(glob.glob(os.path.join(a.nerel, "*.ann"))):
        doc = os.path.basename(ann)[:-4]
        with io.open(ann[:-4] + ".txt", encoding="utf-8", newline="") as f: text = f.read()
        ents, _ = ev.read_ann(ann)
        gold = [v[1] for v in ents.values() if v[0] == "EVENT"]
        events = (pred.get(doc) or {}).get("events", [])
        for e in events:
            t = ev.span(e.get("trigger"))
            if t and not any(ev.overlaps(t, g) for g in gold):
                who = ", ".join(f"{p.get('role')}:{p.get('text')}" for p in e.get("participants", []))
                key = (e["type"], e["trigger"].get("text", "").lower())
                spurious[key].append(f"{doc} [{e.get('status')}] ({who}) {sentence_of(text, *t)}")
        spans = [s for e in events for s in [ev.span(e.get("trigger"))] + [ev.span(x) for x in e.get("evidence", [])] if s]
        for k, v in ents.items():
            if v[0] != "EVENT": continue
            t = ev.plover_type(v[2])
            if t and not any(ev.overlaps(v[1], s) for s in spans):
                missed[(t, v[2].lower())].append(f"{doc} {sentence_of(text, *v[1])}")

    def show(title, groups):
        n = sum(len(v) for v in groups.values())
        print(f"== {title}: {n}")
        by_type = defaultdict(int)
        for (t, _), v in groups.items(): by_type[t] += len(v)
        print("   by type: " + ", ".join(f"{t} {c}" for t, c in sorted(by_type.items(), key=lambda x: -x[1])))
        for (t, w), v in sorted(groups.items(), key=lambda x: (-len(x[1]), x[0])):
            print(f"{len(v):4d}  {t:9} «{w}»")
            for s in v[:a.examples]: print(f"        {s[:400]}")
    show("spurious triggers (on no NEREL EVENT)", spurious)
    show("missed silver PLOVER mentions", missed)


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:
        sys.stderr.close()
