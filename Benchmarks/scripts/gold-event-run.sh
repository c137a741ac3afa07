#!/usr/bin/env bash
# Score Letopis's events against the hand-coded gold set (Docs/annotation.md).
#   bash Benchmarks/scripts/gold-event-run.sh .build/release/letopis [train|dev]
# Develop on train; run dev only to report, once per round.
set -euo pipefail
binary=${1:?usage: gold-event-run.sh LETOPIS_BINARY [train|dev]}
split=${2:-train}
here=$(cd "$(dirname "$0")" && pwd)
gold_dir="$here/../gold/events"
shared="$here/../../../shared/data"
if [ ! -d "$shared/telegram-news-2024" ] || [ ! -d "$shared/nerel-1.1/train" ]; then
  echo "gold-event-run.sh: skipped — ../shared/data (telegram-news-2024, nerel-1.1) is absent; the texts are not in the repo" >&2
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$gold_dir/export-texts.py" "$gold_dir/$split.jsonl" "$work/texts.jsonl" "$shared"
"$binary" extract --format json "$work/texts.jsonl" > "$work/pred.jsonl" || true
python3 "$here/gold-event-eval.py" "$gold_dir/$split.jsonl" "$work/pred.jsonl"
