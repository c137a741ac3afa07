#!/usr/bin/env bash
# What the opt-in `nerel` stage costs: `letopis extract` with the default stages against the
# default stages plus `nerel`, alternating in one sitting so machine load hits both alike, on one
# core (--jobs 1). Prints the median wall time and the median process CPU time (user + sys, the
# figure that load disturbs least) of each, and their ratios.
#
#   Benchmarks/scripts/nerel-stage-cost.sh [ROUNDS] [DIR]      (from the repository root)
#
# Environment: LETOPIS (binary, default .build/release/letopis, built when missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-5}
DIR=${2:-../shared/data/factrueval-2016/devset}
LETOPIS=${LETOPIS:-.build/release/letopis}
if [ ! -d "$DIR" ]; then
  echo "nerel-stage-cost: skipped — $DIR not found (../shared must be beside the repository)"
  exit 0
fi
[ -x "$LETOPIS" ] || swift build -c release --product letopis >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
default=$("$LETOPIS" extract --help | tr -d '\n' | sed -n 's/.*Known: \([a-z, ]*\);.*/\1/p' | tr -d ' ')
[ -n "$default" ] || default=segment,neural,lemmas,time,entities,events,places
for r in $(seq "$ROUNDS"); do
  for run in without with; do
    stages=$default
    [ "$run" = with ] && stages="$default,nerel"
    /usr/bin/time -f "%e %U %S" -o "$out/t" "$LETOPIS" extract "$DIR" --stages "$stages" --jobs 1 > /dev/null
    cat "$out/t" >> "$out/$run"
  done
done
python3 - "$out" "$default" <<'PY'
import statistics, sys
out, default = sys.argv[1], sys.argv[2]
m = {}
for run in ("without", "with"):
    rows = [list(map(float, l.split())) for l in open(f"{out}/{run}") if l.strip()]
    m[run] = (statistics.median(r[0] for r in rows), statistics.median(r[1] + r[2] for r in rows))
print(f"stages: {default} (+nerel); {len(rows)} rounds, --jobs 1")
for run in ("without", "with"):
    print(f"{run:>8} nerel: wall {m[run][0]:.2f} s, cpu {m[run][1]:.2f} s (medians)")
print(f"ratio with/without: wall {m['with'][0] / m['without'][0]:.3f}, cpu {m['with'][1] / m['without'][1]:.3f}")
PY
