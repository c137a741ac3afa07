import Foundation
import LetopisPipeline

/// What `letopis serve` was asked for: where to listen, which database, the write token and the limits.
public struct ServerConfiguration: Sendable {
    /// Interface to bind. Loopback unless the operator names another one.
    public var host: String = "127.0.0.1"
    public var port: Int = 8080
    /// The bearer token `POST /api/documents` requires (from `LETOPIS_TOKEN`); without one, ingest is refused.
    public var ingestToken: String?
    /// Largest request body `POST /api/documents` accepts; more is refused with 413.
    public var maxIngestBodyBytes: Int = 16 << 20
    /// Largest request body `POST /api/extract` accepts (one document); more is refused with 413.
    public var maxExtractBodyBytes: Int = 1 << 20
    /// Most documents one `POST /api/documents` may carry.
    public var maxDocumentsPerRequest: Int = 1_000
    /// Page size when the client names none, and the most it may ask for.
    public var defaultPageSize: Int = 50
    public var maxPageSize: Int = 500
    /// Extractions allowed to wait or run at once; more get 503 (the pipeline is CPU-bound).
    public var maxPendingExtractions: Int = 4
    /// Where the models for `POST /api/extract` and ingest live.
    public var models: ModelsDirectory = .resolve()
    /// Stored with every ingested document; the same string `letopis ingest` writes, so that a
    /// document sent to both is stored once.
    public var extractorVersion: String = "letopis-serve"

    public init() {}
}
