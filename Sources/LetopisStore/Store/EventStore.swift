import Foundation
import LetopisCore
import LetopisCorpus

/// The event database: documents, their event mentions, and the corpus events and actors resolved
/// from them, in SQLite or PostgreSQL.
///
/// Writing is two steps, each its own transaction(s):
/// 1. ``store(_:)`` writes a batch of documents with their mentions and marks the event blocks they
///    touch as dirty — all in one transaction, so a batch is stored whole or not at all.
/// 2. ``resolvePending()`` recomputes each dirty block from the records stored in it (one transaction per
///    block: replace its events, clear its mark). Resolution depends only on the records in the block,
///    never on arrival order, so a killed and restarted ingest, or two ingest processes, end with the
///    same database as one uninterrupted run.
///
/// The decisions (which mentions are one event, which names one actor) are ``CorpusResolver``'s; the
/// store only fetches and persists.
public final class EventStore: @unchecked Sendable {
    let backend: any SQLBackend
    /// The location, printable (password masked).
    public let name: String
    let resolver = CorpusResolver()

    init(backend: any SQLBackend, name: String) {
        self.backend = backend
        self.name = name
    }

    /// Opens the database at `location`, creating and migrating its schema as needed.
    /// - Throws: ``LetopisError`` `database-unusable` (not a database, read-only, locked, unreachable),
    ///   `database-authentication`, or `database-schema` for a schema from a newer Letopis.
    public static func open(_ location: StoreLocation) throws -> EventStore {
        // The corpus's data tables ship in the binary; a malformed one stops here, naming file:line.
        try ActorAliases.check()
        switch location {
        case .sqlite(let path):
            if path != ":memory:" {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                    throw LetopisError(.databaseUnusable, subject: path, message: "is a directory, not a database",
                                       remedy: "give --db a file path, e.g. --db \(path)/events.sqlite")
                }
            }
            let backend = try SQLiteBackend(path: path)
            try backend.migrate()
            let store = EventStore(backend: backend, name: path)
            try store.fillPersonNames()
            return store
        case .postgres(let url):
            let backend = try PostgresBackend(url: url)
            let store = EventStore(backend: backend, name: location.description)
            do {
                try Schema.migratePostgres(backend, name: location.description)
                try store.fillPersonNames()
            } catch {
                backend.close()
                throw error
            }
            return store
        }
    }

    /// Closes the connections.
    public func close() { backend.close() }

    /// Bodies and records: `JSONEncoder`'s text with sorted keys and unescaped slashes, written by
    /// ``SortedKeysJSONEncoder`` (ingest workers encode every record, resolution every event).
    static func json<T: Encodable>(_ value: T) throws -> String {
        try SortedKeysJSONEncoder().string(value)
    }

    /// Stored JSON read back: `JSONDecoder`'s values, by ``TreeJSONDecoder`` (resolution decodes every record of a
    /// block).
    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try TreeJSONDecoder().decode(type, from: text)
    }

    /// A record as the `record` column holds it: without its text, which the `text` column of the same row
    /// holds — a quarter of the record, encoded by every worker and decoded at every resolution for nothing.
    static func recordJSON(_ record: DocumentRecord) throws -> String {
        var stored = record
        stored.text = ""
        return try json(stored)
    }

    /// A record read back from its row: the `record` column's JSON and the row's `text`. Records stored
    /// before the text was left out carry it themselves, and keep it.
    static func record(json: String, text: String?) throws -> DocumentRecord {
        var record = try decode(DocumentRecord.self, json)
        if record.text.isEmpty, let text { record.text = text }
        return record
    }
}

/// A block as stored: `TYPE@YYYY-MM`.
extension EventBlock {
    var key: String { "\(family)@\(window)" }

    init?(key: String) {
        guard let at = key.lastIndex(of: "@") else { return nil }
        self.init(family: String(key[..<at]), window: String(key[key.index(after: at)...]))
    }
}

/// Lower-cased search key of a name (SQLite's `lower()` folds ASCII only).
func nameKey(_ name: String) -> String {
    name.lowercased().replacingOccurrences(of: "ё", with: "е")
}
