#!/usr/bin/env python3
"""Prints what ingest promises to reproduce (documents, mentions, events, actors) as sorted lines,
from a Letopis SQLite file or (with a postgres:// URL) through psql. Used by ingest-crash.sh."""
import sqlite3
import subprocess
import sys

QUERIES = [
    ("documents", "SELECT id, sha256, state, COALESCE(error, ''), mention_count FROM documents ORDER BY id"),
    ("mentions", "SELECT id, document, block, type FROM mentions ORDER BY id"),
    ("events", "SELECT id, block, body FROM events ORDER BY id"),
    ("event_mentions", "SELECT mention, event, reason FROM event_mentions ORDER BY mention"),
    ("event_actors", "SELECT event, actor, role FROM event_actors ORDER BY event, actor, role"),
    ("actors", "SELECT actor, block, body FROM block_actors ORDER BY actor, block"),
    ("dirty", "SELECT block FROM dirty_blocks ORDER BY block"),
    ("person_names", "SELECT document, period, surname, given, patronymic, country, name FROM person_names "
                     "ORDER BY document, period, surname, given, patronymic, country, name"),
    ("period_names", "SELECT period, surname, given, patronymic, country, name, documents FROM period_names "
                     "ORDER BY period, surname, given, patronymic, country, name"),
]


def main():
    target = sys.argv[1]
    for name, sql in QUERIES:
        if target.startswith("postgres"):
            out = subprocess.run(["psql", target, "-AtF", "\t", "-c", sql], check=True, capture_output=True, text=True).stdout
            rows = [line for line in out.splitlines() if line]
        else:
            con = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
            rows = ["\t".join("" if v is None else str(v) for v in row) for row in con.execute(sql)]
            con.close()
        print(f"{name}: {len(rows)} rows")
        for row in rows:
            print(f"{name}\t{row}")


if __name__ == "__main__":
    main()
