#!/usr/bin/env bash
# Crash safety of `letopis ingest`: kill -9 at five random moments, restart, and compare the final
# database (documents, mentions, events, actors) with an uninterrupted run's.
#
# Usage: Benchmarks/scripts/ingest-crash.sh [LETOPIS] [INPUT.jsonl] [DOCS]
#   LETOPIS  default .build/release/letopis;  INPUT default ../shared/data/telegram-news-2024/dev.jsonl
#   DOCS     the first DOCS lines of INPUT (default 1000)
#   LETOPIS_CRASH_POSTGRES=postgres://...  also runs the check on PostgreSQL (that database is emptied).
set -euo pipefail
cd "$(dirname "$0")/../.."
LETOPIS=${1:-.build/release/letopis}
INPUT=${2:-../shared/data/telegram-news-2024/dev.jsonl}
DOCS=${3:-1000}
if [ ! -f "$INPUT" ]; then echo "ingest-crash: $INPUT not found — skipped (needs ../shared)"; exit 0; fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
head -n "$DOCS" "$INPUT" > "$WORK/input.jsonl"
DUMP="python3 Benchmarks/scripts/db_dump.py"

reset_db() {  # $1 database
  case "$1" in
    postgres*) psql "$1" -qc "SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA public" >/dev/null ;;
    *) rm -f "$1" "$1-wal" "$1-shm" ;;
  esac
}

check() {  # $1 database (the uninterrupted run is dumped, the database emptied, then the killed runs)
  reset_db "$1"
  local start end duration
  start=$(date +%s.%N)
  "$LETOPIS" ingest "$WORK/input.jsonl" --db "$1" > "$WORK/ref.json"
  end=$(date +%s.%N)
  duration=$(python3 -c "print($end - $start)")
  echo "uninterrupted run: $(cat "$WORK/ref.json") (${duration}s)"
  $DUMP "$1" > "$WORK/ref.dump"
  reset_db "$1"
  for i in 1 2 3 4 5; do
    local wait
    wait=$(python3 -c "import random; print(round(random.uniform(0.5, $duration), 2))")
    "$LETOPIS" ingest "$WORK/input.jsonl" --db "$1" > /dev/null 2>&1 &
    local pid=$!
    sleep "$wait"
    if kill -9 "$pid" 2>/dev/null; then echo "kill $i: killed after ${wait}s"; else echo "kill $i: finished before ${wait}s"; fi
    wait "$pid" 2>/dev/null || true
  done
  "$LETOPIS" ingest "$WORK/input.jsonl" --db "$1" > "$WORK/final.json"
  echo "restarted run: $(cat "$WORK/final.json")"
  $DUMP "$1" > "$WORK/crash.dump"
  grep -E '^[a-z_]+: [0-9]+ rows$' "$WORK/ref.dump" | tr '\n' ' '; echo
  if cmp -s "$WORK/ref.dump" "$WORK/crash.dump"; then
    echo "RESULT: identical after 5 kills (documents, mentions, events, actors)"
  else
    echo "RESULT: DIFFERENT"; diff "$WORK/ref.dump" "$WORK/crash.dump" | head -20; return 1
  fi
}

echo "== SQLite, $DOCS documents"
check "$WORK/events.sqlite"
if [ -n "${LETOPIS_CRASH_POSTGRES:-}" ]; then
  echo "== PostgreSQL, $DOCS documents"
  check "$LETOPIS_CRASH_POSTGRES"
fi
