#!/usr/bin/env python3
"""DocumentRecord JSON lines from `letopis extract --format json`, for checking LetopisCorpus without a database.

  corpus-records.py INPUT.jsonl EXTRACT.jsonl > records.jsonl

INPUT.jsonl is what was extracted (JSON Lines with id, text and optionally source and time, as the telegram
dev stream has them); EXTRACT.jsonl is `letopis extract INPUT.jsonl --format json`. Each output line is the
DocumentRecord `DocumentRecord(document:outlet:time:extractorVersion:)` would build (same ids, code-point
spans, lead = first sentence past the dateline; text digest left out). Resolve it with

  LETOPIS_CORPUS_RECORDS=records.jsonl LETOPIS_CORPUS_OUT=events.jsonl swift test --filter RecordsFileTests

which checks that every mention lands in one event and that shuffled input gives the same events, and writes
the events as `letopis events --format json` lines (`corpus-stats.py` summarises them; `dedup-eval.py` scores
them). A development aid: `letopis ingest` + `letopis events` is the real path.
"""
import json, sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source = {}
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                source[str(d.get("id"))] = (d.get("source"), d.get("time"), d.get("text", ""))
    out = sys.stdout
    with open(sys.argv[2], encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            outlet, time, text = source.get(d["id"], (None, None, ""))
            entities = d.get("entities", [])
            actors = []
            for a in d.get("actors", []):
                aliases = {a["name"]} | {entities[m]["normal"] for m in a["mentions"]
                                         if m < len(entities) and entities[m].get("normal")}
                actors.append(dict(index=a["id"], type=a["type"], name=a["name"], aliases=sorted(aliases),
                                   country=a.get("country"), role=a.get("role"), sector=a.get("sector"),
                                   person=a.get("person"), mentionCount=len(a["mentions"]),
                                   roles=[dict(title=r["title"], place=r.get("place"), country=r.get("country"),
                                               sector=r.get("sector")) for r in a.get("roles", [])]))
            sentences = d.get("sentences", [])
            dateline = d.get("dateline")
            floor = dateline["end"] if dateline else 0
            lead = next((i for i, s in enumerate(sentences) if s[1] > floor), None)
            events = []
            for n, e in enumerate(d.get("events", [])):
                t = e["trigger"]
                si = next((i for i, s in enumerate(sentences) if s[0] <= t["start"] < s[1]), None)
                sentence = None if si is None else dict(start=sentences[si][0], end=sentences[si][1],
                                                        text=(text or "")[sentences[si][0]:sentences[si][1]])
                # `extract` writes an absent place or source as an object of nulls.
                part = lambda p: None if not p or p.get("start") is None else dict(start=p["start"], end=p["end"], text=p["text"], normal=p.get("normal"))
                place = part(e.get("place"))
                g = e.get("place_geo")
                if place and g and g.get("geonameid") is not None:
                    place["geo"] = dict(geonameID=g["geonameid"], name=g.get("name", ""), nameRu=g.get("name_ru"),
                                        latitude=g.get("latitude", 0.0), longitude=g.get("longitude", 0.0),
                                        country=g.get("country"), admin1=g.get("admin1"),
                                        featureClass=g.get("feature_class") or "", featureCode=g.get("feature_code"))
                tm = e.get("time")
                events.append(dict(
                    id=f"{d['id']}-{n}", index=n, type=e["type"], mode=e.get("mode"), cameo=e.get("cameo"),
                    status=e["status"], contexts=e.get("contexts", []), sentenceIndex=si, sentence=sentence,
                    trigger=dict(start=t["start"], end=t["end"], text=t["text"]),
                    participants=[dict(start=p["start"], end=p["end"], text=p["text"], normal=p.get("normal"),
                                       role=p["role"], actor=p.get("entity")) for p in e.get("participants", [])],
                    place=place, source=part(e.get("source")),
                    time=None if not tm else dict(value=tm["value"], mod=tm.get("mod"), basis=tm["basis"]),
                    inLead=si is not None and si == lead))
            out.write(json.dumps(dict(id=d["id"], published=d.get("published"), time=time, outlet=outlet, text=text,
                                      extractorVersion="extract", actors=actors, events=events),
                                 ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
