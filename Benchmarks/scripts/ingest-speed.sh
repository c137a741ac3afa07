#!/usr/bin/env bash
# Speed of `letopis ingest` against `letopis extract` on the same input (documents/s, medians of RUNS
# runs), on SQLite and, with LETOPIS_SPEED_POSTGRES=postgres://... (emptied), on PostgreSQL; and peak
# memory (max RSS) of ingest at 1x and 10x the input (10 copies under new ids). Rounds interleave the three
# commands; LETOPIS_SPEED_MEMORY=0 skips the memory part.
#
# Usage: Benchmarks/scripts/ingest-speed.sh [LETOPIS] [INPUT.jsonl] [DOCS] [RUNS]
#   defaults: .build/release/letopis, ../shared/data/telegram-news-2024/dev.jsonl, all lines, 3 runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
LETOPIS=${1:-.build/release/letopis}
INPUT=${2:-../shared/data/telegram-news-2024/dev.jsonl}
DOCS=${3:-0}
RUNS=${4:-3}
if [ ! -f "$INPUT" ]; then echo "ingest-speed: $INPUT not found — skipped (needs ../shared)"; exit 0; fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
if [ "$DOCS" -gt 0 ]; then head -n "$DOCS" "$INPUT" > "$WORK/input.jsonl"; else cp "$INPUT" "$WORK/input.jsonl"; fi
N=$(wc -l < "$WORK/input.jsonl")

# seconds and max RSS (KiB) of a command: "SECONDS KIB"
measure() {
  /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" > /dev/null 2> "$WORK/stderr" || { cat "$WORK/stderr" >&2; return 1; }
  cat "$WORK/time"
}
median() { python3 -c "import statistics,sys; print(statistics.median(float(x) for x in sys.argv[1:]))" "$@"; }
reset_db() {
  case "$1" in
    postgres*) psql "$1" -qc "SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA public" >/dev/null ;;
    *) rm -f "$1" "$1-wal" "$1-shm" ;;
  esac
}

# Rounds interleave extract, ingest into SQLite and ingest into PostgreSQL, so that a shared machine's drift (other
# jobs starting or ending) falls on all three alike rather than on whichever ran last.
extract_times=(); sqlite_times=(); sqlite_rss=(); pg_times=(); pg_rss=()
for _ in $(seq "$RUNS"); do
  extract_times+=("$(measure "$LETOPIS" extract --format json "$WORK/input.jsonl" | cut -d' ' -f1)")
  reset_db "$WORK/events.sqlite"
  read -r t m < <(measure "$LETOPIS" ingest "$WORK/input.jsonl" --db "$WORK/events.sqlite")
  sqlite_times+=("$t"); sqlite_rss+=("$m")
  if [ -n "${LETOPIS_SPEED_POSTGRES:-}" ]; then
    reset_db "$LETOPIS_SPEED_POSTGRES"
    read -r t m < <(measure "$LETOPIS" ingest "$WORK/input.jsonl" --db "$LETOPIS_SPEED_POSTGRES")
    pg_times+=("$t"); pg_rss+=("$m")
  fi
done
EXTRACT=$(median "${extract_times[@]}")
echo "extract: $N documents, median ${EXTRACT}s = $(python3 -c "print(round($N/$EXTRACT, 1))") docs/s (runs: ${extract_times[*]})"
report() {  # $1 label, $2 times, $3 RSS values (space-separated)
  local med
  med=$(median $2)
  echo "ingest $1: median ${med}s = $(python3 -c "print(round($N/$med, 1))") docs/s, $(python3 -c "print(round(100*$EXTRACT/$med))") % of extract's docs/s; max RSS $(median $3) KiB (runs: $2)"
}
report sqlite "${sqlite_times[*]}" "${sqlite_rss[*]}"
if [ -n "${LETOPIS_SPEED_POSTGRES:-}" ]; then report postgres "${pg_times[*]}" "${pg_rss[*]}"; fi

# Peak memory at 1x and 10x (10 copies of the input under new ids); LETOPIS_SPEED_MEMORY=0 skips it (ten times the input takes long).
if [ "${LETOPIS_SPEED_MEMORY:-1}" = 0 ]; then exit 0; fi
python3 - "$WORK/input.jsonl" "$WORK/input10.jsonl" <<'PY'
import json, sys
src, dst = sys.argv[1], sys.argv[2]
lines = open(src, encoding="utf-8").read().splitlines()
with open(dst, "w", encoding="utf-8") as out:
    for copy in range(10):
        for line in lines:
            record = json.loads(line)
            record["id"] = f"{record['id']}-copy{copy}"
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
PY
reset_db "$WORK/mem.sqlite"
read -r t1 m1 < <(measure "$LETOPIS" ingest "$WORK/input.jsonl" --db "$WORK/mem.sqlite")
reset_db "$WORK/mem.sqlite"
read -r t10 m10 < <(measure "$LETOPIS" ingest "$WORK/input10.jsonl" --db "$WORK/mem.sqlite")
echo "peak memory (SQLite): 1x ${m1} KiB (${t1}s), 10x ${m10} KiB (${t10}s), ratio $(python3 -c "print(round($m10/$m1, 2))")"
