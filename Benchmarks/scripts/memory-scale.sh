#!/usr/bin/env bash
# Peak memory of `letopis extract` and `letopis ingest` as the input grows from 100 to 100,000
# documents: it must stay flat (Docs/reliability.md, "Memory at 100,000 posts").
#
#   Benchmarks/scripts/memory-scale.sh [LETOPIS] [SIZES...]
#     defaults: .build/release/letopis, sizes 100 1000 10000 100000
#   MEMORY_COMMANDS="extract ingest" (default both), MEMORY_DIR=/tmp/letopis-memory (inputs, kept for re-runs)
#   MEMORY_TRACE=SECONDS: also print, every SECONDS, the documents written so far (extract) and the peaks
#   so far — the curve of memory against documents, not only its end points.
#
# The inputs repeat the Telegram dev posts of ../shared under new ids (`<id>~<round>`) and are never
# committed. Per run it prints the wall time, the peak resident set of the parent process and the
# largest peak of any worker process (each sampled from /proc every 0.2 s: VmHWM, the kernel's own
# high-water mark, so a short peak between samples is still seen), and GNU time's %M (the largest
# single process of the tree).
set -uo pipefail
cd "$(dirname "$0")/../.."
LETOPIS=${1:-.build/release/letopis}
shift || true
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(100 1000 10000 100000)
COMMANDS=${MEMORY_COMMANDS:-extract ingest}
SOURCE=../shared/data/telegram-news-2024/dev.jsonl
DIR=${MEMORY_DIR:-/tmp/letopis-memory}
if [ ! -f "$SOURCE" ]; then echo "memory-scale: $SOURCE not found — skipped (needs ../shared)"; exit 0; fi
[ -x "$LETOPIS" ] || { echo "memory-scale: no executable at $LETOPIS (swift build -c release --product letopis)" >&2; exit 2; }
mkdir -p "$DIR"

for n in "${SIZES[@]}"; do
  [ -s "$DIR/stream-$n.jsonl" ] || python3 - "$SOURCE" "$n" > "$DIR/stream-$n.jsonl" <<'EOF'
import json, sys
posts = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
n = int(sys.argv[2])
for i in range(n):
    post = dict(posts[i % len(posts)])
    post["id"] = f"{post['id']}~{i // len(posts)}"
    print(json.dumps(post, ensure_ascii=False))
EOF
done

# Largest VmHWM (KiB) of the process $1 and, separately, of its children, until it ends.
watch_peaks() {
  local pid=$1 parent=0 worker=0 v last=$SECONDS
  while kill -0 "$pid" 2>/dev/null; do
    if [ -n "${MEMORY_TRACE:-}" ] && [ $((SECONDS - last)) -ge "$MEMORY_TRACE" ]; then
      last=$SECONDS
      awk -v d="$(wc -l < "$DIR/out")" -v p="$parent" -v w="$worker" -v t="$SECONDS" \
        'BEGIN { printf "  %5d s: %7d documents written, parent %6.1f MB, largest worker %6.1f MB\n", t, d, p/1024, w/1024 }' >&2
    fi
    v=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null); [ -n "$v" ] && [ "$v" -gt "$parent" ] && parent=$v
    for c in $(cat /proc/"$pid"/task/*/children 2>/dev/null); do
      v=$(awk '/^VmHWM/ {print $2}' "/proc/$c/status" 2>/dev/null); [ -n "$v" ] && [ "$v" -gt "$worker" ] && worker=$v
    done
    sleep 0.2
  done
  echo "$parent $worker"
}

for command in $COMMANDS; do
  for n in "${SIZES[@]}"; do
    input="$DIR/stream-$n.jsonl"
    db="$DIR/memory-$n.sqlite"
    rm -f "$db" "$db-wal" "$db-shm"
    case $command in
      extract) args=(extract "$input" --format json) ;;
      ingest) args=(ingest "$input" --db "$db") ;;
      *) echo "memory-scale: unknown command $command" >&2; exit 2 ;;
    esac
    /usr/bin/time -f "%e %M" -o "$DIR/time" "$LETOPIS" "${args[@]}" > "$DIR/out" 2> "$DIR/stderr" &
    timer=$!
    sleep 0.1
    letopis_pid=$(cat /proc/"$timer"/task/*/children 2>/dev/null | awk '{print $1}')
    peaks=$(watch_peaks "${letopis_pid:-$timer}")
    wait "$timer"; status=$?
    read -r seconds tree < <(tail -n 1 "$DIR/time")
    read -r parent worker <<< "$peaks"
    awk -v c="$command" -v n="$n" -v s="$seconds" -v p="$parent" -v w="$worker" -v t="$tree" -v x="$status" \
      'BEGIN { printf "%s %7d docs: %8.1f s, parent %6.1f MB, largest worker %6.1f MB, time %%M %6.1f MB, exit %d\n", c, n, s, p/1024, w/1024, t/1024, x }'
    rm -f "$db" "$db-wal" "$db-shm" "$DIR/out"
  done
done
