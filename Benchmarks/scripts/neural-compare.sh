#!/usr/bin/env bash
# Letopis' slovnet inference against natasha 1.6.0 (same models), on FactRuEval devset and NEREL dev:
# fidelity on the same tokens, NER scores on both corpora, and speed.
#
#   Benchmarks/scripts/neural-compare.sh            (from the repository root, ../shared beside it)
#
# Environment: VENV (default /tmp/nat), OUT (default /tmp/letopis-neural), LETOPIS_MODELS, REPEAT (5).
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV=${VENV:-/tmp/nat}
OUT=${OUT:-/tmp/letopis-neural}
REPEAT=${REPEAT:-5}
FRE=../shared/data/factrueval-2016/devset
NEREL=../shared/data/nerel-1.1/dev
SCORE=../shared/eval/score.py
mkdir -p "$OUT"

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q natasha==1.6.0
fi
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1

echo "== natasha dumps (razdel tokens and sentences, morph, syntax, NER)"
"$VENV/bin/python" Benchmarks/scripts/natasha_dump.py "$OUT/natasha-fre.jsonl" "$FRE"
"$VENV/bin/python" Benchmarks/scripts/natasha_dump.py "$OUT/natasha-nerel.jsonl" "$NEREL"

swift build -c release --product letopis >/dev/null
LETOPIS=.build/release/letopis

echo "== fidelity: Letopis on natasha's tokens"
for c in fre nerel; do
  $LETOPIS tag --replay "$OUT/natasha-$c.jsonl" > "$OUT/letopis-$c.jsonl"
  echo "-- $c"
  python3 Benchmarks/scripts/neural_compare.py "$OUT/natasha-$c.jsonl" "$OUT/letopis-$c.jsonl" --show 20
done

echo "== NER quality (score.py)"
python3 Benchmarks/scripts/spans_to_entities.py "$OUT/natasha-fre.jsonl" > "$OUT/natasha-fre-ents.jsonl"
python3 Benchmarks/scripts/spans_to_entities.py "$OUT/natasha-nerel.jsonl" > "$OUT/natasha-nerel-ents.jsonl"
python3 Benchmarks/scripts/spans_to_entities.py "$OUT/letopis-fre.jsonl" > "$OUT/letopis-razdel-fre-ents.jsonl"
python3 Benchmarks/scripts/spans_to_entities.py "$OUT/letopis-nerel.jsonl" > "$OUT/letopis-razdel-nerel-ents.jsonl"
$LETOPIS tag --with ner "$FRE" > "$OUT/letopis-fre-ents.jsonl"
$LETOPIS tag --with ner "$NEREL" > "$OUT/letopis-nerel-ents.jsonl"
for who in natasha letopis-razdel letopis; do
  echo "-- $who, FactRuEval devset: $(python3 $SCORE ner --factrueval $FRE "$OUT/$who-fre-ents.jsonl" | tail -1)"
  echo "-- $who, NEREL dev:          $(python3 $SCORE ner --nerel $NEREL "$OUT/$who-nerel-ents.jsonl" | tail -1)"
done

echo "== speed on FactRuEval devset (median of $REPEAT)"
echo "-- natasha segment+morph+syntax+NER+normalise, numpy on one thread:"
"$VENV/bin/python" Benchmarks/scripts/natasha_dump.py --time "$REPEAT" "$FRE"
echo "-- natasha without normalise:"
"$VENV/bin/python" Benchmarks/scripts/natasha_dump.py --time "$REPEAT" "$FRE" --no-normalise
# SwiftPM (6.3) does not always notice that a path dependency changed (new files, new
# signatures): drop its cached build plan and touch the client.
rm -f Benchmarks/.build/release.yaml
touch Benchmarks/Sources/NeuralBenchmark/main.swift
swift build -c release --package-path Benchmarks --product NeuralBenchmark >/dev/null
echo "-- Letopis:"
Benchmarks/.build/release/NeuralBenchmark --repeat "$REPEAT" "$FRE"
