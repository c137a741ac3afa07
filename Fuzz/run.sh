#!/usr/bin/env bash
# Builds every libFuzzer target (swiftc -sanitize=fuzzer,address) and runs each for MINUTES minutes
# (default 3), one after the other. Corpora grow in Fuzz/corpus/<target> (not committed); a crash
# leaves Fuzz/crashes/<target>/crash-* and the script goes on to the next target.
#
#   Fuzz/run.sh [MINUTES] [TARGET...]          (from anywhere)
#
#   FUZZ_FORK=N     run N fuzzing processes per target (libFuzzer -fork=N; one per spare core)
#   FUZZ_NICE=N     run the fuzzers under nice -n N (default 0; 19 on a shared machine)
#   FUZZ_NO_BUILD=1 use the targets as built (several run.sh at once, one target each)
#   FUZZ_TIMEOUT=S  seconds one input may take before libFuzzer calls it a hang (default 120: the limit is
#                   wall time, and under nice on a loaded machine 30 s passed with no CPU at all)
#
# Needs the models installed (letopis models install) for FuzzMorphology, FuzzLoaders and FuzzExtract.
# Prints one line per target: executions of this run, executions of every run so far (each run
# appends to Fuzz/crashes/<target>/executions.log, so a campaign can be continued in pieces toward
# its goal), and crashes found.
set -uo pipefail
cd "$(dirname "$0")"
MINUTES=${1:-3}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(FuzzReader FuzzSegmentation FuzzTime FuzzMorphology FuzzLoaders FuzzExtract)
FLAGS=(-c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
[ -n "${FUZZ_NO_BUILD:-}" ] || nice -n "${FUZZ_NICE:-0}" swift build "${FLAGS[@]}" >/dev/null || {
  echo "fuzz: build failed (swift build -c release -Xswiftc -sanitize=fuzzer,address in Fuzz/)" >&2; exit 2; }
bin=$(swift build "${FLAGS[@]}" --show-bin-path)
seconds=$((MINUTES * 60))
for t in "${TARGETS[@]}"; do
  mkdir -p "corpus/$t" "crashes/$t"
  if [ -d "seeds/$t" ]; then cp -n seeds/$t/* "corpus/$t/" 2>/dev/null; fi
  log="crashes/$t/last-run.log"
  # -max_len: a few KB reach every rule of the text targets; the end-to-end target stays at 1 KB, where a
  # document already crosses every stage, because the neural stage's cost grows with the text.
  case $t in
    FuzzExtract) max_len=1024 ;;
    FuzzLoaders) max_len=4096 ;;
    *) max_len=4096 ;;
  esac
  fork=()
  [ -n "${FUZZ_FORK:-}" ] && fork=(-fork="$FUZZ_FORK" -ignore_crashes=1 -ignore_ooms=1 -ignore_timeouts=1)
  # -rss_limit_mb: the extract target holds the models (about 1 GB).
  ASAN_OPTIONS=detect_leaks=0 nice -n "${FUZZ_NICE:-0}" "$bin/$t" "corpus/$t" -max_total_time="$seconds" -rss_limit_mb=4096 \
    -max_len="$max_len" -timeout="${FUZZ_TIMEOUT:-120}" -artifact_prefix="crashes/$t/" -print_final_stats=1 "${fork[@]}" >"$log" 2>&1
  status=$?
  # Executions: the final statistics of a plain run, or the last status line of a fork run.
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  [ -n "$runs" ] || runs=$(grep -o '^#[0-9]*' "$log" | tr -d '#' | tail -1)
  runs=${runs:-0}
  echo "$(date -u +%FT%TZ) $runs $MINUTES" >> "crashes/$t/executions.log"
  total=$(awk '{ s += $2 } END { print s }' "crashes/$t/executions.log")
  found=$(ls "crashes/$t" | grep -c -E '^(crash|leak|timeout|oom|slow-unit)-' || true)
  echo "$t: $runs executions in ${MINUTES} min ($total in every run so far), exit $status, ${found} crash/timeout files in Fuzz/crashes/$t"
done
