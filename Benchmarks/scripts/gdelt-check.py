#!/usr/bin/env python3
"""Loads `letopis extract --format gdelt` rows with pandas under GDELT 2.0's published Events header (and
`--format gdelt-mentions` rows under the Mentions header) and checks columns and types.

Usage: gdelt-check.py EVENTS.tsv [--mentions MENTIONS.tsv]
Needs pandas (pip install pandas). Prints `GDELT events: N rows, 61 columns, failing: K` (and the same for
mentions); exits 1 on any failure.

Checked: every line has exactly 61 (16) tab-separated fields; pandas reads the file with GDELT's column
names and dtypes (integers where GDELT has integers, floats where it has floats, strings elsewhere);
SQLDATE is a real date and MonthYear/Year agree with it; EventCode is a CAMEO code of 2-4 digits that begins
with EventBaseCode and EventRootCode; QuadClass is the root code's quad (01-05 1, 06-08 2, 09-13 3, 14-20 4);
GoldsteinScale is in -10..10; actor country codes are ISO alpha-3 and geography country codes FIPS
(2 letters); geography types are 0-5 and coordinates on the globe; GLOBALEVENTID is unique.
"""
import csv
import datetime
import sys

import pandas as pd

# GDELT 2.0 Event Codebook, table of fields, in file order.
EVENT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [a + c for a in ("Actor1", "Actor2") for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                                                      "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
       "NumSources", "NumArticles", "AvgTone"]
    + [g + "_" + c for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
       for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")]
    + ["DATEADDED", "SOURCEURL"]
)
MENTION_COLUMNS = ["GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
                   "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
                   "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras"]

INT_EVENT = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions", "NumSources",
             "NumArticles", "Actor1Geo_Type", "Actor2Geo_Type", "ActionGeo_Type", "DATEADDED"]
FLOAT_EVENT = ["FractionDate", "GoldsteinScale", "AvgTone"] + [g + c for g in ("Actor1Geo_", "Actor2Geo_", "ActionGeo_")
                                                               for c in ("Lat", "Long")]
INT_MENTION = ["GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "SentenceID", "Actor1CharOffset",
               "Actor2CharOffset", "ActionCharOffset", "InRawText", "MentionDocLen"]
FLOAT_MENTION = ["Confidence", "MentionDocTone"]


def dtypes(columns, ints, floats):
    return {c: ("int64" if c in ints else "float64" if c in floats else "string") for c in columns}


def field_counts(path, expected):
    bad = 0
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            k = len(line.rstrip("\n").split("\t"))
            if k != expected:
                bad += 1
                if bad <= 10:
                    print(f"{path}:{n}: {k} fields, GDELT has {expected}")
    return bad


def load(path, columns, ints, floats):
    return pd.read_csv(path, sep="\t", header=None, names=columns, dtype=dtypes(columns, ints, floats),
                       quoting=csv.QUOTE_NONE, keep_default_na=False, na_values={c: [""] for c in floats})


def quad(root):
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def check_events(path):
    bad = field_counts(path, len(EVENT_COLUMNS))
    if bad:
        return 0, bad
    df = load(path, EVENT_COLUMNS, INT_EVENT, FLOAT_EVENT)
    problems = []
    assert list(df.columns) == EVENT_COLUMNS
    for i, r in df.iterrows():
        p = []
        d = str(r.SQLDATE)
        try:
            datetime.date(int(d[:4]), int(d[4:6]), int(d[6:8]))
        except ValueError:
            p.append(f"SQLDATE {d} is not a date")
        if r.MonthYear != r.SQLDATE // 100 or r.Year != r.SQLDATE // 10000:
            p.append("MonthYear/Year disagree with SQLDATE")
        if not (r.Year <= r.FractionDate < r.Year + 1.01):
            p.append("FractionDate not in its year")
        code = r.EventCode
        if not (code.isdigit() and 2 <= len(code) <= 4 and code.startswith(r.EventBaseCode) and code.startswith(r.EventRootCode)
                and len(r.EventRootCode) == 2 and 1 <= int(r.EventRootCode) <= 20):
            p.append(f"EventCode {code} / {r.EventBaseCode} / {r.EventRootCode} is not a CAMEO code with its base and root")
        elif r.QuadClass != quad(r.EventRootCode):
            p.append(f"QuadClass {r.QuadClass} is not the quad of root {r.EventRootCode}")
        if not -10 <= r.GoldsteinScale <= 10:
            p.append("GoldsteinScale out of -10..10")
        for a in ("Actor1", "Actor2"):
            cc = r[a + "CountryCode"]
            if cc and not (len(cc) == 3 and cc.isalpha() and cc.isupper()):
                p.append(f"{a}CountryCode {cc!r} is not ISO alpha-3")
        for g in ("Actor1Geo_", "Actor2Geo_", "ActionGeo_"):
            t = r[g + "Type"]
            if t not in range(6):
                p.append(f"{g}Type {t} not 0-5")
            cc = r[g + "CountryCode"]
            if cc and not (len(cc) == 2 and cc.isalpha()):
                p.append(f"{g}CountryCode {cc!r} is not FIPS 10-4")
            lat, lon = r[g + "Lat"], r[g + "Long"]
            if t and not (pd.isna(lat) or -90 <= lat <= 90) or t and not (pd.isna(lon) or -180 <= lon <= 180):
                p.append(f"{g} coordinates off the globe")
            if t == 0 and not (pd.isna(lat) and not cc):
                p.append(f"{g} has geography without a type")
        if len(str(r.DATEADDED)) != 14:
            p.append("DATEADDED is not YYYYMMDDHHMMSS")
        if p:
            problems.append(f"row {i + 1} ({r.GLOBALEVENTID}): " + "; ".join(p))
    if df.GLOBALEVENTID.duplicated().any():
        problems.append(f"{int(df.GLOBALEVENTID.duplicated().sum())} duplicate GLOBALEVENTIDs")
    for p in problems[:20]:
        print(p)
    return len(df), len(problems)


def check_mentions(path):
    bad = field_counts(path, len(MENTION_COLUMNS))
    if bad:
        return 0, bad
    df = load(path, MENTION_COLUMNS, INT_MENTION, FLOAT_MENTION)
    problems = 0
    for i, r in df.iterrows():
        if r.MentionType not in (1, 2, 3, 4, 5, 6) or r.SentenceID < 1 or r.ActionCharOffset < 0 \
                or r.ActionCharOffset >= r.MentionDocLen or r.InRawText not in (0, 1):
            problems += 1
            if problems <= 20:
                print(f"mention row {i + 1}: {dict(r)}")
    return len(df), problems


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    mentions = None
    if "--mentions" in args:
        k = args.index("--mentions")
        mentions = args[k + 1]
        del args[k:k + 2]
    failed = False
    rows, bad = check_events(args[0])
    print(f"GDELT events: {rows} rows, {len(EVENT_COLUMNS)} columns, failing: {bad}")
    failed |= bad > 0 or rows == 0
    if mentions:
        rows, bad = check_mentions(mentions)
        print(f"GDELT mentions: {rows} rows, {len(MENTION_COLUMNS)} columns, failing: {bad}")
        failed |= bad > 0 or rows == 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
