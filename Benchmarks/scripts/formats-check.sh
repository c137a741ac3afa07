#!/usr/bin/env bash
# Checks that Letopis's output loads in the field's own tools, on the development corpora in ../shared:
#  - CoNLL-U of the FactRuEval devset: the official UD validator (udtools, --lang ru, levels 1 and 2),
#    and the `conllu` and `udapi` readers;
#  - PLOVER records of FactRuEval devset, NEREL dev and the telegram dev stream: plover-check.py;
#  - GDELT Events and Mentions rows of the same: gdelt-check.py (pandas under GDELT's header);
#  - JSON of FactRuEval devset and NEREL dev: json-flatten-check.py (pandas.json_normalize).
# Needs: pip install pandas conllu udapi udtools. Skips (exit 0) when ../shared is absent.
# Usage: Benchmarks/scripts/formats-check.sh [path/to/letopis]
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=../shared
if [ ! -d "$shared/data" ]; then
  echo "formats-check: skipped — ../shared is not beside the repository"
  exit 0
fi
letopis=${1:-.build/release/letopis}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0

echo "== CoNLL-U, FactRuEval devset"
"$letopis" extract "$shared/data/factrueval-2016/devset" --format conllu > "$out/fre.conllu"
udvalidate --lang ru --level 2 "$out/fre.conllu" 2>&1 | tail -n 3 || status=1
python3 - "$out/fre.conllu" <<'PY' || status=1
import sys, conllu, udapi
text = open(sys.argv[1], encoding="utf-8").read()
sentences = conllu.parse(text)
for s in sentences:
    s.to_tree()  # raises unless the sentence is one tree
doc = udapi.Document(sys.argv[1])
trees = sum(len(b.trees) for b in doc.bundles)
for b in doc.bundles:
    for t in b.trees:
        t.descendants
assert trees == len(sentences), (trees, len(sentences))
print(f"conllu and udapi load {len(sentences)} sentences, {sum(len(s) for s in sentences)} tokens, every one a tree")
PY

for corpus in "factrueval-2016/devset" "nerel-1.1/dev" "telegram-news-2024/dev.jsonl"; do
  name=$(echo "$corpus" | tr '/.' '__')
  echo "== PLOVER and GDELT, $corpus"
  "$letopis" extract "$shared/data/$corpus" --format plover > "$out/$name.plover" 2>/dev/null || true
  python3 Benchmarks/scripts/plover-check.py "$out/$name.plover" | tail -n 5 || status=1
  "$letopis" extract "$shared/data/$corpus" --format gdelt > "$out/$name.gdelt" 2>/dev/null || true
  "$letopis" extract "$shared/data/$corpus" --format gdelt-mentions > "$out/$name.mentions" 2>/dev/null || true
  python3 Benchmarks/scripts/gdelt-check.py "$out/$name.gdelt" --mentions "$out/$name.mentions" | tail -n 5 || status=1
done

for corpus in "factrueval-2016/devset" "nerel-1.1/dev"; do
  echo "== JSON that flattens, $corpus"
  "$letopis" extract "$shared/data/$corpus" --format json > "$out/flat.jsonl" 2>/dev/null || true
  python3 Benchmarks/scripts/json-flatten-check.py "$out/flat.jsonl" | tail -n 5 || status=1
done
exit $status
