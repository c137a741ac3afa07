#!/usr/bin/env bash
# Two Letopis binaries A and B in one sitting: `extract --stages segment,neural,lemmas,entities` on one
# and two worker processes, rounds alternating A and B so that machine load hits both alike; medians of
# wall and CPU time (user + system of the process and its waited-for workers) per binary and job count.
#
#   Benchmarks/scripts/speed-ab.sh A B [ROUNDS] [DIR]      (from the repository root)
#
# Runs whose CPU time is under 0.3 s are left out of the CPU medians and counted: binaries before
# session 10 sometimes exited without waiting for their workers, so `time` saw the parent's CPU only.
set -euo pipefail
cd "$(dirname "$0")/../.."
A=$1; B=$2; ROUNDS=${3:-7}; DIR=${4:-../shared/data/factrueval-2016/devset}
if [ ! -d "$DIR" ]; then
  echo "speed-ab: skipped — $DIR not found (../shared must be beside the repository)"
  exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for r in $(seq "$ROUNDS"); do
  for j in 1 2; do
    for v in A B; do
      bin=$A; [ "$v" = B ] && bin=$B
      /usr/bin/time -f "%e %U %S" -o "$out/t" "$bin" extract "$DIR" --stages segment,neural,lemmas,entities --jobs "$j" > /dev/null
      echo "$(cat "$out/t") $(cut -d' ' -f1 /proc/loadavg)" >> "$out/$v-$j"
    done
  done
done
python3 - "$out" <<'PY'
import sys, statistics as st
out = sys.argv[1]
for j in (1, 2):
    for v in "AB":
        rows = [list(map(float, l.split())) for l in open(f"{out}/{v}-{j}")]
        cpu = [r[1] + r[2] for r in rows if r[1] + r[2] > 0.3]
        print(f"{v} --jobs {j}: wall median {st.median(r[0] for r in rows):.3f} s (min {min(r[0] for r in rows):.3f}), "
              f"CPU median {st.median(cpu):.3f} s (min {min(cpu):.3f}; {len(rows) - len(cpu)} of {len(rows)} runs without the workers' CPU left out), "
              f"load median {st.median(r[3] for r in rows):.2f}")
PY
