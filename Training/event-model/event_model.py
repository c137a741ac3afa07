"""Event-trigger model: features, the weights file, and inference — the Python twin of
Sources/LetopisEvents/Model/EventTriggerModel.swift (Docs/events.md, "Learned triggers").

Features are strings computed from a document's tokens (`letopis extract --with
tokens,morph,syntax`); a candidate is a VERB or NOUN token. The score of class c is the sum of
the weights of the candidate's distinct features; probabilities are their softmax. Swift computes
the same strings and the same sums in Double, so both give the same probabilities.
"""
import hashlib
import math

MAGIC = "letopis-event-model"
VERSION = "1"
CANDIDATE_POS = ("VERB", "NOUN")


def fold(s):
    """TextFolding.fold: lower case, ё→е, hyphen-likes → '-', stress and soft hyphen dropped."""
    out = []
    for ch in s.lower():
        if ch == "ё": out.append("е")
        elif ch in "\u2010\u2011\u2012\u2013": out.append("-")
        elif ch in "\u0301\u00ad": continue
        elif ch == "\u00a0": out.append(" ")
        else: out.append(ch)
    return "".join(out)


class Doc:
    """A document's token layer as the Swift TokenView sees it."""

    def __init__(self, text, tokens):
        self.tokens = tokens
        n = len(tokens)
        self.lemmas = [fold(t.get("lemma") or t.get("text") or "") for t in tokens]
        self.pos = [t.get("pos") or "" for t in tokens]
        self.rel = [t.get("rel") or "" for t in tokens]
        self.head = [None] * n
        self.children = [[] for _ in range(n)]
        parsed = all("head" in t for t in tokens) and n > 0
        if parsed:
            for i, t in enumerate(tokens):
                h = t.get("head")
                if h is None or h == i or not (0 <= h < n): continue
                self.head[i] = h
                self.children[h].append(i)


def load_lexicon_types(path):
    """First lemma (folded) → PLOVER types of Lexicons/triggers.tsv's trigger rows (not `meaning` rows, part vm/nm)."""
    types = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip(): continue
        cols = line.rstrip("\n").split("\t")
        if cols[0] == "lemmas": continue
        if len(cols) > 4 and cols[4].endswith("m"): continue
        first = fold(cols[0].split()[0])
        types.setdefault(first, set()).add(cols[1])
    return types


def is_candidate(doc, i):
    return doc.pos[i] in CANDIDATE_POS


def features(doc, i, lexicon_types):
    """The candidate's distinct feature strings, sorted (order does not change the sums)."""
    lemma = doc.lemmas[i]
    f = {"b", "l=" + lemma, "p5=" + lemma[:5], "pos=" + doc.pos[i], "rel=" + doc.rel[i]}
    h = doc.head[i]
    f.add("h=" + (doc.lemmas[h] if h is not None else "<root>"))
    for c in doc.children[i]:
        f.add("kr=" + doc.rel[c])
        if doc.pos[c] == "NOUN": f.add("k=" + doc.lemmas[c])
        if doc.lemmas[c] == "не": f.add("neg")
    for t in lexicon_types.get(lemma, ()):
        f.add("rule=" + t)
    return sorted(f)


class Model:
    def __init__(self, classes, weights, params):
        self.classes = classes          # classes[0] == "none"
        self.weights = weights          # feature → list of floats (len(classes))
        self.params = params            # policy, veto, add

    def probabilities(self, feats):
        scores = [0.0] * len(self.classes)
        for f in feats:
            w = self.weights.get(f)
            if w is None: continue
            for k in range(len(scores)): scores[k] += w[k]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]


def fmt(x):
    """Four significant digits; a weight below 0.005 is written as 0 (the file stays small)."""
    return "0" if abs(x) < 0.005 else "%.4g" % x


def write(path, model):
    body = ["classes\t" + "\t".join(model.classes)]
    for key in ("policy", "veto", "add"):
        body.append(f"{key}\t{model.params[key]}")
    for f in sorted(model.weights):
        body.append("w\t" + f + "\t" + "\t".join(fmt(x) for x in model.weights[f]))
    text = "".join(line + "\n" for line in body)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    with open(path, "w", encoding="utf-8") as out:
        out.write(f"{MAGIC}\t{VERSION}\t{len(body)}\t{digest}\n")
        out.write(text)


def read(path):
    with open(path, encoding="utf-8") as f:
        head, rest = f.readline(), f.read()
    magic, version, count, digest = head.rstrip("\n").split("\t")
    assert magic == MAGIC and version == VERSION, f"{path}: not a version-{VERSION} event model"
    assert hashlib.sha256(rest.encode("utf-8")).hexdigest() == digest, f"{path}: SHA-256 mismatch"
    classes, params, weights = None, {}, {}
    for line in rest.splitlines():
        cols = line.split("\t")
        if cols[0] == "classes": classes = cols[1:]
        elif cols[0] == "w": weights[cols[1]] = [float(x) for x in cols[2:]]
        else: params[cols[0]] = cols[1]
    return Model(classes, weights, params)
