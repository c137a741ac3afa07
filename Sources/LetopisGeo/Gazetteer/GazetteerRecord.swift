import LetopisCore

/// One gazetteer entry as the resolver ranks it: the place, plus what ranking needs and output does not.
public struct GazetteerRecord: Hashable, Sendable {
    public var place: GeoPlace
    /// GeoNames continent code of the place's country (`EU`, `AS`, `NA`, ...): two places on different
    /// continents are never chosen between on population alone.
    public var continent: String
    /// Weight for ranking: population for cities and countries; for a region a tenth of its cities'
    /// population, so that a large city beats the region of the same name (Нью-Йорк the city, not the state).
    public var weight: Int
    /// Named by our own table (places-ru.tsv): Russian news means this entry by the name, before any
    /// GeoNames homonym (Донецк the Ukrainian city, Алтай the Russian region).
    public var preferred: Bool

    public init(place: GeoPlace, continent: String, weight: Int, preferred: Bool = false) {
        self.place = place
        self.continent = continent
        self.weight = weight
        self.preferred = preferred
    }

    /// A country (GeoNames `PCL*` feature codes).
    public var isCountry: Bool { place.featureCode?.hasPrefix("PCL") == true }
    /// A national capital (GeoNames `PPLC`).
    public var isCapital: Bool { place.featureCode == "PPLC" }

    /// The record as one line of the gazetteer file: tab-separated, no tab or newline inside fields.
    var line: String {
        func clean(_ s: String?) -> String {
            (s ?? "").replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
        }
        let p = place
        return [p.geonameID.map(String.init) ?? "", clean(p.name), clean(p.nameRu),
                String(format: "%.5f", p.latitude), String(format: "%.5f", p.longitude),
                clean(p.country), clean(p.admin1), clean(p.featureClass), clean(p.featureCode),
                p.population.map(String.init) ?? "", clean(continent), String(weight), preferred ? "1" : "0"].joined(separator: "\t")
    }

    /// Parses a line written by ``line``; nil when it is not one.
    init?(line: Substring) {
        let f = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard f.count == 13, let lat = Double(f[3]), let lon = Double(f[4]), let weight = Int(f[11]) else { return nil }
        func opt(_ s: Substring) -> String? { s.isEmpty ? nil : String(s) }
        place = GeoPlace(geonameID: Int(f[0]), name: String(f[1]), nameRu: opt(f[2]), latitude: lat, longitude: lon,
                         country: opt(f[5]), admin1: opt(f[6]), featureClass: String(f[7]), featureCode: opt(f[8]),
                         population: Int(f[9]))
        continent = String(f[10])
        self.weight = weight
        preferred = f[12] == "1"
    }
}

/// How names are compared: lower case, `ё` as `е`, any dash as a hyphen, spaces single.
public enum PlaceKey {
    public static func of(_ name: String) -> String {
        var out = ""
        out.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for ch in name.lowercased() {
            if ch.isWhitespace { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            switch ch {
            case "ё": out.append("е")
            case "‐", "‑", "‒", "–", "—": out.append("-")
            case "’", "ʼ", "`": out.append("'")
            default: out.append(ch)
            }
        }
        return out
    }
}
