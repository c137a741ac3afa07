#!/usr/bin/env bash
# Load on loopback: wrk against GET /api/events and GET /api/events/{id} of a `letopis serve` over DB
# (a SQLite path or a postgres:// URL), at several connection counts, median of 3 runs each: requests/s,
# p50/p99, the server's CPU-seconds per 1,000 requests and the load average. With --ingest FILE, the
# same again while `letopis ingest FILE` writes to the same database (Docs/server.md).
#
# Needs: Debian's wrk. Usage:
#   Benchmarks/scripts/serve-load.sh [letopis] DB [--seconds 10] [--connections 8,32,64] [--runs 3] [--ingest FILE]
#   (DB e.g. built by: letopis ingest ../shared/data/telegram-news-2024/dev.jsonl --db /tmp/telegram.sqlite)
set -euo pipefail
cd "$(dirname "$0")/../.."
LETOPIS=${1:-.build/release/letopis}
DB=${2:?give the database to serve}
shift 2 || true
exec python3 Benchmarks/scripts/serve_load.py "$LETOPIS" "$DB" "$@"
