import Foundation
import GRDB
import LetopisCore
import PostgresNIO

extension LetopisError.Code {
    /// The database file or server cannot be used (not a database, read-only, locked, unreachable).
    public static let databaseUnusable = LetopisError.Code(rawValue: "database-unusable")
    /// The database's schema is from a newer Letopis.
    public static let databaseSchema = LetopisError.Code(rawValue: "database-schema")
    /// A `--db` value that is not a path or a URL Letopis reads.
    public static let databaseURL = LetopisError.Code(rawValue: "database-url")
    /// PostgreSQL refused the credentials.
    public static let databaseAuthentication = LetopisError.Code(rawValue: "database-authentication")
}

/// Turns SQLite and PostgreSQL errors into one-line ``LetopisError``s with a remedy.
enum StoreErrors {
    static func describe(_ error: any Error, database: String) -> LetopisError {
        if let error = error as? LetopisError { return error }
        guard let error = error as? DatabaseError else {
            return LetopisError(.databaseUnusable, subject: database, message: "cannot use the database",
                                remedy: "check the path and its permissions", cause: "\(error)")
        }
        let cause = (error.message ?? "\(error)") + (error.sql.map { " in: \($0.suffix(400))" } ?? "")
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return LetopisError(.databaseUnusable, subject: database, message: "not a SQLite database",
                                remedy: "give --db the path of a Letopis database, or a new path to create one", cause: cause)
        case .SQLITE_READONLY:
            return LetopisError(.databaseUnusable, subject: database, message: "the database is read-only",
                                remedy: "make the file and its directory writable, or ingest into another database with --db", cause: cause)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return LetopisError(.databaseUnusable, subject: database, message: "cannot open the database",
                                remedy: "check that the directory exists and is writable (a read-only database needs its -wal and -shm files beside it)", cause: cause)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return LetopisError(.databaseUnusable, subject: database, message: "the database is locked by another process",
                                remedy: "wait for the other process to finish, or stop it", cause: cause)
        case .SQLITE_FULL:
            return LetopisError(.databaseUnusable, subject: database, message: "the disk is full",
                                remedy: "free disk space and run the command again", cause: cause)
        default:
            return LetopisError(.databaseUnusable, subject: database, message: "database error",
                                remedy: "check the database file; if it is damaged, ingest again into a new one", cause: cause)
        }
    }

    static func describePostgres(_ error: any Error, url: String) -> LetopisError {
        if let error = error as? LetopisError { return error }
        let subject = StoreLocation.redacted(url)
        if let error = error as? PSQLError {
            let message = error.serverInfo?[.message]
            let state = error.serverInfo?[.sqlState]
            if state == "28P01" || state == "28000" {
                return LetopisError(.databaseAuthentication, subject: subject, message: "PostgreSQL refused the user or password",
                                    remedy: "check USER:PASSWORD in the URL (postgres://USER:PASSWORD@HOST/DB)", cause: message)
            }
            if state == "3D000" {
                return LetopisError(.databaseUnusable, subject: subject, message: "the database does not exist",
                                    remedy: "create it (createdb NAME) or name an existing one in the URL", cause: message)
            }
            if let message {
                return LetopisError(.databaseUnusable, subject: subject, message: "PostgreSQL error",
                                    remedy: "check the server's log and the URL", cause: "\(state ?? "") \(message)")
            }
            if error.code == .connectionError || error.code == .serverClosedConnection || error.code == .clientClosedConnection {
                return LetopisError(.databaseUnusable, subject: subject, message: "cannot reach the PostgreSQL server",
                                    remedy: "check that the server runs and the host and port in the URL are right",
                                    cause: error.underlying.map { "\($0)" })
            }
            return LetopisError(.databaseUnusable, subject: subject, message: "PostgreSQL error",
                                remedy: "check the server and the URL", cause: "\(error.code)")
        }
        return LetopisError(.databaseUnusable, subject: subject, message: "cannot reach the PostgreSQL server",
                            remedy: "check that the server runs and the host and port in the URL are right", cause: "\(error)")
    }
}
