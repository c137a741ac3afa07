import Foundation
import LetopisCore
import PostgresNIO

/// The PostgreSQL backend: postgres-nio connections (one for writes, one for reads), each used by one
/// transaction at a time. Statements block the calling thread (never an event-loop thread).
final class PostgresBackend: SQLBackend, @unchecked Sendable {
    let dialect = SQLDialect.postgres
    let url: String
    private let writer: PostgresSessionConnection
    private let reader: PostgresSessionConnection

    init(url: String) throws {
        self.url = url
        let configuration = try PostgresBackend.configuration(url: url)
        writer = try PostgresSessionConnection(configuration: configuration, id: 1, url: url)
        reader = try PostgresSessionConnection(configuration: configuration, id: 2, url: url)
    }

    /// `postgres://user:password@host:port/database?sslmode=disable|prefer|require`.
    static func configuration(url: String) throws -> PostgresConnection.Configuration {
        guard let components = URLComponents(string: url), let host = components.host, !host.isEmpty else {
            throw LetopisError(.databaseURL, subject: StoreLocation.redacted(url), message: "not a PostgreSQL URL",
                               remedy: "write it as postgres://USER:PASSWORD@HOST:PORT/DATABASE")
        }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        let user = components.user ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        let mode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? "disable"
        let tls: PostgresConnection.Configuration.TLS
        switch mode {
        case "disable": tls = .disable
        case "prefer", "require":
            let context = try NIOSSLContext(configuration: .makeClientConfiguration())
            tls = mode == "require" ? .require(context) : .prefer(context)
        default:
            throw LetopisError(.databaseURL, subject: StoreLocation.redacted(url), message: "sslmode '\(mode)' is not supported",
                               remedy: "use sslmode=disable, prefer or require")
        }
        return PostgresConnection.Configuration(host: host, port: components.port ?? 5432, username: user,
                                                password: components.password, database: database.isEmpty ? nil : database,
                                                tls: tls)
    }

    func write<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try writer.transaction(body)
    }

    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try reader.transaction(body)
    }

    func close() {
        writer.close()
        reader.close()
    }
}

/// One connection and the lock that gives it to one transaction at a time.
final class PostgresSessionConnection: @unchecked Sendable {
    private let connection: PostgresConnection
    private let lock = NSLock()
    private let url: String
    private let logger = Logger(label: "letopis.store.postgres")

    init(configuration: PostgresConnection.Configuration, id: Int, url: String) throws {
        self.url = url
        do {
            connection = try PostgresConnection.connect(
                on: PostgresConnection.defaultEventLoopGroup.any(), configuration: configuration,
                id: id, logger: logger).wait()
        } catch {
            throw StoreErrors.describePostgres(error, url: url)
        }
        // Documents carry their text, record and layers JSON (tens of kilobytes): the server compresses them
        // (TOAST) with pglz by default, a large share of its work per ingested document; lz4 is several times
        // faster at a similar ratio. A server without lz4 (PostgreSQL before 14, or built without it) refuses
        // the setting and keeps pglz.
        _ = try? connection.query("SET default_toast_compression = lz4", logger: logger).wait()
    }

    func transaction<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let session = PostgresSession(connection: connection, logger: logger)
        do {
            try session.execute("BEGIN")
            let result = try body(session)
            try session.execute("COMMIT")
            return result
        } catch {
            try? session.execute("ROLLBACK")
            if error is LetopisError { throw error }
            throw StoreErrors.describePostgres(error, url: url)
        }
    }

    private var closed = false

    func close() {
        lock.lock()
        defer { lock.unlock() }
        guard !closed else { return }
        closed = true
        try? connection.close().wait()
    }

    deinit { close() }
}

/// A postgres-nio connection as a ``SQLSession``: `?` placeholders become `$1`, `$2`, ...
struct PostgresSession: SQLSession {
    let connection: PostgresConnection
    let logger: Logger
    var dialect: SQLDialect { .postgres }

    static func numbered(_ sql: String) -> String {
        var out = ""
        out.reserveCapacity(sql.utf8.count + 16)
        var n = 0
        var quoted = false
        for ch in sql {
            if ch == "'" { quoted.toggle() }
            if ch == "?" && !quoted {
                n += 1
                out += "$\(n)"
            } else {
                out.append(ch)
            }
        }
        return out
    }

    private func query(_ sql: String, _ values: [SQLValue]) -> PostgresQuery {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .null: bindings.appendNull()
            case .integer(let i): bindings.append(i)
            case .real(let d): bindings.append(d)
            case .text(let s): bindings.append(s)
            }
        }
        return PostgresQuery(unsafeSQL: PostgresSession.numbered(sql), binds: bindings)
    }

    func execute(_ sql: String, _ values: [SQLValue]) throws {
        _ = try connection.query(query(sql, values), logger: logger).wait()
    }

    func query(_ sql: String, _ values: [SQLValue]) throws -> [SQLRow] {
        let result = try connection.query(query(sql, values), logger: logger).wait()
        var rows: [SQLRow] = []
        for row in result.rows {
            var out: [SQLValue] = []
            for cell in row {
                guard cell.bytes != nil else { out.append(.null); continue }
                switch cell.dataType {
                case .int2, .int4, .int8: out.append(.integer(try cell.decode(Int.self)))
                case .float4, .float8: out.append(.real(try cell.decode(Double.self)))
                case .bool: out.append(.integer(try cell.decode(Bool.self) ? 1 : 0))
                default: out.append(.text(try cell.decode(String.self)))
                }
            }
            rows.append(SQLRow(values: out))
        }
        return rows
    }
}
