#!/usr/bin/env bash
# Compares `letopis morph --format tsv` with pymorphy3 (same dictionary version) on every
# distinct token of FactRuEval-2016 devset and NEREL 1.1 train/dev, and measures both speeds.
#
#   Benchmarks/scripts/morph-compare.sh [SHARED_DIR]      (default: ../shared beside the repo)
#
# Makes a throw-away virtual environment ($MORPH_VENV, default /tmp/letopis-pymorphy3) with
# pymorphy3 2.0.6 and pymorphy3-dicts-ru 2.4.417150.4580142, builds the release CLI and the
# MorphologyBenchmark, and prints: agreement figures (first analysis; whole list), the
# disagreements, pymorphy3's words/s and ours (uncached, cached, running text), and the ratio.
# Tokenisation: Python regex `\w+(?:-\w+)*|[^\w\s]` over the corpora's .txt files.
# The dictionary comes from $LETOPIS_MODELS/opencorpora (default ~/.local/share/letopis/models).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${1:-$ROOT/../shared}
VENV=${MORPH_VENV:-/tmp/letopis-pymorphy3}
WORK=$(mktemp -d /tmp/letopis-morph-compare.XXXXXX)
SCRIPT="$ROOT/Benchmarks/scripts/morph_compare.py"

if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q pymorphy3==2.0.6 pymorphy3-dicts-ru==2.4.417150.4580142
fi

"$VENV/bin/python" "$SCRIPT" tokens "$SHARED" "$WORK/tokens.txt"

echo "== building (release)" >&2
swift build -c release --package-path "$ROOT" --product letopis >&2
swift build -c release --package-path "$ROOT/Benchmarks" --product MorphologyBenchmark >&2
LETOPIS="$ROOT/.build/release/letopis"
BENCH="$ROOT/Benchmarks/.build/release/MorphologyBenchmark"

echo "== pymorphy3"
"$VENV/bin/python" "$SCRIPT" pymorphy "$WORK/tokens.txt" "$WORK/pymorphy.tsv" | tee "$WORK/pymorphy.speed"

echo "== letopis"
"$LETOPIS" morph --format tsv < "$WORK/tokens.txt" > "$WORK/letopis.tsv"
"$BENCH" "$WORK/tokens.txt" --stream "$WORK/tokens.txt.stream" | tee "$WORK/letopis.speed"

echo "== agreement"
"$VENV/bin/python" "$SCRIPT" compare "$WORK/letopis.tsv" "$WORK/pymorphy.tsv"

echo "== agreement on stress variants (case, prefixes, particles, hyphens, ё)"
"$VENV/bin/python" "$SCRIPT" stress "$WORK/tokens.txt" "$WORK/stress.txt"
"$VENV/bin/python" "$SCRIPT" pymorphy "$WORK/stress.txt" "$WORK/stress.pymorphy.tsv" --no-speed > /dev/null
"$LETOPIS" morph --format tsv < "$WORK/stress.txt" > "$WORK/stress.letopis.tsv"
"$VENV/bin/python" "$SCRIPT" compare "$WORK/stress.letopis.tsv" "$WORK/stress.pymorphy.tsv" 10

echo "== speed ratio (words/s per CPU-second, distinct tokens)"
PY=$(sed -n 's/.*load [0-9.]* s, \([0-9,]*\) words.*/\1/p' "$WORK/pymorphy.speed" | tr -d ,)
UNC=$(sed -n 's/^letopis uncached: \([0-9]*\).*/\1/p' "$WORK/letopis.speed")
CAC=$(sed -n 's/^letopis cached: *\([0-9]*\).*/\1/p' "$WORK/letopis.speed")
python3 -c "print(f'letopis/pymorphy3: {$UNC/$PY:.1f}x without the cache, {$CAC/$PY:.1f}x with it')"
echo "(files kept in $WORK)"
