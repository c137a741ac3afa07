import Foundation
import Hummingbird
import LetopisPipeline

/// Runs the extraction pipeline for the server: built once on first use from the shared
/// models, run off the async executor (it is CPU-bound), with a bounded queue so that a burst
/// of requests gets 503 instead of an unbounded backlog.
public actor ExtractionService {
    public let models: ModelsDirectory
    let maxPending: Int
    private var pipeline: Pipeline?
    private var pending = 0

    public init(models: ModelsDirectory, maxPending: Int = 4) {
        self.models = models
        self.maxPending = max(1, maxPending)
    }

    /// Runs every default stage on a document and returns it with its layers.
    /// - Throws: `APIError` 503 when the models are missing or too many extractions are waiting.
    /// `queued: false` (ingest, already one request at a time) skips the waiting-room limit.
    public func extract(_ document: Document, queued: Bool = true) async throws -> Document {
        guard !queued || pending < maxPending else {
            throw APIError(.serviceUnavailable, code: "busy",
                           message: "\(pending) extractions are already running or waiting",
                           fix: "retry in a few seconds, or run 'letopis extract' locally for batches")
        }
        pending += 1
        defer { pending -= 1 }
        let pipeline = try await loadedPipeline()
        return try await Self.offExecutor {
            var document = document
            try pipeline.run(&document)
            return document
        }
    }

    private func loadedPipeline() async throws -> Pipeline {
        if let pipeline { return pipeline }
        let models = self.models
        do {
            let built = try await Self.offExecutor {
                try StageRegistry.standard.pipeline(StageRegistry.standard.defaultStages, models: models)
            }
            pipeline = built
            return built
        } catch let error as LetopisError {
            throw APIError(error, status: .serviceUnavailable)
        }
    }

    /// Runs CPU-bound work on a Dispatch thread so that the server's executor keeps answering reads.
    static func offExecutor<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}
