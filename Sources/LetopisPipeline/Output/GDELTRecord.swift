import LetopisCore
import LetopisEvents

/// The geography GDELT writes for an actor or an action (8 columns: `Type, FullName, CountryCode,
/// ADM1Code, ADM2Code, Lat, Long, FeatureID`), from a resolved ``GeoPlace``.
public struct GDELTGeo: Hashable, Sendable {
    /// 1 country, 2 US state, 3 US city or landmark, 4 world city or landmark, 5 world state (ADM1).
    public var type: Int
    public var fullName: String
    /// FIPS 10-4 country code.
    public var countryCode: String
    /// FIPS country code followed by the GeoNames first-level region (GeoNames' admin1 codes are FIPS
    /// 10-4 for most countries): `RS48`; the country code alone for a country.
    public var adm1Code: String
    public var latitude: Double
    public var longitude: Double
    /// The FIPS code for a country, the ADM1 code for a region, otherwise the GeoNames id.
    public var featureID: String

    public init?(_ place: GeoPlace?, codes: ActorCodes) {
        guard let place else { return nil }
        let fips = codes.fips(place.country) ?? ""
        let countryName = codes.englishName(place.country)
        let isCountry = place.featureClass == "A" && (place.featureCode?.hasPrefix("PCL") ?? false)
        let isRegion = place.featureClass == "A" && place.featureCode == "ADM1"
        let inUS = place.country?.uppercased() == "US"
        type = isCountry ? 1 : isRegion ? (inUS ? 2 : 5) : (inUS ? 3 : 4)
        fullName = isCountry ? (countryName ?? place.name) : [place.name, countryName].compactMap { $0 }.joined(separator: ", ")
        countryCode = fips
        adm1Code = isCountry ? fips : place.admin1.map { fips + $0 } ?? fips
        latitude = place.latitude
        longitude = place.longitude
        featureID = isCountry ? fips : isRegion ? adm1Code : place.geonameID.map(String.init) ?? ""
    }
}

/// One GDELT 2.0 Events row (61 columns), built from a Letopis event.
///
/// The mapping (Docs/gdelt.md): one row per coded event; `Actor1` is its first actor, `Actor2` its
/// first recipient (or, with none, its second actor); dates by ``EventDate`` (events without any date
/// have no row); `NumMentions`, `NumSources`, `NumArticles` 1 (one document); `AvgTone` empty (not
/// measured); geography from resolved places only; `DATEADDED` the publication date at 00:00:00;
/// `SOURCEURL` the document's URL, or its id when it has none.
///
/// ```swift
/// for (n, event) in document.events.enumerated() {
///     if let row = GDELTEventRecord(event: event, number: n + 1, in: document, codes: codes) {
///         print(GDELTWriter.eventLine(row))
///     }
/// }
/// ```
public struct GDELTEventRecord: Hashable, Sendable {
    public struct Actor: Hashable, Sendable {
        public var code = ""
        public var name = ""
        public var countryCode = ""
        public var knownGroupCode = ""
        public var type1Code = ""
        public var geo: GDELTGeo?
    }

    public var globalEventID: Int
    /// `YYYYMMDD`.
    public var sqlDate: Int
    public var fractionDate: Double
    public var actor1 = Actor()
    public var actor2 = Actor()
    public var isRootEvent: Bool
    public var eventCode: CAMEOCode
    public var numMentions = 1
    public var numSources = 1
    public var numArticles = 1
    public var actionGeo: GDELTGeo?
    /// `YYYYMMDDHHMMSS`.
    public var dateAdded: Int
    public var sourceURL: String

    /// The row of the `number`-th event (1-based) of a document; nil for an event without a CAMEO
    /// code or without any date.
    public init?(event: Event, number: Int, in document: Document, codes: ActorCodes) {
        guard let cameo = CAMEO.code(type: event.type, mode: event.mode) else { return nil }
        guard let date = EventDate.of(event, published: document.published?.date) else { return nil }
        let day = date.date
        globalEventID = GDELTWriter.globalEventID(documentID: document.id, number: number)
        sqlDate = day.year * 10000 + day.month * 100 + day.day
        let dayOfYear = day.daysSinceEpoch - (CalendarDate(year: day.year, month: 1, day: 1)?.daysSinceEpoch ?? day.daysSinceEpoch) + 1
        fractionDate = Double(day.year) + Double(dayOfYear) / 365.0
        eventCode = cameo
        let actors = event.participants.filter { $0.role == .actor }
        let recipients = event.participants.filter { $0.role == .recipient }
        let second = recipients.first ?? (actors.count > 1 ? actors[1] : nil)
        if let a = actors.first { actor1 = Self.actor(a, document, codes) }
        if let b = second { actor2 = Self.actor(b, document, codes) }
        let firstSentence = document.sentences.first?.range
        isRootEvent = firstSentence.map { $0.contains(event.trigger) } ?? false
        actionGeo = GDELTGeo(event.placeGeo, codes: codes)
        let added = document.published?.date ?? day
        dateAdded = (added.year * 10000 + added.month * 100 + added.day) * 1_000_000
        sourceURL = document.url ?? document.id
    }

    private static func actor(_ p: EventParticipant, _ document: Document, _ codes: ActorCodes) -> Actor {
        var a = Actor()
        a.name = p.normal ?? document.text(of: p.range)
        if let e = p.entity, e >= 0, e < document.actors.count {
            let actor = document.actors[e]
            let coding = ActorCoding(actor, codes: codes)
            a.code = coding.cameoCode ?? ""
            a.countryCode = coding.country ?? ""
            a.knownGroupCode = coding.knownGroup ?? ""
            a.type1Code = coding.cameoType ?? ""
            a.geo = GDELTGeo(actor.geo, codes: codes)
        }
        return a
    }
}

/// One GDELT 2.0 Mentions row (16 columns): where in the document an event is told.
public struct GDELTMentionRecord: Hashable, Sendable {
    public var globalEventID: Int
    /// `YYYYMMDDHHMMSS` of the event row's `DATEADDED`.
    public var eventTimeDate: Int
    /// `YYYYMMDDHHMMSS`: the publication date at 00:00:00.
    public var mentionTimeDate: Int
    /// 1 web (the document has a URL), 2 citation only.
    public var mentionType: Int
    /// The publisher: the URL's host, or the dateline's agency.
    public var mentionSourceName: String
    public var mentionIdentifier: String
    /// 1-based number of the sentence holding the trigger.
    public var sentenceID: Int
    /// Code point offsets of the first actor, the second actor and the trigger; -1 when absent.
    public var actor1CharOffset: Int
    public var actor2CharOffset: Int
    public var actionCharOffset: Int
    /// Document length in code points.
    public var docLength: Int

    public init(event: Event, record: GDELTEventRecord, in document: Document, map: CodePointMap) {
        globalEventID = record.globalEventID
        eventTimeDate = record.dateAdded
        mentionTimeDate = record.dateAdded
        mentionType = document.url == nil ? 2 : 1
        var source = document.dateline?.agency ?? ""
        if let url = document.url, let host = url.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first,
           url.contains("://") {
            source = String(host)
        }
        mentionSourceName = source
        mentionIdentifier = record.sourceURL
        sentenceID = (document.sentences.firstIndex { $0.range.contains(event.trigger) } ?? -1) + 1
        let actors = event.participants.filter { $0.role == .actor }
        let recipients = event.participants.filter { $0.role == .recipient }
        let second = recipients.first ?? (actors.count > 1 ? actors[1] : nil)
        actor1CharOffset = actors.first.map { map.codePoint($0.range.start) } ?? -1
        actor2CharOffset = second.map { map.codePoint($0.range.start) } ?? -1
        actionCharOffset = map.codePoint(event.trigger.start)
        docLength = map.codePoint(document.utf8.count)
    }
}
