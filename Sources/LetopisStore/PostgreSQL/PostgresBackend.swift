import Foundation
import LetopisCore
import PostgresNIO

/// The PostgreSQL backend: postgres-nio connections, each used by one transaction at a time — one for
/// writes, and a pool of readers (one per core and one more) so that reads neither queue behind each other
/// nor behind the writer (PostgreSQL's MVCC lets them run beside a write). Statements block the calling
/// thread (never an event-loop thread). A connection the server closed (a restart, a network cut) is
/// opened again on its next use, so a server outlives its database going away and coming back.
final class PostgresBackend: SQLBackend, @unchecked Sendable {
    let dialect = SQLDialect.postgres
    let url: String
    let writer: PostgresSessionConnection
    let readers: PostgresConnectionPool

    init(url: String) throws {
        self.url = url
        let configuration = try PostgresBackend.configuration(url: url)
        writer = try PostgresSessionConnection(configuration: configuration, id: 1, url: url)
        readers = PostgresConnectionPool(
            (0...ProcessInfo.processInfo.activeProcessorCount).map { n in
                PostgresSessionConnection(lazy: configuration, id: 2 + n, url: url)
            })
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
        try readers.with { connection in try connection.transaction(body) }
    }

    func query(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow] {
        try readers.with { connection in try connection.statement { session in try session.query(sql, arguments) } }
    }

    func close() {
        writer.close()
        readers.close()
    }
}

/// Connections handed to one caller at a time; a caller finding none free waits for one.
final class PostgresConnectionPool: @unchecked Sendable {
    private let lock = NSLock()
    private let free: DispatchSemaphore
    private var idle: [PostgresSessionConnection]
    let all: [PostgresSessionConnection]

    init(_ connections: [PostgresSessionConnection]) {
        all = connections
        idle = connections
        free = DispatchSemaphore(value: connections.count)
    }

    func with<T>(_ body: (PostgresSessionConnection) throws -> T) throws -> T {
        free.wait()
        lock.lock()
        let connection = idle.removeLast()
        lock.unlock()
        defer {
            lock.lock()
            idle.append(connection)
            lock.unlock()
            free.signal()
        }
        return try body(connection)
    }

    func close() { for connection in all { connection.close() } }
}

/// One connection and the lock that gives it to one transaction at a time. The connection is opened on
/// first use (or at once, to check the URL) and again after the server closed it.
final class PostgresSessionConnection: @unchecked Sendable {
    private var connection: PostgresConnection?
    private let configuration: PostgresConnection.Configuration
    private let id: Int
    private let lock = NSLock()
    private let url: String
    private let logger = Logger(label: "letopis.store.postgres")
    private var closed = false

    /// Connects now: a wrong URL, password or an unreachable server is reported when the store opens.
    init(configuration: PostgresConnection.Configuration, id: Int, url: String) throws {
        self.configuration = configuration
        self.id = id
        self.url = url
        connection = try connect()
    }

    /// Connects on first use.
    init(lazy configuration: PostgresConnection.Configuration, id: Int, url: String) {
        self.configuration = configuration
        self.id = id
        self.url = url
    }

    private func connect() throws -> PostgresConnection {
        let connection: PostgresConnection
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
        return connection
    }

    /// The open connection, connecting again when there is none or the server closed it. Under `lock`.
    private func open() throws -> PostgresConnection {
        guard !closed else {
            throw LetopisError(.databaseUnusable, subject: StoreLocation.redacted(url), message: "the store was closed",
                               remedy: "open the database again")
        }
        if let connection, !connection.isClosed { return connection }
        if let stale = connection { try? stale.close().wait() }
        connection = nil
        let fresh = try connect()
        connection = fresh
        return fresh
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let session = PostgresSession(connection: try open(), logger: logger)
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

    /// Runs `body` outside a transaction (each statement commits on its own).
    func statement<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        do {
            return try body(PostgresSession(connection: try open(), logger: logger))
        } catch {
            if error is LetopisError { throw error }
            throw StoreErrors.describePostgres(error, url: url)
        }
    }

    /// Closes the connection as a server going away would (tests).
    func dropConnection() {
        lock.lock()
        defer { lock.unlock() }
        try? connection?.close().wait()
    }

    func close() {
        lock.lock()
        defer { lock.unlock() }
        guard !closed else { return }
        closed = true
        try? connection?.close().wait()
        connection = nil
    }

    deinit { close() }
}

/// A postgres-nio connection as a ``SQLSession``: `?` placeholders become `$1`, `$2`, ...
struct PostgresSession: SQLSession {
    let connection: PostgresConnection
    let logger: Logger
    var dialect: SQLDialect { .postgres }

    /// `?` outside quotes numbered `$1`, `$2`, ... One pass over the bytes: a bulk insert's statement
    /// holds thousands of placeholders, and this runs for every statement.
    static func numbered(_ sql: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(sql.utf8.count + 16)
        var n = 0
        var quoted = false
        for byte in sql.utf8 {
            if byte == UInt8(ascii: "'") { quoted.toggle() }
            if byte == UInt8(ascii: "?") && !quoted {
                n += 1
                out.append(UInt8(ascii: "$"))
                out.append(contentsOf: String(n).utf8)
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text with every U+0000 made U+FFFD (PostgreSQL's text type cannot hold U+0000).
    static func withoutNUL(_ s: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in s.unicodeScalars { scalars.append(scalar.value == 0 ? "\u{FFFD}" : scalar) }
        return String(scalars)
    }

    private func query(_ sql: String, _ values: [SQLValue]) -> PostgresQuery {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .null: bindings.appendNull()
            case .integer(let i): bindings.append(i)
            case .real(let d): bindings.append(d)
            // PostgreSQL's text cannot hold U+0000 (the server refuses the whole statement): a NUL in a
            // filter or in a document's title or outlet is bound as U+FFFD, as a lossy decoder would
            // read it. Document texts never hold one (the reader refuses them).
            case .text(let s): bindings.append(s.utf8.contains(0) ? PostgresSession.withoutNUL(s) : s)
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
