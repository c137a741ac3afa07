#!/usr/bin/env python3
"""Measures issue #16's two code figures over the rule layers (Text, Time, Entities, Events):

1. Russian words inside Swift string literals (inline word lists and TSV blocks alike): every
   run of Cyrillic letters inside "..." or \"\"\"...\"\"\" counts once per occurrence.
2. Functions (func, init, subscript, closures-as-properties excluded) longer than a limit
   (default 80 lines), measured from the declaration line to its closing brace.

Usage: Benchmarks/scripts/rule-layer-metrics.py [--limit 80] [--list] [MODULE ...]
Prints per-file counts with --list and a total; exits 0 (it reports, the goal is checked by a test).
"""
import argparse
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
DEFAULT_MODULES = ["LetopisText", "LetopisTime", "LetopisEntities", "LetopisEvents"]
CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
DECL = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|fileprivate|internal|static|final|override|mutating|nonmutating|@inlinable|class)\s+)*(func\s+[^\s(<]+|init[?!]?|subscript)\s*[(<]")


def split_code(source: str):
    """Yields (kind, text, line) chunks: 'code', 'string' or 'comment', tracking line numbers."""
    i, n, line = 0, len(source), 1
    out = []
    while i < n:
        if source.startswith("//", i):
            j = source.find("\n", i)
            j = n if j < 0 else j
            out.append(("comment", source[i:j], line))
            i = j
        elif source.startswith("/*", i):
            j = source.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(("comment", source[i:j], line))
            line += source.count("\n", i, j)
            i = j
        elif source.startswith('"""', i) or source.startswith('#"""', i):
            start = i + (4 if source[i] == "#" else 3)
            close = '"""#' if source[i] == "#" else '"""'
            j = source.find(close, start)
            j = n if j < 0 else j + len(close)
            out.append(("string", source[start:j], line))
            line += source.count("\n", i, j)
            i = j
        elif source[i] == '"' or source.startswith('#"', i):
            raw = source[i] == "#"
            j = i + (2 if raw else 1)
            while j < n and source[j] != "\n":
                if not raw and source[j] == "\\":
                    j += 2
                    continue
                if source[j] == '"' and (not raw or source.startswith('"#', j)):
                    break
                j += 1
            out.append(("string", source[i + 1:j], line))
            i = j + (2 if raw else 1)
        else:
            j = i
            while j < n and source[j] not in '"/#':
                j += 1
            if j == i:
                j = i + 1
            out.append(("code", source[i:j], line))
            line += source.count("\n", i, j)
            i = j
    return out


def russian_words(chunks):
    return sum(len(CYRILLIC_WORD.findall(text)) for kind, text, _ in chunks if kind == "string")


def long_functions(source: str, chunks, limit: int):
    """Functions whose body spans more than `limit` lines: brace matching over code chunks only."""
    # Rebuild the code with strings and comments blanked (newlines kept) so braces in them do not count.
    blanked = []
    for kind, text, _ in chunks:
        blanked.append(text if kind == "code" else re.sub(r"[^\n]", " ", text) + ("" if kind == "comment" else "  "))
    code = "".join(blanked)
    lines = code.split("\n")
    found = []
    for idx, text in enumerate(lines):
        m = DECL.match(text)
        if not m:
            continue
        depth, started, end = 0, False, None
        for k in range(idx, len(lines)):
            for ch in lines[k]:
                if ch == "{":
                    depth += 1
                    started = True
                elif ch == "}":
                    depth -= 1
            if started and depth <= 0:
                end = k
                break
            if not started and k > idx and lines[k].strip() and not lines[k].strip().startswith(("->", "where", "throws", "async")) and "{" not in lines[k] and ")" not in lines[k]:
                pass
        if end is not None and end - idx + 1 > limit:
            found.append((idx + 1, end - idx + 1, m.group(1)))
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("modules", nargs="*", default=DEFAULT_MODULES)
    ap.add_argument("--limit", type=int, default=80)
    ap.add_argument("--list", action="store_true", help="per-file figures")
    args = ap.parse_args()
    total_words, total_long = 0, []
    for module in args.modules:
        for path in sorted((ROOT / "Sources" / module).rglob("*.swift")):
            source = path.read_text(encoding="utf-8")
            chunks = split_code(source)
            words = russian_words(chunks)
            longs = long_functions(source, chunks, args.limit)
            total_words += words
            rel = path.relative_to(ROOT)
            total_long += [(rel, *f) for f in longs]
            if args.list and words:
                print(f"{words:6d}  {rel}")
    for rel, line, length, name in sorted(total_long, key=lambda f: -f[2]):
        print(f"long function: {rel}:{line} {name} — {length} lines")
    print(f"russian words in string literals: {total_words}")
    print(f"functions over {args.limit} lines: {len(total_long)}")


if __name__ == "__main__":
    sys.exit(main())
