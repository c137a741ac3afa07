#!/usr/bin/env python3
"""Checks that `letopis extract --format json` flattens into tables (Docs/output-format.md, "Tables").

Usage: json-flatten-check.py OUT.jsonl
Needs pandas. Reads the documents with json (ids stay strings: `0012` is not 12), then:
- events: pandas.json_normalize of every document's events with the document id -> no column that is
  only null, event ids `<document id>-<n>` unique;
- participants: json_normalize with record_path participants and the event id -> no all-null column,
  `entity` an integer or null;
- participants join actors on (document id, entity): every non-null entity finds its actor.
Prints the table shapes and `JSON flatten: failing: K`; exits 1 on any failure.
"""
import json
import sys

import pandas as pd


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
    problems = []
    for d in docs:
        if not isinstance(d["id"], str):
            problems.append(f"document id {d['id']!r} is not a string")
    events = pd.json_normalize(docs, record_path="events", meta=["id"], meta_prefix="document_")
    participants = pd.json_normalize(docs, record_path=["events", "participants"], meta=["id", ["events", "id"]],
                                     meta_prefix="m_")
    actors = pd.json_normalize(docs, record_path="actors", meta=["id"], meta_prefix="document_")
    print(f"events: {events.shape}, participants: {participants.shape}, actors: {actors.shape}")
    for name, table in (("events", events), ("participants", participants)):
        if table.empty:
            problems.append(f"no {name}")
            continue
        for column in table.columns:
            if table[column].isna().all():
                problems.append(f"{name}: column {column!r} is only null")
    if not events.empty:
        if events["id"].duplicated().any():
            problems.append("event ids are not unique")
        bad = events[[not str(i).startswith(str(d) + "-") for i, d in zip(events["id"], events["document_id"])]]
        if len(bad):
            problems.append(f"{len(bad)} event ids are not <document id>-<n>")
    if not participants.empty:
        entity = participants["entity"]
        if not all(e is None or (isinstance(e, float) and pd.isna(e)) or float(e).is_integer() for e in entity):
            problems.append("participants.entity is not an integer or null")
        linked = participants.dropna(subset=["entity"]).copy()
        linked["entity"] = linked["entity"].astype(int)
        joined = linked.merge(actors, left_on=["m_id", "entity"], right_on=["document_id", "id"], how="left",
                              suffixes=("", "_actor"), indicator=True)
        missing = int((joined["_merge"] != "both").sum())
        print(f"participants with an entity: {len(linked)}, joined to an actor: {len(linked) - missing}")
        if missing:
            problems.append(f"{missing} participants do not join an actor on (document id, entity)")
    for p in problems[:30]:
        print(p)
    print(f"JSON flatten: failing: {len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
