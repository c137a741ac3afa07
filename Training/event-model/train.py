"""Train the event-trigger model (type-or-none for each VERB/NOUN token).

    python3 train.py --gold GOLD.jsonl --gold-tokens TOKENS.jsonl \
        [--nerel DIR --nerel-tokens TOKENS.jsonl] --lexicon triggers.tsv --out MODEL.tsv \
        [--fixture FIXTURE.json] [--exclude-docs IDS.txt] [--policy combined --veto 0.8 --add 0.5]

GOLD: Benchmarks/gold/events/train.jsonl; TOKENS: `letopis extract --with tokens,morph,syntax`
output for the same texts. Labels: a certain gold event's trigger token (its first VERB, else its
first NOUN) has the event's type; other candidates of gold documents are `none`; an uncertain
event's trigger is left out. Silver from NEREL: a token where the rule lexicon fires with a type
NEREL marks (not a speech act) is that type when inside a NEREL EVENT span and `none` otherwise;
NEREL's other tokens are left out (NEREL does not say which PLOVER type its events are).
Softmax regression with L2, full-batch L-BFGS in float64; deterministic.
"""
import argparse
import json
import os
import random
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import event_model as em

PRUNE = 0.05
SPEECH_ACTS = {"STATEMENT", "REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN"}


def load_tokens(path):
    docs = {}
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        docs[d["id"]] = d
    return docs


def trigger_token(doc, span):
    inside = [i for i, t in enumerate(doc.tokens) if t["start"] < span["end"] and span["start"] < t["end"]]
    for want in ("VERB", "NOUN"):
        for i in inside:
            if doc.pos[i] == want: return i
    return None


def gold_examples(gold_path, token_docs, lexicon, exclude=()):
    out = []
    for line in open(gold_path, encoding="utf-8"):
        g = json.loads(line)
        if g["doc_id"] in exclude: continue
        d = token_docs.get(g["doc_id"])
        if d is None or "tokens" not in d: continue
        doc = em.Doc(d.get("text", ""), d["tokens"])
        labels, skip = {}, set()
        for e in g["events"]:
            i = trigger_token(doc, e["trigger"])
            if i is None: continue
            if e.get("uncertain"): skip.add(i)
            elif i not in labels: labels[i] = e["type"]
        for i in range(len(doc.tokens)):
            if not em.is_candidate(doc, i) or (i in skip and i not in labels): continue
            out.append((g["doc_id"], i, em.features(doc, i, lexicon), labels.get(i, "none")))
    return out


def nerel_event_spans(directory, doc_id):
    spans = []
    try:
        for line in open(os.path.join(directory, doc_id + ".ann"), encoding="utf-8"):
            cols = line.rstrip("\n").split("\t")
            if not cols[0].startswith("T") or len(cols) < 2: continue
            kind, *offsets = cols[1].replace(";", " ").split()
            if kind != "EVENT": continue
            nums = [int(x) for x in offsets]
            spans.append((min(nums), max(nums)))
    except FileNotFoundError:
        pass
    return spans


def silver_examples(nerel_dir, token_docs, lexicon):
    out = []
    for doc_id, d in sorted(token_docs.items()):
        if "tokens" not in d: continue
        doc = em.Doc("", d["tokens"])
        events = nerel_event_spans(nerel_dir, doc_id)
        for i, t in enumerate(d["tokens"]):
            if not em.is_candidate(doc, i): continue
            types = sorted(x for x in lexicon.get(doc.lemmas[i], ()) if x not in SPEECH_ACTS)
            if not types: continue
            inside = any(s < t["end"] and t["start"] < e for s, e in events)
            out.append((doc_id, i, em.features(doc, i, lexicon), types[0] if inside else "none"))
    return out


def fit(examples, l2, min_count, seed=17):
    torch.manual_seed(seed)
    random.seed(seed)
    classes = ["none"] + sorted({y for *_, y in examples} - {"none"})
    counts = {}
    for _, _, fs, _ in examples:
        for f in fs: counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= min_count or f == "b")
    index = {f: k for k, f in enumerate(vocab)}
    flat, offsets = [], []
    for _, _, fs, _ in examples:
        offsets.append(len(flat))
        flat.extend(index[f] for f in fs if f in index)
    flat, offsets = torch.tensor(flat), torch.tensor(offsets)
    y = torch.tensor([classes.index(lab) for *_, lab in examples])
    w = torch.zeros(len(vocab), len(classes), dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([w], lr=1, max_iter=300, tolerance_grad=1e-6, tolerance_change=1e-9,
                            history_size=20, line_search_fn="strong_wolfe")

    def closure():
        opt.zero_grad()
        scores = torch.nn.functional.embedding_bag(flat, w, offsets, mode="sum")
        loss = torch.nn.functional.cross_entropy(scores, y, reduction="sum") + l2 * (w * w).sum()
        loss.backward()
        return loss
    opt.step(closure)
    # Features whose every weight is below 0.05 change no decision: left out of the file.
    weights = {f: [float(v) for v in w[k].detach()] for f, k in index.items()}
    weights = {f: v for f, v in weights.items() if f == "b" or max(abs(x) for x in v) >= PRUNE}
    return classes, weights


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True); ap.add_argument("--gold-tokens", required=True)
    ap.add_argument("--nerel"); ap.add_argument("--nerel-tokens")
    ap.add_argument("--lexicon", required=True); ap.add_argument("--out", required=True)
    ap.add_argument("--fixture"); ap.add_argument("--exclude-docs")
    ap.add_argument("--l2", type=float, default=1.0); ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--policy", default="combined", choices=["rules", "model", "combined"])
    ap.add_argument("--veto", type=float, default=1.01); ap.add_argument("--add", type=float, default=0.3)
    a = ap.parse_args()
    lexicon = em.load_lexicon_types(a.lexicon)
    exclude = set(open(a.exclude_docs).read().split()) if a.exclude_docs else set()
    examples = gold_examples(a.gold, load_tokens(a.gold_tokens), lexicon, exclude)
    print(f"gold: {len(examples)} candidates, {sum(1 for e in examples if e[3] != 'none')} triggers", file=sys.stderr)
    if a.nerel and a.nerel_tokens:
        silver = silver_examples(a.nerel, load_tokens(a.nerel_tokens), lexicon)
        print(f"silver (NEREL): {len(silver)} rule triggers, {sum(1 for e in silver if e[3] != 'none')} on an EVENT", file=sys.stderr)
        examples += silver
    classes, weights = fit(examples, a.l2, a.min_count)
    model = em.Model(classes, weights, {"policy": a.policy, "veto": a.veto, "add": a.add})
    em.write(a.out, model)
    print(f"wrote {a.out}: {len(classes)} classes, {len(weights)} features", file=sys.stderr)
    if a.fixture:
        # Fixed inputs for the Swift equality test: feature lists → probabilities by the written (rounded) weights.
        written = em.read(a.out)
        cases = [ex[2] for ex in examples[:: max(1, len(examples) // 40)]][:40]
        cases.append(["b", "l=несуществующее", "neg"])
        with open(a.fixture, "w", encoding="utf-8") as out:
            json.dump({"classes": written.classes,
                       "cases": [{"features": fs, "probabilities": written.probabilities(fs)} for fs in cases]},
                      out, ensure_ascii=False, indent=0)


if __name__ == "__main__":
    main()
