import ArgumentParser
import Foundation
import LetopisCorpus
import LetopisPipeline
import LetopisStore

/// JSON of database values, one object a line.
enum StoreJSON {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return encoder
    }()

    static func line<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}

/// Writes query results as JSON Lines (the default off a terminal) or as a table, then flushes.
func writeResults<Row: Encodable>(_ rows: [Row], as format: ActorsCommand.Format?, header: [String],
                                  cells: (Row) -> [String]) throws {
    if (format ?? (Console.isTerminal ? .table : .json)) == .json {
        for row in rows { Console.write(try StoreJSON.line(row)) }
    } else {
        Table.write(header, rows.map(cells))
    }
    Console.flush()
}

/// Pads table cells to columns (by characters).
enum Table {
    static func write(_ header: [String], _ rows: [[String]]) {
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = min(max(widths[i], cell.count), 60) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let clipped = cell.count > 60 ? String(cell.prefix(59)) + "…" : cell
                return i == cells.count - 1 ? clipped : clipped.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        Console.write(line(header) + "\n")
        for row in rows { Console.write(line(row) + "\n") }
    }
}

/// Every page of an event query.
func allEvents(_ store: EventStore, _ filter: EventFilter, limit: Int?, each: (CorpusEvent) throws -> Void) throws {
    var filter = filter
    var left = limit ?? Int.max
    filter.limit = min(1000, left)
    while left > 0 {
        let page = try store.listEvents(filter)
        for event in page.items.prefix(left) { try each(event) }
        left -= page.items.count
        guard let next = page.nextCursor else { return }
        filter.cursor = next
        filter.limit = min(1000, left)
    }
}

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Lists corpus events from the event database.",
        discussion: """
        Formats: table (default on a terminal), json (one event a line with its mentions; the default otherwise), \
        csv, plover (PLOVER JSON Lines), gdelt (GDELT 2.0 events, 61 tab-separated columns; see 'letopis export' \
        for the mentions table too).
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv, plover, gdelt }

    @OptionGroup var database: DatabaseOption
    @OptionGroup var filters: EventFilterOptions
    @Option(help: "table, json, csv, plover or gdelt.")
    var format: Format?
    @Option(help: "At most this many events (default: 50 in a table, all otherwise).")
    var limit: Int?

    func run() throws {
        try runReportingErrors {
            let store = try database.open()
            defer { store.close() }
            let chosen = format ?? (Console.isTerminal ? .table : .json)
            let limit = self.limit ?? (chosen == .table ? 50 : nil)
            try EventWriters.write(store: store, filter: try filters.filter(includeMentions: chosen != .table, limit: 1000),
                                   limit: limit, format: chosen, to: { Console.write($0) })
            Console.flush()
        }
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Writes corpus events to files: GDELT 2.0 events + mentions, PLOVER JSON Lines, CSV or JSON Lines.",
        discussion: """
        --format gdelt writes OUT/events.tsv (61 columns, GDELT 2.0 order, no header, as GDELT ships them) and \
        OUT/mentions.tsv (16 columns); plover writes OUT/events.plover.jsonl; csv OUT/events.csv; json OUT/events.jsonl. \
        The event filters of 'letopis events' apply.
        """)

    @OptionGroup var database: DatabaseOption
    @OptionGroup var filters: EventFilterOptions
    @Option(help: "gdelt, plover, csv or json.")
    var format: EventsCommand.Format = .gdelt
    @Option(help: "Output directory (created if missing).")
    var out: String

    func run() throws {
        try runReportingErrors {
            let store = try database.open()
            defer { store.close() }
            let directory = URL(fileURLWithPath: out)
            do { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) } catch {
                throw LetopisError(.unreadable, subject: out, message: "cannot create the output directory",
                                   remedy: "choose a writable --out", cause: "\(error)")
            }
            let name: String
            switch format {
            case .gdelt: name = "events.tsv"
            case .plover: name = "events.plover.jsonl"
            case .csv: name = "events.csv"
            case .json, .table: name = "events.jsonl"
            }
            let events = try OutputFile(directory.appendingPathComponent(name))
            let mentions = format == .gdelt ? try OutputFile(directory.appendingPathComponent("mentions.tsv")) : nil
            try EventWriters.write(store: store, filter: try filters.filter(includeMentions: true, limit: 1000), limit: nil,
                                   format: format == .table ? .json : format, to: { events.write($0) },
                                   mentions: mentions.map { file in { file.write($0) } })
            try events.close()
            try mentions?.close()
        }
    }
}

/// A buffered output file.
final class OutputFile {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    let url: URL

    init(_ url: URL) throws {
        self.url = url
        guard FileManager.default.createFile(atPath: url.path, contents: nil), let handle = try? FileHandle(forWritingTo: url) else {
            throw LetopisError(.unreadable, subject: url.path, message: "cannot write the file", remedy: "choose a writable --out")
        }
        self.handle = handle
    }

    func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count > 1 << 16 { handle.write(Data(buffer)); buffer.removeAll(keepingCapacity: true) }
    }

    func close() throws {
        handle.write(Data(buffer))
        buffer.removeAll()
        try handle.close()
    }
}

struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "actors", abstract: "Lists corpus actors, most events first.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var database: DatabaseOption
    @Option(help: "Name or alias (part of it).")
    var name: String?
    @Option(help: "PER, ORG or LOC.")
    var type: String?
    @Option(help: "ISO country code.")
    var country: String?
    @Option(help: "At most this many actors.")
    var limit: Int = 50
    @Option(help: "table or json.")
    var format: Format?

    func run() throws {
        try runReportingErrors {
            let store = try database.open()
            defer { store.close() }
            let page = try store.listActors(ActorFilter(name: name, type: type, country: country, limit: limit))
            try writeResults(page.items, as: format, header: ["ID", "NAME", "TYPE", "COUNTRY", "EVENTS", "MENTIONS", "ALIASES"]) {
                [$0.actor.id, $0.actor.name, $0.actor.type, $0.actor.country ?? "", "\($0.numEvents)", "\($0.numMentions)",
                 $0.actor.aliases.joined(separator: "; ")]
            }
        }
    }
}

struct DyadsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dyads", abstract: "Counts events by pair of actors (actor → recipient) and type over a period.")

    @OptionGroup var database: DatabaseOption
    @Option(help: "Only pairs with this actor (id or name).")
    var actor: String?
    @Option(help: "PLOVER event type.")
    var type: String?
    @Option(help: "First day (YYYY-MM-DD).")
    var from: String?
    @Option(help: "Last day (YYYY-MM-DD).")
    var to: String?
    @Option(help: "At most this many pairs.")
    var limit: Int = 50
    @Option(help: "table or json.")
    var format: ActorsCommand.Format?

    func run() throws {
        try runReportingErrors {
            let store = try database.open()
            defer { store.close() }
            let dyads = try store.dyadCounts(DyadFilter(actor: actor, type: type, from: from, to: to, limit: limit))
            try writeResults(dyads, as: format, header: ["ACTOR", "RECIPIENT", "TYPE", "EVENTS"]) {
                [$0.actor.name, $0.counterpart.name, $0.type, "\($0.count)"]
            }
        }
    }
}

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "timeline", abstract: "Counts an actor's events per day or week and type.")

    @OptionGroup var database: DatabaseOption
    @Option(help: "Actor id or name.")
    var actor: String
    @Option(help: "day or week (weeks start on Monday).")
    var by: String = "day"
    @Option(help: "First day (YYYY-MM-DD).")
    var from: String?
    @Option(help: "Last day (YYYY-MM-DD).")
    var to: String?
    @Option(help: "table or json.")
    var format: ActorsCommand.Format?

    func run() throws {
        try runReportingErrors {
            guard let size = TimelineBucketSize(rawValue: by) else {
                throw LetopisError(.badArgument, subject: "--by \(by)", message: "unknown bucket", remedy: "use --by day or --by week")
            }
            let store = try database.open()
            defer { store.close() }
            let buckets = try store.timelineBuckets(TimelineQuery(actor: actor, by: size, from: from, to: to))
            if buckets.isEmpty { Console.note("no events of '\(actor)' — check the name with 'letopis actors --name \(actor)'") }
            try writeResults(buckets, as: format, header: [size == .week ? "WEEK OF" : "DAY", "TYPE", "EVENTS"]) {
                [$0.period, $0.type, "\($0.count)"]
            }
        }
    }
}

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Full-text search over stored documents (FTS5 on SQLite, PostgreSQL text search).")

    @OptionGroup var database: DatabaseOption
    @Argument(help: "Words to find (all of them).")
    var query: String
    @Option(help: "At most this many documents.")
    var limit: Int = 20
    @Option(help: "table or json.")
    var format: ActorsCommand.Format?

    func run() throws {
        try runReportingErrors {
            let store = try database.open()
            defer { store.close() }
            let page = try store.searchDocuments(SearchQuery(text: query, limit: limit))
            try writeResults(page.items, as: format, header: ["DOCUMENT", "PUBLISHED", "OUTLET", "TEXT"]) {
                [$0.document, $0.published ?? "", $0.outlet ?? "", $0.snippet]
            }
        }
    }
}

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Shows one corpus event: every mention's sentence and why it joined.")

    @OptionGroup var database: DatabaseOption
    @Argument(help: "Event id (ev-...).")
    var event: String
    @Option(name: .customLong("against"), help: "Another event id: why each of its reports would or would not join this event.")
    var other: String?
    @Flag(help: "JSON instead of text.")
    var json = false

    func run() throws {
        try runReportingErrors {
            let store = try database.open()
            defer { store.close() }
            guard let found = try store.findEvent(id: event) else {
                throw LetopisError(.badArgument, subject: event, message: "no such event in \(store.name)",
                                   remedy: "list event ids with 'letopis events'")
            }
            if let other { try explain(other, against: found, in: store); return }
            if json { Console.write(try StoreJSON.line(found)); Console.flush(); return }
            var text = "\(found.id)  \(found.type)\(found.mode.map { " (\($0))" } ?? "")  \(found.status)  \(found.date.value)"
            text += " [\(found.date.earliest) … \(found.date.latest)]\n"
            text += "actors: \(found.actors.map(\.name).joined(separator: ", "))"
            text += "   recipients: \(found.recipients.map(\.name).joined(separator: ", "))\n"
            if let place = found.place { text += "place: \(place.name)\n" }
            text += "CAMEO \(found.cameo ?? "-")  quad class \(found.quadClass.map(String.init) ?? "-")  first seen \(found.firstSeen ?? "-")  "
            text += "\(found.numMentions) mentions, \(found.numArticles) articles, \(found.numSources) sources\(found.lead ? ", in a lead" : "")\n"
            for entry in found.history { text += "history: \(entry.status) event \(entry.event) dated \(entry.date)\n" }
            if let occurrence = found.occurrence { text += "happened as: \(occurrence)\n" }
            for mention in found.mentions {
                text += "\n- \(mention.event)  \(mention.published ?? "")  \(mention.outlet ?? "")  [\(mention.status)\(mention.date.map { ", \($0)" } ?? "")]\n"
                text += "  \(ShowCommand.marked(mention))\n"
                text += "  why: \(mention.reason)\n"
            }
            Console.write(text)
            Console.flush()
        }
    }

    /// Each report of `other` with its sentence and the verdict of comparing it with `event` as resolution would.
    func explain(_ other: String, against event: CorpusEvent, in store: EventStore) throws {
        guard let apart = try store.findEvent(id: other), let verdicts = try store.explain(other, against: event.id) else {
            throw LetopisError(.badArgument, subject: other, message: "no such event in \(store.name)",
                               remedy: "list event ids with 'letopis events'")
        }
        let links = Dictionary(apart.mentions.map { ($0.event, $0) }, uniquingKeysWith: { first, _ in first })
        if json {
            for (mention, decision) in verdicts {
                Console.write(try StoreJSON.line(ExplainedReport(mention: mention, event: event.id, joins: decision.compatible,
                                                                 reason: decision.reason)))
            }
            Console.flush()
            return
        }
        var text = "\(apart.id) against \(event.id) (\(event.type)\(event.mode.map { "/\($0)" } ?? ""), \(event.date.value), "
        text += "\(event.numMentions) mentions)\n"
        for (mention, decision) in verdicts {
            text += "\n- \(mention)  \(decision.compatible ? "would join" : "kept apart")\n"
            if let link = links[mention] { text += "  \(ShowCommand.marked(link))\n" }
            text += "  why: \(decision.reason)\n"
        }
        Console.write(text)
        Console.flush()
    }

    /// One line of `show --against --json`.
    struct ExplainedReport: Encodable {
        var mention: String
        var event: String
        var joins: Bool
        var reason: String
    }

    /// The mention's sentence with its trigger in brackets.
    static func marked(_ mention: MentionLink) -> String {
        guard let sentence = mention.sentence else { return "«\(mention.trigger.text)»" }
        let scalars = Array(sentence.text.unicodeScalars)
        let start = mention.trigger.start - sentence.start, end = mention.trigger.end - sentence.start
        guard start >= 0, end <= scalars.count, start <= end else { return sentence.text }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[0..<start])
        out.append(contentsOf: "[".unicodeScalars)
        out.append(contentsOf: scalars[start..<end])
        out.append(contentsOf: "]".unicodeScalars)
        out.append(contentsOf: scalars[end...])
        return String(out).replacingOccurrences(of: "\n", with: " ")
    }
}
