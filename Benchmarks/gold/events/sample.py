#!/usr/bin/env python3
"""Freeze the document list of the Russian PLOVER gold set (issue #17).

Run from this folder: `python3 sample.py ../../../../shared/data [TOTAL] > sample.tsv`
(the shared data folder; TOTAL positions, default 700). The output lists the
documents in the order they are annotated, each with its split; it is committed
and never redrawn. The first 400 positions are the original frozen draw; any
TOTAL prints them unchanged and continues the list after them.

Rule (Docs/annotation.md): 267 telegram posts drawn uniformly from
telegram-news-2024/dev.jsonl, leaving out posts published 2024-11-26..30 (the
dedup measurement); 133 NEREL train texts drawn uniformly from those of at most
1500 code points (annotation time). Order: positions 3k+2 are NEREL, the rest
telegram, each stream in its drawn order, so any prefix keeps the 2:1 mix. Split:
in every block of ten consecutive positions, seven go to train and three to dev,
chosen by a seeded shuffle, so any prefix of whole blocks is split 70/30.

Extension (positions 401..TOTAL): after the original two draws the same
generator draws further telegram posts and NEREL texts uniformly from what is
left of each pool (no document twice), the same interleaving continues (position
index 3k+2 is NEREL), and the same split generator shuffles the further blocks
of ten. The original draws are made exactly as before, so rows 1..400 do not
change.
"""
import glob
import json
import os
import random
import sys

SEED = 17
TELEGRAM_COUNT, NEREL_COUNT = 267, 133  # the original frozen 400
DEFAULT_TOTAL = 700
NEREL_MAX_CHARS = 1500
EXCLUDED_DAYS = {f"2024-11-{d}" for d in range(26, 31)}


def main(data: str, total: int) -> None:
    if total < TELEGRAM_COUNT + NEREL_COUNT:
        sys.exit(f"sample.py: TOTAL {total} is below the frozen 400 positions; pass 400 or more")
    telegram = []
    with open(os.path.join(data, "telegram-news-2024", "dev.jsonl"), encoding="utf-8") as f:
        for line in f:
            post = json.loads(line)
            if post["published"] not in EXCLUDED_DAYS:
                telegram.append(post["id"])
    nerel = []
    for path in sorted(glob.glob(os.path.join(data, "nerel-1.1", "train", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            if len(f.read()) <= NEREL_MAX_CHARS:
                nerel.append(os.path.basename(path)[: -len(".txt")])
    rng = random.Random(SEED)
    telegram_drawn = rng.sample(telegram, TELEGRAM_COUNT)
    nerel_drawn = rng.sample(nerel, NEREL_COUNT)
    nerel_total = len([p for p in range(total) if p % 3 == 2])
    telegram_total = total - nerel_total
    drawn = set(telegram_drawn)
    telegram_drawn += rng.sample([t for t in telegram if t not in drawn], telegram_total - TELEGRAM_COUNT)
    drawn = set(nerel_drawn)
    nerel_drawn += rng.sample([n for n in nerel if n not in drawn], nerel_total - NEREL_COUNT)
    order = []
    ti = ni = 0
    for position in range(total):
        if position % 3 == 2 and ni < nerel_total:
            order.append(("nerel-train", nerel_drawn[ni])); ni += 1
        else:
            order.append(("telegram", telegram_drawn[ti])); ti += 1
    split_rng = random.Random(SEED * 1000 + 1)
    splits = []
    for block in range(0, len(order), 10):
        size = min(10, len(order) - block)
        labels = ["train"] * round(size * 0.7) + ["dev"] * (size - round(size * 0.7))
        split_rng.shuffle(labels)
        splits.extend(labels)
    print("position\tcorpus\tdoc_id\tsplit")
    for position, ((corpus, doc_id), split) in enumerate(zip(order, splits), start=1):
        print(f"{position}\t{corpus}\t{doc_id}\t{split}")
    print(f"# pools: telegram {len(telegram)}, nerel-train<= {NEREL_MAX_CHARS} chars {len(nerel)}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../../../../shared/data",
         int(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_TOTAL)
