import Foundation
import Hummingbird
import LetopisStore

extension Request {
    /// The whole body, refused with 413 past `limit` bytes (checked on the declared length first,
    /// then while reading, so a lying or absent Content-Length cannot get more through).
    func collectBody(limit: Int, fix: String) async throws -> ByteBuffer {
        if let declared = headers[.contentLength].flatMap(Int.init), declared > limit {
            throw APIError.tooLarge(limit: limit, fix: fix)
        }
        do {
            return try await body.collect(upTo: limit)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw APIError.tooLarge(limit: limit, fix: fix)
        }
    }
}

/// A JSON response from any `Encodable`, with the API's encoder settings.
struct JSONBody<Value: Encodable & Sendable>: ResponseGenerator {
    var value: Value
    var status: HTTPResponse.Status = .ok

    init(_ value: Value, status: HTTPResponse.Status = .ok) {
        self.value = value
        self.status = status
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let data = try APIJSON.encoder.encode(value)
        return Response.json(bytes: ByteBuffer(bytes: data), status: status)
    }
}

/// A JSON response whose body is already encoded (the store's fragments), with a strong `ETag` of its
/// bytes: a client that sends it back in `If-None-Match` gets `304 Not Modified` and no body. The tag is
/// of the bytes themselves, so it is right whatever changed in the database; `Cache-Control: no-cache`
/// makes clients ask every time (an ingest may change any page).
struct JSONResponse: ResponseGenerator {
    var bytes: ByteBuffer

    init(_ bytes: ByteBuffer) {
        self.bytes = bytes
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let tag = Self.entityTag(bytes)
        var headers = HTTPFields()
        headers[.eTag] = tag
        headers[.cacheControl] = "no-cache"
        if let asked = request.headers[.ifNoneMatch], Self.matches(asked, tag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: bytes))
    }

    /// `"` + 64-bit FNV-1a of the bytes in hex + `"`.
    static func entityTag(_ bytes: ByteBuffer) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        bytes.withUnsafeReadableBytes { raw in
            for byte in raw {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        let hex = String(hash, radix: 16)
        return "\"" + String(repeating: "0", count: 16 - hex.count) + hex + "\""
    }

    /// Whether an `If-None-Match` value (`*`, or tags separated by commas, weak or strong) names `tag`.
    static func matches(_ header: String, _ tag: String) -> Bool {
        header.split(separator: ",").contains { candidate in
            let trimmed = candidate.trimmingCharacters(in: .whitespaces)
            return trimmed == "*" || trimmed == tag || trimmed == "W/" + tag
        }
    }
}

enum APIJSON {
    /// The store's encoding (``ResponseJSON``), so that stored fragments and encoded values agree.
    static var encoder: JSONEncoder { ResponseJSON.encoder() }
}

extension Response {
    static func json(bytes: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: bytes))
    }
}
