#!/usr/bin/env python3
"""Case variants of a NEREL directory or of a Letopis JSON Lines input, for measuring how Letopis reads
lower-case and all-capitals text (#17). Offsets stay valid: the text is case-mapped character by character
and a character whose other case is not exactly one code point (`ß` → `SS`, `İ` → `i̇`) is left as it is.

    case-variants.py nerel DIR OUT_DIR VARIANT      (.txt mapped, .ann copied with its mention texts mapped)
    case-variants.py jsonl IN.jsonl OUT.jsonl VARIANT   (the "text" field mapped; other fields kept)
    case-variants.py compare ORIGINAL_OUT.jsonl VARIANT_OUT.jsonl   (sentences and time expressions of a
                     variant's output against the original text's output: counts and span agreement)
    case-variants.py --self-test

VARIANT:
  lower     the whole document in lower case (Telegram channels that never press Shift)
  upper     the whole document in capitals
  headline  the first line in capitals, the rest as written (wire headlines)
  mix       per document, chosen by its id: a third as written, a third lower-case, a third with a
            shouted first line and a lower-case body (the real stream has all three)

Standard library only; the same input gives the same output.
"""
import glob
import hashlib
import json
import os
import shutil
import sys

VARIANTS = ("lower", "upper", "headline", "mix")


def map_char(c, upper):
    m = c.upper() if upper else c.lower()
    return m if len(m) == 1 else c


def map_text(s, upper):
    return "".join(map_char(c, upper) for c in s)


def headline_then(text, body_upper):
    """The first line in capitals; the rest lower-case (body_upper False), or as written (None)."""
    cut = text.find("\n")
    cut = len(text) if cut < 0 else cut
    body = text[cut:] if body_upper is None else map_text(text[cut:], body_upper)
    return map_text(text[:cut], True) + body


def mix_choice(doc_id):
    return int(hashlib.md5(doc_id.encode("utf-8")).hexdigest(), 16) % 3


def apply(variant, text, doc_id):
    if variant == "lower":
        out = map_text(text, False)
    elif variant == "upper":
        out = map_text(text, True)
    elif variant == "headline":
        out = headline_then(text, None)
    elif variant == "mix":
        choice = mix_choice(doc_id)
        out = text if choice == 0 else map_text(text, False) if choice == 1 else headline_then(text, False)
    else:
        sys.exit(f"case-variants.py: unknown variant '{variant}'; use one of {', '.join(VARIANTS)}")
    assert len(out) == len(text), doc_id
    return out


def do_nerel(src, dst, variant):
    os.makedirs(dst, exist_ok=True)
    for txt in sorted(glob.glob(os.path.join(src, "*.txt"))):
        stem = os.path.basename(txt)[:-4]
        # newline="" keeps CR as it is: offsets are code points of the file read as-is.
        with open(txt, encoding="utf-8", newline="") as f:
            text = f.read()
        with open(os.path.join(dst, stem + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(apply(variant, text, stem))
        ann = os.path.join(src, stem + ".ann")
        if os.path.exists(ann):
            shutil.copyfile(ann, os.path.join(dst, stem + ".ann"))


def do_jsonl(src, dst, variant):
    with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as o:
        for line in f:
            if not line.strip():
                continue
            row = json.loads(line)
            row["text"] = apply(variant, row["text"], str(row.get("id", "")))
            o.write(json.dumps(row, ensure_ascii=False) + "\n")


def load_out(path):
    with open(path, encoding="utf-8") as f:
        return {d["id"]: d for d in map(json.loads, filter(str.strip, f))}


def agreement(name, orig, var, spans):
    a = b = both = 0
    for k, d in orig.items():
        o, v = spans(d), spans(var.get(k, {}))
        a += len(o); b += len(v); both += len(o & v)
    p, r = (both / b if b else 0.0), (both / a if a else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{name:10} original {a:6d}  variant {b:6d}  same spans {both:6d}  agreement F1 {f:.4f}")


def compare(orig_path, var_path):
    orig, var = load_out(orig_path), load_out(var_path)
    agreement("sentences", orig, var, lambda d: {tuple(s) for s in d.get("sentences", [])})
    agreement("timexes", orig, var, lambda d: {(t["start"], t["end"]) for t in d.get("timexes", [])})
    agreement("entities", orig, var, lambda d: {(e["start"], e["end"], e.get("type")) for e in d.get("entities", [])})
    agreement("events", orig, var, lambda d: {(e.get("type"), (e.get("trigger") or {}).get("start")) for e in d.get("events", [])})


def self_test():
    s = "Путин встретился с Си Цзиньпином.\nВ МИД РФ ß İstanbul 2024"
    for v in VARIANTS:
        out = apply(v, s, "x")
        assert len(out) == len(s), v
    assert apply("lower", s, "x").startswith("путин встретился")
    assert "ß" in apply("upper", s, "x") and "İ" in apply("lower", s, "x")
    assert apply("headline", s, "x") == "ПУТИН ВСТРЕТИЛСЯ С СИ ЦЗИНЬПИНОМ.\nВ МИД РФ ß İstanbul 2024"
    assert {mix_choice(str(i)) for i in range(30)} == {0, 1, 2}
    print("case-variants.py: self-test passed")


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    if len(argv) == 4 and argv[1] == "compare":
        return compare(argv[2], argv[3])
    if len(argv) != 5 or argv[1] not in ("nerel", "jsonl") or argv[4] not in VARIANTS:
        sys.exit(__doc__)
    (do_nerel if argv[1] == "nerel" else do_jsonl)(argv[2], argv[3], argv[4])


if __name__ == "__main__":
    main(sys.argv)
