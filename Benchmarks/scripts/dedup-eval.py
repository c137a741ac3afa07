#!/usr/bin/env python3
"""Cross-document deduplication score of `letopis events --format json` against a hand-made gold set.

  dedup-eval.py --gold GOLD.json --pred EVENTS.jsonl [--posts POSTS.jsonl] [--verbose] [--json]
  dedup-eval.py --self-test

GOLD.json (Benchmarks/dedup/telegram-2024-11-26-30.json, described in Benchmarks/dedup/README.md)
lists real events, each with its PLOVER type (plus `also_types` accepted in its place) and
every post reporting it, named by post id and the words that report it (`trigger`). It also
lists near-miss pairs: two (post, trigger, type) items that must not become one event.

EVENTS.jsonl is one corpus event per line as `letopis events --format json` writes it
(contract of issue #13): `id`, `type`, and `mentions[]` with `document` (post id),
`trigger` {start, end, text} and `sentence` {start, end}, offsets in code points.

Matching a gold item (post, trigger phrase, accepted types) to database events:
a mention *matches* when it is in that post and its event's type is accepted
(the gold type or one of the event's `also_types`). Among matching mentions the best
level wins:
  1. trigger — the mention's trigger text lies inside the gold phrase (or the phrase
     inside it), compared lower-cased, `ё` as `е`, whitespace collapsed; with --posts,
     also a trigger span overlapping an occurrence of the phrase;
  2. sentence — with --posts only: the mention's sentence contains an occurrence of the phrase;
  3. post — any matching mention in the post.
The item is *covered* by the database events of its best level; when there are several,
it is assigned to the one with most mentions at that level (then the smaller id) and
counted as ambiguous. Near-miss sides in the same post must match at level 1 or 2, so
that two acts reported by one post are never taken as merged because of the post alone.

Figures (items = (gold event, post) pairs):
- coverage: share of items some database event covers (extraction recall, not dedup);
- fragmentation: distinct database events per gold event, mean over gold events with a
  covered item (goal <= 1.2);
- fully merged: share of gold events with >= 2 covered items all assigned to one database
  event (goal >= 0.8); `strict` also requires every item covered, over all gold events;
- B-cubed precision / recall / F1 over covered items (clusters: gold event vs assigned
  database event); `all items` treats an uncovered item as its own singleton;
- over-merge rate: share of evaluable near-miss pairs (both sides covered) where one database
  event covers both sides (goal 0).
Each figure is also given over `core` items (posts that report the event itself, not only
recall it in passing: gold items flagged `background` left out).

A malformed prediction line is reported on stderr and skipped (counted). Standard library only.
"""
import argparse, json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "dedup", "fixtures")


def norm(s):
    return re.sub(r"\s+", " ", (s or "").lower().replace("ё", "е")).strip()


def load_gold(path):
    with open(path, encoding="utf-8") as f:
        gold = json.load(f)
    events = gold.get("events") or []
    seen = set()
    for e in events:
        if e["id"] in seen:
            raise SystemExit(f"{path}: gold event id {e['id']!r} appears twice; give each event its own id")
        seen.add(e["id"])
    return events, gold.get("near_misses") or []


def load_pred(path):
    """Yields database events; a bad line costs that line only."""
    events, bad = [], 0
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8")
    with stream:
        for n, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                ev = json.loads(line)
                if not isinstance(ev, dict) or "type" not in ev or not isinstance(ev.get("mentions", []), list):
                    raise ValueError("not an event object with `type` and `mentions`")
                ev.setdefault("id", f"line-{n}")
                ev["id"] = str(ev["id"])
                events.append(ev)
            except (ValueError, TypeError) as err:
                bad += 1
                print(f"dedup-eval: {path}:{n}: skipped a malformed event line ({err}); "
                      "expected one JSON object per line as `letopis events --format json` writes", file=sys.stderr)
    return events, bad


def load_posts(path):
    texts = {}
    if not path:
        return texts
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                d = json.loads(line)
                texts[str(d["id"])] = d.get("text", "")
            except (ValueError, KeyError, TypeError):
                print(f"dedup-eval: {path}:{n}: skipped a post line without `id`/`text`", file=sys.stderr)
    return texts


def phrase_spans(text, phrase):
    """Code-point spans of every whitespace-insensitive occurrence of phrase in text."""
    words = [re.escape(w) for w in phrase.replace("ё", "е").split()]
    if not words or text is None:
        return []
    folded = text.replace("ё", "е").replace("Ё", "Е")
    pat = re.compile(r"\s+".join(words), re.IGNORECASE)
    return [(m.start(), m.end()) for m in pat.finditer(folded)]


class Index:
    """Database mentions by post id."""

    def __init__(self, pred_events, texts):
        self.by_doc = defaultdict(list)  # doc -> [(event id, event type, mention)]
        self.texts = texts
        for ev in pred_events:
            for m in ev.get("mentions") or []:
                if isinstance(m, dict) and m.get("document") is not None:
                    self.by_doc[str(m["document"])].append((ev["id"], str(ev["type"]), m))

    def match(self, doc, phrase, types, max_level=3):
        """(level, {event id: mentions at that level}) for the best level, or (None, {})."""
        cands = [(eid, m) for eid, etype, m in self.by_doc.get(doc, ()) if etype in types]
        if not cands:
            return None, {}
        p = norm(phrase)
        spans = phrase_spans(self.texts.get(doc), phrase) if doc in self.texts else []
        levels = {1: Counter(), 2: Counter(), 3: Counter()}
        for eid, m in cands:
            trig = m.get("trigger") or {}
            t = norm(trig.get("text"))
            lvl = 3
            if t and (t in p or p in t):
                lvl = 1
            elif spans:
                ts, te = trig.get("start"), trig.get("end")
                if isinstance(ts, int) and isinstance(te, int) and any(ts < e and s < te for s, e in spans):
                    lvl = 1
                else:
                    sent = m.get("sentence") or {}
                    ss, se = sent.get("start"), sent.get("end")
                    if isinstance(ss, int) and isinstance(se, int) and any(ss <= s < se for s, _ in spans):
                        lvl = 2
            levels[lvl][eid] += 1
        for lvl in (1, 2, 3):
            if lvl <= max_level and levels[lvl]:
                return lvl, dict(levels[lvl])
        return None, {}


def assign(found):
    return min(found.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def bcubed(items):
    """items: [(gold cluster, predicted cluster)] -> (precision, recall, f1)."""
    if not items:
        return 0.0, 0.0, 0.0
    gold_size = Counter(g for g, _ in items)
    pred_size = Counter(p for _, p in items)
    both = Counter(items)
    prec = sum(both[(g, p)] / pred_size[p] for g, p in items) / len(items)
    rec = sum(both[(g, p)] / gold_size[g] for g, p in items) / len(items)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def score(gold_events, near_misses, index, core_only=False):
    accepted = {e["id"]: {e["type"], *e.get("also_types", [])} for e in gold_events}
    items, detail = [], []
    ambiguous = 0
    for e in gold_events:
        rows = []
        for post in e["posts"]:
            if core_only and post.get("background"):
                continue
            level, found = index.match(post["document"], post["trigger"], accepted[e["id"]])
            pred = assign(found) if found else None
            if found and len(found) > 1:
                ambiguous += 1
            rows.append((post, level, pred, found))
            items.append((e["id"], pred))
        detail.append((e, rows))

    covered = [(g, p) for g, p in items if p is not None]
    all_items = [(g, p if p is not None else f"uncovered:{i}") for i, (g, p) in enumerate(items)]
    frag, merged, merged_den, strict = [], 0, 0, 0
    for e, rows in detail:
        preds = {p for _, _, p, _ in rows if p is not None}
        ncov = sum(1 for _, _, p, _ in rows if p is not None)
        if preds:
            frag.append(len(preds))
        if ncov >= 2:
            merged_den += 1
            merged += len(preds) == 1
        if rows and ncov == len(rows) and len(preds) == 1:
            strict += 1

    nm_eval, nm_over, nm_rows = 0, 0, []
    for pair in near_misses:
        sides = []
        for s in ("a", "b"):
            side = pair[s]
            types = accepted.get(side.get("event"), {side["type"]})
            same_post = pair["a"]["document"] == pair["b"]["document"]
            level, found = index.match(side["document"], side["trigger"], types, max_level=2 if same_post else 3)
            sides.append(set(found))
        if sides[0] and sides[1]:
            nm_eval += 1
            shared = sides[0] & sides[1]
            nm_over += bool(shared)
            nm_rows.append((pair, "OVER-MERGED " + ",".join(sorted(shared)) if shared else "apart"))
        else:
            nm_rows.append((pair, "not evaluable (a side has no database event)"))

    bp, br, bf = bcubed(covered)
    ap, ar, af = bcubed(all_items)
    return {
        "gold_events": len(gold_events),
        "items": len(items),
        "covered_items": len(covered),
        "coverage": len(covered) / len(items) if items else 0.0,
        "ambiguous_items": ambiguous,
        "events_with_coverage": len(frag),
        "fragmentation": sum(frag) / len(frag) if frag else 0.0,
        "fully_merged": merged / merged_den if merged_den else 0.0,
        "fully_merged_events": merged,
        "fully_merged_denominator": merged_den,
        "fully_merged_strict": strict / len(gold_events) if gold_events else 0.0,
        "bcubed_precision": bp, "bcubed_recall": br, "bcubed_f1": bf,
        "bcubed_all_precision": ap, "bcubed_all_recall": ar, "bcubed_all_f1": af,
        "near_miss_pairs": len(near_misses),
        "near_miss_evaluable": nm_eval,
        "near_miss_over_merged": nm_over,
        "over_merge_rate": nm_over / nm_eval if nm_eval else 0.0,
        "_detail": detail, "_near": nm_rows,
    }


def report(r, core, bad_lines, verbose, out=sys.stdout):
    w = lambda s="": print(s, file=out)
    w(f"gold events {r['gold_events']}, items (event, post) {r['items']}, near-miss pairs {r['near_miss_pairs']}")
    if bad_lines:
        w(f"malformed prediction lines skipped: {bad_lines}")
    w(f"coverage            {r['coverage']:.3f}  ({r['covered_items']}/{r['items']} items have a database event of an accepted type; "
      f"{r['ambiguous_items']} ambiguous)")
    w(f"fragmentation       {r['fragmentation']:.3f}  database events per real event (goal <= 1.2; {r['events_with_coverage']} events covered)")
    w(f"fully merged        {r['fully_merged']:.3f}  ({r['fully_merged_events']}/{r['fully_merged_denominator']} events with >= 2 covered posts; goal >= 0.8)"
      f"; strict {r['fully_merged_strict']:.3f}")
    w(f"B-cubed covered     P {r['bcubed_precision']:.3f}  R {r['bcubed_recall']:.3f}  F1 {r['bcubed_f1']:.3f}")
    w(f"B-cubed all items   P {r['bcubed_all_precision']:.3f}  R {r['bcubed_all_recall']:.3f}  F1 {r['bcubed_all_f1']:.3f}")
    w(f"over-merge rate     {r['over_merge_rate']:.3f}  ({r['near_miss_over_merged']}/{r['near_miss_evaluable']} evaluable near-miss pairs; goal 0)")
    w(f"core items only     coverage {core['coverage']:.3f}, fragmentation {core['fragmentation']:.3f}, "
      f"fully merged {core['fully_merged']:.3f}, B-cubed F1 {core['bcubed_f1']:.3f}")
    if verbose:
        w()
        for e, rows in r["_detail"]:
            preds = Counter(p for _, _, p, _ in rows if p is not None)
            ncov = sum(preds.values())
            state = "merged" if len(preds) == 1 and ncov >= 2 else ("split" if len(preds) > 1 else "—")
            w(f"{e['id']:<44} {e['type']:<9} posts {len(rows):>2} covered {ncov:>2} db events {len(preds)} {state}")
            for post, level, pred, found in rows:
                lv = {1: "trigger", 2: "sentence", 3: "post"}.get(level, "-")
                extra = f" (also {','.join(sorted(set(found) - {pred}))})" if found and len(found) > 1 else ""
                bg = " [background]" if post.get("background") else ""
                w(f"    {post['document']:<26} {lv:<8} {pred or 'UNCOVERED'}{extra}{bg}")
        w()
        for pair, state in r["_near"]:
            w(f"{pair['id']:<44} {state}")


def run(args):
    gold_events, near = load_gold(args.gold)
    pred, bad = load_pred(args.pred)
    index = Index(pred, load_posts(args.posts))
    r = score(gold_events, near, index)
    core = score(gold_events, near, index, core_only=True)
    if args.json:
        summary = {k: v for k, v in r.items() if not k.startswith("_")}
        summary["core"] = {k: v for k, v in core.items() if not k.startswith("_")}
        summary["malformed_prediction_lines"] = bad
        print(json.dumps(summary, ensure_ascii=False, indent=1))
    else:
        report(r, core, bad, args.verbose)
    return 0


def self_test():
    """Scores the synthetic fixture and compares with figures computed by hand (fixtures/expected.json)."""
    gold = os.path.join(FIXTURES, "gold-small.json")
    pred = os.path.join(FIXTURES, "pred-small.jsonl")
    with open(os.path.join(FIXTURES, "expected.json"), encoding="utf-8") as f:
        expected = json.load(f)
    gold_events, near = load_gold(gold)
    import contextlib, io
    with contextlib.redirect_stderr(io.StringIO()) as err:
        events, bad = load_pred(pred)
    index = Index(events, {})
    r = score(gold_events, near, index)
    r["malformed_prediction_lines"] = bad
    r["core"] = score(gold_events, near, index, core_only=True)

    def differences(expect, got, prefix=""):
        for k, v in expect.items():
            if isinstance(v, dict):
                yield from differences(v, got.get(k, {}), f"{prefix}{k}.")
            elif not (isinstance(v, float) and abs(got.get(k, -1) - v) < 5e-4 or got.get(k) == v):
                yield f"{prefix}{k}: expected {v}, got {got.get(k)}"

    failures = list(differences(expected, r))
    if "skipped a malformed event line" not in err.getvalue():
        failures.append("the malformed line was not reported on stderr")
    if failures:
        print("dedup-eval self-test FAILED:\n  " + "\n  ".join(failures))
        return 1
    count = sum(len(v) if isinstance(v, dict) else 1 for v in expected.values())
    print(f"dedup-eval self-test passed ({count} figures match the hand-computed ones)")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", help="gold set (Benchmarks/dedup/telegram-2024-11-26-30.json)")
    ap.add_argument("--pred", help="`letopis events --format json` output, one event a line ('-' = stdin)")
    ap.add_argument("--posts", help="the ingested posts (JSON Lines with id, text): lets triggers match by span")
    ap.add_argument("--verbose", "-v", action="store_true", help="a line per gold event, post and near-miss pair")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument("--self-test", action="store_true", help="score the synthetic fixture against hand-computed figures")
    args = ap.parse_args()
    if args.self_test:
        return self_test()
    if not args.gold or not args.pred:
        ap.error("--gold and --pred are required (or --self-test)")
    for path in (args.gold, args.pred if args.pred != "-" else None, args.posts):
        if path and not os.path.exists(path):
            print(f"dedup-eval: {path} does not exist; check the path", file=sys.stderr)
            return 2
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
