"""Reads Letopis's compiled gazetteer (geonames/gazetteer.bin) for development scripts.

The format is described in Sources/LetopisGeo/Gazetteer/GazetteerFile.swift. Used to list the candidates of
a name while checking the place sample by hand; Letopis itself never runs Python.
"""
import bisect
import struct

FIELDS = ["geonameid", "name", "name_ru", "latitude", "longitude", "country", "admin1",
          "feature_class", "feature_code", "population", "continent", "weight"]


def key_of(name):
    out, pending = [], False
    for ch in name.lower():
        if ch.isspace():
            pending = bool(out)
            continue
        if pending:
            out.append(" ")
            pending = False
        out.append({"ё": "е", "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "’": "'", "ʼ": "'", "`": "'"}.get(ch, ch))
    return "".join(out)


class Gazetteer:
    def __init__(self, path):
        self.data = open(path, "rb").read()
        assert self.data[:8] == b"LTGZ0001", "not a gazetteer"
        self.keys, self.records = struct.unpack_from("<II", self.data, 8)
        self.key_offsets = struct.unpack_from("<%dI" % self.keys, self.data, 24)
        self.record_offsets = struct.unpack_from("<%dI" % (self.records + 1), self.data, 24 + 4 * self.keys)
        self._keys = [self._key(i) for i in range(self.keys)]

    def _key(self, i):
        at = self.key_offsets[i]
        n = self.data[at]
        return self.data[at + 1:at + 1 + n]

    def record(self, n):
        line = self.data[self.record_offsets[n]:self.record_offsets[n + 1]].decode("utf-8")
        return dict(zip(FIELDS, line.split("\t")))

    def lookup(self, name):
        k = key_of(name).encode("utf-8")
        i = bisect.bisect_left(self._keys, k)
        if i >= len(self._keys) or self._keys[i] != k:
            return []
        at = self.key_offsets[i]
        c = at + 1 + self.data[at]
        count = self.data[c]
        return [self.record(struct.unpack_from("<I", self.data, c + 1 + 4 * j)[0]) for j in range(count)]
