#!/usr/bin/env bash
# Dedup measurement end to end (issue #13): ingest the telegram posts of 26-30 November 2024 into a
# fresh SQLite database with BINARY, export its events, score them against the hand-made gold set.
#
#   Benchmarks/scripts/dedup-run.sh BINARY [dedup-eval options: --verbose, --json]
#   e.g. Benchmarks/scripts/dedup-run.sh .build/release/letopis --verbose
#
# Environment: DEDUP_DATA (default ../shared/data/telegram-news-2024/dev.jsonl from the repo root),
# DEDUP_GOLD=GOLD.json to score another gold set (the train days while developing),
# DEDUP_KEEP=DIR to keep the filtered posts, the database and the exported events there.
set -euo pipefail

if [ $# -lt 1 ]; then
    echo "usage: $0 BINARY [--verbose|--json]  (BINARY: a letopis build with 'ingest' and 'events')" >&2
    exit 2
fi
bin=$1; shift
root=$(cd "$(dirname "$0")/../.." && pwd)
data=${DEDUP_DATA:-$root/../shared/data/telegram-news-2024/dev.jsonl}
# DEDUP_GOLD: the train set (Benchmarks/dedup/telegram-2024-11-18-25.train.json) while developing rules.
gold=${DEDUP_GOLD:-$root/Benchmarks/dedup/telegram-2024-11-26-30.json}
eval_py=$root/Benchmarks/scripts/dedup-eval.py

if [ ! -x "$bin" ]; then
    echo "dedup-run: $bin is not an executable; build it with 'swift build -c release --product letopis'" >&2
    exit 2
fi
subcommands=$("$bin" --help 2>&1 || true)
if ! grep -qE '^ +ingest ' <<< "$subcommands" || ! grep -qE '^ +events ' <<< "$subcommands"; then
    echo "dedup-run: skipped — $bin has no 'ingest'/'events' commands yet (issue #13)" >&2
    exit 0
fi
if [ ! -f "$data" ]; then
    echo "dedup-run: $data not found; the telegram stream lives in ../shared (set DEDUP_DATA to its dev.jsonl)" >&2
    exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/letopis-dedup.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The posts whose publication day is in the gold set's window, in stream order.
python3 - "$data" "$gold" > "$work/posts.jsonl" <<'PY'
import json, sys
data, gold = sys.argv[1], sys.argv[2]
with open(gold, encoding="utf-8") as f:
    g = json.load(f)
lo, hi = g["published_from"], g["published_to"]
n = 0
with open(data, encoding="utf-8") as f:
    for line in f:
        d = json.loads(line)
        if lo <= d.get("published", "") <= hi:
            sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
            n += 1
print(f"dedup-run: {n} posts published {lo}..{hi}", file=sys.stderr)
PY

db=$work/dedup.sqlite
status=0
"$bin" ingest "$work/posts.jsonl" --db "$db" > "$work/ingest.out" || status=$?
if [ "$status" -ne 0 ]; then
    # A document that fails is recorded and the batch goes on (exit 1); anything else is fatal.
    if [ ! -s "$db" ]; then
        echo "dedup-run: '$bin ingest' failed (exit $status) and wrote no database; its output:" >&2
        cat "$work/ingest.out" >&2
        exit 1
    fi
    echo "dedup-run: '$bin ingest' exited $status (some posts failed); scoring what was stored" >&2
fi
"$bin" events --db "$db" --format json > "$work/events.jsonl"
echo "dedup-run: $(wc -l < "$work/events.jsonl") database events" >&2

if [ -n "${DEDUP_KEEP:-}" ]; then
    mkdir -p "$DEDUP_KEEP"
    cp "$work/posts.jsonl" "$work/events.jsonl" "$db" "$DEDUP_KEEP"/
fi

python3 "$eval_py" --gold "$gold" --pred "$work/events.jsonl" --posts "$work/posts.jsonl" "$@"
