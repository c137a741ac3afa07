import Foundation
import Hummingbird

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

enum APIJSON {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }
}

extension Response {
    static func json(bytes: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: bytes))
    }
}
