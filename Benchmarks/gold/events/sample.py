#!/usr/bin/env python3
"""Freeze the document list of the Russian PLOVER gold set (issue #17).

Run once from this folder: `python3 sample.py ../../../../shared/data > sample.tsv`
(the argument is the shared data folder). The output lists 400 documents in the
order they are annotated, each with its split; it is committed and never redrawn.

Rule (Docs/annotation.md): 267 telegram posts drawn uniformly from
telegram-news-2024/dev.jsonl, leaving out posts published 2024-11-26..30 (the
dedup measurement); 133 NEREL train texts drawn uniformly from those of at most
1500 code points (annotation time). Order: positions 3k+2 are NEREL, the rest
telegram, each stream in its drawn order, so any prefix keeps the 2:1 mix. Split:
in every block of ten consecutive positions, seven go to train and three to dev,
chosen by a seeded shuffle, so any prefix of whole blocks is split 70/30.
"""
import glob
import json
import os
import random
import sys

SEED = 17
TELEGRAM_COUNT, NEREL_COUNT = 267, 133
NEREL_MAX_CHARS = 1500
EXCLUDED_DAYS = {f"2024-11-{d}" for d in range(26, 31)}


def main(data: str) -> None:
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
    order = []
    ti = ni = 0
    for position in range(TELEGRAM_COUNT + NEREL_COUNT):
        if position % 3 == 2 and ni < NEREL_COUNT:
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
    main(sys.argv[1] if len(sys.argv) > 1 else "../../../../shared/data")
