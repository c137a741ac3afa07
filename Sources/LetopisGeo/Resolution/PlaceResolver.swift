import Foundation
import LetopisCore

/// Chooses one gazetteer entry for a place name, given what the document says about where it is.
///
/// Rules, in order (Docs/places.md):
/// 1. A name that is a country's is the country; a name our own table gives (places-ru.tsv) is what the
///    table says, before any GeoNames homonym.
/// 2. Every other candidate is scored: log10 of its weight (population), +0.75 when its country is one the
///    document speaks of, +0.25 more when it is the dateline's country, +0.5 for a national capital.
/// 3. The best score wins unless a candidate on another continent comes within ``continentMargin`` of it
///    and the winner's country is not one the document speaks of: then the place stays unresolved
///    rather than be guessed across continents.
public struct PlaceResolver: Sendable {
    public let gazetteer: GazetteerFile
    /// How close (in the score's log10 units) a candidate on another continent may come before the choice is
    /// refused: 1.0 means the winner must be ten times the weight of any rival on another continent.
    public var continentMargin = 1.0

    public init(gazetteer: GazetteerFile) { self.gazetteer = gazetteer }

    /// What the document says about where it is.
    public struct Context: Sendable {
        /// ISO alpha-2 codes of countries the document speaks of, with how often.
        public var countries: [String: Int] = [:]
        /// The dateline place's country.
        public var datelineCountry: String?
        public init(countries: [String: Int] = [:], datelineCountry: String? = nil) {
            self.countries = countries
            self.datelineCountry = datelineCountry
        }
    }

    /// The records filed under the first of `names` the gazetteer knows.
    public func candidates(_ names: [String]) -> [GazetteerRecord] {
        for name in names {
            let found = gazetteer.lookup(name)
            if !found.isEmpty { return found }
        }
        return []
    }

    /// The entry `names` (normal form first, then other forms) most likely mean here; nil when none or unsure.
    public func resolve(_ names: [String], in context: Context) -> GazetteerRecord? {
        choose(among: candidates(names), in: context)
    }

    public func choose(among candidates: [GazetteerRecord], in context: Context) -> GazetteerRecord? {
        guard !candidates.isEmpty else { return nil }
        if let country = candidates.filter(\.isCountry).max(by: { $0.weight < $1.weight }) { return country }
        let preferred = candidates.filter(\.preferred)
        if preferred.count == 1, let only = preferred.first { return only }
        let candidates = preferred.isEmpty ? candidates : preferred
        func score(_ r: GazetteerRecord) -> Double {
            var s = Foundation.log10(Double(max(r.weight, 1)))
            if let c = r.place.country {
                if context.countries[c] != nil { s += 0.75 }
                if c == context.datelineCountry { s += 0.25 }
            }
            if r.isCapital { s += 0.5 }
            return s
        }
        let ranked = candidates.map { ($0, score($0)) }.sorted { a, b in
            a.1 != b.1 ? a.1 > b.1 : (a.0.place.geonameID ?? 0) < (b.0.place.geonameID ?? 0)
        }
        let (best, bestScore) = ranked[0]
        let spokenOf = best.place.country.map { context.countries[$0] != nil } ?? false
        if !spokenOf, ranked.dropFirst().contains(where: { $0.0.continent != best.continent && bestScore - $0.1 < continentMargin }) {
            return nil
        }
        return best
    }
}
