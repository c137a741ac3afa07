"""python -m nerel_tagger.score --nerel DIR PRED.jsonl: micro P/R/F1 over NEREL's 29 types.

A predicted mention counts when a gold entity has the same type, start and end (Unicode code
points into the `.txt` as-is); nested entities count as any other. PRED is `letopis extract
--stages segment,nerel --format json` output (its `nerel` field). Discontinuous gold entities are
left out, as ../shared/eval/score.py does. Prints a table per type, then "overall F1 = X".
"""
import argparse
import glob
import json
import os
from collections import defaultdict

from .data import TYPES, read_gold


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--nerel", required=True)
    ap.add_argument("pred")
    a = ap.parse_args(argv)
    pred = {}
    with open(a.pred, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                pred[str(d["id"])] = {(m["type"], m["start"], m["end"]) for m in d.get("nerel", [])}
    counts = defaultdict(lambda: [0, 0, 0])
    missing = 0
    for ann in sorted(glob.glob(os.path.join(a.nerel, "*.ann"))):
        stem = os.path.basename(ann)[:-4]
        gold = set(read_gold(ann))
        p = pred.get(stem)
        if p is None:
            missing += 1
            p = set()
        for t in TYPES:
            g = {x for x in gold if x[0] == t}
            q = {x for x in p if x[0] == t}
            counts[t][0] += len(g & q); counts[t][1] += len(q); counts[t][2] += len(g)

    def prf(tp, n_pred, n_gold):
        pr = tp / n_pred if n_pred else 0.0
        rc = tp / n_gold if n_gold else 0.0
        return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)

    print(f"{'type':<16}{'P':>8}{'R':>8}{'F1':>8}{'pred':>7}{'gold':>7}")
    for t in TYPES + ["overall"]:
        c = [sum(v[i] for v in counts.values()) for i in range(3)] if t == "overall" else counts[t]
        p, r, f1 = prf(*c)
        print(f"{t:<16}{p:8.3f}{r:8.3f}{f1:8.3f}{c[1]:7d}{c[2]:7d}")
    if missing:
        print(f"warning: {missing} gold documents have no prediction")
    tot = [sum(v[i] for v in counts.values()) for i in range(3)]
    print(f"overall F1 = {prf(*tot)[2]:.4f}")


if __name__ == "__main__":
    main()
