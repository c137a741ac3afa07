#!/usr/bin/env python3
"""Score `letopis extract --format json` events against the hand-coded PLOVER gold set.

    gold-event-eval.py GOLD.jsonl PRED.jsonl [--json] [--errors]
    gold-event-eval.py --self-test

GOLD: Benchmarks/gold/events/{train,dev}.jsonl (Docs/annotation.md). PRED: one
Letopis document a line (Docs/output-format.md); documents are joined on
`doc_id` = `id`, and predicted documents that are not in GOLD are ignored.

Event match: same type and at least one shared participant — a predicted
participant (actor or recipient) and a gold one whose spans overlap, or whose
names are equal after normalisation (lower case, ё→е, punctuation dropped, each
word cut to its first four letters; one name's words a subset of the other's,
so `Путин` = `Владимир Путин`). Pairs are matched one-to-one, greedily, nearest
triggers first. Gold events marked `uncertain` are left out of recall, and a
prediction that matches one counts neither way.

Among matched pairs: per-field accuracy (mode; actors and recipients — the sets
equal under participant matching; status; date — the TIMEX3 value equal,
skipped when the gold date is null; place and source — both absent, or both
present and matching; plover_mode — the mode after both sides are mapped to
PLOVER's own modes by Sources/LetopisEvents/Ontology/Data/plover-cameo.tsv,
since Letopis's `mode` is a finer vocabulary, `kill` being PLOVER's no-mode) and
the share fully right (type, actors, recipients, status, date).
"""
import json
import re
import sys
from collections import Counter, defaultdict

import os

FIELDS = ["mode", "actors", "recipients", "status", "date", "place", "source", "plover_mode"]
CAMEO_TABLE = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                           "../../Sources/LetopisEvents/Ontology/Data/plover-cameo.tsv")


def load_plover_modes(path=CAMEO_TABLE):
    """(type, Letopis mode) -> PLOVER mode (None for PLOVER's no-mode); empty when the table is absent."""
    table = {}
    if not os.path.exists(path):
        return table
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 3:
                table[(cols[0], None if cols[1] == "-" else cols[1])] = None if cols[2] == "-" else cols[2]
    return table


PLOVER_MODES = load_plover_modes()


def plover_mode(event_type, mode):
    mode = mode or None
    return PLOVER_MODES.get((event_type, mode), mode)


def stems(name):
    words = re.findall(r"\w+", (name or "").lower().replace("ё", "е"))
    return frozenset(w[:4] for w in words)


def same_name(a, b):
    sa, sb = stems(a), stems(b)
    return bool(sa) and bool(sb) and (sa <= sb or sb <= sa)


def overlap(a, b):
    return a.get("start") is not None and b.get("start") is not None and \
        a["start"] < b["end"] and b["start"] < a["end"]


def pred_names(p):
    return [n for n in (p.get("normal"), p.get("text"), p.get("name")) if n]


def gold_names(g):
    return [n for n in (g.get("name"), g.get("text")) if n]


def participant_match(gold, pred):
    if overlap(gold, pred):
        return True
    return any(same_name(g, p) for g in gold_names(gold) for p in pred_names(pred))


def set_match(gold_list, pred_list):
    """Every gold participant matched by a predicted one and vice versa."""
    return all(any(participant_match(g, p) for p in pred_list) for g in gold_list) and \
        all(any(participant_match(g, p) for g in gold_list) for p in pred_list)


def optional_match(gold, pred):
    # Letopis writes an absent place or source as an object whose keys are all null (Docs/output-format.md, "Tables").
    if isinstance(pred, dict) and all(v is None for v in pred.values()):
        pred = None
    if gold is None or pred is None:
        return gold is None and pred is None
    return participant_match(gold, pred)


def pred_roles(event, role):
    return [p for p in event.get("participants") or [] if p.get("role") == role]


def pred_date(event):
    time = event.get("time") or {}
    return time.get("value")


def field_results(gold, pred):
    out = {
        "mode": (gold.get("mode") or None) == (pred.get("mode") or None),
        "plover_mode": plover_mode(gold.get("type"), gold.get("mode")) == plover_mode(pred.get("type"), pred.get("mode")),
        "actors": set_match(gold["actors"], pred_roles(pred, "actor")),
        "recipients": set_match(gold["recipients"], pred_roles(pred, "recipient")),
        "status": gold.get("status") == pred.get("status"),
        "place": optional_match(gold.get("place"), pred.get("place")),
        "source": optional_match(gold.get("source"), pred.get("source")),
    }
    if gold.get("date") is not None:
        out["date"] = gold["date"] == pred_date(pred)
    return out


def candidate(gold, pred):
    if gold["type"] != pred.get("type"):
        return False
    golds = gold["actors"] + gold["recipients"]
    return any(participant_match(g, p) for g in golds for p in pred.get("participants") or [])


def match_document(gold_events, pred_events):
    """Greedy one-to-one matching, nearest triggers first. Returns (pairs, matched pred indices)."""
    pairs = []
    for gi, g in enumerate(gold_events):
        for pi, p in enumerate(pred_events):
            if candidate(g, p):
                distance = abs(g["trigger"]["start"] - (p.get("trigger") or {}).get("start", 10**9))
                pairs.append((distance, gi, pi))
    pairs.sort()
    used_g, used_p, matched = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi); used_p.add(pi); matched.append((gi, pi))
    return matched


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(gold_docs, pred_docs):
    tp, n_pred, n_gold = Counter(), Counter(), Counter()
    field_ok, field_n = Counter(), Counter()
    fully = 0
    missing = 0
    for doc_id, gdoc in gold_docs.items():
        pdoc = pred_docs.get(doc_id)
        if pdoc is None:
            missing += 1
        gold_events = gdoc["events"]
        pred_events = (pdoc or {}).get("events") or []
        matched = match_document(gold_events, pred_events)
        matched_pred = {pi: gi for gi, pi in matched}
        for g in gold_events:
            if not g.get("uncertain"):
                n_gold[g["type"]] += 1
        for pi, p in enumerate(pred_events):
            gi = matched_pred.get(pi)
            if gi is not None and gold_events[gi].get("uncertain"):
                continue  # neither way
            n_pred[p.get("type")] += 1
            if gi is None:
                continue
            g = gold_events[gi]
            tp[g["type"]] += 1
            results = field_results(g, p)
            for k, ok in results.items():
                field_n[k] += 1
                field_ok[k] += ok
            if results["actors"] and results["recipients"] and results["status"] and results.get("date", True):
                fully += 1
    total_tp = sum(tp.values())
    overall = prf(total_tp, sum(n_pred.values()), sum(n_gold.values()))
    per_type = {}
    for t in sorted(set(n_gold) | set(n_pred)):
        p, r, f = prf(tp[t], n_pred[t], n_gold[t])
        per_type[t] = {"gold": n_gold[t], "pred": n_pred[t], "matched": tp[t], "p": p, "r": r, "f1": f}
    return {
        "documents": len(gold_docs), "documents_without_prediction": missing,
        "gold_events": sum(n_gold.values()), "pred_events": sum(n_pred.values()), "matched": total_tp,
        "precision": overall[0], "recall": overall[1], "f1": overall[2],
        "fully_right": fully / total_tp if total_tp else 0.0, "fully_right_count": fully,
        "fields": {k: {"right": field_ok[k], "of": field_n[k],
                       "accuracy": field_ok[k] / field_n[k] if field_n[k] else 0.0} for k in FIELDS},
        "per_type": per_type,
    }


def load_gold(path):
    docs = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                docs[d["doc_id"]] = d
    return docs


def load_pred(path):
    docs = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                docs[d["id"]] = d
    return docs


def report(r):
    lines = [f"documents {r['documents']} (without prediction: {r['documents_without_prediction']}); "
             f"gold events {r['gold_events']}, predicted {r['pred_events']}, matched {r['matched']}",
             f"event P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}",
             f"fully right among matches {r['fully_right']:.3f} ({r['fully_right_count']}/{r['matched']})",
             "field accuracy among matches: " + ", ".join(
                 f"{k} {v['accuracy']:.2f} ({v['right']}/{v['of']})" for k, v in r["fields"].items()),
             f"{'type':<10} {'gold':>5} {'pred':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for t, v in r["per_type"].items():
        lines.append(f"{t:<10} {v['gold']:>5} {v['pred']:>5} {v['matched']:>5} {v['p']:>6.3f} {v['r']:>6.3f} {v['f1']:>6.3f}")
    return "\n".join(lines)


def self_test():
    """A tiny synthetic fixture whose figures were computed by hand."""
    def sp(s, e, t, **kw):
        return dict(start=s, end=e, text=t, **kw)
    gold = {
        "d1": {"doc_id": "d1", "events": [
            # g1 CONSULT Путин + Си, occurred, 2024-11-12
            {"type": "CONSULT", "mode": None, "trigger": sp(10, 20, "встретился"),
             "actors": [sp(0, 5, "Путин", name="Путин", country="RU"), sp(30, 32, "Си", name="Си Цзиньпин", country="CN")],
             "recipients": [], "date": "2024-11-12", "status": "occurred", "place": None, "source": None},
            # g2 ACCUSE МИД -> США
            {"type": "ACCUSE", "mode": "disapprove", "trigger": sp(50, 58, "осудил"),
             "actors": [sp(40, 43, "МИД", name="МИД России", country="RU")],
             "recipients": [sp(60, 63, "США", name="США", country="US")],
             "date": "2024-11-12", "status": "occurred", "place": None, "source": None},
            # g3 uncertain REQUEST
            {"type": "REQUEST", "mode": None, "trigger": sp(70, 78, "призвал"),
             "actors": [sp(80, 85, "Зеленский", name="Зеленский")], "recipients": [],
             "date": "2024-11-12", "status": "occurred", "place": None, "source": None, "uncertain": True},
        ]},
        "d2": {"doc_id": "d2", "events": [
            # g4 ASSAULT, no prediction -> missed
            {"type": "ASSAULT", "mode": "drone", "trigger": sp(5, 12, "атаковали"),
             "actors": [sp(0, 3, "ВСУ", name="ВСУ", country="UA")], "recipients": [],
             "date": None, "status": "occurred", "place": None, "source": None},
        ]},
    }
    pred = {
        "d1": {"id": "d1", "events": [
            # p1 matches g1 by name (Владимир Путин ⊇ Путин); actors only Путин -> actors wrong; date right
            {"type": "CONSULT", "mode": None, "trigger": sp(10, 20, "встретился"),
             "participants": [sp(100, 114, "Владимиром Путиным", normal="Владимир Путин", role="actor")],
             "status": "occurred", "time": {"value": "2024-11-12"}, "place": None, "source": None},
            # p2 matches g2 by overlap; everything right but mode null (mode wrong) and a place (place wrong)
            {"type": "ACCUSE", "mode": None, "trigger": sp(50, 58, "осудил"),
             "participants": [sp(41, 43, "ИД", normal="ИД", role="actor"), sp(60, 63, "США", normal="США", role="recipient")],
             "status": "occurred", "time": {"value": "2024-11-12"}, "place": sp(90, 95, "Москве", normal="Москва"), "source": None},
            # p3 matches uncertain g3 -> counts neither way
            {"type": "REQUEST", "mode": None, "trigger": sp(70, 78, "призвал"),
             "participants": [sp(80, 85, "Зеленский", normal="Зеленский", role="actor")],
             "status": "occurred", "time": {"value": "2024-11-12"}, "place": None, "source": None},
            # p4 wrong type -> false positive
            {"type": "THREATEN", "mode": None, "trigger": sp(50, 58, "осудил"),
             "participants": [sp(60, 63, "США", normal="США", role="recipient")],
             "status": "occurred", "time": {"value": "2024-11-12"}, "place": None, "source": None},
        ]},
    }
    r = score(gold, pred)
    # Hand-computed: gold (certain) 3, pred counted 3 (p1, p2, p4), matched 2.
    expect = {"gold_events": 3, "pred_events": 3, "matched": 2,
              "precision": 2 / 3, "recall": 2 / 3, "f1": 2 / 3, "fully_right": 0.5,
              "documents_without_prediction": 1}
    failures = [f"{k}: got {r[k]}, expected {v}" for k, v in expect.items() if abs(r[k] - v) > 1e-9]
    fields = {k: (v["right"], v["of"]) for k, v in r["fields"].items()}
    expect_fields = {"mode": (1, 2), "actors": (1, 2), "recipients": (2, 2), "status": (2, 2),
                     "date": (2, 2), "place": (1, 2), "source": (2, 2)}
    failures += [f"field {k}: got {fields[k]}, expected {v}" for k, v in expect_fields.items() if fields[k] != v]
    pt = r["per_type"]
    for t, (g, p, m) in {"CONSULT": (1, 1, 1), "ACCUSE": (1, 1, 1), "ASSAULT": (1, 0, 0),
                         "THREATEN": (0, 1, 0), "REQUEST": (0, 0, 0)}.items():
        row = pt.get(t, {"gold": 0, "pred": 0, "matched": 0})
        got = (row["gold"], row["pred"], row["matched"])
        if got != (g, p, m):
            failures.append(f"per type {t}: got {got}, expected {(g, p, m)}")
    if failures:
        print("self-test FAILED:\n  " + "\n  ".join(failures))
        return 1
    print("self-test passed: P 0.667 R 0.667 F1 0.667, fully right 0.5, fields and per-type counts as computed by hand")
    return 0


def main(argv):
    if "--self-test" in argv:
        return self_test()
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        print("usage: gold-event-eval.py GOLD.jsonl PRED.jsonl [--json] [--errors] | --self-test", file=sys.stderr)
        return 2
    try:
        gold, pred = load_gold(args[0]), load_pred(args[1])
    except (OSError, json.JSONDecodeError, KeyError) as e:
        print(f"gold-event-eval.py: error: cannot read input: {e} — give the gold .jsonl and letopis --format json output", file=sys.stderr)
        return 2
    r = score(gold, pred)
    print(json.dumps(r, ensure_ascii=False, indent=1) if "--json" in argv else report(r))
    if "--errors" in argv:
        print(errors(gold, pred))
    return 0


def describe(e, gold_side):
    if gold_side:
        a = ", ".join(p["name"] for p in e["actors"]); r = ", ".join(p["name"] for p in e["recipients"])
        return f"{e['type']}/{e.get('mode')} {e['status']} {e.get('date')} '{e['trigger']['text']}' {a} -> {r}"
    a = ", ".join(p.get("normal") or p.get("text", "") for p in pred_roles(e, "actor"))
    r = ", ".join(p.get("normal") or p.get("text", "") for p in pred_roles(e, "recipient"))
    return f"{e.get('type')}/{e.get('mode')} {e.get('status')} {pred_date(e)} '{(e.get('trigger') or {}).get('text')}' {a} -> {r}"


def errors(gold_docs, pred_docs):
    """Per document: missed gold events (-), unmatched predictions (+), matched events with wrong fields (~)."""
    out = []
    for doc_id, gdoc in gold_docs.items():
        gold_events = gdoc["events"]
        pred_events = (pred_docs.get(doc_id) or {}).get("events") or []
        matched = match_document(gold_events, pred_events)
        mg = {gi for gi, _ in matched}; mp = {pi for _, pi in matched}
        lines = [f"  - {describe(g, True)}" for gi, g in enumerate(gold_events) if gi not in mg and not g.get("uncertain")]
        lines += [f"  + {describe(p, False)}" for pi, p in enumerate(pred_events) if pi not in mp]
        for gi, pi in matched:
            if gold_events[gi].get("uncertain"):
                continue
            wrong = [k for k, ok in field_results(gold_events[gi], pred_events[pi]).items() if not ok]
            if wrong:
                lines.append(f"  ~ {describe(gold_events[gi], True)}  ||  {describe(pred_events[pi], False)}  wrong: {', '.join(wrong)}")
        if lines:
            out.append(f"{doc_id}\n" + "\n".join(lines))
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
