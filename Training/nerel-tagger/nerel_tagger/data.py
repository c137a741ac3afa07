"""NEREL (brat `.txt`/`.ann`) read onto Letopis's tokens, as per-type BIO labels.

Offsets are Unicode code points into the `.txt` read as-is (no newline translation), as
`letopis extract` writes them and `../shared/eval/score.py` reads them. Discontinuous
entities (`;` in the offsets) are left out, as score.py does.

Nesting: every type has its own BIO sequences, so spans of different types nest and
overlap freely. Within one type, spans nested in another of the same type (a PROFESSION
`министра` inside `заместителя министра`) go to a second level: level 0 holds the outermost
(longest first) non-overlapping spans, level 1 the next such set from the rest; what is left
(spans three deep, or overlapping without nesting) is counted as lost. On NEREL train this
keeps 99.2 % of the entities instead of 92 % with one level.
"""
import glob
import json
import os
from collections import Counter

TYPES = [
    "AGE", "AWARD", "CITY", "COUNTRY", "CRIME", "DATE", "DISEASE", "DISTRICT", "EVENT", "FACILITY",
    "FAMILY", "IDEOLOGY", "LANGUAGE", "LAW", "LOCATION", "MONEY", "NATIONALITY", "NUMBER", "ORDINAL",
    "ORGANIZATION", "PENALTY", "PERCENT", "PERSON", "PRODUCT", "PROFESSION", "RELIGION",
    "STATE_OR_PROVINCE", "TIME", "WORK_OF_ART",
]
TYPE_INDEX = {t: i for i, t in enumerate(TYPES)}
O, B, I = 0, 1, 2
LEVELS = 2


def read_gold(path):
    """[(type, start, end)] of the continuous entities of one `.ann` file."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if not p[0].startswith("T") or len(p) < 2 or ";" in p[1]:
                continue
            t, s, e = p[1].split(" ")
            if t in TYPE_INDEX:
                out.append((t, int(s), int(e)))
    return out


def read_tokens(path):
    """{doc id: (token texts, [(start, end)], [(sentence start, end)] in tokens)} from `letopis extract` JSON Lines."""
    docs = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            toks = d.get("tokens", [])
            spans = [(t["start"], t["end"]) for t in toks]
            starts = {s: i for i, (s, _) in enumerate(spans)}
            sents = []
            for s, e in d.get("sentences", []):
                i = starts.get(s)
                if i is None:
                    continue
                j = i
                while j < len(spans) and spans[j][1] <= e:
                    j += 1
                sents.append((i, j))
            docs[str(d["id"])] = ([t["text"] for t in toks], spans, sents)
    return docs


def token_span(spans, start, end):
    """Tokens [i, j) covering [start, end): those overlapping it; `exact` when their edges are the span's."""
    idx = [k for k, (s, e) in enumerate(spans) if s < end and start < e]
    if not idx:
        return None, False
    i, j = idx[0], idx[-1] + 1
    return (i, j), spans[i][0] == start and spans[j - 1][1] == end


def labels(spans, gold, stats):
    """[len(tokens)][LEVELS × len(TYPES)] BIO ids; column `level × len(TYPES) + type`."""
    n = len(spans)
    lab = [[O] * (LEVELS * len(TYPES)) for _ in range(n)]
    by_type = {}
    for t, s, e in gold:
        ts, exact = token_span(spans, s, e)
        stats["entities"] += 1
        if ts is None:
            stats["no tokens"] += 1
            continue
        if not exact:
            stats["not on token edges"] += 1
        by_type.setdefault(t, set()).add(ts)
    for t, ss in by_type.items():
        rest = sorted(ss, key=lambda x: (-(x[1] - x[0]), x[0]))
        for level in range(LEVELS):
            k = level * len(TYPES) + TYPE_INDEX[t]
            taken, left = [], []
            for i, j in rest:
                if any(i < b and a < j for a, b in taken):
                    left.append((i, j))
                    continue
                taken.append((i, j))
                lab[i][k] = B
                for x in range(i + 1, j):
                    lab[x][k] = I
            if level > 0:
                stats[f"same-type nested, level {level}"] += len(taken)
            rest = left
        stats["same-type nested deeper or overlapping (lost)"] += len(rest)
    return lab


def load(nerel_dir, tokens_path, encoder):
    """Documents as dicts: id, words, shapes, labels, sentences."""
    toks = read_tokens(tokens_path)
    stats = Counter()
    docs = []
    for ann in sorted(glob.glob(os.path.join(nerel_dir, "*.ann"))):
        stem = os.path.basename(ann)[:-4]
        if stem not in toks:
            stats["documents without tokens"] += 1
            continue
        texts, spans, sents = toks[stem]
        words, shapes = encoder.encode(texts)
        docs.append({"id": stem, "words": words, "shapes": shapes, "labels": labels(spans, read_gold(ann), stats),
                     "sentences": sents})
    return docs, stats


def chunks(doc, max_tokens=256):
    """Runs of whole sentences of up to `max_tokens` tokens (a longer sentence is cut): [(start, end)]."""
    out, start, n = [], 0, len(doc["words"])
    bounds = [e for _, e in doc["sentences"] if 0 < e <= n] + [n]
    last = 0
    for e in sorted(set(bounds)):
        if e - start > max_tokens and last > start:
            out.append((start, last))
            start = last
        while e - start > max_tokens:
            out.append((start, start + max_tokens))
            start += max_tokens
        last = e
    if start < n:
        out.append((start, n))
    return out
