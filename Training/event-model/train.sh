#!/usr/bin/env bash
# One command from the gold train split and NEREL train to the event-trigger model:
#
#   Training/event-model/train.sh [options of train.py, e.g. --policy combined --veto 0.7 --add 0.5]
#
# Reads Benchmarks/gold/events/train.jsonl (texts from ../shared, exported by export-texts.py) and
# ../shared/data/nerel-1.1/train (override with NEREL_TRAIN=DIR); parses both with the letopis binary
# it builds (so training and inference see the same tokens, lemmas and syntax); trains under
# `nice -n 19` (fixed seed, deterministic L-BFGS) and writes
#   Sources/LetopisEvents/Model/event-triggers-v1.tsv          the weights (committed; Docs/events.md)
#   Tests/LetopisEventsTests/Fixtures/event-triggers-v1.json  fixed inputs → the probabilities Python gives
# Needs python3 with torch (pip install torch). Cross-validation: cv.py (see Training/README.md).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="$root/../shared/data"
nerel="${NEREL_TRAIN:-$shared/nerel-1.1/train}"
work="${EVENT_MODEL_WORK:-$root/.build/event-model}"
[ -d "$nerel" ] && [ -d "$shared/telegram-news-2024" ] || { echo "train.sh: ../shared/data (nerel-1.1, telegram-news-2024) not found — the gold texts and NEREL live there" >&2; exit 2; }
python3 -c 'import torch' 2>/dev/null || { echo "train.sh: needs PyTorch — pip install torch" >&2; exit 2; }
mkdir -p "$work"
binary="${LETOPIS_BINARY:-$root/.build/release/letopis}"
if [ -z "${LETOPIS_BINARY:-}" ]; then (cd "$root" && nice -n 19 swift build -c release --product letopis >&2); fi
python3 "$root/Benchmarks/gold/events/export-texts.py" "$root/Benchmarks/gold/events/train.jsonl" "$work/gold-texts.jsonl" "$shared"
nice -n 19 "$binary" extract --format json --with tokens,morph,syntax "$work/gold-texts.jsonl" > "$work/gold-tokens.jsonl"
nice -n 19 "$binary" extract --format json --with tokens,morph,syntax "$nerel" > "$work/nerel-tokens.jsonl"
cd "$here"
OMP_NUM_THREADS=1 nice -n 19 python3 train.py --gold "$root/Benchmarks/gold/events/train.jsonl" --gold-tokens "$work/gold-tokens.jsonl" \
    --nerel "$nerel" --nerel-tokens "$work/nerel-tokens.jsonl" --lexicon "$root/Sources/LetopisEvents/Lexicons/triggers.tsv" \
    --out "$root/Sources/LetopisEvents/Model/event-triggers-v1.tsv" \
    --fixture "$root/Tests/LetopisEventsTests/Fixtures/event-triggers-v1.json" "$@"
