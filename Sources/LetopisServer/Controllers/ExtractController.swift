import Foundation
import Hummingbird
import LetopisPipeline

/// `POST /api/extract`: one document in, its extraction (the `letopis extract --format json`
/// record) out; nothing is stored.
struct ExtractController {
    let dependencies: ServerDependencies

    func addRoutes(to group: RouterGroup<ServerRequestContext>) {
        group.post("extract") { request, _ in
            let limit = dependencies.configuration.maxExtractBodyBytes
            let body = try await request.collectBody(
                limit: limit, fix: "send one article of at most \(limit) bytes; for larger texts run 'letopis extract' locally")
            var input = try DocumentInput.decodeOne(body, as: InputDocument.self)
            if input.id?.isEmpty ?? true { input.id = "extract" }
            let document = try DocumentInput.document(from: input, maxBytes: limit)
            let extracted = try await dependencies.extraction.extract(document)
            let json = JSONLinesEncoder(options: OutputOptions()).encode(extracted)
            return Response.json(bytes: ByteBuffer(bytes: json))
        }
    }
}

/// One document of a request body: the fields of one line of `letopis extract`/`ingest` JSON Lines input.
struct InputDocument: Codable, Sendable {
    var id: String?
    var text: String
    var published: String?
    var title: String?
    var url: String?
    /// The outlet.
    var source: String?
    /// Publication timestamp.
    var time: String?
}

/// Request bodies turned into documents exactly as `letopis extract` reads a JSON Lines line:
/// the same validation (size, UTF-8, NUL), publication date, header and dateline.
enum DocumentInput {
    static func decodeOne<T: Decodable>(_ body: ByteBuffer, as type: T.Type) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer: body))
        } catch let error as DecodingError {
            throw APIError.malformedJSON(APIErrorMiddleware<ServerRequestContext>.describe(error),
                                         expected: #"{"text": "...", "id"?: "...", "published"?: "YYYY-MM-DD"}"#)
        }
    }

    static func document(from input: InputDocument, maxBytes: Int) throws -> Document {
        // One line of JSON: the encoder escapes every newline inside strings.
        let line = try JSONEncoder().encode(input)
        let reader = DocumentReader(options: ReadOptions(maxDocumentBytes: maxBytes))
        let items = reader.readJSONLines([UInt8](line), path: "request")
        guard let item = items.first else {
            throw APIError(.badRequest, code: "empty-document", message: "the request carries no document",
                           fix: #"send {"text": "..."}"#)
        }
        if let warning = item.warnings.first {
            // The command line goes on without a bad date; a request that gave one is told instead.
            var error = APIError(warning, status: .badRequest)
            if warning.code == .badDate { error.fix = "write 'published' as YYYY-MM-DD, e.g. \"published\": \"2025-12-23\", or leave it out" }
            throw error
        }
        switch item.result {
        case .success(let document): return document
        case .failure(let error): throw APIError(error, status: error.code == .documentTooLarge ? .contentTooLarge : .badRequest)
        }
    }
}
