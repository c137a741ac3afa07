import Foundation
import LetopisCore
import LetopisCorpus
@testable import LetopisStore

/// Small hand-made records: two people who meet, reported by several outlets.
enum StoreFixtures {
    static let putin = DocumentRecord.Actor(index: 0, type: "PER", name: "Владимир Путин", aliases: ["Владимир Путин", "Путин"],
                                            country: "RU", person: .init(first: "Владимир", last: "Путин"))
    static let sharaa = DocumentRecord.Actor(index: 1, type: "PER", name: "Ахмед аш-Шараа", aliases: ["Ахмед аш-Шараа", "аш-Шараа"],
                                             country: "SY", person: .init(first: "Ахмед", last: "аш-Шараа"))
    static let moscow = DocumentRecord.Actor(index: 2, type: "LOC", name: "Москва", aliases: ["Москва"], country: "RU")

    static func sha(_ text: String) -> String {
        var hash = SHA256()
        hash.update(Array(text.utf8))
        return hash.hexDigest()
    }

    /// A document reporting a meeting of Путин and аш-Шараа in Москва on `day` (and a second event when asked).
    static func meeting(_ id: String, day: String, outlet: String, published: String? = nil, type: String = "CONSULT",
                        extra: String? = nil, text: String? = nil) -> DocumentRecord {
        let text = text ?? "Владимир Путин провёл переговоры с Ахмедом аш-Шараа в Москве \(day). Источник: \(outlet)."
        func span(_ s: String) -> DocumentRecord.Span {
            let scalars = Array(text.unicodeScalars)
            let needle = Array(s.unicodeScalars)
            var start = 0
            if needle.count <= scalars.count {
                for i in 0...(scalars.count - needle.count) where Array(scalars[i..<(i + needle.count)]) == needle { start = i; break }
            }
            return DocumentRecord.Span(start: start, end: start + needle.count, text: s)
        }
        let sentence = DocumentRecord.Span(start: 0, end: text.unicodeScalars.count, text: text)
        func mention(_ n: Int, _ type: String, trigger: String) -> DocumentRecord.EventMention {
            let a = span("Владимир Путин"), r = span("Ахмедом аш-Шараа")
            return DocumentRecord.EventMention(
                id: "\(id)-\(n)", index: n, type: type, mode: type == "CONSULT" ? "visit" : nil, cameo: type == "CONSULT" ? "042" : nil,
                status: "occurred", contexts: [], sentenceIndex: 0, sentence: sentence, trigger: span(trigger),
                participants: [
                    .init(start: a.start, end: a.end, text: a.text, normal: "Владимир Путин", role: "actor", actor: 0),
                    .init(start: r.start, end: r.end, text: r.text, normal: "Ахмед аш-Шараа", role: "recipient", actor: 1),
                ],
                place: .init(start: span("Москве").start, end: span("Москве").end, text: "Москве", normal: "Москва"),
                time: .init(value: day, mod: nil, basis: "timex", earliest: day, latest: day),
                source: nil, inLead: true)
        }
        var events = [mention(0, type, trigger: "переговоры")]
        if let extra { events.append(mention(1, extra, trigger: "провёл")) }
        return DocumentRecord(id: id, textSHA256: sha(text), text: text, published: published ?? day, publishedSource: "field",
                              time: (published ?? day) + "T10:00:00Z", outlet: outlet, title: nil, url: nil,
                              extractorVersion: "test/1", actors: [putin, sharaa, moscow], events: events)
    }

    static func temporaryPath(_ name: String) -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("letopis-store-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent(name).path
    }

    static var postgresURL: String? {
        let url = ProcessInfo.processInfo.environment["LETOPIS_TEST_POSTGRES_URL"]
        return url?.isEmpty == false ? url : nil
    }

    /// A fresh PostgreSQL database of its own, created on the test server: suites run in parallel, and
    /// two of them emptying one shared database would pull each other's tables away.
    static func freshPostgres(_ url: String) throws -> EventStore {
        try EventStore.open(.postgres(url: try freshPostgresURL(url)))
    }

    /// The URL of a new, empty database on the server of `url`.
    static func freshPostgresURL(_ url: String) throws -> String {
        guard var components = URLComponents(string: url) else {
            throw LetopisError(.badArgument, message: "LETOPIS_TEST_POSTGRES_URL is not a URL")
        }
        let name = "letopis_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let backend = try PostgresBackend(url: url)
        defer { backend.close() }
        // CREATE DATABASE cannot run inside a transaction: one statement on its own.
        try backend.writer.statement { session in try session.execute("CREATE DATABASE \(name)") }
        components.path = "/" + name
        return components.string ?? url
    }

    /// The backends under test: a SQLite file always, PostgreSQL when `LETOPIS_TEST_POSTGRES_URL` is set.
    static func backends() -> [String] {
        postgresURL == nil ? ["sqlite"] : ["sqlite", "postgres"]
    }

    static func open(_ backend: String) throws -> EventStore {
        switch backend {
        case "postgres":
            guard let url = postgresURL else { throw LetopisError(.badArgument, message: "LETOPIS_TEST_POSTGRES_URL is not set") }
            return try freshPostgres(url)
        default:
            return try EventStore.open(.sqlite(path: temporaryPath("events.sqlite")))
        }
    }

    /// Everything a database holds that ingest promises to reproduce, as comparable text.
    static func snapshot(_ store: EventStore) throws -> [String] {
        try store.backend.read { session in
            var lines: [String] = []
            for (table, order) in [("documents", "id"), ("mentions", "id"), ("events", "id"), ("event_mentions", "mention"),
                                   ("event_actors", "event, actor, role"), ("block_actors", "actor, block"), ("dirty_blocks", "block"),
                                   ("person_names", "document, period, surname, given, patronymic, country, name"),
                                   ("period_names", "period, surname, given, patronymic, country, name")] {
                let columns: String
                switch table {
                case "documents": columns = "id, sha256, state, error, outlet, published, extractor_version, mention_count"
                case "events": columns = "id, block, type, status, date_value, num_mentions, num_articles, num_sources, body"
                case "dirty_blocks": columns = "block"
                default: columns = "*"
                }
                for row in try session.query("SELECT \(columns) FROM \(table) ORDER BY \(order)", []) {
                    lines.append(table + ": " + row.values.map { $0.string ?? "NULL" }.joined(separator: " | "))
                }
            }
            return lines
        }
    }
}
