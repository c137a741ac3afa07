import Foundation
import LetopisCore
import LetopisText

/// What a run does to every document, as plain values: which stages, which models, how to read and
/// how to encode. The parent sends it to each worker process, which builds the same pipeline.
public struct ExtractionJob: Codable, Sendable, Equatable {
    public var stages: [String]
    /// The models directory, as a path.
    public var models: String
    /// One valid dependency tree per sentence instead of natasha's per-token heads.
    public var syntaxTree: Bool
    /// `--published`, as `YYYY-MM-DD`.
    public var published: String?
    public var maxDocumentBytes: Int
    /// A name known to ``DocumentEncoders``.
    public var encoder: String
    public var encoderOptions: [String: String]

    public init(stages: [String], models: String, syntaxTree: Bool = false, published: String? = nil,
                maxDocumentBytes: Int = ReadOptions.defaultMaxDocumentBytes, encoder: String = "json",
                encoderOptions: [String: String] = [:]) {
        self.stages = stages
        self.models = models
        self.syntaxTree = syntaxTree
        self.published = published
        self.maxDocumentBytes = maxDocumentBytes
        self.encoder = encoder
        self.encoderOptions = encoderOptions
    }

    /// The reader this job's documents are parsed with.
    public var reader: DocumentReader {
        DocumentReader(options: ReadOptions(published: published.flatMap { CalendarDate(iso: $0) }, maxDocumentBytes: maxDocumentBytes))
    }

    /// Builds the pipeline and the encoder.
    /// - Throws: ``LetopisError`` when a stage or encoder is unknown or a model is missing.
    public func makeProcessor() throws -> ChunkProcessor {
        let registry = syntaxTree ? StageRegistry.configured(.init(syntaxDecoding: .tree)) : StageRegistry.standard
        var pipeline = try registry.pipeline(stages, models: ModelsDirectory(url: URL(fileURLWithPath: models)))
        pipeline.traces = encoderOptions["trace"] == "1"
        return ChunkProcessor(reader: reader, pipeline: pipeline, encoder: try DocumentEncoders.make(encoder, options: encoderOptions))
    }
}

/// What became of one input unit: the encoded document or the error that stopped it, and the
/// warnings that did not.
public struct DocumentOutcome: Sendable, Equatable {
    public var warnings: [LetopisError]
    public var result: Result<[UInt8], LetopisError>

    public init(warnings: [LetopisError] = [], result: Result<[UInt8], LetopisError>) {
        self.warnings = warnings
        self.result = result
    }
}

/// Reads, processes and encodes a chunk of raw inputs: the work of one worker process, or of the
/// whole run in the in-process mode.
public struct ChunkProcessor: Sendable {
    public let reader: DocumentReader
    public let pipeline: Pipeline
    public let encoder: any DocumentEncoding

    public init(reader: DocumentReader, pipeline: Pipeline, encoder: any DocumentEncoding) {
        self.reader = reader
        self.pipeline = pipeline
        self.encoder = encoder
    }

    /// One outcome per unit, in order. Batch stages (the neural one) see the whole chunk at once,
    /// split over `threads` cores, as ``BatchRunner`` does.
    public func process(_ units: [RawInput], threads: Int = 1) -> [DocumentOutcome] {
        let items = units.map { reader.read($0) }
        let results = BatchRunner(pipeline: pipeline, jobs: threads).process(items)
        // A document's own warnings (a sentence split for the neural stage, ...) are in its output.
        return zip(items, results).map { item, result in
            DocumentOutcome(warnings: item.warnings, result: result.map { encoder.encode($0) })
        }
    }
}
