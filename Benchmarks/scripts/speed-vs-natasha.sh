#!/usr/bin/env bash
# Letopis against natasha 1.6.0 in one sitting, on the same documents (FactRuEval devset by default):
# natasha's segment+morph+syntax+NER+normalise (numpy on one thread, timed inside Python, models
# already loaded) against Letopis' `extract --stages segment,neural,lemmas,entities` timed as a
# whole process (start-up and model loading included) on one core and on all cores.
# Rounds alternate the three runs so machine load hits them alike; medians, then ratios of medians.
#
#   Benchmarks/scripts/speed-vs-natasha.sh [ROUNDS] [DIR]      (from the repository root)
#
# Environment: VENV (natasha's throw-away venv, default /tmp/nat; created when missing),
# LETOPIS (binary, default .build/release/letopis, built when missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-7}
DIR=${2:-../shared/data/factrueval-2016/devset}
VENV=${VENV:-/tmp/nat}
LETOPIS=${LETOPIS:-.build/release/letopis}
if [ ! -d "$DIR" ]; then
  echo "speed-vs-natasha: skipped — $DIR not found (../shared must be beside the repository)"
  exit 0
fi
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q natasha==1.6.0
fi
[ -x "$LETOPIS" ] || swift build -c release --product letopis >/dev/null
cores=$(getconf _NPROCESSORS_ONLN)
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
stages=segment,neural,lemmas,entities

"$LETOPIS" extract "$DIR" --stages segment --with tokens --jobs 1 \
  | python3 -c 'import sys, json; print(sum(len(json.loads(l)["tokens"]) for l in sys.stdin))' > "$out/tokens"

for r in $(seq "$ROUNDS"); do
  "$VENV/bin/python" Benchmarks/scripts/natasha_dump.py --time 1 "$DIR" >> "$out/natasha.jsonl"
  for j in 1 "$cores"; do
    /usr/bin/time -f "%e %U %S %M" -o "$out/t" "$LETOPIS" extract "$DIR" --stages "$stages" --jobs "$j" > /dev/null
    echo "$(cat "$out/t") $(cut -d' ' -f1 /proc/loadavg)" >> "$out/letopis-$j"
  done
done

python3 - "$out" "$cores" <<'EOF'
import json, statistics, sys
out, cores = sys.argv[1], int(sys.argv[2])
nat = [json.loads(l) for l in open(f"{out}/natasha.jsonl")]
docs, ntok = nat[0]["docs"], nat[0]["tokens"]
ltok = int(open(f"{out}/tokens").read())
nat_s = statistics.median(n["median_s"] for n in nat)
nat_cpu = statistics.median(n["docs"] / n["docs_per_cpu_s"] for n in nat)
nat_rss = max(n["peak_rss_mb"] for n in nat)
print(f"documents: {docs}; tokens: natasha (razdel) {ntok}, Letopis {ltok}; rounds: {len(nat)}")
print(f"{'':34} {'wall s':>7} {'docs/s':>7} {'tokens/s':>9} {'CPU s':>6} {'peak MB':>8} {'× natasha':>10}")
print(f"{'natasha (1 thread, in-process)':34} {nat_s:7.2f} {docs/nat_s:7.1f} {ntok/nat_s:9.0f} {nat_cpu:6.2f} {nat_rss:8.0f} {1:10.2f}")
for j in sorted({1, cores}):
    rows = [list(map(float, l.split())) for l in open(f"{out}/letopis-{j}")]
    wall = statistics.median(r[0] for r in rows)
    cpu = statistics.median(r[1] + r[2] for r in rows)
    rss = max(r[3] for r in rows) / 1024
    label = f"Letopis --jobs {j} (whole process)"
    print(f"{label:34} {wall:7.2f} {docs/wall:7.1f} {ltok/wall:9.0f} {cpu:6.2f} {rss:8.0f} {nat_s/wall:10.2f}")
loads = [float(l.split()[-1]) for j in sorted({1, cores}) for l in open(f"{out}/letopis-{j}")]
print(f"load average during the Letopis runs: median {statistics.median(loads):.2f}, max {max(loads):.2f} on {cores} cores")
EOF
