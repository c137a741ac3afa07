#!/usr/bin/env bash
# One command from NEREL train to the occupation pair scorer's weights (and the Swift equality fixture):
#
#   Training/occupation-pairs/train.sh [--folds N] [--seed N] [--skip-report]
#
# Reads ../shared/data/nerel-1.1/train (override with NEREL_TRAIN=DIR), runs the letopis binary it
# builds over it with --trace (every candidate pair and its features; LETOPIS=PATH uses another
# binary), cross-validates and fits a logistic regression (numpy, scipy; deterministic, folds by a
# fixed seed) under `nice -n 19`, prints the held-out WORKS_AS table, and writes
#   Sources/LetopisEntities/Models/occupation-pairs-v1.tsv          the weights (committed)
#   Tests/LetopisEntitiesTests/Fixtures/occupation-pairs-v1.json    features → expected probabilities
# Needs: python3 with numpy and scipy (pip install numpy scipy), the installed models (letopis models install).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
train="${NEREL_TRAIN:-$root/../shared/data/nerel-1.1/train}"
models="${LETOPIS_MODELS:-${XDG_DATA_HOME:-$HOME/.local/share}/letopis/models}"
work="${PAIRS_WORK:-$root/.build/occupation-pairs}"
[ -d "$train" ] || { echo "train.sh: NEREL train not found at $train — set NEREL_TRAIN=DIR (brat .txt/.ann)" >&2; exit 2; }
python3 -c 'import numpy, scipy' 2>/dev/null || { echo "train.sh: needs numpy and scipy — pip install numpy scipy" >&2; exit 2; }
mkdir -p "$work"
if [ -z "${LETOPIS:-}" ]; then
    (cd "$root" && nice -n 19 swift build -c release --product letopis >&2)
    LETOPIS="$root/.build/release/letopis"
fi
# The candidates and their features do not depend on the weights the binary carries.
nice -n 19 "$LETOPIS" extract --trace --with tokens --format json --no-isolation --models "$models" "$train" \
    > "$work/train-pairs.jsonl"
cd "$here"
OMP_NUM_THREADS=1 nice -n 19 python3 -m occupation_pairs.train --nerel "$train" --dump "$work/train-pairs.jsonl" \
    --out "$root/Sources/LetopisEntities/Models/occupation-pairs-v1.tsv" \
    --fixture "$root/Tests/LetopisEntitiesTests/Fixtures/occupation-pairs-v1.json" "$@"
