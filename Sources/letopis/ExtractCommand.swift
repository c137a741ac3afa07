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
        .jsonl files (one {"id", "text", "published"?} object per line), directories of those, or '-' for stdin. \
        Exit status: 0 when every document was processed, 1 when some failed (the others are still written), \
        2 when nothing could run.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, text, conllu, plover, gdelt, gdeltMentions = "gdelt-mentions" }

    @Argument(help: "Files, directories or '-' for standard input.")
    var paths: [String]

    @Option(help: "Output format: json (JSON Lines), text, conllu (tokens, tags, heads, NER), plover (one PLOVER record per event), gdelt (GDELT 2.0 Events rows), gdelt-mentions (GDELT 2.0 Mentions rows). Default: text on a terminal, json otherwise.")
    var format: Format?

    @Option(help: "Publication date (YYYY-MM-DD) for documents that give none.")
    var published: String?

    @OptionGroup var modelsOption: ModelsOption

    @Option(help: "Comma-separated stages to run (default: all). Known: \(StageRegistry.standard.defaultStages.joined(separator: ", ")).")
    var stages: String?

    @Option(help: "Extra per-token layers in JSON: tokens, morph, syntax (comma-separated).")
    var with: String?

    @Option(help: "Parallel workers (default: all cores).")
    var jobs: Int?

    @Option(help: "Refuse documents larger than this many bytes.")
    var maxDocumentBytes: Int = ReadOptions.defaultMaxDocumentBytes

    @Flag(help: "Include the rule behind each time expression.")
    var trace = false

    @Flag(help: "Decode syntax as one valid tree per sentence (default: each token's best head, exactly as natasha; 1-2 % of arcs differ; always on with --format conllu).")
    var syntaxTree = false

    @Flag(help: "With --format plover, also write records for Letopis's STATEMENT events, which PLOVER has no type for.")
    var ploverStatements = false

    func run() throws {
        Self.keepFreedBuffersInHeap()
        try runReportingErrors {
            var publishedDate: CalendarDate?
            if let published {
                guard let date = CalendarDate(iso: published) else {
                    throw LetopisError(.badDate, subject: "--published \(published)", message: "not a date",
                                       remedy: "write it as YYYY-MM-DD, e.g. --published 2025-12-23")
                }
                publishedDate = date
            }
            let chosen = format ?? (Console.isTerminal ? .text : .json)
            // CoNLL-U must hold one tree per sentence: the tree decoder is the default for it.
            let registry = syntaxTree || chosen == .conllu ? StageRegistry.configured(.init(syntaxDecoding: .tree)) : StageRegistry.standard
            let names = stages.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
                ?? registry.defaultStages
            let directory = modelsOption.directory
            let pipeline = try registry.pipeline(names, models: directory)
            let reader = DocumentReader(options: ReadOptions(published: publishedDate, maxDocumentBytes: maxDocumentBytes))
            let options = OutputOptions(with: Set((with ?? "").split(separator: ",").map { String($0) }), trace: trace)
            let json = JSONLinesEncoder(options: options)
            let text = TextSummaryEncoder(options: options)
            let conllu = CoNLLUEncoder()
            let plover = try PloverEncoder(options: .init(includeStatements: ploverStatements))
            let gdelt = try GDELTWriter()
            let runner = BatchRunner(pipeline: pipeline, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
            let summary = runner.run(reader.read(paths: paths), output: { document in
                switch chosen {
                case .json: Console.write(json.encode(document))
                case .text: Console.write(text.encode(document))
                case .conllu: Console.write(conllu.encode(document))
                case .plover: Console.write(plover.encode(document))
                case .gdelt: Console.write(gdelt.encode(document))
                case .gdeltMentions: Console.write(gdelt.encodeMentions(document))
                }
            }, report: { error in
                Console.flush()
                Console.error(error)
            })
            Console.flush()
            if summary.failed > 0 || summary.warnings > 0 {
                Console.note("\(summary.processed) documents processed, \(summary.failed) failed, \(summary.warnings) with warnings")
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
