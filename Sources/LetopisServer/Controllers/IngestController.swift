import Foundation
import Hummingbird
import LetopisPipeline

/// `POST /api/documents`: one document (`{"text": ...}`) or an array of them, extracted and
/// stored. Needs `Authorization: Bearer <LETOPIS_TOKEN>`; refused when the server has no token.
struct IngestController {
    let dependencies: ServerDependencies

    func addRoutes(to group: RouterGroup<ServerRequestContext>) {
        let configuration = dependencies.configuration
        group.post("documents") { request, _ in
            try Self.authorize(request, token: configuration.ingestToken)
            guard let ingest = dependencies.ingest else {
                throw dependencies.store == nil ? APIError.noDatabase
                    : APIError(.serviceUnavailable, code: "read-only", message: "this server's database is open for reading only",
                               fix: "ingest with 'letopis ingest', or restart the server on a writable database")
            }
            let limit = configuration.maxIngestBodyBytes
            let body = try await request.collectBody(
                limit: limit, fix: "send at most \(limit) bytes per request (split the batch), or raise --max-body-bytes")
            let inputs = try Self.documents(in: body, configuration: configuration)
            let outcome = try await ingest.ingest(inputs)
            dependencies.metrics.countIngested(stored: outcome.stored, failed: outcome.failed)
            let status: HTTPResponse.Status = outcome.failed == 0 ? .ok : (outcome.stored == 0 ? .unprocessableContent : HTTPResponse.Status(code: 207, reasonPhrase: "Multi-Status"))
            return JSONBody(outcome, status: status)
        }
    }

    /// Refuses a request without the server's bearer token (compared in constant time).
    static func authorize(_ request: Request, token: String?) throws {
        guard let token else {
            throw APIError(.forbidden, code: "ingest-disabled", message: "this server takes no documents over HTTP",
                           fix: "start 'letopis serve' with LETOPIS_TOKEN set, and send 'Authorization: Bearer <token>'")
        }
        let header = request.headers[.authorization] ?? ""
        let prefix = "Bearer "
        let given = header.hasPrefix(prefix) ? String(header.dropFirst(prefix.count)) : ""
        guard constantTimeEqual(Array(given.utf8), Array(token.utf8)) else {
            throw APIError(.unauthorized, code: "unauthorized",
                           message: header.isEmpty ? "no bearer token" : "the bearer token is not this server's",
                           fix: "send 'Authorization: Bearer <the LETOPIS_TOKEN the server was started with>'")
        }
    }

    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(truncatingIfNeeded: a.count ^ b.count)
        for index in 0..<max(a.count, b.count) {
            let x = index < a.count ? a[index] : 0, y = index < b.count ? b[index] : 0
            difference |= x ^ y
        }
        return difference == 0
    }

    /// The body's documents; one that is not a document fails alone, a body that is not JSON fails whole.
    static func documents(in body: ByteBuffer, configuration: ServerConfiguration) throws -> [Result<Document, APIError>] {
        let parsed: JSONValue
        do {
            parsed = try JSONDecoder().decode(JSONValue.self, from: Data(buffer: body))
        } catch {
            throw APIError.malformedJSON("the body is not well-formed JSON", expected: #"{"text": "..."} or [{"text": "..."}, ...]"#)
        }
        let elements: [JSONValue]
        switch parsed {
        case .array(let array): elements = array
        case .object: elements = [parsed]
        default: throw APIError.malformedJSON("the body is JSON but neither an object nor an array", expected: #"{"text": "..."} or [{"text": "..."}, ...]"#)
        }
        guard !elements.isEmpty else {
            throw APIError(.badRequest, code: "empty-batch", message: "the batch has no document", fix: #"send [{"text": "..."}, ...]"#)
        }
        guard elements.count <= configuration.maxDocumentsPerRequest else {
            throw APIError(.badRequest, code: "batch-too-large",
                           message: "the batch has \(elements.count) documents; at most \(configuration.maxDocumentsPerRequest) are taken",
                           fix: "split it into requests of at most \(configuration.maxDocumentsPerRequest) documents")
        }
        return elements.enumerated().map { index, element in
            do {
                var input = try JSONDecoder().decode(InputDocument.self, from: try JSONEncoder().encode(element))
                if input.id?.isEmpty ?? true {
                    // No id: one from the text, so that sending the same text again changes nothing.
                    var digest = SHA256()
                    digest.update(Array(input.text.utf8))
                    input.id = "doc-" + digest.hexDigest().prefix(16)
                }
                return .success(try DocumentInput.document(from: input, maxBytes: configuration.maxIngestBodyBytes))
            } catch var error as APIError {
                error.message = "document \(index + 1): " + error.message
                return .failure(error)
            } catch {
                return .failure(APIError(.badRequest, code: "malformed-json",
                                         message: "document \(index + 1) is not {\"text\": \"...\", ...}",
                                         fix: "give every document a string field 'text'"))
            }
        }
    }
}
