#!/usr/bin/env bash
# The test suite under AddressSanitizer and ThreadSanitizer, each in its own build directory
# (.build-asan, .build-tsan) so the normal build is untouched. Slow (two full debug builds).
#
#   Benchmarks/scripts/sanitizers.sh [address|thread ...] [-- swift test options, e.g. --filter LetopisTextTests]
#
# Prints one line per sanitizer; exits 1 when a run reported an error. Logs: .build-<name>/sanitizer.log
set -uo pipefail
cd "$(dirname "$0")/../.."
SANITIZERS=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do SANITIZERS+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
[ ${#SANITIZERS[@]} -gt 0 ] || SANITIZERS=(address thread)
failed=0
for s in "${SANITIZERS[@]}"; do
  dir=.build-${s:0:1}san
  mkdir -p "$dir"
  log="$dir/sanitizer.log"
  # Leak reports are off: models are mapped for the life of the process on purpose.
  # ThreadSanitizer's known false positives are listed, each with why, in tsan-suppressions.txt.
  ASAN_OPTIONS=detect_leaks=0 TSAN_OPTIONS="halt_on_error=0 suppressions=$PWD/Benchmarks/scripts/tsan-suppressions.txt" \
    swift test --sanitize="$s" --scratch-path "$dir" "$@" >"$log" 2>&1
  status=$?
  reports=$(grep -c -E '^(==[0-9]+==ERROR: AddressSanitizer|WARNING: ThreadSanitizer)' "$log" || true)
  summary=$(grep -E 'Test run with|Executed [0-9]+ tests' "$log" | tail -1)
  echo "$s: exit $status, $reports sanitizer reports; ${summary:-no test summary} (log: $log)"
  [ "$status" -eq 0 ] && [ "$reports" -eq 0 ] || failed=1
done
exit $failed
