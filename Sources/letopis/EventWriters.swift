import Foundation
import LetopisCorpus
import LetopisPipeline
import LetopisStore

/// Writes corpus events in the formats of `letopis events` and `letopis export`.
enum EventWriters {
    static func write(store: EventStore, filter: EventFilter, limit: Int?, format: EventsCommand.Format,
                      to write: (String) -> Void, mentions writeMention: ((String) -> Void)? = nil) throws {
        switch format {
        case .table:
            var rows: [[String]] = []
            try allEvents(store, filter, limit: limit) { event in
                rows.append([event.id, event.date.value, event.type + (event.mode.map { "/\($0)" } ?? ""), event.status,
                             "\(event.numSources)", event.actors.map(\.name).joined(separator: ", ") + " → " +
                                event.recipients.map(\.name).joined(separator: ", "), event.place?.name ?? ""])
            }
            Table.write(["ID", "DATE", "TYPE", "STATUS", "SOURCES", "ACTORS → RECIPIENTS", "PLACE"], rows)
        case .json:
            try allEvents(store, filter, limit: limit) { write(try StoreJSON.line($0)) }
        case .csv:
            write(csvHeader.joined(separator: ",") + "\n")
            try allEvents(store, filter, limit: limit) { write(csvRow($0).map(csvCell).joined(separator: ",") + "\n") }
        case .plover:
            try allEvents(store, filter, limit: limit) { write(try StoreJSON.line(CorpusPlover(event: $0))) }
        case .gdelt:
            var writer = try CorpusGDELT(store: store)
            try allEvents(store, filter, limit: limit) { event in
                guard let line = try writer.eventLine(event) else { return }
                write(line + "\n")
                if let writeMention { for line in try writer.mentionLines(event) { writeMention(line + "\n") } }
            }
        }
    }

    static let csvHeader = ["id", "type", "mode", "cameo", "quad_class", "date", "earliest", "latest", "place", "actors",
                            "recipients", "contexts", "status", "first_seen", "num_mentions", "num_articles", "num_sources", "lead"]

    static func csvRow(_ e: CorpusEvent) -> [String] {
        [e.id, e.type, e.mode ?? "", e.cameo ?? "", e.quadClass.map(String.init) ?? "", e.date.value, e.date.earliest,
         e.date.latest, e.place?.name ?? "", e.actors.map(\.name).joined(separator: "; "),
         e.recipients.map(\.name).joined(separator: "; "), e.contexts.joined(separator: "; "), e.status, e.firstSeen ?? "",
         "\(e.numMentions)", "\(e.numArticles)", "\(e.numSources)", e.lead ? "true" : "false"]
    }

    /// RFC 4180: quoted when it holds a comma, quote or line break.
    static func csvCell(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// A corpus event as a PLOVER record (the manual's core fields; Letopis's extras prefixed `letopis_`).
struct CorpusPlover: Encodable {
    struct Entity: Encodable { var name: String; var id: String }
    struct Citation: Encodable { var doc_id: String; var source: String?; var date: String?; var text: String? }
    var id: String
    var date: String
    var event_type: String
    var mode: String
    var context: [String]
    var actor: [Entity]
    var recipient: [Entity]
    var event_loc: [String: String]
    var cite_info: [Citation]
    var letopis_status: String
    var letopis_num_sources: Int
    var letopis_date_earliest: String
    var letopis_date_latest: String

    init(event: CorpusEvent) {
        id = event.id
        date = event.date.earliest
        event_type = event.type
        mode = event.mode ?? ""
        context = event.contexts
        actor = event.actors.map { Entity(name: $0.name, id: $0.id) }
        recipient = event.recipients.map { Entity(name: $0.name, id: $0.id) }
        var loc: [String: String] = [:]
        if let place = event.place {
            loc["name"] = place.name
            if let geo = place.geo {
                loc["lat"] = String(geo.latitude)
                loc["lon"] = String(geo.longitude)
                if let country = geo.country { loc["country"] = country }
                if let id = geo.geonameID { loc["geonameid"] = String(id) }
            }
        }
        event_loc = loc
        cite_info = event.mentions.map { Citation(doc_id: $0.document, source: $0.outlet, date: $0.published, text: $0.sentence?.text) }
        letopis_status = event.status
        letopis_num_sources = event.numSources
        letopis_date_earliest = event.date.earliest
        letopis_date_latest = event.date.latest
    }
}
