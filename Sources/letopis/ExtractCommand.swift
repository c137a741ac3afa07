import ArgumentParser
import Foundation
import CLetopisKernels
import LetopisPipeline

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extracts entities, dates, facts and events from news articles.",
        discussion: """
        Inputs: .txt files (one article; a first line 'date YYYY-MM-DD' gives the publication date), \
        .jsonl files (one {"id", "text", "published"?} object per line), directories of those (not recursive), \
        or '-' for stdin. Documents run in worker processes: a document that crashes one is reported by id and \
        the others are still written (--no-isolation runs in this process, for debugging). \
        Exit status: 0 when every document was processed, 1 when some failed or crashed (the others are still \
        written), 2 when nothing could run or the output could not be written.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, text, conllu, plover, gdelt, gdeltMentions = "gdelt-mentions" }

    @Argument(help: "Files, directories or '-' for standard input.")
    var paths: [String]

    @Option(help: "Output format: json (JSON Lines), text, conllu (tokens, tags, heads, NER), plover (one PLOVER record per event), gdelt (GDELT 2.0 Events rows), gdelt-mentions (GDELT 2.0 Mentions rows). Default: text on a terminal, json otherwise.")
    var format: Format?

    @Option(help: "Publication date (YYYY-MM-DD) for documents that give none.")
    var published: String?

    @OptionGroup var modelsOption: ModelsOption

    @Option(help: "Comma-separated stages to run (default: all). Known: \(StageRegistry.standard.defaultStages.joined(separator: ", ")); 'letopis stages' shows what each needs.")
    var stages: String?

    @Option(help: "Extra per-token layers in JSON: tokens, morph, syntax (comma-separated).")
    var with: String?

    @Option(help: "Worker processes (default: all cores).")
    var jobs: Int?

    @Flag(help: "Run in this process instead of supervised worker processes: a crash then ends the run (for debugging).")
    var noIsolation = false

    @Option(help: "Refuse documents larger than this many bytes.")
    var maxDocumentBytes: Int = ReadOptions.defaultMaxDocumentBytes

    @Flag(help: "Include the rule behind each time expression, and each stage's trace of its decisions (JSON: a 'trace' list; text: a 'trace:' block).")
    var trace = false

    @Flag(help: "Decode syntax as one valid tree per sentence (default: each token's best head, exactly as natasha; 1-2 % of arcs differ; always on with --format conllu).")
    var syntaxTree = false

    @Flag(help: "With --format plover, also write records for Letopis's STATEMENT events, which PLOVER has no type for.")
    var ploverStatements = false

    func validate() throws {
        if let jobs, jobs < 1 {
            throw ValidationError("--jobs must be at least 1 (it is \(jobs)); leave it out to use every core")
        }
        if maxDocumentBytes < 1 {
            throw ValidationError("--max-document-bytes must be at least 1 (it is \(maxDocumentBytes))")
        }
    }

    func run() throws {
        Self.keepFreedBuffersInHeap()
        registerEncoders()
        try runReportingErrors {
            if let published, CalendarDate(iso: published) == nil {
                throw LetopisError(.badDate, subject: "--published \(published)", message: "not a date",
                                   remedy: "write it as YYYY-MM-DD, e.g. --published 2025-12-23")
            }
            let chosen = format ?? (Console.isTerminal ? .text : .json)
            // CoNLL-U must hold one tree per sentence: the tree decoder is the default for it.
            let treeSyntax = syntaxTree || chosen == .conllu
            let registry = treeSyntax ? StageRegistry.configured(.init(syntaxDecoding: .tree)) : StageRegistry.standard
            let names = stages.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
                ?? registry.defaultStages
            // Checked here, before any worker starts or model loads: an unknown stage, or a list that cannot
            // work, is the user's to fix; a stage that will run without a layer it reads is said once.
            for remark in try registry.analyse(names).remarks { Console.note("note: \(remark)") }
            var encoderOptions: [String: String] = [:]
            if let with { encoderOptions["with"] = with }
            if trace { encoderOptions["trace"] = "1" }
            if ploverStatements { encoderOptions["statements"] = "1" }
            let job = ExtractionJob(stages: names, models: modelsOption.directory.url.path, syntaxTree: treeSyntax,
                                    published: published, maxDocumentBytes: maxDocumentBytes,
                                    encoder: chosen.rawValue, encoderOptions: encoderOptions)
            let workers = jobs ?? ProcessInfo.processInfo.activeProcessorCount
            let runner = ExtractionRunner(job: job, workers: workers,
                                          mode: noIsolation ? .inProcess : ExtractionRunner.ownWorker)
            let summary = try runner.run(job.reader.units(paths: paths), output: { Console.write($0) }, report: { error, severity in
                Console.flush()
                switch severity {
                case .error: Console.error(error)
                case .warning: Console.warning(error)
                case .note: Console.note("note: \(error)")
                }
            })
            Console.flush()
            if summary.failed > 0 || summary.warnings > 0 {
                let crashed = summary.crashed > 0 ? " (\(summary.crashed) crashed the extractor)" : ""
                Console.note("\(summary.processed) documents processed, \(summary.failed) failed\(crashed), \(summary.warnings) with warnings")
                throw ExitStatus.inputFailed
            }
        }
    }
}

extension ExtractCommand {
    /// The neural stage allocates and frees buffers of a few megabytes for every 2,048 rows.
    /// glibc serves those by mmap and returns them on free, so every chunk page-faults its
    /// buffers in afresh (33,000 faults on the FactRuEval devset); raising the thresholds keeps
    /// freed buffers in the heap for the next chunk (18,500 faults, half the system time).
    static func keepFreedBuffersInHeap() { lk_keep_freed_buffers_in_heap() }
}
