import Foundation
import Hummingbird
import LetopisPipeline

/// The query string of a request, read strictly: a parameter the route does not know, a value
/// that is not the type asked for, a date that is not a date or a page size out of range is a
/// 400 naming the parameter and what it should be — never silently ignored.
struct QueryParameters {
    /// Decoded name → value (the last one wins when a name repeats).
    private(set) var values: [String: String] = [:]
    /// Longest value accepted (a filter longer than this is not a filter).
    static let maxValueLength = 500

    /// - Throws: `APIError` 400 for an unknown name or undecodable percent-encoding.
    init(_ request: Request, allowed: [String]) throws {
        let known = Set(allowed)
        guard let query = request.uri.query, !query.isEmpty else { return }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let rawName = String(parts[0])
            let rawValue = parts.count > 1 ? String(parts[1]) : ""
            guard let name = Self.decode(rawName), let value = Self.decode(rawValue) else {
                throw APIError(.badRequest, code: "bad-parameter", message: "the query string has broken percent-encoding near '\(pair.prefix(80))'",
                               fix: "percent-encode parameter values (encodeURIComponent)")
            }
            guard known.contains(name) else { throw APIError.unknownParameter(name, known: allowed) }
            guard value.count <= Self.maxValueLength else {
                throw APIError(.badRequest, code: "bad-parameter", message: "query parameter '\(name)' is longer than \(Self.maxValueLength) characters",
                               fix: "shorten it")
            }
            values[name] = value
        }
    }

    /// Form encoding: `+` is a space, then percent-decoding.
    static func decode(_ raw: String) -> String? {
        raw.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// An opaque page cursor: absent, or a non-blank value the store checks.
    func cursor() throws -> String? {
        guard let raw = values["cursor"] else { return nil }
        guard let value = string("cursor") else {
            throw APIError.badParameter("cursor", raw, expected: "the next_cursor of the previous page (or no cursor)")
        }
        return value
    }

    /// A non-empty trimmed string, or nil when absent or blank.
    func string(_ name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// A required non-empty string.
    func required(_ name: String, example: String) throws -> String {
        guard let value = string(name) else {
            throw APIError(.badRequest, code: "missing-parameter", message: "query parameter '\(name)' is required",
                           fix: "add \(name)=..., e.g. \(name)=\(example)")
        }
        return value
    }

    /// A calendar day `YYYY-MM-DD`, returned in that form.
    func date(_ name: String) throws -> String? {
        guard let value = string(name) else {
            if values[name] != nil { throw APIError.badDate(name, "") }
            return nil
        }
        guard value.count == 10, let day = CalendarDate(iso: value[...]) else { throw APIError.badDate(name, value) }
        return day.iso
    }

    /// An integer in `range`.
    func int(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let value = string(name) else { return nil }
        guard let number = Int(value), range.contains(number) else {
            throw APIError.badParameter(name, value, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    /// One of a fixed set of values.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, as type: T.Type) throws -> T? where T.RawValue == String {
        guard let value = string(name) else { return nil }
        guard let chosen = T(rawValue: value) else {
            throw APIError.badParameter(name, value, expected: "one of " + T.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return chosen
    }

    /// Page size: the configured default when absent, 400 past the cap.
    func limit(_ configuration: ServerConfiguration) throws -> Int {
        try int("limit", in: 1...configuration.maxPageSize) ?? configuration.defaultPageSize
    }
}

extension ServerRequestContext {
    /// A path parameter, percent-decoded (ids hold `:`, spaces and Cyrillic: `PER:хакан фидан`).
    func pathID(_ name: String = "id") throws -> String {
        let raw = try parameters.require(name)
        guard let decoded = raw.removingPercentEncoding, !decoded.isEmpty else {
            throw APIError(.badRequest, code: "bad-parameter", message: "the id in the path has broken percent-encoding",
                           fix: "percent-encode ids (encodeURIComponent)")
        }
        return decoded
    }
}
