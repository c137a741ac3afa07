#!/usr/bin/env bash
# schemathesis against `letopis serve`'s own /openapi.json, on a database built from the server
# tests' fixture articles: no 5xx, every response matches the schema, bad requests are refused,
# undeclared methods get 405. POST /api/documents is exercised with the token (into a throwaway copy).
#
# Needs: Python's schemathesis, installed models.
# Usage: Benchmarks/scripts/api-conformance.sh [path/to/letopis] [max examples per operation] [DB]
#   DB: a postgres:// URL to run the same over PostgreSQL (its tables are dropped first: give a throwaway
#   database, e.g. $(bash .ci/postgres.sh letopis_conformance)); default a SQLite file in a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/../.."
LETOPIS=${1:-.build/debug/letopis}
EXAMPLES=${2:-25}
DB=${3:-}
PORT=${LETOPIS_TEST_PORT:-18932}
WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ -z "$DB" ]; then
  DB="$WORK/fixture.sqlite"
else
  case "$DB" in
    postgres://*|postgresql://*) psql "$DB" -qc "DROP SCHEMA public CASCADE; CREATE SCHEMA public" > /dev/null ;;
    *) echo "api-conformance: DB must be a postgres:// URL (or nothing for SQLite)" >&2; exit 2 ;;
  esac
fi
echo "api-conformance: database $(echo "$DB" | sed -E 's#://([^:/@]+):[^@]*@#://\1:***@#')"
"$LETOPIS" ingest Tests/LetopisServerTests/Fixtures/articles.jsonl --db "$DB" > "$WORK/ingest.json"
LETOPIS_TOKEN=conformance "$LETOPIS" serve --db "$DB" --port "$PORT" > "$WORK/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$PORT/health" > /dev/null && break
  sleep 0.1
done
status=0
# Every check but negative_data_rejection, which counts an empty object as an invalid `limit` although
# it serialises to no parameter at all, and max_response_time (a batch of 1,000 documents on a debug build).
CHECKS=not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance
CHECKS=$CHECKS,response_headers_conformance,positive_data_acceptance,unsupported_method,use_after_free,ensure_resource_availability
schemathesis run "http://127.0.0.1:$PORT/openapi.json" --checks "$CHECKS" --max-examples "$EXAMPLES" \
  --request-timeout 120 -H "Authorization: Bearer conformance" --seed 1 || status=$?
if grep -q " error " "$WORK/serve.log"; then
  echo "--- server errors"; grep " error " "$WORK/serve.log" | head -20; status=1
fi
exit "$status"
