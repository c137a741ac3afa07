import Foundation
import Hummingbird
import LetopisPipeline

/// An error the API returns to a client: a status, a stable code, what went wrong and how to fix it.
///
/// Every failure of every route reaches the client as this JSON body —
/// `{"error": "unknown-filter", "message": "...", "fix": "..."}` — never a stack trace
/// and never an empty 500 (see ``APIErrorMiddleware``).
///
/// ```swift
/// throw APIError(.notFound, code: "event-not-found", message: "no event 'x'", fix: "list events with GET /api/events")
/// ```
public struct APIError: Error, HTTPResponseError, Sendable, Equatable {
    public var status: HTTPResponse.Status
    /// A stable machine-readable code, e.g. `bad-date`, `unknown-filter`.
    public var code: String
    /// What went wrong, naming the input.
    public var message: String
    /// How the client fixes it.
    public var fix: String

    public init(_ status: HTTPResponse.Status, code: String, message: String, fix: String) {
        self.status = status
        self.code = code
        self.message = message
        self.fix = fix
    }

    /// The JSON body the client receives.
    public struct Body: Codable, Sendable, Equatable {
        public var error: String
        public var message: String
        public var fix: String
    }

    public var body: Body { Body(error: code, message: message, fix: fix) }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        Self.jsonResponse(status: status, body: body)
    }

    static func jsonResponse(status: HTTPResponse.Status, body: Body) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(body)) ?? Data(#"{"error":"internal","message":"","fix":""}"#.utf8)
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension APIError {
    static func badParameter(_ name: String, _ value: String, expected: String) -> APIError {
        APIError(.badRequest, code: "bad-parameter",
                 message: "query parameter '\(name)' is '\(value.prefix(80))', not \(expected)",
                 fix: "give '\(name)' as \(expected)")
    }

    static func badDate(_ name: String, _ value: String) -> APIError {
        APIError(.badRequest, code: "bad-date",
                 message: "query parameter '\(name)' is '\(value.prefix(80))', not a date",
                 fix: "write dates as YYYY-MM-DD, e.g. \(name)=2025-12-23")
    }

    static func unknownParameter(_ name: String, known: [String]) -> APIError {
        APIError(.badRequest, code: "unknown-filter",
                 message: "unknown query parameter '\(name.prefix(80))'",
                 fix: "use only: \(known.sorted().joined(separator: ", "))")
    }

    static func notFound(_ what: String, _ id: String, list: String) -> APIError {
        APIError(.notFound, code: "not-found", message: "no \(what) with id '\(id.prefix(200))'",
                 fix: "take an id from \(list)")
    }

    static func malformedJSON(_ detail: String, expected: String) -> APIError {
        APIError(.badRequest, code: "malformed-json", message: "the request body is not valid JSON: \(detail)",
                 fix: "send \(expected) with Content-Type: application/json")
    }

    static func tooLarge(limit: Int, fix: String) -> APIError {
        APIError(.contentTooLarge, code: "body-too-large",
                 message: "the request body is over the limit of \(limit) bytes", fix: fix)
    }

    static var noDatabase: APIError {
        APIError(.serviceUnavailable, code: "no-database", message: "this server was started without an event database",
                 fix: "start it with 'letopis serve --db PATH' on a database written by 'letopis ingest'")
    }

    static func databaseUnavailable(_ detail: String) -> APIError {
        APIError(.serviceUnavailable, code: "database-unavailable",
                 message: "the event database cannot be read: \(detail.prefix(300))",
                 fix: "check that the database file or server is still there and readable, then retry")
    }

    /// A `LetopisError` from the pipeline or a reader, as the client sees it.
    init(_ error: LetopisError, status: HTTPResponse.Status = .badRequest) {
        self.init(status, code: error.code.rawValue, message: [error.subject, error.message].compactMap { $0 }.joined(separator: ": "),
                  fix: error.remedy ?? "correct the input and retry")
    }
}
