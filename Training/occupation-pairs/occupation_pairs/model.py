"""L2-regularised logistic regression over named binary features, the decoder the Swift side runs
(`OccupationPairScorer.select`), and score.py's WORKS_AS count."""
import math

import numpy as np
from scipy import optimize, sparse

def keep_feature(name, use_rules):
    """Without the rules, the features that say what a hand rule did are left out."""
    return use_rules or not (name.startswith("rule=") or name in ("ruled", "anaphoric"))


def vocabulary(cands, use_rules, min_count=2):
    counts = {}
    for c in cands:
        for f in c["features"]:
            if keep_feature(f, use_rules):
                counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= min_count or f == "bias")
    return {f: i for i, f in enumerate(names)}


def matrix(cands, vocab):
    rows, cols = [], []
    for r, c in enumerate(cands):
        for f in set(c["features"]):
            i = vocab.get(f)
            if i is not None:
                rows.append(r); cols.append(i)
    return sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(cands), len(vocab)))


def fit(cands, vocab, C):
    """Weights minimising log-loss + ||w||² / (2C) (the bias unpenalised); L-BFGS from zero — deterministic."""
    X = matrix(cands, vocab)
    y = np.array([c["y"] for c in cands], dtype=float)
    penal = np.ones(len(vocab)); penal[vocab["bias"]] = 0.0

    def loss(w):
        z = X @ w
        l = np.sum(np.logaddexp(0, z) - y * z) + 0.5 / C * np.sum(penal * w * w)
        g = X.T @ (1 / (1 + np.exp(-z)) - y) + penal * w / C
        return l, g

    res = optimize.minimize(loss, np.zeros(len(vocab)), jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    return {f: float(res.x[i]) for f, i in vocab.items()}


def probability(weights, features):
    """As Swift computes it: σ of the weights summed in feature order (double precision)."""
    z = 0.0
    for f in features:
        z += weights.get(f, 0.0)
    return 1 / (1 + math.exp(-z))


def select(scores, persons, jobs, gaps, ruled, threshold, new_threshold, cross_threshold, one_person_per_job):
    """Mirror of OccupationPairScorer.select: indices kept, in input order."""
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    kept = []
    for i in order:
        if scores[i] < (threshold if ruled[i] else new_threshold if gaps[i] == 0 else cross_threshold):
            continue
        clash = False
        for k in kept:
            if not (jobs[k][0] < jobs[i][1] and jobs[i][0] < jobs[k][1]):
                continue
            if persons[k] == persons[i] or (one_person_per_job and not (ruled[k] and ruled[i])):
                clash = True
                break
        if not clash:
            kept.append(i)
    return sorted(kept)


def decode(cands, scores, threshold, new_threshold, cross_threshold, one_person_per_job, use_rules=True):
    """Without the rules (`use_rules` false) no pair counts as a rule's: every one meets the new thresholds."""
    return select(scores, [c["person_id"] for c in cands], [c["job_tokens"] for c in cands], [c["gap"] for c in cands],
                  [c["ruled"] and use_rules for c in cands], threshold, new_threshold, cross_threshold, one_person_per_job)


def greedy_tp(gold, pred):
    """score.py's 1-1 matching with a 0/1 overlap score."""
    pairs = [(i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)
             if g[0][0] < p[0][1] and p[0][0] < g[0][1] and g[1][0] < p[1][1] and p[1][0] < g[1][1]]
    ug, up, tp = set(), set(), 0
    for i, j in sorted(pairs, reverse=True):
        if i in ug or j in up:
            continue
        ug.add(i); up.add(j); tp += 1
    return tp


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
