"""python -m nerel_tagger.train: NEREL train → weights file (+ the Swift equality fixture).

Deterministic: fixed seeds, one thread order. A tenth of NEREL train (documents chosen by
a fixed hash of their names) is held out to pick the epoch; NEREL dev is never read here.
"""
import argparse
import hashlib
import json
import os
import random
import sys
import time

import numpy as np
import torch

from . import data, export
from .model import Tagger, spans
from .vocab import TokenEncoder, navec_header, navec_vectors


def held_out(doc_id, tenth=0):
    return int(hashlib.sha256(doc_id.encode()).hexdigest(), 16) % 10 == tenth


def batches(docs, size, max_tokens, rng):
    pieces = [(d, s, e) for d in docs for s, e in data.chunks(d, max_tokens)]
    rng.shuffle(pieces)
    for i in range(0, len(pieces), size):
        yield pieces[i:i + size]


def tensors(pieces, types):
    T = max(e - s for _, s, e in pieces)
    B = len(pieces)
    words = torch.zeros(B, T, dtype=torch.long)
    shapes = torch.zeros(B, T, dtype=torch.long)
    tags = torch.zeros(B, T, types, dtype=torch.long)
    mask = torch.zeros(B, T, dtype=torch.bool)
    for b, (d, s, e) in enumerate(pieces):
        n = e - s
        words[b, :n] = torch.tensor(d["words"][s:e])
        shapes[b, :n] = torch.tensor(d["shapes"][s:e])
        tags[b, :n] = torch.tensor(d["labels"][s:e])
        mask[b, :n] = True
    return words, shapes, tags, mask


def gold_spans(doc):
    return spans(torch.tensor(doc["labels"]), len(data.TYPES)) if doc["labels"] else set()


@torch.no_grad()
def evaluate(model, docs):
    """Micro P/R/F1 over (type, token span) on whole documents, as Letopis runs them."""
    model.eval()
    tp = npred = ngold = 0
    for d in docs:
        if not d["words"]:
            continue
        w = torch.tensor([d["words"]]); s = torch.tensor([d["shapes"]])
        em = model.emissions(w, s, torch.ones_like(w, dtype=torch.bool))[0]
        pred = spans(model.decode(em), len(data.TYPES))
        gold = gold_spans(d)
        tp += len(pred & gold); npred += len(pred); ngold += len(gold)
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


FIXTURE_SENTENCES = [
    "Министр финансов Германии Томас Шефер покончил с собой 28 марта 2020 года .",
    "В Москве суд приговорил экс-губернатора к 10 годам колонии за взятку в $ 2 млн .",
    "ПРЕЗИДЕНТ РОССИИ ВЛАДИМИР ПУТИН ВСТРЕТИЛСЯ С ПОСЛОМ США",
    "Nobel Prize , Apple и ООН : 3,5 % — 17-летний фыркнявщик №5 …",
    "лауреат премии «Оскар» режиссёр снял фильм о чемпионате мира по футболу",
]


def write_fixture(path, model, encoder):
    model.eval()
    cases = []
    with torch.no_grad():
        for sentence in FIXTURE_SENTENCES:
            tokens = sentence.split(" ")
            words, shapes = encoder.encode(tokens)
            w = torch.tensor([words]); s = torch.tensor([shapes])
            em = model.emissions(w, s, torch.ones_like(w, dtype=torch.bool))[0]
            found = sorted(spans(model.decode(em), len(data.TYPES)))
            cases.append({
                "tokens": tokens, "words": words, "shapes": shapes,
                "emissions": [[round(float(v), 6) for v in row] for row in em.reshape(len(tokens), -1)],
                "spans": [{"type": data.TYPES[k], "start": a, "end": b} for k, a, b in found],
            })
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"model": export.MODEL_ID, "cases": cases}, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--nerel", required=True, help="NEREL train folder (brat .txt/.ann)")
    ap.add_argument("--tokens", required=True, help="letopis extract --stages segment --with tokens JSON Lines of it")
    ap.add_argument("--models", required=True, help="Letopis models directory (navec, slovnet vocabularies)")
    ap.add_argument("--out", required=True, help="weights file to write")
    ap.add_argument("--fixture", help="Swift equality fixture to write")
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=1e-2)
    ap.add_argument("--max-tokens", type=int, default=200)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--threads", type=int, default=1)
    a = ap.parse_args(argv)

    random.seed(a.seed); np.random.seed(a.seed); torch.manual_seed(a.seed)
    torch.set_num_threads(a.threads)
    started = time.time()
    encoder = TokenEncoder(a.models)
    docs, stats = data.load(a.nerel, a.tokens, encoder)
    print(f"{len(docs)} documents, {sum(len(d['words']) for d in docs)} tokens; {dict(stats)}", flush=True)
    train = [d for d in docs if not held_out(d["id"])]
    hold = [d for d in docs if held_out(d["id"])]
    print(f"train {len(train)} documents, held out {len(hold)}", flush=True)

    navec = navec_vectors(a.models)
    model = Tagger(navec, shapes=len(encoder.shapes), types=data.LEVELS * len(data.TYPES))
    del navec
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=a.lr)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=a.epochs)
    rng = random.Random(a.seed)
    best, best_state, best_epoch = -1.0, None, 0
    for epoch in range(1, a.epochs + 1):
        model.train()
        total, n = 0.0, 0
        for pieces in batches(train, a.batch, a.max_tokens, rng):
            w, s, t, m = tensors(pieces, data.LEVELS * len(data.TYPES))
            loss = model.nll(model.emissions(w, s, m), t, m)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 5.0)
            opt.step()
            total += loss.item(); n += 1
        sched.step()
        p, r, f = evaluate(model, hold)
        print(f"epoch {epoch}: loss {total / max(n, 1):.3f}; held-out P {p:.4f} R {r:.4f} F1 {f:.4f}; "
              f"{time.time() - started:.0f} s", flush=True)
        if f > best:
            best, best_epoch = f, epoch
            # Written at every improvement, so an interrupted run still leaves its best model.
            meta = {"seed": a.seed, "epochs": a.epochs, "chosen_epoch": best_epoch, "held_out_f1": round(best, 4),
                    "train_documents": len(train), "held_out_documents": len(hold)}
            size = export.write(a.out, model, encoder.shapes, data.TYPES, data.LEVELS, navec_header(a.models), meta)
            if a.fixture:
                write_fixture(a.fixture, model, encoder)
            print(f"wrote {a.out} ({size} bytes) and the fixture; epoch {best_epoch}, held-out F1 {best:.4f}", flush=True)
    print(f"best epoch {best_epoch}, held-out F1 {best:.4f}; {time.time() - started:.0f} s in all", flush=True)


if __name__ == "__main__":
    sys.exit(main())
