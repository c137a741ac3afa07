"""Writes the tagger in Letopis's single-file model format (Docs/neural.md, "Letopis model files").

    bytes 0..8     magic  b"LTPSMODL"
    bytes 8..12    uint32 LE format version (1)
    bytes 12..16   uint32 LE header length H
    bytes 16..16+H header: UTF-8 JSON — id, protocol, model (slovnet's model.json tree whose
                   arrays are {"shape", "dtype": "float32", "offset"}), vocabs {name: [items]}
    ...            zero padding to a multiple of 64, then the data section: every array as
                   little-endian float32 at its `offset` (bytes from the data section's start,
                   each a multiple of 64)
    last 32 bytes  SHA-256 of every byte before them

The navec table is not in the file: the header names it (`emb.word.id`) and Letopis
reads the installed navec pack and slovnet's word vocabulary, as for slovnet's models.
"""
import hashlib
import json
import struct

import numpy as np

MAGIC = b"LTPSMODL"
FORMAT_VERSION = 1
MODEL_ID = "letopis_nerel_tagger_v1"
PROTOCOL = 1


def _pad(n, to=64):
    return (n + to - 1) // to * to


def arrays_of(model):
    """The model's inference arrays in slovnet's layout (numpy float32)."""
    a = {}
    a["emb.shape.weight"] = model.shape.weight.detach().numpy()
    for i, (conv, norm) in enumerate(zip(model.convs, model.norms)):
        a[f"encoder.layers.{i}.conv.weight"] = conv.weight.detach().numpy()
        a[f"encoder.layers.{i}.conv.bias"] = conv.bias.detach().numpy()
        a[f"encoder.layers.{i}.norm.weight"] = norm.weight.detach().numpy()
        a[f"encoder.layers.{i}.norm.bias"] = norm.bias.detach().numpy()
        a[f"encoder.layers.{i}.norm.mean"] = norm.running_mean.detach().numpy()
        a[f"encoder.layers.{i}.norm.std"] = np.sqrt(norm.running_var.detach().numpy() + norm.eps)
    # slovnet's Linear stores [in, out].
    a["head.proj.weight"] = model.proj.weight.detach().numpy().T
    a["head.proj.bias"] = model.proj.bias.detach().numpy()
    a["head.crf.transitions"] = model.transitions.detach().numpy()
    return {k: np.ascontiguousarray(v, dtype="<f4") for k, v in a.items()}


def write(path, model, shapes, types, levels, navec, metadata):
    """`navec`: {"id", "vectors", "dim", "qdim", "centroids"} of the navec pack the model reads."""
    arrays = arrays_of(model)
    data, offsets = bytearray(), {}
    for name, arr in arrays.items():
        offsets[name] = len(data)
        data += arr.tobytes()
        data += b"\0" * (_pad(len(data)) - len(data))

    def node(name):
        return {"shape": list(arrays[name].shape), "dtype": "float32", "offset": offsets[name]}

    layers = []
    for i in range(len(model.convs)):
        p = f"encoder.layers.{i}."
        layers.append({"conv": {"weight": node(p + "conv.weight"), "bias": node(p + "conv.bias"),
                                "padding": model.convs[i].padding[0]},
                       "norm": {k: node(p + "norm." + k) for k in ("weight", "bias", "mean", "std")}})
    header = {
        "id": MODEL_ID, "protocol": PROTOCOL,
        "model": {
            "emb": {"word": {"id": navec["id"],
                             "indexes": {"shape": [navec["vectors"], navec["qdim"]], "dtype": "uint8"},
                             "codes": {"shape": [navec["qdim"], navec["centroids"], navec["dim"] // navec["qdim"]],
                                       "dtype": "float32"}},
                    "shape": {"weight": node("emb.shape.weight")}},
            "encoder": {"layers": layers},
            "head": {"proj": {"weight": node("head.proj.weight"), "bias": node("head.proj.bias")},
                     "crf": {"transitions": node("head.crf.transitions")}, "scheme": "bio-per-level-and-type",
                     "levels": levels,
                     "tags": ["O", "B", "I"]},
        },
        "vocabs": {"shape": shapes, "type": types},
        "training": metadata,
    }
    h = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    out = bytearray(MAGIC + struct.pack("<II", FORMAT_VERSION, len(h)) + h)
    out += b"\0" * (_pad(len(out)) - len(out))
    out += data
    out += hashlib.sha256(out).digest()
    with open(path, "wb") as f:
        f.write(out)
    return len(out)
