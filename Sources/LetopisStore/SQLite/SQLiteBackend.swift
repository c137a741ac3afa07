import Foundation
import GRDB
import LetopisCore

/// The SQLite backend: a GRDB `DatabasePool` in WAL mode (one writer, concurrent readers).
final class SQLiteBackend: SQLBackend, @unchecked Sendable {
    let dialect = SQLDialect.sqlite
    private let writer: any DatabaseWriter
    let path: String

    /// Opens (creating if needed) the database at `path`, `:memory:` for an in-memory one.
    init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        // Readers run beside the writer (WAL): one per core and one more, so that every core can read
        // while the writer holds its connection; more would only queue on the cores.
        configuration.maximumReaderCount = ProcessInfo.processInfo.activeProcessorCount + 1
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            if path == ":memory:" {
                writer = try DatabaseQueue(configuration: configuration)
            } else {
                let url = URL(fileURLWithPath: path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                writer = try DatabasePool(path: path, configuration: configuration)
            }
        } catch {
            throw StoreErrors.describe(error, database: path)
        }
    }

    func write<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        do {
            return try writer.write { db in try body(GRDBSession(db: db)) }
        } catch {
            throw StoreErrors.describe(error, database: path)
        }
    }

    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        do {
            return try writer.read { db in try body(GRDBSession(db: db, cachesStatements: true)) }
        } catch {
            throw StoreErrors.describe(error, database: path)
        }
    }

    func query(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow] {
        try read { session in try session.query(sql, arguments) }
    }

    /// GRDB's migrator, for the SQLite schema: each version a named migration.
    func migrate() throws {
        var migrator = DatabaseMigrator()
        for version in Schema.versions {
            migrator.registerMigration("v\(version)") { db in
                let session = GRDBSession(db: db)
                for statement in Schema.statements(version: version, dialect: .sqlite) { try session.execute(statement) }
            }
        }
        do {
            let superseded = try writer.read { db in try migrator.hasBeenSuperseded(db) }
            if superseded { throw Schema.newerSchemaError(database: path) }
            try migrator.migrate(writer)
        } catch let error as LetopisError {
            throw error
        } catch {
            throw StoreErrors.describe(error, database: path)
        }
    }

    func close() {
        try? (writer as? DatabasePool)?.close()
    }
}

/// A GRDB connection as a ``SQLSession``.
struct GRDBSession: SQLSession {
    let db: Database
    /// Reads keep their prepared statements per connection (a handful of distinct queries); writes do
    /// not, since multi-row inserts have as many texts as chunk sizes.
    var cachesStatements = false
    var dialect: SQLDialect { .sqlite }

    private func arguments(_ values: [SQLValue]) -> StatementArguments {
        StatementArguments(values.map { value -> (any DatabaseValueConvertible)? in
            switch value {
            case .null: return nil
            case .integer(let i): return i
            case .real(let d): return d
            case .text(let s): return s
            }
        })
    }

    func execute(_ sql: String, _ values: [SQLValue]) throws {
        try db.execute(sql: sql, arguments: arguments(values))
    }

    func query(_ sql: String, _ values: [SQLValue]) throws -> [SQLRow] {
        let statement = cachesStatements ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
        let cursor = try Row.fetchCursor(statement, arguments: arguments(values))
        var rows: [SQLRow] = []
        while let row = try cursor.next() {
            rows.append(SQLRow(values: (0..<row.count).map { i in
                let value: DatabaseValue = row[i]
                switch value.storage {
                case .null: return .null
                case .int64(let i): return .integer(Int(i))
                case .double(let d): return .real(d)
                case .string(let s): return .text(s)
                case .blob(let data): return .text(String(decoding: data, as: UTF8.self))
                }
            }))
        }
        return rows
    }
}
