#!/usr/bin/env bash
# Corpus evaluations: runs letopis over the development corpora in ../shared and
# prints the scorer's figures. Skips (exit 0) when ../shared is absent.
# Usage: Benchmarks/scripts/corpus-eval.sh [path/to/letopis]
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=../shared
if [ ! -d "$shared/data" ]; then
  echo "corpus-eval: skipped — ../shared is not beside the repository (it holds the corpora and the scorer)"
  exit 0
fi
letopis=${1:-.build/release/letopis}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "== segmentation (FactRuEval devset gold tokens and sentences)"
"$letopis" segment --eval "$shared/data/factrueval-2016/devset"

echo "== FactRuEval devset"
"$letopis" extract "$shared/data/factrueval-2016/devset" --format json > "$out/fre.jsonl"
python3 "$shared/eval/score.py" ner --factrueval "$shared/data/factrueval-2016/devset" "$out/fre.jsonl" | tail -n 6
python3 "$shared/eval/score.py" facts --factrueval "$shared/data/factrueval-2016/devset" "$out/fre.jsonl" | tail -n 6
python3 Benchmarks/scripts/normalisation-eval.py "$shared/data/factrueval-2016/devset" "$out/fre.jsonl"

echo "== NEREL dev"
"$letopis" extract "$shared/data/nerel-1.1/dev" --format json > "$out/nerel.jsonl"
python3 "$shared/eval/score.py" ner --nerel "$shared/data/nerel-1.1/dev" "$out/nerel.jsonl" | tail -n 6
python3 "$shared/eval/score.py" nerel-rel --nerel "$shared/data/nerel-1.1/dev" "$out/nerel.jsonl" | tail -n 4
python3 "$shared/eval/score.py" nerel-events --nerel "$shared/data/nerel-1.1/dev" "$out/nerel.jsonl" | tail -n 6
echo "-- PLOVER events against the silver set derived from NEREL (Docs/events.md)"
python3 Benchmarks/scripts/event-eval.py "$shared/data/nerel-1.1/dev" --pred "$out/nerel.jsonl"
python3 "$shared/eval/score.py" timex --nerel "$shared/data/nerel-1.1/dev" "$out/nerel.jsonl" | tail -n 4

echo "== timex-ru dev"
"$letopis" extract "$shared/data/timex-ru/dev.jsonl" --format json > "$out/timex.jsonl"
python3 "$shared/eval/score.py" timex --gold "$shared/data/timex-ru/dev.jsonl" "$out/timex.jsonl" | tail -n 4

echo "== seed"
"$letopis" extract "$shared/data/seed/000_720035ddf12cb8ee.txt" --format text

echo "== output formats in the field's tools (CoNLL-U validator, PLOVER manual, GDELT header, flat JSON)"
bash Benchmarks/scripts/formats-check.sh "$letopis"
