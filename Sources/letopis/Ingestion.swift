import Foundation
import LetopisCorpus
import LetopisPipeline
import LetopisStore

/// The ingest loop: extracted documents become records, records go to the store in batches, and at the
/// end every touched block is resolved. Progress on a terminal, a JSON summary otherwise.
struct Ingestion {
    let store: EventStore
    let extractorVersion: String
    let batchSize: Int
    let storeLayers: Bool
    let totalBytes: Int
    private var pending: [IngestItem] = []
    /// Ids seen in this run (64-bit hashes, 16 bytes a document) and their texts' hashes: the first of
    /// an id wins, a later one with another text is reported and skipped.
    private var seen: [UInt64: UInt64] = [:]
    private var totals = BatchOutcome()
    private(set) var duplicates = 0
    private var documents = 0
    private var bytes = 0
    private let started = Date()
    private var lastProgress = Date.distantPast
    private let progress = isatty(STDERR_FILENO) != 0
    private let layersEncoder = JSONLinesEncoder(options: OutputOptions())

    init(store: EventStore, extractorVersion: String, batchSize: Int, storeLayers: Bool, totalBytes: Int) {
        self.store = store
        self.extractorVersion = extractorVersion
        self.batchSize = batchSize
        self.storeLayers = storeLayers
        self.totalBytes = totalBytes
    }

    /// What produced the layers: bumped when the extractor's output changes, so re-ingest re-extracts.
    /// `/2`: records carry the trigger's part of speech (`triggerPOS`), which the nominal-recall rule reads.
    static func extractorVersion(stages: [String]) -> String {
        "letopis-ingest/2 " + stages.joined(separator: "+")
    }

    /// The extraction step of ingest as one function: a processed document → its record (and layers).
    /// Pure and `Sendable`, so that isolated worker processes can run it and send the record back as JSON.
    static func item(for document: Document, extractorVersion: String, layers: JSONLinesEncoder?) -> IngestItem {
        let record = DocumentRecord(document: document, outlet: document.outlet, time: document.time,
                                    extractorVersion: extractorVersion)
        let json = layers.map { $0.json(document) }
        return .extracted(record, layers: json)
    }

    /// The name of the encoder that turns a processed document into what a worker sends back to `ingest`:
    /// its record and, unless `--no-layers`, its extraction as `extract --format json` writes it, as a
    /// ``PreparedRecord`` (`wireBytes`) — the rows the store writes, so that the parent, which stores while
    /// the workers extract, has little to do per document.
    static let recordEncoder = "ingest-record"

    /// Registers ``recordEncoder``; options `version` (the extractor version) and `layers` (`1` to keep
    /// the JSON layers). Run by both the parent and every worker process (``registerEncoders()``).
    static func registerRecordEncoder() {
        DocumentEncoders.register(recordEncoder) { options in
            let version = options["version"] ?? extractorVersion(stages: StageRegistry.standard.defaultStages)
            let layers = options["layers"] == "1" ? JSONLinesEncoder(options: OutputOptions()) : nil
            return ClosureEncoder { document in
                guard case .extracted(let record, let json) = item(for: document, extractorVersion: version, layers: layers),
                      let prepared = try? PreparedRecord(record: record, layers: json) else { return [] }
                return prepared.wireBytes
            }
        }
    }

    static func inputBytes(_ paths: [String]) -> Int {
        var total = 0
        let manager = FileManager.default
        for path in paths where path != "-" {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                for name in (try? manager.contentsOfDirectory(atPath: path)) ?? [] where name.hasSuffix(".txt") || name.hasSuffix(".jsonl") {
                    total += ((try? manager.attributesOfItem(atPath: path + "/" + name))?[.size] as? Int) ?? 0
                }
            } else {
                total += ((try? manager.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
            }
        }
        return total
    }

    static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in s.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h
    }

    /// False when the id was seen in this run (the document is skipped).
    private mutating func firstOccurrence(id: String, text: String) -> Bool {
        let key = Ingestion.hash(id), digest = Ingestion.hash(text)
        if let first = seen[key] {
            if first != digest {
                duplicates += 1
                clearProgress()
                Console.error(LetopisError(.badArgument, subject: id, message: "the same id came again with another text; the first is kept",
                                           remedy: "give each document its own id"))
            }
            return false
        }
        seen[key] = digest
        return true
    }

    mutating func add(_ document: Document) throws {
        documents += 1
        bytes += document.utf8.count
        guard firstOccurrence(id: document.id, text: document.text) else { return }
        pending.append(Ingestion.item(for: document, extractorVersion: extractorVersion, layers: storeLayers ? layersEncoder : nil))
        if pending.count >= batchSize { try flush() }
        showProgress()
    }

    /// Adds a document extracted and prepared in a worker process.
    mutating func add(_ prepared: PreparedRecord) throws {
        documents += 1
        bytes += prepared.text.utf8.count
        guard firstOccurrence(id: prepared.id, text: prepared.text) else { return }
        pending.append(.prepared(prepared))
        if pending.count >= batchSize { try flush() }
        showProgress()
    }

    mutating func addFailure(id: String, text: String, error: String) throws {
        documents += 1
        bytes += text.utf8.count
        guard firstOccurrence(id: id, text: text) else { return }
        pending.append(.failed(id: id, text: text, error: error, extractorVersion: extractorVersion))
        if pending.count >= batchSize { try flush() }
    }

    private mutating func flush() throws {
        guard !pending.isEmpty else { return }
        let outcome = try store.store(pending)
        pending.removeAll(keepingCapacity: true)
        totals.added += outcome.added
        totals.replaced += outcome.replaced
        totals.unchanged += outcome.unchanged
        totals.failed += outcome.failed
        totals.mentions += outcome.mentions
    }

    private mutating func showProgress() {
        guard progress, Date().timeIntervalSince(lastProgress) >= 0.5 else { return }
        lastProgress = Date()
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        let rate = Double(documents) / elapsed
        var line = "\r\(documents) documents  \(String(format: "%.1f", rate)) docs/s"
        if totalBytes > 0, bytes > 0, bytes < totalBytes {
            let remaining = elapsed * Double(totalBytes - bytes) / Double(bytes)
            line += "  ETA \(Ingestion.duration(remaining))"
        }
        line += "  \(totals.mentions) event mentions so far (events resolved at the end)\u{1B}[K"
        FileHandle.standardError.write(Data(line.utf8))
    }

    func clearProgress() {
        if progress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? "\(s / 3600)h\(s % 3600 / 60)m" : s >= 60 ? "\(s / 60)m\(s % 60)s" : "\(s)s"
    }

    /// Stores the last batch, resolves every dirty block and reports.
    mutating func finish() throws {
        try flush()
        let extracted = Date().timeIntervalSince(started)
        let resolved = try store.resolvePending { [progress] blocks in
            if progress { FileHandle.standardError.write(Data("\rresolving events: \(blocks) blocks\u{1B}[K".utf8)) }
        }
        let statistics = try store.counts()
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        clearProgress()
        if progress {
            Console.note("""
                \(documents) documents in \(Ingestion.duration(elapsed)) (\(String(format: "%.1f", Double(documents) / elapsed)) docs/s): \
                \(totals.added) added, \(totals.replaced) replaced, \(totals.unchanged) unchanged, \(totals.failed) failed, \
                \(duplicates) duplicate ids; database \(statistics.documents) documents, \(statistics.events) events, \
                \(statistics.mentions) mentions, \(statistics.actors) actors
                """)
        } else {
            let summary: [String: Any] = [
                "documents": documents, "added": totals.added, "replaced": totals.replaced, "unchanged": totals.unchanged,
                "failed": totals.failed, "duplicate_ids": duplicates, "mentions_written": totals.mentions,
                "blocks_resolved": resolved, "seconds": (elapsed * 1000).rounded() / 1000,
                "extract_seconds": (extracted * 1000).rounded() / 1000,
                "docs_per_second": (Double(documents) / elapsed * 10).rounded() / 10,
                "database": ["documents": statistics.documents, "failed": statistics.failedDocuments,
                             "events": statistics.events, "mentions": statistics.mentions, "actors": statistics.actors],
            ]
            let data = (try? JSONSerialization.data(withJSONObject: summary, options: [.sortedKeys])) ?? Data()
            Console.write(String(decoding: data, as: UTF8.self) + "\n")
            Console.flush()
        }
    }
}
