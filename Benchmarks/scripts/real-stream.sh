#!/usr/bin/env bash
# The real stream, end to end: every post of ../shared/data/telegram-news-2024/dev.jsonl through
# `letopis extract` (isolated workers, the default), and exactly one output line per input post, no crash.
#
#   Benchmarks/scripts/real-stream.sh [LETOPIS] [FILE]        (from the repository root)
#
# Skips (exit 0, with a message) when the file is absent. Fails when extract exits above 1, when a
# document crashed the extractor, or when the output has another number of lines than the input.
set -euo pipefail
cd "$(dirname "$0")/../.."
LETOPIS=${1:-.build/release/letopis}
FILE=${2:-../shared/data/telegram-news-2024/dev.jsonl}
if [ ! -f "$FILE" ]; then
  echo "real-stream: skipped — $FILE not found (../shared must be beside the repository)"
  exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
"$LETOPIS" extract "$FILE" --format json > "$out/out.jsonl" 2> "$out/err" || status=$?
posts=$(grep -c '[^[:space:]]' "$FILE")
lines=$(wc -l < "$out/out.jsonl")
crashes=$(grep -c 'crashed the extractor' "$out/err" || true)
echo "real-stream: $posts posts, $lines output lines, exit status $status, $crashes crashed"
if [ "$status" -gt 1 ] || [ "$crashes" -ne 0 ] || [ "$posts" -ne "$lines" ]; then
  echo "real-stream: FAILED" >&2
  head -20 "$out/err" >&2
  exit 1
fi
