"""End-to-end cross-validation of the word-vector trigger model through today's binary (no v2 reader).

    python3 dense_e2e.py --binary .build/release/letopis --gold GOLD.jsonl --texts TEXTS.jsonl \
        --gold-tokens TOKENS.jsonl --nerel DIR --nerel-tokens TOKENS.jsonl --lexicon triggers.tsv --work DIR \
        [--l2-dense 10] [--settings combined:1.01:0.3,...]

A logistic regression on [sparse ⊕ navec(lemma) ⊕ navec(head lemma)] is linear in each vector, so its
dense part is a per-lemma constant: W_lemma·v(L) added to the weights of `l=L` and W_head·v(L) to those
of `h=L`. For every lemma of the gold train texts those constants are written into a version-1 weights
file (sparse weights + the cached dense sums), which the shipped Swift reader scores exactly. Computing
them for the held-out fold's lemmas uses navec only, never a label, so the measurement is honest; it
is the same figure a Swift reader of the vectors would give on these texts. Folds, settings and scoring
are cv.py's; v1 (sparse only) is refitted on the same folds for the comparison.
"""
import argparse
import json
import os
import subprocess
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cv
import dense_cv as dc
import event_model as em
import train as tr


def lemma_head_matrix(navec, examples, sources):
    zero = np.zeros(navec.dim, np.float32)
    rows, current = [], (None, None)
    for src, doc_id, i, _, _ in examples:
        if current[0] != (src, doc_id):
            current = ((src, doc_id), em.Doc("", sources[src][doc_id]["tokens"]))
        doc = current[1]
        h = doc.head[i]
        v = navec.vector(doc.lemmas[i])
        w = navec.vector(doc.lemmas[h]) if h is not None else None
        rows.append(np.concatenate([zero if v is None else v, zero if w is None else w]))
    return np.stack(rows).astype(np.float64)


def main():
    ap = argparse.ArgumentParser()
    for k in ("binary", "gold", "texts", "gold-tokens", "nerel", "nerel-tokens", "lexicon", "work"):
        ap.add_argument("--" + k, required=True)
    ap.add_argument("--models", default=os.environ.get("LETOPIS_MODELS") or os.path.expanduser("~/.local/share/letopis/models"))
    ap.add_argument("--l2-dense", type=float, default=10.0); ap.add_argument("--iters", type=int, default=120)
    ap.add_argument("--settings", default="rules:1.01:1.01,combined:1.01:0.3,combined:1.01:0.2,combined:1.01:0.15")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    navec = dc.Navec(a.models)
    lexicon = em.load_lexicon_types(a.lexicon)
    sources = {"g": tr.load_tokens(a.gold_tokens), "n": tr.load_tokens(a.nerel_tokens)}
    examples = [("g",) + e for e in tr.gold_examples(a.gold, sources["g"], lexicon)]
    examples += [("n",) + e for e in tr.silver_examples(a.nerel, sources["n"], lexicon)]
    dense = lemma_head_matrix(navec, examples, sources)
    classes = ["none"] + sorted({e[4] for e in examples} - {"none"})
    gold_lemmas = sorted({em.fold(t.get("lemma") or t.get("text") or "") for d in sources["g"].values() for t in d.get("tokens", [])})
    gfolds, nfolds = cv.folds(sources["g"]), cv.folds(sources["n"])
    texts = [json.loads(l) for l in open(a.texts, encoding="utf-8")]
    models = {"v1": [], "v2": []}
    for k in range(cv.FOLDS):
        held = lambda e: (e[0] == "g" and e[1] in gfolds[k]) or (e[0] == "n" and e[1] in nfolds[k])
        rows = [j for j, e in enumerate(examples) if not held(e)]
        for name, use_dense in (("v1", False), ("v2", True)):
            weights = fit_weights(examples, dense, rows, classes, use_dense, a, navec, gold_lemmas)
            models[name].append(weights)
        with open(f"{a.work}/texts-{k}.jsonl", "w", encoding="utf-8") as f:
            for t in texts:
                if t["id"] in gfolds[k]: f.write(json.dumps(t, ensure_ascii=False) + "\n")
        print(f"fold {k}: fitted", file=sys.stderr, flush=True)
    for name in ("v1", "v2"):
        for setting in a.settings.split(","):
            if setting.startswith("rules") and name == "v2": continue
            policy, veto, add = setting.split(":")
            pred = f"{a.work}/pred-{name}-{setting.replace(':', '_')}.jsonl"
            with open(pred, "w") as out:
                for k, weights in enumerate(models[name]):
                    path = f"{a.work}/model-{name}-{k}.tsv"
                    em.write(path, em.Model(classes, weights, {"policy": policy, "veto": veto, "add": add}))
                    cv.run(a.binary, path, [f"{a.work}/texts-{k}.jsonl"], f"{a.work}/fold.jsonl")
                    out.write(open(f"{a.work}/fold.jsonl").read())
            res = subprocess.run([sys.executable, f"{root}/Benchmarks/scripts/gold-event-eval.py", a.gold, pred],
                                 capture_output=True, text=True).stdout.splitlines()
            print(f"{name} {setting}: " + " | ".join(res[1:3]), flush=True)


def fit_weights(examples, dense, rows, classes, use_dense, a, navec, lemmas):
    """The fold model as version-1 string weights: sparse weights, plus the dense part cached per lemma."""
    predict = dc.fit(examples, dense, rows, classes, use_dense, l2_dense=a.l2_dense, iters=a.iters)
    index, params = predict.index, predict.params
    sparse_w = params[0].detach().numpy()
    weights = {f: [float(x) for x in sparse_w[j]] for f, j in index.items()}
    if use_dense:
        wd = params[1].detach().numpy()
        dim = navec.dim
        for lemma in lemmas:
            v = navec.vector(lemma)
            if v is None: continue
            for prefix, part in (("l=", wd[:dim]), ("h=", wd[dim:])):
                add = v.astype(np.float64) @ part
                base = weights.get(prefix + lemma, [0.0] * len(classes))
                weights[prefix + lemma] = [b + float(x) for b, x in zip(base, add)]
    return {f: w for f, w in weights.items() if f == "b" or max(abs(x) for x in w) >= 0.005}


if __name__ == "__main__":
    main()
