#!/usr/bin/env bash
# How Letopis reads lower-case and all-capitals text (#17): case variants of NEREL train and of the gold
# event train split (Benchmarks/scripts/case-variants.py), each scored against the original gold, and its
# sentences, time expressions, entities and events compared with the original text's output.
#   bash Benchmarks/scripts/case-variants-run.sh .build/release/letopis OUT_DIR [variant ...]
# Train data only: NEREL dev and the gold dev split are for reporting, not for this.
set -euo pipefail
binary=${1:?usage: case-variants-run.sh LETOPIS_BINARY OUT_DIR [original lower upper headline mix]}
out=${2:?usage: case-variants-run.sh LETOPIS_BINARY OUT_DIR [variant ...]}
shift 2
variants=${*:-original lower upper headline mix}
here=$(cd "$(dirname "$0")" && pwd)
shared="$here/../../../shared"
gold="$here/../gold/events/train.jsonl"
if [ ! -d "$shared/data/nerel-1.1/train" ] || [ ! -d "$shared/data/telegram-news-2024" ]; then
  echo "case-variants-run.sh: skipped — ../shared/data (nerel-1.1, telegram-news-2024) is absent" >&2
  exit 0
fi
mkdir -p "$out"
python3 "$here/../gold/events/export-texts.py" "$gold" "$out/gold-original.jsonl" "$shared/data"
for v in $variants; do
  if [ "$v" = original ]; then
    nerel="$shared/data/nerel-1.1/train"
  else
    nerel="$out/nerel-$v"
    python3 "$here/case-variants.py" nerel "$shared/data/nerel-1.1/train" "$nerel" "$v"
    python3 "$here/case-variants.py" jsonl "$out/gold-original.jsonl" "$out/gold-$v.jsonl" "$v"
  fi
  nice -n 19 "$binary" extract --format json "$nerel" > "$out/nerel-$v.out.jsonl"
  nice -n 19 "$binary" extract --format json "$out/gold-$v.jsonl" > "$out/gold-$v.out.jsonl"
  {
    echo "== $v"
    python3 "$shared/eval/score.py" ner --nerel "$nerel" "$out/nerel-$v.out.jsonl"
    python3 "$shared/eval/score.py" nerel-rel --nerel "$nerel" "$out/nerel-$v.out.jsonl"
    python3 "$here/gold-event-eval.py" "$gold" "$out/gold-$v.out.jsonl" > "$out/gold-$v.score.txt"; head -3 "$out/gold-$v.score.txt"
    echo "-- NEREL train against the original text's output"
    python3 "$here/case-variants.py" compare "$out/nerel-original.out.jsonl" "$out/nerel-$v.out.jsonl"
    echo "-- gold train against the original text's output"
    python3 "$here/case-variants.py" compare "$out/gold-original.out.jsonl" "$out/gold-$v.out.jsonl"
  } > "$out/report-$v.txt" 2>&1 || true
  cat "$out/report-$v.txt"
done
