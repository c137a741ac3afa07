import Dispatch
import Foundation
import LetopisCore
import LetopisText

/// Runs a pipeline over a stream of documents on all cores, writing results in input order.
///
/// Documents are taken in chunks; a chunk is processed in parallel and then
/// written in order, so output order matches input order and memory stays
/// bounded by one chunk. A document that fails is reported and skipped; the
/// rest of the batch goes on.
public struct BatchRunner: Sendable {
    public var pipeline: Pipeline
    /// Parallel workers; 1 runs on the calling thread.
    public var jobs: Int
    /// Documents per chunk.
    public var chunkSize: Int

    public init(pipeline: Pipeline, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, chunkSize: Int = 256) {
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
        self.chunkSize = max(1, chunkSize)
    }

    /// Counts of what happened, for the exit status and the closing line.
    public struct Summary: Sendable, Equatable {
        public var processed = 0
        public var failed = 0
        public var warnings = 0
        public init() {}
    }

    /// Runs every item; `output` receives processed documents in order, `report`
    /// every error and warning as a one-line ``LetopisError``.
    public func run(_ items: some Sequence<ReadItem>,
                    output: (Document) -> Void,
                    report: (LetopisError) -> Void) -> Summary {
        var summary = Summary()
        var chunk: [ReadItem] = []
        chunk.reserveCapacity(chunkSize)
        func flush() {
            let results = process(chunk)
            for (item, result) in zip(chunk, results) {
                for warning in item.warnings { summary.warnings += 1; report(warning) }
                switch result {
                case .success(let document): summary.processed += 1; output(document)
                case .failure(let error): summary.failed += 1; report(error)
                }
            }
            chunk.removeAll(keepingCapacity: true)
        }
        for item in items {
            chunk.append(item)
            if chunk.count == chunkSize { flush() }
        }
        if !chunk.isEmpty { flush() }
        return summary
    }

    func process(_ items: [ReadItem]) -> [Result<Document, LetopisError>] {
        let pipeline = self.pipeline
        let box = ResultsBox(count: items.count)
        // Contiguous slices, one per worker, of about equal text size (not document count:
        // one long article would otherwise keep a core busy while the other waits);
        // batch stages see many documents at once.
        let workers = min(jobs, items.count)
        let bounds = Self.balancedSlices(items.map { item in
            if case .success(let d) = item.result { return d.utf8.count }
            return 0
        }, into: workers)
        let work: @Sendable (Int) -> Void = { w in
            let lower = bounds[w], upper = bounds[w + 1]
            guard lower < upper else { return }
            var documents: [Document] = []
            var slots: [Int] = []
            for i in lower..<upper {
                switch items[i].result {
                case .failure(let error): box.set(i, .failure(error))
                case .success(var document):
                    if pipeline.traces { document.startTracing() }
                    documents.append(document); slots.append(i)
                }
            }
            var failed = [LetopisError?](repeating: nil, count: documents.count)
            for stage in pipeline.stages {
                if let batch = stage as? any BatchStage {
                    let alive = documents.indices.filter { failed[$0] == nil }
                    var subset = alive.map { documents[$0] }
                    batch.process(batch: &subset)
                    for (k, d) in alive.enumerated() { documents[d] = subset[k] }
                } else {
                    for d in documents.indices where failed[d] == nil {
                        do { try stage.process(&documents[d]) } catch {
                            failed[d] = Self.describe(error, location: items[slots[d]].location)
                        }
                    }
                }
            }
            for (d, i) in slots.enumerated() {
                box.set(i, failed[d].map { .failure($0) } ?? .success(documents[d]))
            }
        }
        if workers <= 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: work)
        }
        return box.values()
    }

    /// Boundaries `b[0] = 0 ... b[parts] = sizes.count` cutting `sizes` into contiguous runs of
    /// nearly equal sum. - Complexity: O(n).
    static func balancedSlices(_ sizes: [Int], into parts: Int) -> [Int] {
        let parts = max(1, parts)
        let total = sizes.reduce(0) { $0 + $1 + 64 }  // a small cost per document, whatever its size
        var bounds = [0]
        var sum = 0
        for (i, s) in sizes.enumerated() {
            sum += s + 64
            if bounds.count < parts, sum * parts >= total * bounds.count, i + 1 < sizes.count { bounds.append(i + 1) }
        }
        while bounds.count < parts { bounds.append(sizes.count) }
        bounds.append(sizes.count)
        return bounds
    }

    static func describe(_ error: any Error, location: InputLocation) -> LetopisError {
        if let error = error as? LetopisError {
            return LetopisError(error.code, subject: error.subject ?? location.description,
                                message: error.message, remedy: error.remedy, cause: error.cause)
        }
        return LetopisError(.unreadable, subject: location.description, message: "processing failed",
                            remedy: "report this document", cause: "\(error)")
    }
}

/// Results written by parallel workers, each to its own slot.
private final class ResultsBox: @unchecked Sendable {
    private var slots: [Result<Document, LetopisError>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: Result<Document, LetopisError>) {
        lock.lock(); slots[i] = value; lock.unlock()
    }

    func values() -> [Result<Document, LetopisError>] {
        slots.map { $0 ?? .failure(LetopisError(.unreadable, message: "document was not processed")) }
    }
}
