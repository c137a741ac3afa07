#!/usr/bin/env bash
# One command from NEREL train to the NEREL tagger's weights (and the Swift equality fixture):
#
#   Training/nerel-tagger/train.sh [--epochs N] [...options of python -m nerel_tagger.train]
#
# Reads ../shared/data/nerel-1.1/train (override with NEREL_TRAIN=DIR), tokenizes it with the
# letopis binary it builds (so training and inference share one tokenizer), trains with PyTorch
# on the CPU under `nice -n 19`, and writes
#   Sources/LetopisPipeline/Resources/nerel-tagger-v1.bin   the weights (committed; Docs/neural.md)
#   Tests/LetopisNeuralTests/Fixtures/nerel-tagger-v1.json  tokens → expected scores and spans
# Needs: python3 with torch and numpy (pip install torch numpy), the installed models
# (letopis models install: navec and slovnet's vocabularies). Seeds are fixed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
train="${NEREL_TRAIN:-$root/../shared/data/nerel-1.1/train}"
models="${LETOPIS_MODELS:-${XDG_DATA_HOME:-$HOME/.local/share}/letopis/models}"
work="${NEREL_WORK:-$root/.build/nerel-tagger}"
[ -d "$train" ] || { echo "train.sh: NEREL train not found at $train — set NEREL_TRAIN=DIR (brat .txt/.ann)" >&2; exit 2; }
[ -f "$models/navec/news_v1_1B_250K_300d_100q/pq.bin" ] || { echo "train.sh: models not found in $models — run 'letopis models install'" >&2; exit 2; }
python3 -c 'import torch, numpy' 2>/dev/null || { echo "train.sh: needs PyTorch and numpy — pip install torch numpy" >&2; exit 2; }
mkdir -p "$work"
(cd "$root" && swift build -c release --product letopis >&2)
"$root/.build/release/letopis" extract --stages segment --with tokens --format json --no-isolation \
    --models "$models" "$train" > "$work/train-tokens.jsonl"
cd "$here"
OMP_NUM_THREADS=1 nice -n 19 python3 -m nerel_tagger.train --nerel "$train" --tokens "$work/train-tokens.jsonl" --models "$models" \
    --out "$root/Sources/LetopisPipeline/Resources/nerel-tagger-v1.bin" \
    --fixture "$root/Tests/LetopisNeuralTests/Fixtures/nerel-tagger-v1.json" "$@"
