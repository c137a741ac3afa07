#!/usr/bin/env python3
"""Checks PLOVER records (letopis extract --format plover) against PLOVER_MANUAL.tex (openeventdata/PLOVER,
chapter "Data Fields" and the event, mode, context and sector tables). Standard library only.

Usage: plover-check.py FILE [FILE ...]   (JSON Lines; '-' for standard input)
Prints each failing record's id and what is wrong, then one line `PLOVER records: N, failing: K`;
exits 1 when any record fails.

What the manual requires, checked here:
- required fields `id` (unique), `date` (YYYY-MM-DD, a real calendar day), `actor` (list of entity
  objects, non-empty), `event` (list of event categories);
- optional fields, when present, of the manual's type: `recipient` list of entity objects; `mode` and
  `context` lists of the manual's values for the event (`context` may also hold the four auxiliary
  modes); `quad_code` 1-4 and the quad of the event; `event_scale` a number in -10..10; `time`,
  `enddate` formats; `event_loc` the location object; `text_info` the text object; `cite_info` the
  citation object with `language` an ISO 639-1 code;
- entity objects carry the manual's keys (`code`, `sector`, `entity_text`, `identifier_id`,
  `identifier_text`, `religion`, `ethnicity`, `office`, `gender`, `age`); `code` a 3-letter code, `sector`
  one of the manual's sector codes.
"""
import datetime
import json
import re
import sys

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
# Letopis's one extension, written only with --plover-statements; accepted when --allow-statement is given.
EXTENSION_TYPES = {"STATEMENT"}
MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives",
                "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional"},
}
CONTEXTS = {"military", "intelligence", "executive", "legislative", "election", "political_institutions", "pro_democracy",
            "pro_autocracy", "economic", "legal", "reparations", "human_rights", "rights_freedoms", "repression",
            "human_security", "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic", "territory", "peacekeeping",
            "health", "asylum", "migration", "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn",
            "cyber", "misinformation", "crime", "corruption", "illegal_drugs", "trafficking"}
AUXILIARY = {"historical", "future", "hypothetical", "negation"}
QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2, "REQUEST": 3,
        "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}
SECTORS = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM", "CVL", "EDU",
           "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"}
ENTITY_KEYS = {"code", "sector", "entity_text", "identifier_id", "identifier_text", "religion", "ethnicity", "office", "gender", "age"}
TEXT_KEYS = {"sequence", "start", "end"}
CITE_KEYS = {"corpus", "citation", "url", "title", "language", "publication", "license", "copyright", "coder", "codebook", "version"}
LOC_KEYS = {"extracted_place", "resolved_place", "geonameid", "lat", "lon", "city", "district", "province", "country",
            "country_code", "feature_class", "feature_code", "resolution"}


def is_date(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return False
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_entity(e, where, problems):
    if not isinstance(e, dict):
        problems.append(f"{where} is not an entity object")
        return
    missing = ENTITY_KEYS - e.keys()
    if missing:
        problems.append(f"{where} lacks {sorted(missing)}")
    code = e.get("code")
    if code is not None and not (isinstance(code, str) and re.fullmatch(r"[A-Z]{3}", code)):
        problems.append(f"{where}.code {code!r} is not a 3-character code")
    sector = e.get("sector")
    if sector is not None and sector not in SECTORS:
        problems.append(f"{where}.sector {sector!r} is not a PLOVER sector code")
    if e.get("age") is not None and not isinstance(e.get("age"), int):
        problems.append(f"{where}.age is not an integer")


def check(r, allow_statement):
    p = []
    if not isinstance(r.get("id"), str) or not r["id"]:
        p.append("id missing or not a string")
    if not is_date(r.get("date")):
        p.append(f"date {r.get('date')!r} is not YYYY-MM-DD")
    for f in ("enddate",):
        if f in r and r[f] is not None and not is_date(r[f]):
            p.append(f"{f} is not YYYY-MM-DD")
    events = r.get("event")
    allowed = TYPES | (EXTENSION_TYPES if allow_statement else set())
    if not isinstance(events, list) or not events or any(e not in allowed for e in events):
        p.append(f"event {events!r} is not a non-empty list of PLOVER categories")
        events = [e for e in events if e in TYPES] if isinstance(events, list) else []
    actors = r.get("actor")
    if not isinstance(actors, list) or not actors:
        p.append("actor is not a non-empty list")
    else:
        for i, a in enumerate(actors):
            check_entity(a, f"actor[{i}]", p)
    if "recipient" in r:
        if not isinstance(r["recipient"], list):
            p.append("recipient is not a list")
        else:
            for i, a in enumerate(r["recipient"]):
                check_entity(a, f"recipient[{i}]", p)
    modes = r.get("mode", [])
    if not isinstance(modes, list):
        p.append("mode is not a list")
    else:
        allowed_modes = set().union(*(MODES.get(e, set()) for e in events)) if events else set()
        for m in modes:
            if m not in allowed_modes:
                p.append(f"mode {m!r} is not a PLOVER mode of {events}")
    contexts = r.get("context", [])
    if not isinstance(contexts, list):
        p.append("context is not a list")
    else:
        for c in contexts:
            if c not in CONTEXTS | AUXILIARY:
                p.append(f"context {c!r} is not a PLOVER context")
    if "quad_code" in r and r["quad_code"] is not None:
        if r["quad_code"] not in (1, 2, 3, 4):
            p.append("quad_code is not 1-4")
        elif events and all(e in QUAD for e in events) and r["quad_code"] != QUAD[events[0]]:
            p.append(f"quad_code {r['quad_code']} is not the quad of {events[0]}")
    if "event_scale" in r and r["event_scale"] is not None:
        if not is_number(r["event_scale"]) or not -10 <= r["event_scale"] <= 10:
            p.append("event_scale is not a number in -10..10")
    loc = r.get("event_loc")
    if loc is not None:
        if not isinstance(loc, dict) or LOC_KEYS - loc.keys():
            p.append(f"event_loc lacks {sorted(LOC_KEYS - loc.keys()) if isinstance(loc, dict) else 'everything'}")
        else:
            for k in ("lat", "lon"):
                if loc[k] is not None and not is_number(loc[k]):
                    p.append(f"event_loc.{k} is not a number")
            if loc["lat"] is not None and not -90 <= loc["lat"] <= 90:
                p.append("event_loc.lat out of range")
            if loc["lon"] is not None and not -180 <= loc["lon"] <= 180:
                p.append("event_loc.lon out of range")
            if loc["geonameid"] is not None and not isinstance(loc["geonameid"], int):
                p.append("event_loc.geonameid is not an integer")
            if loc["country_code"] is not None and not re.fullmatch(r"[A-Z]{3}", str(loc["country_code"])):
                p.append("event_loc.country_code is not 3 letters")
            if loc["resolution"] is not None and loc["resolution"] not in (1, 2, 3, 4, 5):
                p.append("event_loc.resolution is not 1-5")
    ti = r.get("text_info")
    if ti is not None:
        if not isinstance(ti, dict) or TEXT_KEYS - ti.keys():
            p.append("text_info lacks sequence/start/end")
        else:
            for k in TEXT_KEYS:
                if ti[k] is not None and not isinstance(ti[k], int):
                    p.append(f"text_info.{k} is not an integer")
            if isinstance(ti.get("start"), int) and isinstance(ti.get("end"), int) and ti["start"] > ti["end"]:
                p.append("text_info.start after end")
    ci = r.get("cite_info")
    if ci is not None:
        if not isinstance(ci, dict) or CITE_KEYS - ci.keys():
            p.append(f"cite_info lacks {sorted(CITE_KEYS - ci.keys()) if isinstance(ci, dict) else 'everything'}")
        elif not (isinstance(ci["language"], str) and re.fullmatch(r"[a-z]{2}", ci["language"])):
            p.append("cite_info.language is not an ISO 639-1 code")
    return p


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    allow_statement = "--allow-statement" in sys.argv
    if not args:
        print(__doc__)
        return 2
    seen, total, failing = set(), 0, 0
    for path in args:
        f = sys.stdin if path == "-" else open(path, encoding="utf-8")
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            total += 1
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                failing += 1
                print(f"{path}:{n}: not JSON ({e})")
                continue
            problems = check(r, allow_statement)
            rid = r.get("id")
            if rid in seen:
                problems.append("id not unique")
            seen.add(rid)
            if problems:
                failing += 1
                if failing <= 50:
                    print(f"{rid or path + ':' + str(n)}: " + "; ".join(problems))
    print(f"PLOVER records: {total}, failing: {failing}")
    return 1 if failing or total == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
