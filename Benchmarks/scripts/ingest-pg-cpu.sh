#!/usr/bin/env bash
# CPU seconds of one `letopis ingest` into PostgreSQL: the letopis process (user, sys, from /usr/bin/time) and the
# server's own processes (from /proc: the postmaster's CPU and what it reaped from exited backends, plus its
# live children, before and after), and — when the server preloads pg_stat_statements — the statements that
# took the server's execution time. CPU seconds are far less noisy than wall time on a shared machine.
#
# Usage: LETOPIS_SPEED_POSTGRES=postgres://USER:PASSWORD@HOST:PORT/DB PGDATA=DATA_DIR \
#          bash Benchmarks/scripts/ingest-pg-cpu.sh [LETOPIS] [INPUT.jsonl] [DOCS]
#   The database is emptied (DROP SCHEMA public CASCADE). The server must run on this machine (its /proc is
#   read); PGDATA is its data directory (postmaster.pid; `.ci/postgres.sh`'s is /tmp/letopis-pg/data). For the
#   statement table, start the server with `PG_STAT_STATEMENTS=1 bash .ci/postgres.sh` (it preloads the
#   extension and creates it in the database `postgres`, not in DB, whose emptied schema would drop it).
#   defaults: .build/release/letopis, ../shared/data/telegram-news-2024/dev.jsonl, all lines.
set -euo pipefail
cd "$(dirname "$0")/../.."
LETOPIS=${1:-.build/release/letopis}
INPUT=${2:-../shared/data/telegram-news-2024/dev.jsonl}
DOCS=${3:-0}
DB=${LETOPIS_SPEED_POSTGRES:?set LETOPIS_SPEED_POSTGRES=postgres://USER:PASSWORD@HOST:PORT/DB}
: "${PGDATA:?set PGDATA to the data directory of the server (it holds postmaster.pid)}"
if [ ! -f "$INPUT" ]; then echo "ingest-pg-cpu: $INPUT not found — skipped (needs ../shared)"; exit 0; fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
if [ "$DOCS" -gt 0 ]; then head -n "$DOCS" "$INPUT" > "$WORK/input.jsonl"; else cp "$INPUT" "$WORK/input.jsonl"; fi
# The same server's maintenance database, where pg_stat_statements lives.
ADMIN=$(python3 -c "import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path='/postgres')))" "$DB")
STATEMENTS=$(psql "$ADMIN" -tAc "SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements'" 2>/dev/null || true)

server_cpu() {  # seconds of CPU the server's processes used so far (exited backends included)
  python3 - "$(head -1 "$PGDATA/postmaster.pid")" "$(getconf CLK_TCK)" <<'PY'
import os, sys
postmaster, tick = sys.argv[1], int(sys.argv[2])
def fields(pid):
    text = open(f"/proc/{pid}/stat").read()
    return text[text.rindex(")") + 2:].split()   # [0] state, [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime
total = sum(int(x) for x in fields(postmaster)[11:15])
for pid in os.listdir("/proc"):
    if not pid.isdigit() or pid == postmaster:
        continue
    try:
        f = fields(pid)
    except OSError:
        continue
    if f[1] == postmaster:
        total += int(f[11]) + int(f[12])
print(total / tick)
PY
}

psql "$DB" -qc "SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA public" >/dev/null
[ "$STATEMENTS" = 1 ] && psql "$ADMIN" -qtAc "SELECT pg_stat_statements_reset()" >/dev/null
sleep 1
before=$(server_cpu)
/usr/bin/time -f "%e %U %S" -o "$WORK/time" "$LETOPIS" ingest "$WORK/input.jsonl" --db "$DB" > /dev/null 2> "$WORK/stderr" \
  || { cat "$WORK/stderr" >&2; exit 1; }
sleep 1   # the backends exit and are reaped
after=$(server_cpu)
read -r wall user sys < "$WORK/time"
echo "ingest $(wc -l < "$WORK/input.jsonl") documents: wall ${wall}s, letopis CPU user ${user}s sys ${sys}s, server CPU $(python3 -c "print(round($after - $before, 2))")s"
if [ "$STATEMENTS" = 1 ]; then
  echo "server execution time by statement (calls, ms, rows, statement):"
  psql "$ADMIN" -tA -F $'\t' -c "
    SELECT calls, round(total_exec_time::numeric), rows, left(regexp_replace(query, '\s+', ' ', 'g'), 100)
    FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT 12"
fi
