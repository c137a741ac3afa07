import ArgumentParser
import Foundation
import LetopisCorpus
import LetopisPipeline
import LetopisStore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extracts documents and stores them, their events and the corpus events they report in the event database.",
        discussion: """
        Inputs as for 'extract' (.txt, .jsonl with optional 'source' and 'time', directories, '-'). \
        Same id and text as stored: nothing changes. A known id with a new text: its mentions are replaced. \
        The same id twice in one run with different texts: the first is kept, the later ones reported and skipped. \
        A document that fails is stored with its error; the rest go on. Killed at any moment and run again, \
        ingest ends with the database one uninterrupted run gives. \
        On a terminal a progress line is shown; otherwise a one-line JSON summary is printed at the end. \
        Exit status: 0 all stored, 1 some documents failed, 2 nothing could run.
        """)

    @Argument(help: "Files, directories or '-' for standard input.")
    var paths: [String]

    @OptionGroup var database: DatabaseOption

    @Option(help: "Publication date (YYYY-MM-DD) for documents that give none.")
    var published: String?

    @OptionGroup var modelsOption: ModelsOption

    @Option(help: "Parallel workers (default: all cores).")
    var jobs: Int?

    @Option(help: "Documents per transaction.")
    var batchSize: Int = 256

    @Option(help: "Refuse documents larger than this many bytes.")
    var maxDocumentBytes: Int = ReadOptions.defaultMaxDocumentBytes

    @Flag(help: "Do not store each document's extraction JSON (layers); saves space.")
    var noLayers = false

    @Flag(help: "Extract in this process instead of supervised worker processes (faster to debug; a crash then ends the run).")
    var noIsolation = false

    @Option(help: "Seconds a worker may spend on a document (plus as much per MiB of text) before it is stopped and the document reported as stalled; 0 for no limit.")
    var documentTimeout: Double = ExtractionRunner.defaultDocumentTimeout

    func run() throws {
        ExtractCommand.keepFreedBuffersInHeap()
        registerEncoders()
        try runReportingErrors {
            if let published, CalendarDate(iso: published) == nil {
                throw LetopisError(.badDate, subject: "--published \(published)", message: "not a date",
                                   remedy: "write it as YYYY-MM-DD, e.g. --published 2025-12-23")
            }
            if let jobs, jobs < 1 {
                throw LetopisError(.badArgument, subject: "--jobs \(jobs)", message: "needs at least one worker",
                                   remedy: "give --jobs 1 or more, or leave it out to use every core")
            }
            let store = try database.open()
            defer { store.close() }
            let registry = StageRegistry.standard
            let version = Ingestion.extractorVersion(stages: registry.defaultStages)
            // Extraction runs in supervised worker processes, as extract's does: a document that crashes
            // the extractor is stored as failed, and the rest of the batch is stored (Docs/reliability.md).
            let job = ExtractionJob(stages: registry.defaultStages, models: modelsOption.directory.url.path,
                                    published: published, maxDocumentBytes: maxDocumentBytes,
                                    encoder: Ingestion.recordEncoder,
                                    encoderOptions: ["version": version, "layers": noLayers ? "0" : "1"])
            var runner = ExtractionRunner(job: job, workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                          mode: noIsolation ? .inProcess : ExtractionRunner.ownWorker)
            runner.documentTimeout = documentTimeout
            var ingestion = Ingestion(store: store, extractorVersion: version, batchSize: max(1, batchSize),
                                      storeLayers: !noLayers, totalBytes: Ingestion.inputBytes(paths))
            // The raw units of the chunks in flight, so that a document that fails is stored with its text:
            // the runner reports a chunk's errors after it has read the next chunk (it stores one chunk while
            // the workers extract the next), so the window holds every chunk in flight.
            let recent = RecentUnits(capacity: runner.chunkSize * ExtractionRunner.chunksInFlight)
            let events = job.reader.units(paths: paths).lazy.map { event -> InputEvent in
                if case .unit(let unit) = event { recent.remember(unit) }
                return event
            }
            var storeError: LetopisError?
            let summary = try runner.run(events, output: { bytes in
                guard storeError == nil else { return }
                do {
                    try ingestion.add(try PreparedRecord(wireBytes: bytes))
                } catch let error as LetopisError {
                    storeError = error
                } catch {
                    storeError = LetopisError(.databaseUnusable, subject: store.name, message: "a worker's record could not be read or written",
                                              remedy: "report it with the input that caused it", cause: "\(error)")
                }
            }, report: { error, severity in
                ingestion.clearProgress()
                switch severity {
                case .error:
                    Console.error(error)
                    guard storeError == nil, let subject = error.subject, let unit = recent.find(subject) else { return }
                    do { try ingestion.addFailure(id: unit.id, text: unit.text, error: error.description) } catch let error as LetopisError {
                        storeError = error
                    } catch {}
                case .warning: Console.warning(error)
                case .note: Console.note("note: \(error)")
                }
            })
            if let storeError { throw storeError }
            try ingestion.finish()
            if summary.failed > 0 || ingestion.duplicates > 0 { throw ExitStatus.inputFailed }
        }
    }
}

/// The raw input units read most recently (bounded: at least `capacity`, at most twice that), found again
/// by the subject of an error about one of them: its location (`file.jsonl:12`), `id (file.jsonl:12)` or
/// `file.jsonl:12 (id x)`.
final class RecentUnits: @unchecked Sendable {
    /// The units as read; a unit's id and text are parsed only when an error asks for them (rarely), not
    /// for every document — that parse was a tenth of the parent's work.
    private var units: [RawInput] = []
    private let capacity: Int
    private let lock = NSLock()

    init(capacity: Int) { self.capacity = max(1, capacity) }

    func remember(_ unit: RawInput) {
        lock.lock(); defer { lock.unlock() }
        units.append(unit)
        if units.count > capacity * 2 { units.removeFirst(units.count - capacity) }
    }

    func find(_ subject: String) -> (id: String, text: String)? {
        lock.lock()
        let found = units.last { unit in
            let location = unit.location.description
            return subject == location || subject.hasPrefix(location + " (") || subject.hasSuffix("(" + location + ")")
        }
        lock.unlock()
        return found.map { (RecentUnits.id(of: $0), RecentUnits.text(of: $0)) }
    }

    /// The unit's document id: a JSON line's own `id` when it has one.
    static func id(of unit: RawInput) -> String {
        guard unit.kind == .jsonLine, let object = jsonObject(unit) else { return unit.id }
        switch object["id"] {
        case let s as String where !s.isEmpty: return s
        case let n as NSNumber: return n.stringValue
        default: return unit.id
        }
    }

    /// The unit's text as far as it can be read (a failed document is stored with it).
    static func text(of unit: RawInput) -> String {
        if unit.kind == .jsonLine, let text = jsonObject(unit)?["text"] as? String { return text }
        return String(decoding: unit.bytes, as: UTF8.self)
    }

    private static func jsonObject(_ unit: RawInput) -> [String: Any]? {
        guard DocumentReader.nestingDepth(unit.bytes) <= DocumentReader.maxNestingDepth else { return nil }
        return (try? JSONSerialization.jsonObject(with: Data(unit.bytes))) as? [String: Any]
    }
}
