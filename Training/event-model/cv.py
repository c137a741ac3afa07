"""Cross-validation of the event-trigger model, end to end through the letopis binary.

    python3 cv.py --binary .build/release/letopis --gold GOLD.jsonl --texts TEXTS.jsonl \
        --gold-tokens TOKENS.jsonl --nerel DIR --nerel-tokens TOKENS.jsonl --lexicon triggers.tsv \
        --work DIR [--nerel-eval]

Gold train documents and NEREL train documents are split into 5 folds each (fixed seed, by
document). For fold k a model is trained without gold fold k and NEREL fold k, and the binary
(with LETOPIS_EVENT_MODEL set to that model) extracts gold fold k; the predictions of the 5 folds
are scored together by Benchmarks/scripts/gold-event-eval.py. Settings: rules alone, the model
alone, and the combination at several veto/add thresholds. With --nerel-eval the chosen setting
is also run over NEREL train fold by fold and scored by score.py nerel-events.
"""
import argparse
import json
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import event_model as em
import train as tr

FOLDS = 5


def folds(ids, seed=17):
    ids = sorted(ids)
    random.Random(seed).shuffle(ids)
    return [set(ids[k::FOLDS]) for k in range(FOLDS)]


def run(binary, model_path, texts, out):
    env = dict(os.environ, LETOPIS_EVENT_MODEL=model_path)
    with open(out, "w") as f:
        subprocess.run(["nice", "-n", "19", binary, "extract", "--format", "json", *texts], stdout=f, env=env, check=False)


def main():
    ap = argparse.ArgumentParser()
    for k in ("binary", "gold", "texts", "gold-tokens", "nerel", "nerel-tokens", "lexicon", "work"):
        ap.add_argument("--" + k, required=True)
    ap.add_argument("--l2", type=float, default=1.0); ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--settings", default="rules:1.01:1.01,combined:0.9:1.01,combined:0.7:1.01,combined:0.5:1.01,"
                    "combined:0.7:0.5,combined:0.7:0.3,model:1.01:0.5,model:1.01:0.3")
    ap.add_argument("--nerel-eval", help="setting to run over NEREL train fold by fold, e.g. combined:0.7:0.5")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    lexicon = em.load_lexicon_types(a.lexicon)
    gold_docs = tr.load_tokens(a.gold_tokens)
    gold = tr.gold_examples(a.gold, gold_docs, lexicon)
    nerel_docs = tr.load_tokens(a.nerel_tokens)
    silver = tr.silver_examples(a.nerel, nerel_docs, lexicon)
    gfolds, nfolds = folds(gold_docs), folds(nerel_docs)
    texts = [json.loads(l) for l in open(a.texts, encoding="utf-8")]
    models = []
    for k in range(FOLDS):
        train = [e for e in gold if e[0] not in gfolds[k]] + [e for e in silver if e[0] not in nfolds[k]]
        classes, weights = tr.fit(train, a.l2, a.min_count)
        models.append((classes, weights))
        with open(f"{a.work}/texts-{k}.jsonl", "w", encoding="utf-8") as f:
            for t in texts:
                if t["id"] in gfolds[k]: f.write(json.dumps(t, ensure_ascii=False) + "\n")
        print(f"fold {k}: trained on {len(train)} candidates", file=sys.stderr, flush=True)
    for setting in a.settings.split(","):
        policy, veto, add = setting.split(":")
        pred = f"{a.work}/pred-{setting.replace(':', '_')}.jsonl"
        with open(pred, "w") as out:
            for k, (classes, weights) in enumerate(models):
                path = f"{a.work}/model-{k}.tsv"
                em.write(path, em.Model(classes, weights, {"policy": policy, "veto": veto, "add": add}))
                run(a.binary, path, [f"{a.work}/texts-{k}.jsonl"], f"{a.work}/fold.jsonl")
                out.write(open(f"{a.work}/fold.jsonl").read())
        res = subprocess.run([sys.executable, f"{root}/Benchmarks/scripts/gold-event-eval.py", a.gold, pred],
                             capture_output=True, text=True).stdout.splitlines()
        print(f"{setting}: " + " | ".join(res[1:3]), flush=True)
    if a.nerel_eval:
        policy, veto, add = a.nerel_eval.split(":")
        pred = f"{a.work}/nerel-{a.nerel_eval.replace(':', '_')}.jsonl"
        with open(pred, "w") as out:
            for k, (classes, weights) in enumerate(models):
                path = f"{a.work}/model-{k}.tsv"
                em.write(path, em.Model(classes, weights, {"policy": policy, "veto": veto, "add": add}))
                files = [os.path.join(a.nerel, d + ".txt") for d in sorted(nfolds[k])]
                run(a.binary, path, files, f"{a.work}/fold.jsonl")
                out.write(open(f"{a.work}/fold.jsonl").read())
        res = subprocess.run([sys.executable, f"{root}/../shared/eval/score.py", "nerel-events", "--nerel", a.nerel, pred],
                             capture_output=True, text=True).stdout.splitlines()
        print(f"NEREL train out-of-fold {a.nerel_eval}: " + " | ".join(l for l in res if "precision" in l), flush=True)


if __name__ == "__main__":
    main()
