#!/usr/bin/env python3
"""Build train.jsonl and dev.jsonl from the hand annotations in annotations.txt.

`python3 build.py [SHARED_DATA]` (default ../../../../shared/data). Reads the
frozen list (sample.tsv) for each document's corpus and split, finds every span
in the document text, verifies that each offset covers exactly its text, and
writes one line per annotated document. Exits 1 naming the document and the
span on any mismatch or ambiguity, writing nothing.

annotations.txt, one block per document, in the frozen order:

    ## <position> <doc_id>
    E <TYPE> <mode|-> <status> <date|-> | <trigger>[@n] | A <p>; <p> | R <p> | P <p> | S <p> | C ctx,ctx | U | # note

where <p> is `text` or `Name=text`, optionally `/CC` (ISO country) after it and
`@n` (n-th occurrence, 1-based) — without `@n` the occurrence nearest the
trigger is taken. `U` marks the event uncertain. A block with no `E` line is an
annotated event-free document. Lines starting with `#` are comments.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
         "STATEMENT"}
STATUSES = {"occurred", "planned", "negated", "hypothetical"}


class AnnotationError(Exception):
    pass


def occurrences(text, needle):
    """Whole-word occurrences: `суд` does not match inside `судили`."""
    found, start = [], text.find(needle)
    while start >= 0:
        end = start + len(needle)
        before_ok = start == 0 or not (text[start - 1].isalnum() and needle[0].isalnum())
        after_ok = end == len(text) or not (text[end].isalnum() and needle[-1].isalnum())
        if before_ok and after_ok:
            found.append(start)
        start = text.find(needle, start + 1)
    return found


def locate(text, needle, nth, near):
    found = occurrences(text, needle)
    if not found:
        raise AnnotationError(f"'{needle}' is not in the text")
    if nth is not None:
        if nth > len(found):
            raise AnnotationError(f"'{needle}' occurs {len(found)} times, not {nth}")
        start = found[nth - 1]
    elif near is None:
        start = found[0]
    else:
        start = min(found, key=lambda s: abs(s - near))
    return start, start + len(needle)


def parse_span_spec(spec):
    """`Name=text/CC@n` -> (name, text, country, nth)."""
    nth = country = None
    while True:  # `@n` and `/CC` suffixes, in either order
        m = re.search(r"@(\d+)$", spec)
        if m:
            nth, spec = int(m.group(1)), spec[: m.start()]
            continue
        m = re.search(r"/([A-Z]{2})$", spec)
        if m:
            country, spec = m.group(1), spec[: m.start()]
            continue
        break
    if "=" in spec:
        name, surface = spec.split("=", 1)
    else:
        name = surface = spec
    return name.strip(), surface.strip(), country, nth


def span(text, spec, near, with_country):
    name, surface, country, nth = parse_span_spec(spec)
    start, end = locate(text, surface, nth, near)
    out = {"name": name, "text": surface, "start": start, "end": end}
    if with_country:
        out["country"] = country
    return out


def parse_event(text, line):
    fields = [f.strip() for f in line[1:].split(" | ")]
    head = fields[0].split()
    if len(head) != 4:
        raise AnnotationError(f"event head needs TYPE mode status date: {fields[0]!r}")
    etype, mode, status, date = head
    if etype not in TYPES:
        raise AnnotationError(f"unknown type {etype}")
    if status not in STATUSES:
        raise AnnotationError(f"unknown status {status}")
    trig_spec = fields[1]
    nth = None
    m = re.search(r"@(\d+)$", trig_spec)
    if m:
        nth, trig_spec = int(m.group(1)), trig_spec[: m.start()]
    ts, te = locate(text, trig_spec, nth, None)
    event = {"type": etype, "mode": None if mode == "-" else mode,
             "trigger": {"start": ts, "end": te, "text": trig_spec},
             "actors": [], "recipients": [], "date": None if date == "-" else date,
             "status": status, "place": None, "source": None, "contexts": []}
    for field in fields[2:]:
        if field.startswith("#"):
            event["note"] = field[1:].strip()
            continue
        key, _, value = field.partition(" ")
        value = value.strip()
        if key == "U":
            event["uncertain"] = True
        elif key in ("A", "R"):
            spans = [span(text, p.strip(), ts, True) for p in value.split(";") if p.strip()]
            event["actors" if key == "A" else "recipients"] = spans
        elif key in ("P", "S"):
            event["place" if key == "P" else "source"] = span(text, value, ts, False)
        elif key == "C":
            event["contexts"] = [c.strip() for c in value.split(",") if c.strip()]
        else:
            raise AnnotationError(f"unknown field {field!r}")
    return event


def load_text(data, corpus, doc_id, telegram):
    if corpus == "telegram":
        post = telegram[doc_id]
        return post["text"], post["published"]
    with open(os.path.join(data, "nerel-1.1", "train", doc_id + ".txt"), encoding="utf-8") as f:
        return f.read(), None


def verify(text, event):
    spans = [event["trigger"]] + event["actors"] + event["recipients"]
    spans += [s for s in (event["place"], event["source"]) if s]
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]:
            raise AnnotationError(f"offset {s['start']}:{s['end']} does not cover {s['text']!r}")


def main(data):
    frozen = {}
    with open(os.path.join(HERE, "sample.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            position, corpus, doc_id, split = line.rstrip("\n").split("\t")
            frozen[int(position)] = (corpus, doc_id, split)
    telegram = {}
    with open(os.path.join(data, "telegram-news-2024", "dev.jsonl"), encoding="utf-8") as f:
        for line in f:
            post = json.loads(line)
            telegram[post["id"]] = post
    out = {"train": [], "dev": []}
    expected = 1
    doc = None
    blocks = []
    with open(os.path.join(HERE, "annotations.txt"), encoding="utf-8") as f:
        for lineno, raw in enumerate(f, start=1):
            line = raw.rstrip("\n")
            if line.startswith("## "):
                _, position, doc_id = line.split()[:3]
                doc = {"position": int(position), "doc_id": doc_id, "lines": [], "lineno": lineno}
                blocks.append(doc)
            elif line.startswith("E "):
                doc["lines"].append((lineno, line))
            elif line.strip() and not line.startswith("#"):
                raise AnnotationError(f"annotations.txt:{lineno}: unrecognised line {line!r}")
    for block in blocks:
        if block["position"] != expected:
            raise AnnotationError(f"annotations.txt:{block['lineno']}: position {block['position']}, expected {expected} (annotate in frozen order)")
        expected += 1
        corpus, doc_id, split = frozen[block["position"]]
        if doc_id != block["doc_id"]:
            raise AnnotationError(f"position {block['position']} is {doc_id}, not {block['doc_id']}")
        text, published = load_text(data, corpus, doc_id, telegram)
        events = []
        for lineno, line in block["lines"]:
            try:
                event = parse_event(text, line)
                verify(text, event)
            except AnnotationError as e:
                raise AnnotationError(f"annotations.txt:{lineno} ({doc_id}): {e}")
            events.append(event)
        out[split].append({"corpus": corpus, "doc_id": doc_id, "published": published,
                           "position": block["position"], "split": split, "events": events})
    for split, docs in out.items():
        with open(os.path.join(HERE, f"{split}.jsonl"), "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
    n_events = sum(len(d["events"]) for docs in out.values() for d in docs)
    print(f"built {len(blocks)} documents (train {len(out['train'])}, dev {len(out['dev'])}), {n_events} events; every offset verified")


if __name__ == "__main__":
    try:
        main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "../../../../shared/data"))
    except AnnotationError as e:
        print(f"build.py: error: {e} — fix annotations.txt and rerun", file=sys.stderr)
        sys.exit(1)
