#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback for the store tests and prints its URL.
# Idempotent: installs Debian's postgresql only when missing, reuses a running server in $PGDIR.
# Usage: export LETOPIS_TEST_POSTGRES_URL=$(bash .ci/postgres.sh) [DATABASE, default letopis_test; created if missing]
# PG_STAT_STATEMENTS=1: a server started now preloads pg_stat_statements (created in the database `postgres`), for
# Benchmarks/scripts/ingest-pg-cpu.sh; a server already running is reused as it is.
set -euo pipefail
DBNAME=${1:-letopis_test}
PGPORT=${PGPORT:-55432}
PGDIR=${PGDIR:-/tmp/letopis-pg}
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
fi
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
if [ ! -f "$PGDIR/data/PG_VERSION" ]; then
  mkdir -p "$PGDIR"
  [ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
  echo letopis > "$PGDIR/pw"
  [ "$(id -u)" = 0 ] && chown postgres "$PGDIR/pw"
  run "$BIN/initdb -D $PGDIR/data -U letopis --pwfile=$PGDIR/pw -A scram-sha-256 >/dev/null"
fi
EXTRA=""
[ "${PG_STAT_STATEMENTS:-0}" = 1 ] && EXTRA=" -c shared_preload_libraries=pg_stat_statements"
if ! run "$BIN/pg_ctl -D $PGDIR/data status" >/dev/null 2>&1; then
  run "$BIN/pg_ctl -D $PGDIR/data -l $PGDIR/log -w -o \"-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off$EXTRA\" start" >&2
fi
PGPASSWORD=letopis "$BIN/psql" -h 127.0.0.1 -p "$PGPORT" -U letopis -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DBNAME'" | grep -q 1 \
  || PGPASSWORD=letopis "$BIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U letopis "$DBNAME"
if [ "${PG_STAT_STATEMENTS:-0}" = 1 ]; then
  PGPASSWORD=letopis "$BIN/psql" -h 127.0.0.1 -p "$PGPORT" -U letopis -d postgres -qc "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >&2 || true
fi
echo "postgres://letopis:letopis@127.0.0.1:$PGPORT/$DBNAME"
