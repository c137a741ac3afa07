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

    public init(pipeline: Pipeline, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, chunkSize: Int = 64) {
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
        let work: @Sendable (Int) -> Void = { i in
            let result: Result<Document, LetopisError>
            switch items[i].result {
            case .failure(let error): result = .failure(error)
            case .success(var document):
                do {
                    try pipeline.run(&document)
                    result = .success(document)
                } catch let error as LetopisError {
                    result = .failure(LetopisError(error.code, subject: error.subject ?? items[i].location.description,
                                                   message: error.message, remedy: error.remedy, cause: error.cause))
                } catch {
                    result = .failure(LetopisError(.unreadable, subject: items[i].location.description,
                                                   message: "processing failed", remedy: "report this document", cause: "\(error)"))
                }
            }
            box.set(i, result)
        }
        if jobs == 1 || items.count == 1 {
            for i in items.indices { work(i) }
        } else {
            DispatchQueue.concurrentPerform(iterations: items.count, execute: work)
        }
        return box.values()
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
