#!/usr/bin/env bash
# Builds every libFuzzer target (swiftc -sanitize=fuzzer,address) and runs each for MINUTES minutes
# (default 3), one after the other, on one core. Corpora grow in Fuzz/corpus/<target> (not committed);
# a crash leaves Fuzz/crashes/<target>/crash-* and the script goes on to the next target.
#
#   Fuzz/run.sh [MINUTES] [TARGET...]          (from anywhere)
#
# Needs the models installed (letopis models install) for FuzzMorphology, FuzzLoaders and FuzzExtract.
# Prints one line per target: executions, and crashes found.
set -uo pipefail
cd "$(dirname "$0")"
MINUTES=${1:-3}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(FuzzReader FuzzSegmentation FuzzTime FuzzMorphology FuzzLoaders FuzzExtract)
swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >/dev/null || {
  echo "fuzz: build failed (swift build -c release -Xswiftc -sanitize=fuzzer,address in Fuzz/)" >&2; exit 2; }
bin=$(swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --show-bin-path)
seconds=$((MINUTES * 60))
for t in "${TARGETS[@]}"; do
  mkdir -p "corpus/$t" "crashes/$t"
  if [ -d "seeds/$t" ]; then cp -n seeds/$t/* "corpus/$t/" 2>/dev/null; fi
  log="crashes/$t/last-run.log"
  # -rss_limit_mb: the extract target holds the models (about 1 GB); -max_len: a few KB reach every rule.
  ASAN_OPTIONS=detect_leaks=0 "$bin/$t" "corpus/$t" -max_total_time="$seconds" -rss_limit_mb=4096 -max_len=4096 \
    -timeout=30 -artifact_prefix="crashes/$t/" -print_final_stats=1 >"$log" 2>&1
  status=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  found=$(ls "crashes/$t" | grep -c -E '^(crash|leak|timeout|oom)-' || true)
  echo "$t: ${runs:-0} executions in ${MINUTES} min, exit $status, ${found} crash/timeout files in Fuzz/crashes/$t"
done
