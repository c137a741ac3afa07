#!/usr/bin/env bash
# A real browser over `letopis serve`: builds a database from the server tests' fixture articles,
# starts the server on loopback, and drives headless chromium through every view
# (browser_test.py). Screenshots go to OUT (default Benchmarks/browser-screenshots).
#
# Needs: Debian's chromium and chromium-driver, Python's selenium, installed models.
# Usage: Benchmarks/scripts/browser-test.sh [path/to/letopis] [OUT]
set -euo pipefail
cd "$(dirname "$0")/../.."
LETOPIS=${1:-.build/debug/letopis}
OUT=${2:-Benchmarks/browser-screenshots}
PORT=${LETOPIS_TEST_PORT:-18931}
WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

"$LETOPIS" ingest Tests/LetopisServerTests/Fixtures/articles.jsonl --db "$WORK/fixture.sqlite" > "$WORK/ingest.json"
LETOPIS_TOKEN=browser-test "$LETOPIS" serve --db "$WORK/fixture.sqlite" --port "$PORT" > "$WORK/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$PORT/health" > /dev/null && break
  sleep 0.1
done
rm -rf "$OUT"
status=0
python3 Benchmarks/scripts/browser_test.py "http://127.0.0.1:$PORT" "$OUT" || status=$?
if [ "$status" -ne 0 ]; then echo "--- server log"; cat "$WORK/serve.log"; fi
exit "$status"
