/// A value bound to or read from a SQL statement: the few types the event database stores.
public enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int)
    case real(Double)
    case text(String)

    init(_ string: String?) { self = string.map { .text($0) } ?? .null }
    init(_ int: Int?) { self = int.map { .integer($0) } ?? .null }
    init(_ bool: Bool) { self = .integer(bool ? 1 : 0) }

    var string: String? {
        switch self {
        case .text(let s): return s
        case .integer(let i): return String(i)
        case .real(let d): return String(d)
        case .null: return nil
        }
    }

    var int: Int? {
        switch self {
        case .integer(let i): return i
        case .real(let d): return Int(d)
        case .text(let s): return Int(s)
        case .null: return nil
        }
    }
}

/// One result row: values by column position.
struct SQLRow: Sendable {
    var values: [SQLValue]
    func string(_ i: Int) -> String? { i < values.count ? values[i].string : nil }
    func text(_ i: Int) -> String { string(i) ?? "" }
    func int(_ i: Int) -> Int { (i < values.count ? values[i].int : nil) ?? 0 }
}

/// The SQL dialect differences the store cares about.
enum SQLDialect: Sendable {
    case sqlite, postgres
}

/// A connection inside a transaction (or a read snapshot). Statements use `?` placeholders;
/// the PostgreSQL session numbers them. Used only inside ``SQLBackend/write(_:)`` / ``SQLBackend/read(_:)``.
protocol SQLSession {
    var dialect: SQLDialect { get }
    func execute(_ sql: String, _ arguments: [SQLValue]) throws
    func query(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow]
}

extension SQLSession {
    func execute(_ sql: String) throws { try execute(sql, []) }

    /// Inserts rows in multi-row `INSERT ... VALUES (...), (...)` statements of at most `chunk` rows:
    /// one round trip per chunk, never per row.
    func insert(_ head: String, columns: Int, rows: [[SQLValue]], tail: String = "", chunk: Int = 400) throws {
        var start = 0
        while start < rows.count {
            let end = min(rows.count, start + chunk)
            let placeholder = "(" + Array(repeating: "?", count: columns).joined(separator: ",") + ")"
            let sql = head + " VALUES " + Array(repeating: placeholder, count: end - start).joined(separator: ",") + " " + tail
            var arguments: [SQLValue] = []
            arguments.reserveCapacity((end - start) * columns)
            for row in rows[start..<end] { arguments.append(contentsOf: row) }
            try execute(sql, arguments)
            start = end
        }
    }
}

/// Where the store's SQL runs: SQLite through GRDB or PostgreSQL through postgres-nio.
///
/// One write transaction at a time per backend object; `write` commits when `body` returns and
/// rolls back when it throws, so a batch is stored whole or not at all.
protocol SQLBackend: Sendable {
    var dialect: SQLDialect { get }
    func write<T>(_ body: (any SQLSession) throws -> T) throws -> T
    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T
    /// One read statement on its own (atomic without a transaction): the hot reads of the server, one
    /// round trip on PostgreSQL where `read` takes three (BEGIN, the statement, COMMIT).
    func query(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow]
    func close()
}
