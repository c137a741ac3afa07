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

    func run() throws {
        ExtractCommand.keepFreedBuffersInHeap()
        try runReportingErrors {
            var publishedDate: CalendarDate?
            if let published {
                guard let date = CalendarDate(iso: published) else {
                    throw LetopisError(.badDate, subject: "--published \(published)", message: "not a date",
                                       remedy: "write it as YYYY-MM-DD, e.g. --published 2025-12-23")
                }
                publishedDate = date
            }
            let store = try database.open()
            defer { store.close() }
            let registry = StageRegistry.standard
            let pipeline = try registry.pipeline(registry.defaultStages, models: modelsOption.directory)
            let version = Ingestion.extractorVersion(stages: registry.defaultStages)
            let reader = DocumentReader(options: ReadOptions(published: publishedDate, maxDocumentBytes: maxDocumentBytes))
            let runner = BatchRunner(pipeline: pipeline, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
            var ingestion = Ingestion(store: store, extractorVersion: version, batchSize: max(1, batchSize),
                                      storeLayers: !noLayers, totalBytes: Ingestion.inputBytes(paths))
            // Remember the documents of the current reading window so that a failure can be stored with its text.
            let recent = RecentDocuments(capacity: runner.chunkSize * 2)
            let items = reader.read(paths: paths).lazy.map { item -> ReadItem in
                if case .success(let document) = item.result { recent.remember(document, location: item.location.description) }
                return item
            }
            var storeError: LetopisError?
            // The runner reports a document's warnings before handing it over, and its failure instead of
            // handing it over: a reported document is stored as failed only once the next one comes
            // (or the run ends) without it having been handed over.
            var reported: (id: String, text: String, error: String)?
            func storeReported() {
                guard let failure = reported, storeError == nil else { return }
                reported = nil
                do { try ingestion.addFailure(id: failure.id, text: failure.text, error: failure.error) } catch let error as LetopisError {
                    storeError = error
                } catch {}
            }
            let summary = runner.run(items, output: { document in
                if reported?.id == document.id { reported = nil } else { storeReported() }
                guard storeError == nil else { return }
                do { try ingestion.add(document) } catch let error as LetopisError { storeError = error } catch {
                    storeError = LetopisError(.databaseUnusable, subject: store.name, message: "write failed", cause: "\(error)")
                }
            }, report: { error in
                ingestion.clearProgress()
                Console.error(error)
                guard let subject = error.subject, let document = recent.find(subject) else { return }
                if let pending = reported, pending.id != document.id { storeReported() }
                reported = (document.id, document.text, error.description)
            })
            storeReported()
            if let storeError { throw storeError }
            try ingestion.finish()
            if summary.failed > 0 || ingestion.duplicates > 0 { throw ExitStatus.inputFailed }
        }
    }
}

/// The documents read most recently, by id and by input location (bounded).
final class RecentDocuments: @unchecked Sendable {
    private var order: [String] = []
    private var byKey: [String: (id: String, text: String)] = [:]
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    func remember(_ document: Document, location: String) {
        let value = (document.id, document.text)
        for key in [document.id, location] {
            if byKey.updateValue(value, forKey: key) == nil { order.append(key) }
        }
        while order.count > capacity * 2 { byKey.removeValue(forKey: order.removeFirst()) }
    }

    func find(_ subject: String) -> (id: String, text: String)? { byKey[subject] }
}
