import LetopisCore

extension Layer {
    /// Places resolved to gazetteer entries (``Actor/geo``, ``Event/placeGeo``).
    public static let places: Layer = "places"
}

/// Resolves every place actor (cities, regions, countries) and every event place to a gazetteer entry.
///
/// Names tried, in order: the actor's normal name, its mentions' normal forms, their text as written.
/// The document's context is gathered first — the countries its actors belong to and the places that have
/// only one reading (a country, a name with candidates in one country), and the dateline's place — and
/// then every place is chosen by ``PlaceResolver`` in that context. Sets ``Actor/country`` from the
/// resolved place where the entities stage left it nil. Event places take the geo of the place actor
/// they mention, else are resolved by their own words.
///
/// - Complexity: O(places × log gazetteer) per document.
public struct PlaceResolutionStage: Stage {
    public let resolver: PlaceResolver

    public init(resolver: PlaceResolver) { self.resolver = resolver }

    public var name: String { "places.geonames.v1" }
    public var requires: Set<Layer> { [.actors] }
    public var produces: Set<Layer> { [.places] }

    public func process(_ document: inout Document) throws {
        let places = document.actors.indices.filter { document.actors[$0].type == .location }
        var names: [Int: [String]] = [:]
        var candidates: [Int: [GazetteerRecord]] = [:]
        for a in places {
            names[a] = Self.names(of: document.actors[a], in: document)
            candidates[a] = resolver.candidates(names[a] ?? [])
        }

        // Context: countries of actors the entities stage placed, and places with a single country.
        var context = PlaceResolver.Context()
        for actor in document.actors {
            if let c = actor.country { context.countries[c, default: 0] += 1 }
        }
        for a in places {
            let countries = Set((candidates[a] ?? []).compactMap(\.place.country))
            if countries.count == 1, let c = countries.first, document.actors[a].country == nil {
                context.countries[c, default: 0] += 1
            }
        }
        if let dateline = document.dateline {
            let record = resolver.resolve([dateline.place, document.text(of: dateline.placeRange)], in: context)
            context.datelineCountry = record?.place.country
            if let c = context.datelineCountry { context.countries[c, default: 0] += 1 }
        }

        for a in places {
            guard let record = resolver.choose(among: candidates[a] ?? [], in: context) else { continue }
            document.actors[a].geo = record.place
            if document.actors[a].country == nil { document.actors[a].country = record.place.country }
        }

        // Event places: the place actor the words mention, else the words themselves.
        let locations = document.mentions.filter { $0.type == .location && $0.entity != nil }.sorted { $0.range.start < $1.range.start }
        for e in document.events.indices {
            guard let place = document.events[e].place else { continue }
            if let actor = Self.mention(overlapping: place.range, in: locations)?.entity,
               actor < document.actors.count, let geo = document.actors[actor].geo {
                document.events[e].placeGeo = geo
                continue
            }
            var words = [document.text(of: place.range)]
            if let normal = place.normal { words.insert(normal, at: 0) }
            document.events[e].placeGeo = resolver.resolve(words, in: context)?.place
        }
        document.layers.formUnion(produces)
    }

    /// The last mention (of mentions sorted by start) that starts before `range` ends and overlaps it.
    static func mention(overlapping range: TextRange, in sorted: [Mention]) -> Mention? {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid].range.start < range.end { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1
        while i >= 0, lo - i <= 4 {
            if sorted[i].range.end > range.start { return sorted[i] }
            i -= 1
        }
        return nil
    }

    /// The names a place actor goes by: its normal name, then each mention's normal form and text.
    static func names(of actor: Actor, in document: Document) -> [String] {
        var out = [actor.name]
        for m in actor.mentions where m >= 0 && m < document.mentions.count {
            if let n = document.mentions[m].normal, !out.contains(n) { out.append(n) }
        }
        for m in actor.mentions where m >= 0 && m < document.mentions.count {
            let text = document.text(of: document.mentions[m].range)
            if !out.contains(text) { out.append(text) }
        }
        // Dictionary forms word by word, for a case form the normaliser left (Крыму → крым, Любляне → любляна).
        for m in actor.mentions where m >= 0 && m < document.mentions.count {
            if let lemmas = lemmas(of: document.mentions[m].range, in: document), !out.contains(lemmas) { out.append(lemmas) }
        }
        return out
    }

    /// The lemmas of the tokens inside `range`, joined by spaces; nil without a lemma layer.
    static func lemmas(of range: TextRange, in document: Document) -> String? {
        guard document.lemmas.count == document.tokens.count, !document.tokens.isEmpty else { return nil }
        var lo = 0, hi = document.tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if document.tokens[mid].range.start < range.start { lo = mid + 1 } else { hi = mid }
        }
        var words: [String] = []
        var t = lo
        while t < document.tokens.count, document.tokens[t].range.end <= range.end, words.count < 8 {
            words.append(document.lemmas[t])
            t += 1
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
