import Foundation
import LetopisCore

/// The three neural stages run together over a batch, on all cores.
///
/// ```swift
/// let tagger = try NeuralTagger(modelsDirectory: dir)
/// tagger.process(&documents)          // morph, syntax and NER on every document
/// ```
public struct NeuralTagger: Sendable {
    public let morph: MorphTaggingStage?
    public let syntax: SyntaxParsingStage?
    public let ner: NERStage?
    /// How a word of an all-capitals sentence is written in ordinary text; when set, such sentences are
    /// tagged with the shapes of their ordinary spelling (see ``ShoutedSentences``).
    public var ordinaryCase: (@Sendable (String) -> OrdinaryCase)?

    public init(modelsDirectory: URL, tasks: Set<NeuralModels.Task> = Set(NeuralModels.Task.allCases),
                syntaxDecoding: SyntaxModel.Decoding = .argmax) throws {
        let models = try NeuralModels(modelsDirectory: modelsDirectory, tasks: tasks, syntaxDecoding: syntaxDecoding)
        morph = models.morph.map(MorphTaggingStage.init(model:))
        syntax = models.syntax.map(SyntaxParsingStage.init(model:))
        ner = models.ner.map(NERStage.init(model:))
    }

    /// Runs the loaded stages on one slice of documents, batched, on the calling thread.
    /// Tokens are encoded once when the models share their vocabularies (the news models do).
    public func processBatch(_ documents: inout [Document]) {
        let encoders = [morph?.model.base.tokens, syntax?.model.base.tokens, ner?.model.base.tokens].compactMap { $0 }
        var shared: [EncodedSequence]? = nil
        if let first = encoders.first, encoders.allSatisfy({ $0.sameIDs(as: first) }) {
            shared = documents.map { first.encode(document: $0) }
            if let ordinaryCase, var encoded = shared {
                for d in documents.indices { ShoutedSentences.recase(&encoded[d], document: documents[d], encoder: first, recase: ordinaryCase) }
                shared = encoded
            }
        }
        morph?.process(batch: &documents, encoded: shared)
        syntax?.process(batch: &documents, encoded: shared)
        ner?.process(batch: &documents, encoded: shared)
    }

    /// Runs the loaded stages over all documents on `threads` cores (all by default).
    public func process(_ documents: inout [Document], threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        let me = self
        runInParallel(&documents, threads: threads) { me.processBatch(&$0) }
    }
}
