import Foundation
import LetopisCorpus
import LetopisPipeline
import LetopisStore

/// Where `POST /api/documents` writes: a batch stored in one transaction, then the touched event
/// blocks resolved. `EventStore` is one; tests may give another.
public protocol DocumentStoreWriter: Sendable {
    func store(_ batch: [IngestItem]) throws -> BatchOutcome
    func resolvePendingBlocks() throws -> Int
}

extension EventStore: DocumentStoreWriter {
    public func resolvePendingBlocks() throws -> Int { try resolvePending() }
}

/// Extracts and stores documents sent over HTTP, one request at a time (the database has one
/// writer; a second request waits its turn rather than contending for the write lock).
public actor IngestService {
    let writer: any DocumentStoreWriter
    let extraction: ExtractionService
    let extractorVersion: String
    private let layersEncoder = JSONLinesEncoder(options: OutputOptions())

    public init(writer: any DocumentStoreWriter, extraction: ExtractionService, extractorVersion: String) {
        self.writer = writer
        self.extraction = extraction
        self.extractorVersion = extractorVersion
    }

    /// The outcome for each document of a request, in request order.
    public struct DocumentOutcome: Codable, Sendable {
        public var id: String
        /// `stored` (new, changed or unchanged — the database keeps one copy) or `failed`.
        public var status: String
        /// Event mentions the extraction found in it.
        public var events: Int?
        public var error: String?
        public var message: String?
        public var fix: String?
    }

    public struct Outcome: Codable, Sendable {
        public var stored: Int
        public var failed: Int
        /// What the database did: new documents, replaced texts, identical ones left alone.
        public var added: Int
        public var replaced: Int
        public var unchanged: Int
        public var documents: [DocumentOutcome]
    }

    /// Extracts every readable document, stores the batch whole, resolves the touched blocks.
    /// A document that cannot be read fails alone; one the pipeline fails on is stored as failed
    /// (as `letopis ingest` does) so that it is not lost.
    func ingest(_ inputs: [Result<Document, APIError>]) async throws -> Outcome {
        var outcomes: [DocumentOutcome] = []
        var items: [IngestItem] = []
        for input in inputs {
            switch input {
            case .failure(let error):
                outcomes.append(DocumentOutcome(id: "", status: "failed", error: error.code, message: error.message, fix: error.fix))
            case .success(let document):
                do {
                    let extracted = try await extraction.extract(document, queued: false)
                    let record = DocumentRecord(document: extracted, outlet: extracted.outlet, time: extracted.time,
                                                extractorVersion: extractorVersion)
                    let layers = layersEncoder.json(extracted)
                    items.append(.extracted(record, layers: layers))
                    outcomes.append(DocumentOutcome(id: document.id, status: "stored", events: record.events.count))
                } catch let error as APIError where error.status == .serviceUnavailable {
                    throw error  // models missing: nothing can be extracted, say so once
                } catch {
                    let message = (error as? LetopisError)?.description ?? String(describing: error)
                    items.append(.failed(id: document.id, text: document.text, error: message, extractorVersion: extractorVersion))
                    outcomes.append(DocumentOutcome(id: document.id, status: "failed", error: "extraction-failed", message: message,
                                                    fix: "the document is stored as failed; check its text"))
                }
            }
        }
        var result = BatchOutcome()
        if !items.isEmpty {
            let writer = self.writer, batch = items
            result = try await ExtractionService.offExecutor {
                let outcome = try writer.store(batch)
                _ = try writer.resolvePendingBlocks()
                return outcome
            }
        }
        let failed = outcomes.filter { $0.status == "failed" }.count
        return Outcome(stored: outcomes.count - failed, failed: failed, added: result.added, replaced: result.replaced,
                       unchanged: result.unchanged, documents: outcomes)
    }
}
