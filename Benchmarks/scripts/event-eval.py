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

A Letopis event (from `letopis extract --format json`) is linked to every silver happening
one of whose mentions overlaps one of its spans (trigger or evidence): many to many, since
Letopis merges clauses NEREL leaves apart (`убийство` ... `убил` without ALTERNATIVE_NAME)
and NEREL may join what Letopis keeps apart. Then, per field:

- event: precision = predicted events linked to some happening; recall = happenings linked to
  some predicted event;
- type: the same, counting only links between events of the same PLOVER type;
  `type covered` counts only COVERED_TYPES;
- actors / participants / place / time, over linked events: precision = predicted arguments
  whose span overlaps an argument of a linked happening; recall = arguments of linked
  happenings found by a linked event's argument. A `name` column also accepts an argument
  naming the same entity elsewhere in the text (NEREL links an argument once; Letopis may pick
  another mention of the same person): a shared word stem between the gold mention and the
  predicted argument's text or normal form.

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
    ("CONSULT", "visit", r"визит|посет|посеща|посещени|прибы(л|ти|ва|т)|приезд|приех"),
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
    # [correct predictions, predictions, found gold, gold]
    count = {k: [0, 0, 0, 0] for k in ("event", "type", "type covered")}
    by_type = defaultdict(lambda: [0, 0, 0, 0])
    args = {k: [0, 0, 0, 0, 0, 0] for k in fields}  # correct pred (span, name), pred, found gold (span, name), gold
    missing = 0
    for ann in sorted(glob.glob(os.path.join(gold_dir, "*.ann"))):
        doc = os.path.basename(ann)[:-4]
        ents, rels = read_ann(ann)
        gold = silver_events(ents, rels)
        d = pred.get(doc)
        if d is None: missing += 1; d = {}
        pev = [e for e in d.get("events", []) if span(e.get("trigger")) and e.get("type") in SCORED_TYPES]
        pspans = [[span(e["trigger"])] + [span(x) for x in e.get("evidence", []) if span(x)] for e in pev]
        # Many to many: Letopis merges clauses NEREL leaves as separate EVENT mentions, and the reverse.
        links = {(i, j) for i, g in enumerate(gold) for j, ps in enumerate(pspans)
                 if any(overlaps(a, b) for a in g["spans"] for b in ps)}
        of_gold = defaultdict(list); of_pred = defaultdict(list)
        for i, j in links: of_gold[i].append(j); of_pred[j].append(i)
        typed = {(i, j) for i, j in links if pev[j]["type"] == gold[i]["type"]}
        for j, e in enumerate(pev):
            t = e["type"]
            hit = bool(of_pred[j]); same = any((i, j) in typed for i in of_pred[j])
            for k, ok in (("event", hit), ("type", same)): count[k][0] += ok; count[k][1] += 1
            if t in COVERED_TYPES: count["type covered"][0] += same; count["type covered"][1] += 1
            by_type[t][0] += same; by_type[t][1] += 1
            if hit:
                pa = predicted_arguments(e)
                for k in fields:
                    gargs = [a for i in of_pred[j] for a in gold[i][k]]
                    for ps, st in pa[k]:
                        args[k][0] += any(overlaps(gs, ps) for _, gs, _ in gargs)
                        args[k][1] += any(overlaps(gs, ps) or stems(gt) & st for _, gs, gt in gargs)
                    args[k][2] += len(pa[k])
            if verbose and not hit: print(f"  {doc}: spurious {t} «{e['trigger'].get('text')}»", file=sys.stderr)
        for i, g in enumerate(gold):
            t = g["type"]
            hit = bool(of_gold[i]); same = any((i, j) in typed for j in of_gold[i])
            for k, ok in (("event", hit), ("type", same)): count[k][2] += ok; count[k][3] += 1
            if t in COVERED_TYPES: count["type covered"][2] += same; count["type covered"][3] += 1
            by_type[t][2] += same; by_type[t][3] += 1
            if hit:
                pa = [predicted_arguments(pev[j]) for j in of_gold[i]]
                for k in fields:
                    for _, gs, gt in g[k]:
                        args[k][3] += any(overlaps(gs, ps) for a in pa for ps, _ in a[k])
                        args[k][4] += any(overlaps(gs, ps) or stems(gt) & st for a in pa for ps, st in a[k])
                    args[k][5] += len(g[k])
            if verbose:
                what = ", ".join(f"{pev[j]['type']} «{pev[j]['trigger'].get('text')}»" for j in of_gold[i]) or "missed"
                print(f"  {doc}: {t} {g['texts']} ~ {what}", file=sys.stderr)
    print(f"{'':14}{'P':>7}{'R':>7}{'F1':>7}{'pred':>6}{'gold':>6}  {'P name':>7}{'R name':>7}{'F1 name':>8}")

    def row(name, p, r, npred, ngold, extra=""):
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:14}{p:7.3f}{r:7.3f}{f:7.3f}{npred:6d}{ngold:6d}{extra}")
    ratio = lambda a, b: a / b if b else 0.0
    for k in ("event", "type", "type covered"):
        c = count[k]
        row(k, ratio(c[0], c[1]), ratio(c[2], c[3]), c[1], c[3])
    for k in fields:
        a = args[k]
        pn, rn = ratio(a[1], a[2]), ratio(a[4], a[5])
        fn = 2 * pn * rn / (pn + rn) if pn + rn else 0.0
        row(k, ratio(a[0], a[2]), ratio(a[3], a[5]), a[2], a[5], f"  {pn:7.3f}{rn:7.3f}{fn:8.3f}")
    print("per type (a predicted event is right when it overlaps a silver event of its type):")
    for t in sorted(by_type, key=lambda t: -by_type[t][3]):
        c = by_type[t]
        row("  " + t, ratio(c[0], c[1]), ratio(c[2], c[3]), c[1], c[3])
    if missing: print(f"warning: {missing} NEREL documents have no prediction")
    p, r = ratio(count["type"][0], count["type"][1]), ratio(count["type"][2], count["type"][3])
    print(f"type F1 = {2 * p * r / (p + r) if p + r else 0.0:.4f}")


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
    try:
        main()
    except BrokenPipeError:  # `| head` is a fine way to read the summary
        sys.stderr.close()
