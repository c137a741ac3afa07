import Foundation
import LetopisCore

/// Where the event database is: a SQLite file or a PostgreSQL server.
///
/// Parsed from `--db`: `sqlite:PATH`, a plain path, `:memory:`, or `postgres://USER:PASSWORD@HOST:PORT/DB`
/// (`postgresql://` too). Without `--db`: `$LETOPIS_DB`, else `events.sqlite` next to the models
/// (`$XDG_DATA_HOME/letopis/`, else `~/.local/share/letopis/`).
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    public init(parsing value: String) throws {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            throw LetopisError(.databaseURL, subject: "--db", message: "empty database location",
                               remedy: "give a file path, sqlite:PATH or postgres://USER:PASSWORD@HOST/DB")
        }
        if trimmed.hasPrefix("postgres://") || trimmed.hasPrefix("postgresql://") {
            self = .postgres(url: trimmed)
        } else if trimmed.hasPrefix("sqlite:") {
            let path = String(trimmed.dropFirst("sqlite:".count))
            self = .sqlite(path: path.hasPrefix("//") ? String(path.dropFirst(2)) : path)
        } else if trimmed.contains("://") {
            throw LetopisError(.databaseURL, subject: StoreLocation.redacted(trimmed), message: "unknown kind of database",
                               remedy: "use a file path, sqlite:PATH or postgres://USER:PASSWORD@HOST/DB")
        } else {
            self = .sqlite(path: trimmed)
        }
    }

    /// `--db` if given, else `$LETOPIS_DB`, else the default SQLite file.
    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> StoreLocation {
        if let option, !option.isEmpty { return try StoreLocation(parsing: option) }
        if let env = environment["LETOPIS_DB"], !env.isEmpty { return try StoreLocation(parsing: env) }
        let base: URL
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            base = URL(fileURLWithPath: xdg).appendingPathComponent("letopis")
        } else {
            let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
            base = home.appendingPathComponent(".local/share/letopis")
        }
        return .sqlite(path: base.appendingPathComponent("events.sqlite").path)
    }

    /// The location as it may be printed: a PostgreSQL password is masked.
    public var description: String {
        switch self {
        case .sqlite(let path): return path
        case .postgres(let url): return StoreLocation.redacted(url)
        }
    }

    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? url
    }
}
