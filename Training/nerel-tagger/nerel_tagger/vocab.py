"""Token encoding exactly as Letopis's TokenEncoder (and slovnet's WordShapeEncoder) does it.

Word ids: the line number of the lower-cased token in slovnet's `vocabs/word` (the navec
vocabulary; a repeated line takes the later id), else `<unk>`. Shapes: slovnet's shape.py,
as Sources/LetopisNeural/WordShape.swift documents it. The Swift equality test checks both.
"""
import os
import re

import numpy as np

NAVEC_ID = "news_v1_1B_250K_300d_100q"
PUNCTS = "!#$%&()[]\\/*+,.:;<=>?@^_{|}~-‐−‒⁃–—―`\"'«»„“ʼʻ”№…"
_TYPE = re.compile(r"([а-яё]+)|([a-z]+)|([+-]?\d+)|([" + re.escape(PUNCTS) + r"]+)", re.IGNORECASE)


def _is_title(w):
    return len(w) > 1 and w[0].isupper() and w[1:].islower()


def _outline(w):
    if len(w) == 1:
        return "X" if w.isupper() else "x"
    if w.isupper():
        return "XX"
    if w.islower():
        return "xx"
    if _is_title(w):
        return "Xx"
    if "-" in w:
        left, right = w.split("-", 1)
        if _is_title(left) and _is_title(right):
            return "Xx-Xx"
    return "OTHER"


def word_shape(word):
    m = _TYPE.match(word)
    if not m:
        return "OTHER"
    if m.group(1):
        return "RU_" + _outline(word)
    if m.group(2):
        return "EN_" + _outline(word)
    if m.group(3):
        return "NUM"
    return "PUNCT_" + word if len(word) == 1 else "PUNCT_OTHER"


class TokenEncoder:
    """Maps token texts to (word id, shape id) with the slovnet pack's vocabularies."""

    def __init__(self, models_dir):
        pack = os.path.join(models_dir, "slovnet", "ner_news_v1", "vocabs")
        with open(os.path.join(pack, "word"), encoding="utf-8") as f:
            self.words = f.read().split("\n")
        if self.words and self.words[-1] == "":
            self.words.pop()
        self.word_ids = {w: i for i, w in enumerate(self.words)}
        self.unk = self.word_ids["<unk>"]
        self.pad = self.word_ids["<pad>"]
        with open(os.path.join(pack, "shape"), encoding="utf-8") as f:
            self.shapes = [s for s in f.read().split("\n") if s != ""]
        self.shape_ids = {s: i for i, s in enumerate(self.shapes)}

    def encode(self, tokens):
        words = [self.word_ids.get(t.lower(), self.unk) for t in tokens]
        shapes = [self.shape_ids.get(word_shape(t), self.shape_ids["<pad>"]) for t in tokens]
        return words, shapes


def navec_header(models_dir, navec_id=NAVEC_ID):
    """{"id", "vectors", "dim", "qdim", "centroids"} from `pq.bin`'s header."""
    path = os.path.join(models_dir, "navec", navec_id, "pq.bin")
    with open(path, "rb") as f:
        vectors, dim, qdim, centroids = np.frombuffer(f.read(16), dtype="<u4")
    return {"id": navec_id, "vectors": int(vectors), "dim": int(dim), "qdim": int(qdim), "centroids": int(centroids)}


def navec_vectors(models_dir, navec_id=NAVEC_ID, ids=None):
    """Dense navec vectors (float32 [len(ids), dim]) of word `ids` (all words when None), from `pq.bin`."""
    path = os.path.join(models_dir, "navec", navec_id, "pq.bin")
    raw = np.fromfile(path, dtype=np.uint8)
    vectors, dim, qdim, centroids = np.frombuffer(raw[:16].tobytes(), dtype="<u4")
    vectors, dim, qdim, centroids = int(vectors), int(dim), int(qdim), int(centroids)
    indexes = raw[16:16 + vectors * qdim].reshape(vectors, qdim)
    codes = np.frombuffer(raw[16 + vectors * qdim:].tobytes(), dtype="<f4").reshape(qdim, centroids, dim // qdim)
    if ids is None:
        ids = np.arange(vectors)
    idx = indexes[np.asarray(ids)]                      # [n, qdim]
    out = codes[np.arange(qdim)[None, :], idx]          # [n, qdim, subdim]
    return out.reshape(len(ids), dim).astype(np.float32)
