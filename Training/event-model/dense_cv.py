"""Does a trigger model with word vectors generalise better than v1? Token-level cross-validation.

    python3 dense_cv.py --gold GOLD.jsonl --gold-tokens TOKENS.jsonl --nerel DIR --nerel-tokens TOKENS.jsonl \
        --lexicon triggers.tsv [--models DIR] [--iters 120] [--l2-dense 1.0] [--hidden 0]

The experiment of issue #17's third round (Docs/events.md, "Learned triggers v2: word vectors").
Inputs are train.sh's (the gold train split, NEREL train silver, tokens from `letopis extract --with
tokens,morph,syntax`); the folds are cv.py's (5 over gold train documents, 5 over NEREL train
documents, seed 17). For each fold two models are fitted on the other folds:

  v1  the shipped model's sparse string features (event_model.features), softmax regression, L2;
  v2  the same plus dense features: the navec vector (300-d) of the token's lemma (else its folded
      word), of its syntactic head, and of its first noun object/subject/oblique — 900 numbers,
      zero where navec has no entry. Logistic regression on [sparse ⊕ dense], or with --hidden H a
      one-hidden-layer MLP (ReLU) on the dense part.

The out-of-fold probabilities of the gold train candidates are scored at the token level against
the gold trigger tokens (same token, same type): the model alone, the triggers it adds where the
lexicon has no row (the shipped `combined` policy), and lexicon ∪ added. This is cheaper than cv.py
(no binary with a v2 reader is needed) and answers the question first: if the words the lexicon
cannot list are not found by the vectors out of fold, no Swift reader is worth writing.

navec is read from the installed models directory (~/.local/share/letopis/models by default:
navec/news_v1_1B_250K_300d_100q/pq.bin and slovnet's vocabs/word, whose line numbers are navec's
word ids), never from the repository. Deterministic: fixed seeds, float64, full-batch L-BFGS.
"""
import argparse
import hashlib
import os
import random
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import event_model as em
import train as tr

NAVEC = "navec/news_v1_1B_250K_300d_100q/pq.bin"
WORDS = "slovnet/ner_news_v1/vocabs/word"
ARGUMENT_RELS = ("obj", "nsubj", "obl")


class Navec:
    """navec's product-quantised table (NavecPack.swift's layout) and slovnet's word list."""

    def __init__(self, models):
        path = os.path.join(models, NAVEC)
        try:
            data = open(path, "rb").read()
            words = open(os.path.join(models, WORDS), encoding="utf-8").read().split("\n")
        except OSError as e:
            sys.exit(f"dense_cv.py: {e.filename}: not found — install the models (see README, 'Models')")
        self.sha256 = hashlib.sha256(data).hexdigest()
        n, dim, q, c = (int(x) for x in np.frombuffer(data[:16], dtype="<u4"))
        self.indexes = np.frombuffer(data[16:16 + n * q], dtype=np.uint8).reshape(n, q)
        self.codes = np.frombuffer(data[16 + n * q:], dtype="<f4").reshape(q, c, dim // q)
        self.dim = dim
        # A repeated line takes the later id, as WordVocabulary does.
        self.ids = {w: i for i, w in enumerate(words[:n])}

    def vector(self, word):
        i = self.ids.get(word)
        if i is None: return None
        return self.codes[np.arange(self.codes.shape[0]), self.indexes[i]].reshape(-1)


def dense_features(navec, doc, tokens, i):
    """[lemma ⊕ head ⊕ argument] vectors of candidate i (zeros where absent or unknown to navec)."""
    zero = np.zeros(navec.dim, np.float32)

    def of(j):
        if j is None: return zero
        v = navec.vector(doc.lemmas[j])
        if v is None: v = navec.vector(em.fold(tokens[j].get("text", "")))
        return zero if v is None else v
    argument = next((c for c in doc.children[i] if doc.rel[c] in ARGUMENT_RELS and doc.pos[c] in ("NOUN", "PROPN")), None)
    return np.concatenate([of(i), of(doc.head[i]), of(argument)])


def dense_matrix(navec, examples, sources):
    rows, current = [], (None, None)
    for src, doc_id, i, _, _ in examples:
        if current[0] != (src, doc_id):
            d = sources[src][doc_id]
            current = ((src, doc_id), (em.Doc("", d["tokens"]), d["tokens"]))
        doc, tokens = current[1]
        rows.append(dense_features(navec, doc, tokens, i))
    return np.stack(rows).astype(np.float64)


def fit(examples, dense, rows, classes, use_dense, l2=1.0, l2_dense=1.0, hidden=0, min_count=2, iters=120, seed=17):
    """Softmax regression on sparse (+ dense) features of examples[rows]; returns a predictor of probabilities."""
    torch.manual_seed(seed)
    counts = {}
    for k in rows:
        for f in examples[k][3]: counts[f] = counts.get(f, 0) + 1
    index = {f: j for j, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count or f == "b"))}

    def pack(rs):
        flat, offsets = [], []
        for k in rs:
            offsets.append(len(flat))
            flat.extend(index[f] for f in examples[k][3] if f in index)
        return torch.tensor(flat, dtype=torch.long), torch.tensor(offsets)
    flat, offsets = pack(rows)
    y = torch.tensor([classes.index(examples[k][4]) for k in rows])
    x = torch.tensor(dense[rows])
    n_classes = len(classes)
    sparse_w = torch.zeros(len(index), n_classes, dtype=torch.float64, requires_grad=True)
    params = [sparse_w]
    if use_dense and hidden:
        params += [(torch.randn(x.shape[1], hidden, dtype=torch.float64) * 0.05).requires_grad_(),
                   torch.zeros(hidden, n_classes, dtype=torch.float64, requires_grad=True)]
    elif use_dense:
        params.append(torch.zeros(x.shape[1], n_classes, dtype=torch.float64, requires_grad=True))

    def logits(flat, offsets, x):
        s = torch.nn.functional.embedding_bag(flat, sparse_w, offsets, mode="sum")
        if use_dense:
            s = s + (torch.relu(x @ params[1]) @ params[2] if hidden else x @ params[1])
        return s
    opt = torch.optim.LBFGS(params, lr=1, max_iter=iters, tolerance_grad=1e-6, tolerance_change=1e-9,
                            history_size=20, line_search_fn="strong_wolfe")

    def closure():
        opt.zero_grad()
        loss = torch.nn.functional.cross_entropy(logits(flat, offsets, x), y, reduction="sum") + l2 * (sparse_w * sparse_w).sum()
        if use_dense: loss = loss + l2_dense * sum((p * p).sum() for p in params[1:])
        loss.backward()
        return loss
    opt.step(closure)

    def predict(rs):
        f, o = pack(rs)
        with torch.no_grad(): return torch.softmax(logits(f, o, torch.tensor(dense[rs])), 1).numpy()
    predict.index, predict.params = index, params  # the fitted weights, for dense_e2e.py
    return predict


def score(pred, examples, gold_triggers):
    tp = sum(1 for j, t in pred.items() if examples[j][4] == t)
    p = tp / len(pred) if pred else 0.0
    r = tp / gold_triggers
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f1:.3f} ({tp}/{len(pred)})"


def main():
    ap = argparse.ArgumentParser()
    for k in ("gold", "gold-tokens", "nerel", "nerel-tokens", "lexicon"):
        ap.add_argument("--" + k, required=True)
    ap.add_argument("--models", default=os.environ.get("LETOPIS_MODELS") or os.path.expanduser("~/.local/share/letopis/models"))
    ap.add_argument("--iters", type=int, default=120); ap.add_argument("--l2-dense", type=float, default=1.0)
    ap.add_argument("--hidden", type=int, default=0)
    a = ap.parse_args()
    navec = Navec(a.models)
    print(f"navec {NAVEC}: sha256 {navec.sha256}", file=sys.stderr)
    lexicon = em.load_lexicon_types(a.lexicon)
    sources = {"g": tr.load_tokens(a.gold_tokens), "n": tr.load_tokens(a.nerel_tokens)}
    examples = [("g",) + e for e in tr.gold_examples(a.gold, sources["g"], lexicon)]
    examples += [("n",) + e for e in tr.silver_examples(a.nerel, sources["n"], lexicon)]
    dense = dense_matrix(navec, examples, sources)
    known = float((np.abs(dense[:, :navec.dim]).sum(1) > 0).mean())
    print(f"{len(examples)} candidates; navec knows the lemma of {known:.3f}", file=sys.stderr)
    classes = ["none"] + sorted({e[4] for e in examples} - {"none"})
    gold_folds = [set(ids) for ids in _folds(sources["g"])]
    nerel_folds = [set(ids) for ids in _folds(sources["n"])]
    settings = {"v1 (sparse)": False, "v2 (sparse + navec)": True}
    probs = {s: np.zeros((len(examples), len(classes))) for s in settings}
    for k in range(5):
        held = lambda e: (e[0] == "g" and e[1] in gold_folds[k]) or (e[0] == "n" and e[1] in nerel_folds[k])
        train_rows = [j for j, e in enumerate(examples) if not held(e)]
        test_rows = [j for j, e in enumerate(examples) if e[0] == "g" and e[1] in gold_folds[k]]
        for s, use_dense in settings.items():
            predict = fit(examples, dense, train_rows, classes, use_dense, l2_dense=a.l2_dense, hidden=a.hidden, iters=a.iters)
            probs[s][test_rows] = predict(test_rows)
        print(f"fold {k} done", file=sys.stderr, flush=True)
    gold_rows = [j for j, e in enumerate(examples) if e[0] == "g"]
    gold_triggers = sum(1 for j in gold_rows if examples[j][4] != "none")
    rules = {}
    for j in gold_rows:
        types = sorted(f[5:] for f in examples[j][3] if f.startswith("rule="))
        if types: rules[j] = types[0]
    print(f"gold train trigger tokens: {gold_triggers}; candidates: {len(gold_rows)}")
    print(f"lexicon alone (first type of the lemma's rows): {score(rules, examples, gold_triggers)}")
    for s in settings:
        for add in (0.15, 0.2, 0.3, 0.4, 0.5):
            model = {}
            for j in gold_rows:
                b = int(np.argmax(probs[s][j][1:])) + 1
                if probs[s][j][b] >= add: model[j] = classes[b]
            added = {j: t for j, t in model.items() if j not in rules}
            print(f"{s}, add {add}: model alone {score(model, examples, gold_triggers)} | added where the lexicon has no row "
                  f"{score(added, examples, gold_triggers)} | lexicon + added {score({**rules, **added}, examples, gold_triggers)}")


def _folds(docs, seed=17):
    ids = sorted(docs)
    random.Random(seed).shuffle(ids)
    return [ids[k::5] for k in range(5)]


if __name__ == "__main__":
    main()
