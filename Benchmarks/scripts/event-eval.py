#!/usr/bin/env python3
"""Per-field evaluation of Letopis events against a silver PLOVER event set derived from NEREL.

  event-eval.py NEREL_DIR [--pred OUT.jsonl | --letopis PATH] [-v]

NEREL (brat) marks EVENT mentions and links them to their arguments; it does not code
PLOVER. This script derives a *silver* event set from it:

1. An EVENT mention whose words match a stem pattern of MAPPING (below) gets that PLOVER
   type; EVENT mentions that match nothing (births, deaths, elections, concerts, awards, ...)
   are outside PLOVER and are dropped. Patterns are word-initial regular expressions on the
   lower-cased mention text, so every inflected form of a word matches (`встреч` finds
   `встреча`, `встречи`, `встречались`); no lemmatiser is needed, and none of Letopis's
   own lexicons or models is used for the gold side.
2. EVENT mentions joined by ALTERNATIVE_NAME (NEREL's coreference of events:
   `беседовал` ~ `разговоре`, `задержан` ~ `задержание`) form one happening — Letopis
   merges such clauses into one event too. The happening's type is its first mapped mention's.
3. Arguments come from the relations: AGENT → actors; AGENT and PARTICIPANT_IN →
   participants (persons, organisations, states, nationalities; PROFESSION is left out since the
   titled person is annotated beside it); TAKES_PLACE_IN → place; POINT_IN_TIME → time.
   NEREL has no recipient role, so recipients are scored within `participants`.

Letopis events (from `letopis extract --format json`) are aligned 1-1 with silver happenings
by overlap of any of their spans (trigger and evidence) with any of the happening's mentions,
greedily, most overlapping spans first. Then, per field:

- event: a predicted event aligned with a happening, whatever its type;
- type: aligned and of the same PLOVER type; `type covered` counts only COVERED_TYPES;
- actors / participants / place / time: over aligned pairs, as `score.py nerel-events` counts
  them — TP = silver arguments found by a predicted argument whose span overlaps;
  pred = predicted arguments; gold = silver arguments. A `name` column also accepts a
  predicted argument naming the same entity elsewhere in the text (NEREL links an argument
  once; Letopis may pick another mention of the same person): same word stem in the gold
  mention and the predicted argument's text or normal form.

Precision of event/type counts only predicted events of types the mapping can produce
(STATEMENT, a Letopis extension, and types absent from MAPPING are not counted): NEREL's
EVENT annotation is not exhaustive, so precision is a lower bound. Standard library only.
"""
import argparse, glob, io, json, os, re, subprocess, sys, tempfile
from collections import defaultdict

# PLOVER type (and mode, informational) for NEREL EVENT mention words. Each pattern is matched
# at a word start in the lower-cased mention text (ё folded to е). Order matters: first match wins.
# Domestic acts that merely share a verb with PLOVER triggers are excluded on purpose:
# `подписал указ/закон` (a decree is not an agreement between actors), `освобожден от должности`.
EXCLUDE = [r"подписа\w* (указ|закон|постановлени|распоряжени)", r"освобо\w* от должност", r"протестир"]
MAPPING = [
    # CONSULT: meetings, talks, calls, visits
    ("CONSULT", "visit", r"визит|посети|посеща|посещени|прибы(л|ти|ва|т)|приезд|приех"),
    ("CONSULT", "phone", r"телефонн\w* разговор|созвони"),
    ("CONSULT", "multilateral", r"саммит"),
    ("CONSULT", None, r"встреч(?!н)|встрет|переговор|консультаци|бесед|побеседова|разговор"),
    # AGREE
    ("AGREE", "sign", r"подписа|подписани"),
    ("AGREE", None, r"договорил|договорен|соглашени"),
    # SUPPORT
    ("SUPPORT", "praise", r"поздрави|поздравл|похвали"),
    # REQUEST / ACCUSE / REJECT / THREATEN
    ("REQUEST", None, r"призв|призыв|потребова|попроси|просьб"),
    ("ACCUSE", None, r"обвини|обвиня|обвинени|осуди(л|ла|ли)\b|раскритикова|возбужд\w* (уголовн|дел)|расследовани"),
    ("REJECT", None, r"отверг|отклони|вето"),
    ("THREATEN", None, r"пригрози|угрож|ультиматум"),
    # PROTEST
    ("PROTEST", None, r"митинг|протест|демонстраци(я|и|ю|ей|ям|ях|ями)\b|забастовк|голодовк|бойкот|пикет|шестви|беспоряд"),
    # SANCTION
    ("SANCTION", "convict", r"приговор|осужд(ен|ён)"),
    ("SANCTION", None, r"санкци|эмбарго|выслал|высылк"),
    # COERCE: arrests, detentions, searches, deportations
    ("COERCE", "arrest", r"арест|задерж|обыск|экстради|депорт"),
    # ASSAULT: attacks and killings by someone (deaths as such are not events between actors)
    ("ASSAULT", None, r"убий|уби(л|т|ла|ли|ты|та)\b|застрел(ил|ен|ил[аи])\b|нападени|напа(л|ли)\b|теракт|взрыв|стрельб|обстрел"
                      r"|атак|покушени|бомбардир|авиаудар|похити|похищени|расстрел|открыл\w* огонь"),
    # MOBILIZE / RETREAT / AID
    ("MOBILIZE", None, r"мобилизац|мобилизова"),
    ("RETREAT", None, r"вывод\w* войск|вывел\w* войск"),
    ("AID", None, r"помощ"),
]
COMPILED = [(t, m, re.compile(r"(?<!\w)(?:" + p + ")")) for t, m, p in MAPPING]
EXCLUDED = [re.compile(r"(?<!\w)" + p) for p in EXCLUDE]
SCORED_TYPES = {t for t, _, _ in MAPPING}
# Types whose happenings NEREL marks as EVENT fairly consistently (meetings, visits, signings,
# attacks, arrests, protests, sanctions). Statements of support, requests, refusals or threats are
# rarely marked, so their precision against NEREL says little; `covered` leaves them out.
COVERED_TYPES = {"CONSULT", "AGREE", "ASSAULT", "COERCE", "PROTEST", "SANCTION"}
PARTICIPANT_TYPES = {"PERSON", "ORGANIZATION", "COUNTRY", "NATIONALITY", "CITY", "STATE_OR_PROVINCE"}


def plover_type(text):
    s = text.lower().replace("ё", "е")
    if any(x.search(s) for x in EXCLUDED): return None
    for t, _, rx in COMPILED:
        if rx.search(s): return t
    return None


def read_ann(path):
    ents, rels = {}, []
    with io.open(path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if p[0].startswith("T") and len(p) >= 3 and ";" not in p[1]:
                t, s, e = p[1].split(" ")
                ents[p[0]] = (t, (int(s), int(e)), p[2])
            elif p[0].startswith("R") and len(p) >= 2:
                q = p[1].split(" ")
                if len(q) == 3: rels.append((q[0], q[1][5:], q[2][5:]))
    return ents, rels


def silver_events(ents, rels):
    """Happenings: clusters of mapped EVENT mentions joined by ALTERNATIVE_NAME, with their arguments."""
    events = {k: v for k, v in ents.items() if v[0] == "EVENT"}
    parent = {k: k for k in events}

    def find(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]; k = parent[k]
        return k
    for r, x, y in rels:
        if r == "ALTERNATIVE_NAME" and x in events and y in events: parent[find(x)] = find(y)
    clusters = defaultdict(list)
    for k in sorted(events, key=lambda k: events[k][1]): clusters[find(k)].append(k)
    out = []
    for members in clusters.values():
        types = [plover_type(events[k][2]) for k in members]
        mapped = [t for t in types if t]
        if not mapped: continue
        ev = {"type": mapped[0], "spans": [events[k][1] for k in members],
              "texts": [events[k][2] for k in members],
              "actors": [], "participants": [], "place": [], "time": []}
        ids = set(members)
        for r, x, y in rels:
            if r in ("AGENT", "PARTICIPANT_IN") and y in ids and x in ents and ents[x][0] in PARTICIPANT_TYPES:
                if r == "AGENT": ev["actors"].append(ents[x])
                ev["participants"].append(ents[x])
            elif r == "TAKES_PLACE_IN" and x in ids and y in ents: ev["place"].append(ents[y])
            elif r == "POINT_IN_TIME" and x in ids and y in ents: ev["time"].append(ents[y])
        for k in ("actors", "participants", "place", "time"):  # one argument linked from two mentions counts once
            ev[k] = list({a[1]: a for a in ev[k]}.values())
        out.append(ev)
    return out


def span(x):
    if isinstance(x, dict) and isinstance(x.get("start"), int) and isinstance(x.get("end"), int):
        return (x["start"], x["end"])
    return None


def overlaps(a, b):
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def stems(text):
    return {w[:5] for w in re.findall(r"\w+", (text or "").lower().replace("ё", "е")) if len(w) >= 3}


def predicted_arguments(e):
    parts = [p for p in e.get("participants", []) if span(p)]
    arg = lambda x: (span(x), stems(x.get("text")) | stems(x.get("normal")))
    out = {"actors": [arg(p) for p in parts if p.get("role") == "actor"],
           "participants": [arg(p) for p in parts],
           "place": [arg(e["place"])] if span(e.get("place")) else [],
           "time": [arg(e["time"])] if span(e.get("time")) else []}
    return out


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(gold_dir, pred, verbose=False):
    fields = ("actors", "participants", "place", "time")
    count = {k: [0, 0, 0] for k in ("event", "type", "type covered")}
    by_type = defaultdict(lambda: [0, 0, 0])
    args = {k: [0, 0, 0, 0] for k in fields}  # tp(span), tp(name), pred, gold
    missing = 0
    for ann in sorted(glob.glob(os.path.join(gold_dir, "*.ann"))):
        doc = os.path.basename(ann)[:-4]
        ents, rels = read_ann(ann)
        gold = silver_events(ents, rels)
        d = pred.get(doc)
        if d is None: missing += 1; d = {}
        pev = [e for e in d.get("events", []) if span(e.get("trigger"))]
        scored = [e for e in pev if e.get("type") in SCORED_TYPES]
        count["event"][1] += len(scored); count["type"][1] += len(scored)
        count["event"][2] += len(gold); count["type"][2] += len(gold)
        count["type covered"][1] += sum(1 for e in scored if e["type"] in COVERED_TYPES)
        count["type covered"][2] += sum(1 for g in gold if g["type"] in COVERED_TYPES)
        for e in scored: by_type[e["type"]][1] += 1
        for g in gold: by_type[g["type"]][2] += 1
        pspans = [[span(e["trigger"])] + [span(x) for x in e.get("evidence", []) if span(x)] for e in pev]
        pairs = []
        for i, g in enumerate(gold):
            for j, ps in enumerate(pspans):
                n = sum(1 for a in g["spans"] for b in ps if overlaps(a, b))
                if n: pairs.append((-n, i, j))
        ug, up = set(), set()
        for _, i, j in sorted(pairs):
            if i in ug or j in up: continue
            ug.add(i); up.add(j)
            g, e = gold[i], pev[j]
            same_type = e.get("type") == g["type"]
            if e.get("type") in SCORED_TYPES: count["event"][0] += 1
            if same_type:
                count["type"][0] += 1; by_type[g["type"]][0] += 1
                if g["type"] in COVERED_TYPES: count["type covered"][0] += 1
            pa = predicted_arguments(e)
            for k in fields:
                args[k][0] += sum(1 for _, gs, _ in g[k] if any(overlaps(gs, ps) for ps, _ in pa[k]))
                args[k][1] += sum(1 for _, gs, gt in g[k] if any(overlaps(gs, ps) or stems(gt) & st for ps, st in pa[k]))
                args[k][2] += len(pa[k]); args[k][3] += len(g[k])
            if verbose:
                print(f"  {doc}: {g['type']} {g['texts']} ~ {e.get('type')} «{e['trigger'].get('text')}»", file=sys.stderr)
        if verbose:
            for i, g in enumerate(gold):
                if i not in ug: print(f"  {doc}: missed {g['type']} {g['texts']}", file=sys.stderr)
            for j, e in enumerate(pev):
                if j not in up and e.get("type") in SCORED_TYPES:
                    print(f"  {doc}: spurious {e.get('type')} «{e['trigger'].get('text')}»", file=sys.stderr)
    print(f"{'':14}{'P':>8}{'R':>8}{'F1':>8}{'TP':>6}{'pred':>6}{'gold':>6}   {'P name':>8}{'R name':>8}{'F1 name':>8}")
    for k in ("event", "type", "type covered"):
        p, r, f = prf(*count[k])
        print(f"{k:14}{p:8.3f}{r:8.3f}{f:8.3f}{count[k][0]:6d}{count[k][1]:6d}{count[k][2]:6d}")
    for k in fields:
        p, r, f = prf(args[k][0], args[k][2], args[k][3])
        pn, rn, fn = prf(args[k][1], args[k][2], args[k][3])
        print(f"{k:14}{p:8.3f}{r:8.3f}{f:8.3f}{args[k][0]:6d}{args[k][2]:6d}{args[k][3]:6d}   {pn:8.3f}{rn:8.3f}{fn:8.3f}")
    print("type detail (TP = aligned with the same type):")
    for t in sorted(by_type, key=lambda t: -by_type[t][2]):
        p, r, f = prf(*by_type[t])
        print(f"  {t:12}{p:8.3f}{r:8.3f}{f:8.3f}{by_type[t][0]:6d}{by_type[t][1]:6d}{by_type[t][2]:6d}")
    if missing: print(f"warning: {missing} NEREL documents have no prediction")
    p, r, f = prf(*count["type"])
    print(f"type F1 = {f:.4f}")


def load(path):
    docs = {}
    with io.open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line); docs[str(d["id"])] = d
    return docs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("nerel", help="a NEREL split directory (brat .txt/.ann pairs)")
    ap.add_argument("--pred", help="letopis extract --format json output for that directory")
    ap.add_argument("--letopis", default=".build/release/letopis", help="run this binary when --pred is not given")
    ap.add_argument("-v", "--verbose", action="store_true", help="list aligned, missed and spurious events on stderr")
    a = ap.parse_args()
    if not os.path.isdir(a.nerel): sys.exit(f"event-eval: {a.nerel} is not a directory — give a NEREL split (e.g. ../shared/data/nerel-1.1/dev)")
    if a.pred:
        pred = load(a.pred)
    else:
        with tempfile.NamedTemporaryFile(suffix=".jsonl") as out:
            subprocess.run([a.letopis, "extract", a.nerel, "--format", "json"], stdout=out, check=False)
            pred = load(out.name)
    evaluate(a.nerel, pred, a.verbose)


if __name__ == "__main__":
    main()
