"""NEREL train → the occupation pair scorer's weights (`occupation-pairs-v1.tsv`) and the Swift equality fixture.

    python -m occupation_pairs.train --nerel DIR --dump DUMP.jsonl --out WEIGHTS.tsv --fixture FIXTURE.json

DUMP is `letopis extract --trace --with tokens --format json` over the same NEREL train: every candidate
pair with its features (`OccupationPairs.scored`). Reported, all on held-out documents of NEREL train
(k folds over documents, fixed seed): the hand rules alone, the model without the rules' features, and
the model with them; each fold's C, thresholds and decoding chosen by an inner cross-validation on the
other folds only. The weights written are then fitted on all of train with settings chosen the same way.
NEREL dev is never read.
"""
import argparse
import hashlib
import json
import random
import sys

from . import data, model

C_GRID = (0.3, 1.0, 3.0)
# A pair a rule made is dropped below THRESHOLDS; a pair of the model's own needs more than an even chance
# (NEW), across sentences at least as much (CROSS; 1.01: none) — the model overrides the rules freely but adds
# only what it is confident of.
THRESHOLDS = [round(0.1 + 0.05 * i, 2) for i in range(11)]  # 0.1 … 0.6
NEW = [0.5, 0.6, 0.7, 0.8]
CROSS = [0.5, 0.6, 0.7, 0.8, 0.9, 1.01]


def folds_of(ids, k, seed):
    ids = sorted(ids)
    random.Random(seed).shuffle(ids)
    return {d: i % k for i, d in enumerate(ids)}


def count(docs, cands, gold, scores, setting, use_rules=True):
    """(tp, pred, gold) of score.py's WORKS_AS over `docs` with one decoding setting."""
    tp = npred = ngold = 0
    for d in docs:
        cs = cands[d]
        kept = model.decode(cs, scores[d], *setting, use_rules=use_rules) if cs else []
        pred = [(cs[i]["person"], cs[i]["job"]) for i in kept]
        tp += model.greedy_tp(gold.get(d, []), pred)
        npred += len(pred)
        ngold += len(gold.get(d, []))
    return tp, npred, ngold


def best_setting(docs, cands, gold, scores, use_rules=True):
    """The thresholds and one-person-per-job decoding with the best F1 on `docs`. Without the rules, one
    threshold in a sentence and one across, both free."""
    best = None
    grid = [(t, n, x) for t in THRESHOLDS for n in NEW for x in CROSS if x >= n] if use_rules else \
        [(1.0, n, x) for n in THRESHOLDS + NEW for x in THRESHOLDS + NEW + CROSS if x >= n]
    for opj in (0, 1):
        for t, n, x in grid:
            f = model.prf(*count(docs, cands, gold, scores, (t, n, x, opj), use_rules))[2]
            if best is None or f > best[0] + 1e-12:
                best = (f, (t, n, x, opj))
    return best


def oof_scores(docs, cands, fold, use_rules, C):
    """Out-of-fold probabilities for every document in `docs`, folds given by `fold`."""
    scores = {}
    for k in sorted(set(fold[d] for d in docs)):
        train = [c for d in docs if fold[d] != k for c in cands[d]]
        vocab = model.vocabulary(train, use_rules)
        w = model.fit(train, vocab, C)
        for d in docs:
            if fold[d] == k:
                scores[d] = [model.probability(w, c["features"]) for c in cands[d]]
    return scores


def choose(docs, cands, gold, use_rules, k, seed, log):
    """C and decoding chosen by k-fold cross-validation over `docs`."""
    fold = folds_of(docs, k, seed)
    best = None
    for C in C_GRID:
        scores = oof_scores(docs, cands, fold, use_rules, C)
        f, setting = best_setting(docs, cands, gold, scores, use_rules)
        log(f"    C={C}: inner F1 {f:.4f} at threshold {setting[0]}, new {setting[1]}, cross {setting[2]}, one-person-per-job {setting[3]}")
        if best is None or f > best[0] + 1e-12:
            best = (f, C, setting)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nerel", required=True)
    ap.add_argument("--dump", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--fixture", required=True)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--skip-report", action="store_true", help="only fit the final weights")
    a = ap.parse_args()
    log = lambda s: print(s, file=sys.stderr, flush=True)

    gold = data.gold_works_as(a.nerel)
    cands = data.candidates(a.dump)
    missing = sorted(set(gold) - set(cands))
    if missing:
        sys.exit(f"train: {len(missing)} NEREL documents are not in {a.dump} (e.g. {missing[0]}) — rerun the extraction")
    docs = sorted(gold)
    for d in docs:
        data.label(cands[d], gold[d])
    n = sum(len(cands[d]) for d in docs)
    pos = sum(c["y"] for d in docs for c in cands[d])
    ngold = sum(len(gold[d]) for d in docs)
    covered = sum(model.greedy_tp(gold[d], [(c["person"], c["job"]) for c in cands[d]]) for d in docs)
    log(f"{len(docs)} documents, {n} candidate pairs, {pos} positive; {ngold} gold WORKS_AS, {covered} reachable "
        f"(recall ceiling {covered / ngold:.3f})")

    if not a.skip_report:
        outer = folds_of(docs, a.folds, a.seed)
        rules = [0, 0, 0]
        rows = {"model": [0, 0, 0], "model+rules": [0, 0, 0]}
        rule_scores = {d: [1.0 if c["ruled"] else 0.0 for c in cands[d]] for d in docs}
        for k in range(a.folds):
            test = [d for d in docs if outer[d] == k]
            train_docs = [d for d in docs if outer[d] != k]
            r = count(test, cands, gold, rule_scores, (0.5, 0.5, 0.5, 0))
            rules = [x + y for x, y in zip(rules, r)]
            for name, use_rules in (("model", False), ("model+rules", True)):
                log(f"  fold {k} {name}:")
                _, C, setting = choose(train_docs, cands, gold, use_rules, a.folds - 1, a.seed + 1 + k, log)
                train = [c for d in train_docs for c in cands[d]]
                w = model.fit(train, model.vocabulary(train, use_rules), C)
                scores = {d: [model.probability(w, c["features"]) for c in cands[d]] for d in test}
                r = count(test, cands, gold, scores, setting, use_rules)
                rows[name] = [x + y for x, y in zip(rows[name], r)]
        print(f"WORKS_AS on held-out folds of NEREL train ({a.folds} folds over documents, seed {a.seed}):")
        print(f"{'':14}{'P':>8}{'R':>8}{'F1':>8}{'TP':>7}{'pred':>7}{'gold':>7}")
        for name, (tp, npred, ng) in [("rules", rules)] + list(rows.items()):
            p, r, f = model.prf(tp, npred, ng)
            print(f"{name:14}{p:8.4f}{r:8.4f}{f:8.4f}{tp:7d}{npred:7d}{ng:7d}")
        sys.stdout.flush()

    log("final weights (settings by cross-validation over all of train):")
    f, C, (t, n, x, opj) = choose(docs, cands, gold, True, a.folds, a.seed, log)
    train = [c for d in docs for c in cands[d]]
    w = model.fit(train, model.vocabulary(train, True), C)
    write_weights(a.out, w, t, n, x, opj, C, f, len(docs), a)
    write_fixture(a.fixture, a.out, w, t, n, x, opj, cands, docs)
    log(f"wrote {a.out} ({len([v for v in w.values() if v != 0])} weights; C={C}, threshold {t}, new {n}, cross {x}, "
        f"one-person-per-job {opj}; cross-validated F1 {f:.4f}) and {a.fixture}")


def write_weights(path, w, t, n, x, opj, C, f, ndocs, a):
    lines = [
        "# Letopis occupation pair scorer: logistic regression over named features (OccupationPairScorer).",
        f"# Built by Training/occupation-pairs/train.sh from {ndocs} NEREL train documents; C={C}, {a.folds}-fold seed {a.seed};",
        f"# cross-validated WORKS_AS F1 {f:.4f} at these thresholds.",
        f"threshold\t{t!r}",
        f"new-threshold\t{n!r}",
        f"cross-threshold\t{x!r}",
        f"one-person-per-job\t{opj}",
    ]
    for name in sorted(w):
        if w[name] != 0.0:
            lines.append(f"w\t{name}\t{w[name]!r}")
    body = ("\n".join(lines) + "\n").encode("utf-8")
    with open(path, "wb") as out:
        out.write(b"letopis-occupation-pairs\t1\tsha256=" + hashlib.sha256(body).hexdigest().encode() + b"\n" + body)


def write_fixture(path, weights_path, w, t, n, x, opj, cands, docs):
    """Features → Python's probabilities (every 50th candidate) and one decoding per some documents."""
    every = [c for d in docs for c in cands[d]]
    probs = [{"features": c["features"], "p": model.probability(w, c["features"])} for c in every[::50][:120]]
    decodes = []
    for d in docs:
        cs = cands[d]
        if 4 <= len(cs) <= 40 and len(decodes) < 12:
            scores = [model.probability(w, c["features"]) for c in cs]
            decodes.append({
                "document": d,
                "scores": scores,
                "persons": [c["person_id"][0] for c in cs],
                "jobs": [list(c["job_tokens"]) for c in cs],
                "gaps": [c["gap"] for c in cs],
                "ruled": [c["ruled"] for c in cs],
                "kept": model.decode(cs, scores, t, n, x, opj),
            })
    with open(weights_path, "rb") as f:
        first = f.readline().decode().strip().split("\t")
    with open(path, "w", encoding="utf-8") as out:
        json.dump({"weights": first[2], "probabilities": probs, "decodings": decodes}, out, ensure_ascii=False, indent=0)
        out.write("\n")


if __name__ == "__main__":
    main()
