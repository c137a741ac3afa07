#!/usr/bin/env python3
"""Scores razdel on the FactRuEval devset with the same metrics as `letopis segment --eval`.

Tokens: exact spans; sentences: the end offset of every sentence but a document's last.
Also times razdel (tokenize + sentenize on the raw text, as two passes; median of runs).

    python3 -m venv /tmp/razdel-venv && /tmp/razdel-venv/bin/pip install razdel
    /tmp/razdel-venv/bin/python Benchmarks/scripts/razdel_factrueval.py ../shared/data/factrueval-2016/devset
"""
import os
import statistics
import sys
import time

import razdel


def load_gold(path):
    tokens, sentences, current = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if not fields:
                if current:
                    sentences.append(current)
                current = []
                continue
            start, length = int(fields[1]), int(fields[2])
            tokens.append((start, start + length))
            current.append((start, start + length))
    if current:
        sentences.append(current)
    return set(tokens), {s[-1][1] for s in sentences[:-1]}


def prf(pred, gold):
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), tp, len(pred) - tp, len(gold) - tp


def main():
    directory = sys.argv[1]
    names = sorted(n[:-4] for n in os.listdir(directory) if n.endswith(".txt") and os.path.exists(os.path.join(directory, n[:-4] + ".tokens")))
    tok = [0, 0, 0]
    sen = [0, 0, 0]
    texts = []
    for name in names:
        text = open(os.path.join(directory, name + ".txt"), encoding="utf-8").read()
        texts.append(text)
        gold_tokens, gold_bounds = load_gold(os.path.join(directory, name + ".tokens"))
        pred_tokens = {(t.start, t.stop) for t in razdel.tokenize(text)}
        sents = list(razdel.sentenize(text))
        pred_bounds = {s.stop for s in sents[:-1]}
        for acc, (pred, gold) in ((tok, (pred_tokens, gold_tokens)), (sen, (pred_bounds, gold_bounds))):
            _, _, _, tp, fp, fn = prf(pred, gold)
            acc[0] += tp; acc[1] += fp; acc[2] += fn

    def show(label, acc):
        tp, fp, fn = acc
        p, r = tp / (tp + fp), tp / (tp + fn)
        print(f"{label}: P={100*p:.2f} R={100*r:.2f} F1={100*2*p*r/(p+r):.2f} (tp={tp} fp={fp} fn={fn})")

    print(f"documents = {len(names)}")
    show("razdel tokens", tok)
    show("razdel sentence boundaries", sen)

    size = sum(len(t.encode("utf-8")) for t in texts)
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        for text in texts:
            list(razdel.tokenize(text))
            list(razdel.sentenize(text))
        runs.append(time.perf_counter() - t0)
    print(f"RAZDEL_MB_PER_S = {size / 1e6 / statistics.median(runs):.2f}")


if __name__ == "__main__":
    main()
