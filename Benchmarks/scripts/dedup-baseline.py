#!/usr/bin/env python3
"""Baseline corpus events from `letopis extract --format json`, to calibrate dedup-eval.py.

  dedup-baseline.py EXTRACT.jsonl {nodedup|typedate} > events.jsonl

Writes one corpus event a line in the shape `letopis events --format json` has (id, type,
mentions[] with document, event, trigger, sentence), so that dedup-eval.py can score it:
  nodedup   every document event is its own corpus event (no deduplication at all);
  typedate  every event of one PLOVER type and one `time.value` is one corpus event (a naive
            merge that ignores actors and places).
Neither is Letopis's database; they show what the dedup figures mean at both extremes.
"""
import json, sys
from collections import defaultdict


def main():
    if len(sys.argv) != 3 or sys.argv[2] not in ("nodedup", "typedate"):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    path, mode = sys.argv[1], sys.argv[2]
    groups = defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                doc = json.loads(line)
            except ValueError:
                print(f"dedup-baseline: {path}:{n}: skipped a line that is not JSON", file=sys.stderr)
                continue
            sentences = doc.get("sentences") or []
            for i, ev in enumerate(doc.get("events") or []):
                trig = ev.get("trigger") or {}
                start = trig.get("start", -1)
                sentence = next(({"start": s, "end": e} for s, e in sentences if s <= start < e), None)
                mention = {"document": doc["id"], "event": f"{doc['id']}-{i}", "trigger": trig, "sentence": sentence}
                key = (doc["id"], i) if mode == "nodedup" else (ev["type"], (ev.get("time") or {}).get("value"))
                groups[key].append((ev["type"], mention))
    for k, (key, mentions) in enumerate(groups.items()):
        print(json.dumps({"id": f"baseline-{k}", "type": mentions[0][0], "mentions": [m for _, m in mentions]},
                         ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
