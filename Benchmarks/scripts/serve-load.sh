#!/usr/bin/env bash
# Load on loopback: wrk against GET /api/events and GET /api/events/{id} of a running `letopis serve`
# over DB, then the same while an ingest writes. Prints requests/s and p50/p99 latency per run.
#
# Needs: Debian's wrk. Usage: Benchmarks/scripts/serve-load.sh [letopis] DB [seconds] [connections]
#   (DB e.g. built by: letopis ingest ../shared/data/telegram-news-2024/dev.jsonl --db /tmp/telegram.sqlite)
set -euo pipefail
cd "$(dirname "$0")/../.."
LETOPIS=${1:-.build/release/letopis}
DB=${2:?give the database to serve}
SECONDS_PER_RUN=${3:-15}
CONNECTIONS=${4:-32}
PORT=${LETOPIS_TEST_PORT:-18933}
WORK=$(mktemp -d)
SERVER_PID=""
INGEST_PID=""
cleanup() {
  for pid in $INGEST_PID $SERVER_PID; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

LETOPIS_TOKEN=load "$LETOPIS" serve --db "$DB" --port "$PORT" > "$WORK/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/health" > /dev/null && break; sleep 0.1; done
BASE="http://127.0.0.1:$PORT"
ID=$(curl -sf "$BASE/api/events?limit=1&sort=sources" | python3 -c 'import json,sys,urllib.parse; print(urllib.parse.quote(json.load(sys.stdin)["events"][0]["id"], safe=""))')
echo "database: $(curl -sf "$BASE/health")"

run() {  # name url
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$2" > "$WORK/wrk.txt"
  python3 - "$1" "$WORK/wrk.txt" <<'PY'
import re, sys
name, text = sys.argv[1], open(sys.argv[2]).read()
rps = re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)
lat = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", text, re.M))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(f"{name:<40} {float(rps):>9.0f} req/s   p50 {lat.get('50')}   p99 {lat.get('99')}   non-2xx {errors.group(1) if errors else 0}")
PY
}
echo "wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_RUN}s on loopback, server and wrk on the same machine"
run "GET /api/events (page of 50)" "$BASE/api/events"
run "GET /api/events/{id} (most sources)" "$BASE/api/events/$ID"
if [ -n "${INGEST_INPUT:-}" ]; then
  cp "$DB" "$WORK/unused" 2>/dev/null || true
  "$LETOPIS" ingest "$INGEST_INPUT" --db "$DB" --jobs 1 > "$WORK/ingest.log" 2>&1 &
  INGEST_PID=$!
  sleep 1
  run "GET /api/events while ingesting" "$BASE/api/events"
  run "GET /api/events/{id} while ingesting" "$BASE/api/events/$ID"
fi
