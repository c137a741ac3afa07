import Foundation
import LetopisCorpus
import LetopisPipeline
import LetopisStore

/// GDELT 2.0 rows of corpus events, through the formats' `GDELTWriter` and code tables: one Events row
/// per corpus event (NumMentions/NumArticles/NumSources across documents; `DATEADDED` its first sighting;
/// `SOURCEURL` the first mention's document URL or id) and one Mentions row per mention.
struct CorpusGDELT {
    let codes: ActorCodes
    let store: EventStore
    private var actorCache: [String: CorpusActor] = [:]
    private var documentCache: (id: String, url: String?, length: Int, sentences: [String: Int])?

    init(store: EventStore) throws {
        self.codes = try ActorCodes.table()
        self.store = store
    }

    static func day(_ iso: String?) -> CalendarDate? { iso.flatMap { CalendarDate(iso: String($0.prefix(10))) } }

    static func geoPlace(_ geo: DocumentRecord.Geo?) -> GeoPlace? {
        geo.map { GeoPlace(geonameID: $0.geonameID, name: $0.name, nameRu: $0.nameRu, latitude: $0.latitude, longitude: $0.longitude,
                           country: $0.country, admin1: $0.admin1, featureClass: $0.featureClass, featureCode: $0.featureCode) }
    }

    mutating func actor(_ ref: ActorRef?) throws -> GDELTEventRecord.Actor {
        guard let ref else { return GDELTEventRecord.Actor(actorCode: "", name: "", countryCode: "", knownGroupCode: "", type1Code: "", geo: nil) }
        if actorCache[ref.id] == nil, let found = try store.findActor(id: ref.id) { actorCache[ref.id] = found.actor.actor }
        let actor = actorCache[ref.id]
        let country = codes.alpha3(actor?.country)
        let type = codes.cameoType(sector: actor?.sector)
        var code = country ?? ""
        var group = ""
        if actor?.sector == "international" {
            let international = ActorCodes.internationalCode(name: ref.name)
            if code.isEmpty { code = international }
            if international == "UNO" { group = "UNO" }
        }
        code += type ?? ""
        return GDELTEventRecord.Actor(actorCode: code, name: ref.name, countryCode: country ?? "", knownGroupCode: group,
                                      type1Code: type ?? "", geo: GDELTGeo(CorpusGDELT.geoPlace(actor?.geo), codes: codes))
    }

    static func stamp(_ day: CalendarDate) -> Int { (day.year * 10000 + day.month * 100 + day.day) * 1_000_000 }

    /// The event's row; nil when it has no CAMEO code (GDELT has no row for it).
    mutating func eventRecord(_ event: CorpusEvent) throws -> GDELTEventRecord? {
        guard let cameo = CAMEO.code(type: EventType(rawValue: event.type), mode: event.mode),
              let day = CorpusGDELT.day(event.date.earliest) else { return nil }
        let dayOfYear = day.daysSinceEpoch - (CalendarDate(year: day.year, month: 1, day: 1)?.daysSinceEpoch ?? day.daysSinceEpoch) + 1
        let first = event.mentions.first
        let added = CorpusGDELT.day(event.firstSeen) ?? day
        let second = event.recipients.first ?? (event.actors.count > 1 ? event.actors[1] : nil)
        return GDELTEventRecord(
            globalEventID: CorpusGDELT.globalID(event.id), sqlDate: day.year * 10000 + day.month * 100 + day.day,
            fractionDate: Double(day.year) + Double(dayOfYear) / 365.0,
            actor1: try actor(event.actors.first), actor2: try actor(second), isRootEvent: event.lead, eventCode: cameo,
            numMentions: event.numMentions, numSources: event.numSources, numArticles: event.numArticles,
            actionGeo: GDELTGeo(CorpusGDELT.geoPlace(event.place?.geo), codes: codes), dateAdded: CorpusGDELT.stamp(added),
            sourceURL: try document(first?.document)?.url ?? first?.document ?? event.id)
    }

    /// FNV-1a of the event id, 53 bits (as the formats' per-document ids).
    static func globalID(_ id: String) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in id.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int(h & ((1 << 53) - 1))
    }

    mutating func document(_ id: String?) throws -> (id: String, url: String?, length: Int, sentences: [String: Int])? {
        guard let id else { return nil }
        if let cached = documentCache, cached.id == id { return cached }
        guard let stored = try store.findDocument(id: id) else { return nil }
        var sentences: [String: Int] = [:]
        if let layers = stored.layers, let object = try? JSONSerialization.jsonObject(with: Data(layers.utf8)) as? [String: Any],
           let events = object["events"] as? [[String: Any]] {
            for (n, event) in events.enumerated() {
                if let sentence = event["sentence"] as? Int { sentences["\(id)-\(n)"] = sentence }
            }
        }
        let value = (id: id, url: stored.url, length: stored.text.unicodeScalars.count, sentences: sentences)
        documentCache = value
        return value
    }

    mutating func eventLine(_ event: CorpusEvent) throws -> String? {
        try eventRecord(event).map(GDELTWriter.eventLine)
    }

    mutating func mentionLines(_ event: CorpusEvent) throws -> [String] {
        guard let record = try eventRecord(event) else { return [] }
        var lines: [String] = []
        for mention in event.mentions {
            let doc = try document(mention.document)
            let actors = mention.participants.filter { $0.role == "actor" }
            let recipients = mention.participants.filter { $0.role == "recipient" }
            let second = recipients.first ?? (actors.count > 1 ? actors[1] : nil)
            let published = CorpusGDELT.day(mention.published).map(CorpusGDELT.stamp) ?? record.dateAdded
            var source = mention.outlet ?? ""
            if let url = doc?.url, url.contains("://"), let host = url.split(separator: "/").dropFirst().first { source = String(host) }
            let row = GDELTMentionRecord(
                globalEventID: record.globalEventID, eventTimeDate: record.dateAdded, mentionTimeDate: published,
                mentionType: doc?.url == nil ? 2 : 1, mentionSourceName: source,
                mentionIdentifier: doc?.url ?? mention.document, sentenceID: (doc?.sentences[mention.event] ?? -1) + 1,
                actor1CharOffset: actors.first?.start ?? -1, actor2CharOffset: second?.start ?? -1,
                actionCharOffset: mention.trigger.start, docLength: doc?.length ?? 0)
            lines.append(GDELTWriter.mentionLine(row))
        }
        return lines
    }
}
