#!/usr/bin/env python3
"""Compare `letopis morph --format tsv` with pymorphy3 on corpus tokens.

Run through `morph-compare.sh`, which makes the throw-away virtual environment.

Tokens: every distinct match of the regex `\\w+(?:-\\w+)*|[^\\w\\s]` (Python `re`,
Unicode) in the `.txt` files of FactRuEval-2016 devset and NEREL 1.1 train and dev.

Sub-commands:
  tokens SHARED OUT        write the distinct tokens, one per line, in first-seen order,
                           and every token in text order to OUT.stream
  stress TOKENS OUT        write variants of corpus words that exercise the rarer units
                           (upper/title case, known and unknown prefixes, particles, по-, hyphens, ё)
  pymorphy TOKENS OUT [--no-speed]
                           write pymorphy3's analyses as TSV, print its words/s
  compare OURS THEIRS      print the agreement figures and the disagreements
"""
import os
import re
import sys
import time

TOKEN_RE = re.compile(r"\w+(?:-\w+)*|[^\w\s]")


def cmd_tokens(shared, out):
    roots = [os.path.join(shared, "data", "factrueval-2016", "devset"),
             os.path.join(shared, "data", "nerel-1.1", "train"),
             os.path.join(shared, "data", "nerel-1.1", "dev")]
    seen, order, stream = set(), [], []
    for root in roots:
        for name in sorted(os.listdir(root)):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(root, name), encoding="utf-8") as f:
                text = f.read()
            for tok in TOKEN_RE.findall(text):
                stream.append(tok)
                if tok not in seen:
                    seen.add(tok)
                    order.append(tok)
    with open(out, "w", encoding="utf-8") as f:
        for tok in order:
            f.write(tok + "\n")
    with open(out + ".stream", "w", encoding="utf-8") as f:
        for tok in stream:
            f.write(tok + "\n")
    print(f"{len(order)} distinct tokens, {len(stream)} running tokens ({out}.stream)", file=sys.stderr)


def cmd_stress(tokens_path, out):
    import random
    random.seed(7)
    with open(tokens_path, encoding="utf-8") as f:
        words = [t for t in (line.rstrip("\n") for line in f) if t.isalpha()]
    result = set()
    for w in random.sample(words, min(3000, len(words))):
        lw = w.lower()
        result.update([w.upper(), w.title(), "экс-" + lw, lw + "-то", "по-" + lw, "не" + lw, "супер" + lw,
                       lw[:-1] if len(lw) > 4 else lw, lw.replace("е", "ё", 1), lw + "ов", "за" + lw + "ся",
                       lw + "-" + random.choice(words).lower(), "бу" + lw, lw[::-1]])
    result.update(["Ё", "ёлка", "елка", "XIV", "mcmxc", "1.5", "1,5", "-12", "1e5", "nan", "½", "٣", "²", "..",
                   "—", "№", "%", "Й", "Ъ", "-", "--", "а-б-в", "человек-гора", "команд-участниц",
                   "воздушно-капельный", "сказал-таки", "кто-нибудь", "по-моему", "Ростов-на-Дону",
                   "вице-премьер", "Wi-Fi", "COVID-19", "2-й", "1990-х"])
    with open(out, "w", encoding="utf-8") as f:
        for tok in sorted(result):
            f.write(tok + "\n")
    print(f"{len(result)} stress tokens", file=sys.stderr)


def fmt_score(s):
    return repr(float(s))


def cmd_pymorphy(tokens_path, out, *flags):
    import pymorphy3
    t0 = time.perf_counter()
    morph = pymorphy3.MorphAnalyzer()
    load = time.perf_counter() - t0
    with open(tokens_path, encoding="utf-8") as f:
        tokens = [line.rstrip("\n") for line in f if line.rstrip("\n")]
    # speed: parse every token, several runs, the median (no cache in pymorphy3)
    times = []
    for _ in range(0 if "--no-speed" in flags else 3):
        t0 = time.thread_time()
        for tok in tokens:
            morph.parse(tok)
        times.append(time.thread_time() - t0)
    times.sort()
    wps = len(tokens) / times[len(times) // 2] if times else 0
    with open(out, "w", encoding="utf-8") as f:
        for tok in tokens:
            for p in morph.parse(tok):
                f.write(f"{tok}\t{p.normal_form}\t{p.tag}\t{fmt_score(p.score)}\n")
            f.write("\n")
    print(f"pymorphy3: load {load:.2f} s, {wps:,.0f} words/s (median of 3 runs over {len(tokens)} tokens, per CPU-second of one thread)")


def read_tsv(path):
    result, current, token = {}, [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if token is not None:
                    result[token] = current
                current, token = [], None
                continue
            parts = line.split("\t")
            if len(parts) != 4:
                continue
            token = parts[0]
            current.append((parts[1], parts[2], float(parts[3])))
    if token is not None:
        result[token] = current
    return result


def same(a, b):
    return a[0] == b[0] and a[1] == b[1] and abs(a[2] - b[2]) <= 1e-9


def cmd_compare(ours_path, theirs_path, show=40):
    show = int(show)
    ours, theirs = read_tsv(ours_path), read_tsv(theirs_path)
    n = len(theirs)
    first = whole = 0
    bad_first, bad_whole = [], []
    for tok, ref in theirs.items():
        got = ours.get(tok, [])
        if got and ref and got[0][0] == ref[0][0] and got[0][1] == ref[0][1]:
            first += 1
        else:
            bad_first.append(tok)
        if len(got) == len(ref) and all(same(a, b) for a, b in zip(got, ref)):
            whole += 1
        else:
            bad_whole.append(tok)
    print(f"tokens compared: {n}")
    print(f"first analysis (normal form + tag) identical: {first}/{n} = {100.0 * first / n:.3f} %")
    print(f"whole analysis list identical (scores ±1e-9): {whole}/{n} = {100.0 * whole / n:.3f} %")
    for title, bad in (("first-analysis disagreements", bad_first), ("list disagreements", bad_whole)):
        print(f"\n{title}: {len(bad)} (showing {min(show, len(bad))})")
        for tok in bad[:show]:
            print(f"  {tok!r}")
            print(f"    pymorphy3: {theirs[tok][:4]}")
            print(f"    letopis:   {ours.get(tok, [])[:4]}")


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    {"tokens": cmd_tokens, "stress": cmd_stress, "pymorphy": cmd_pymorphy, "compare": cmd_compare}[cmd](*args)
