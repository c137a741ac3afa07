import LetopisCore
import LetopisEvents

/// Writes GDELT 2.0 Events rows (61 tab-separated columns, no header, GDELT's order) and Mentions rows
/// (16 columns), for `--format gdelt` and the event database's export. Docs/gdelt.md gives the mapping.
///
/// ```swift
/// let writer = try GDELTWriter()
/// let tsv = writer.encode(document)   // one line per coded event
/// ```
/// - Complexity: O(events × participants + document length) per document.
public struct GDELTWriter: Sendable {
    public let codes: ActorCodes

    /// GDELT 2.0 Events columns, in order (GDELT Event Codebook 2.0).
    public static let eventColumns: [String] = {
        var c = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
        for a in ["Actor1", "Actor2"] {
            c += ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                  "Type1Code", "Type2Code", "Type3Code"].map { a + $0 }
        }
        c += ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
              "NumMentions", "NumSources", "NumArticles", "AvgTone"]
        for g in ["Actor1Geo", "Actor2Geo", "ActionGeo"] {
            c += ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"].map { g + "_" + $0 }
        }
        return c + ["DATEADDED", "SOURCEURL"]
    }()

    /// GDELT 2.0 Mentions columns, in order.
    public static let mentionColumns = [
        "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
        "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
        "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
    ]

    public init(codes: ActorCodes) { self.codes = codes }

    /// With the shipped country and sector tables; throws when they cannot be loaded.
    public init() throws { self.codes = try ActorCodes.table() }

    /// The Events rows of a document's coded events, each ending in a newline.
    public func encode(_ document: Document) -> [UInt8] {
        var out = ""
        for (n, e) in document.events.enumerated() {
            if let row = GDELTEventRecord(event: e, number: n + 1, in: document, codes: codes) {
                out += Self.eventLine(row) + "\n"
            }
        }
        return Array(out.utf8)
    }

    /// The Mentions rows of a document's coded events, each ending in a newline.
    public func encodeMentions(_ document: Document) -> [UInt8] {
        let map = CodePointMap(utf8: document.utf8)
        var out = ""
        for (n, e) in document.events.enumerated() {
            if let row = GDELTEventRecord(event: e, number: n + 1, in: document, codes: codes) {
                out += Self.mentionLine(GDELTMentionRecord(event: e, record: row, in: document, map: map)) + "\n"
            }
        }
        return Array(out.utf8)
    }

    /// One Events row: 61 fields joined by tabs, without the newline.
    public static func eventLine(_ r: GDELTEventRecord) -> String {
        var f: [String] = []
        f.reserveCapacity(61)
        f += [String(r.globalEventID), String(r.sqlDate), String(r.sqlDate / 100), String(r.sqlDate / 10000), fixed(r.fractionDate, 4)]
        for a in [r.actor1, r.actor2] {
            f += [a.code, clean(a.name), a.countryCode, a.knownGroupCode, "", "", "", a.type1Code, "", ""]
        }
        f += [r.isRootEvent ? "1" : "0", r.eventCode.code, r.eventCode.baseCode, r.eventCode.rootCode,
              String(r.eventCode.quadClass.rawValue), fixed(r.eventCode.goldstein, 1),
              String(r.numMentions), String(r.numSources), String(r.numArticles), ""]
        for g in [r.actor1.geo, r.actor2.geo, r.actionGeo] { f += geo(g) }
        f += [String(r.dateAdded), clean(r.sourceURL)]
        return f.joined(separator: "\t")
    }

    /// One Mentions row: 16 fields joined by tabs, without the newline.
    public static func mentionLine(_ m: GDELTMentionRecord) -> String {
        [String(m.globalEventID), String(m.eventTimeDate), String(m.mentionTimeDate), String(m.mentionType),
         clean(m.mentionSourceName), clean(m.mentionIdentifier), String(m.sentenceID), String(m.actor1CharOffset),
         String(m.actor2CharOffset), String(m.actionCharOffset), "1", "", String(m.docLength), "", "srclc:rus", ""]
            .joined(separator: "\t")
    }

    /// A stable numeric id for the `number`-th event of a document: FNV-1a (64 bits) of `<document id>-<number>`,
    /// kept to 53 bits so that it survives a trip through a double (pandas, JavaScript).
    public static func globalEventID(documentID: String, number: Int) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in "\(documentID)-\(number)".utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int(h & ((1 << 53) - 1))
    }

    private static func geo(_ g: GDELTGeo?) -> [String] {
        guard let g else { return ["0", "", "", "", "", "", "", ""] }
        return [String(g.type), clean(g.fullName), g.countryCode, g.adm1Code, "", fixed(g.latitude, 4), fixed(g.longitude, 4), g.featureID]
    }

    /// A field on one line: tabs and line breaks would shift every column after them.
    private static func clean(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return s }
        return String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }

    /// `value` with `digits` decimals, without Foundation's locale-dependent formatting.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return "" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int(scaled / scale)
        var frac = String(Int(scaled - Double(whole) * scale))
        while frac.count < digits { frac = "0" + frac }
        return (value < 0 && scaled != 0 ? "-" : "") + String(whole) + (digits > 0 ? "." + frac : "")
    }
}
