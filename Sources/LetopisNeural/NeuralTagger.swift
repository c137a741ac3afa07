import Foundation
import LetopisCore

/// How words of all-capitals sentences and of texts typed in lower case are written in ordinary text, for
/// ``NeuralTagger``: the models learnt names from capitalisation, so a shouted headline or a lower-case post
/// is tagged with the shapes of its ordinary spelling (see ``ShoutedSentences``, ``LowerCaseText``). The
/// pipeline gives one backed by the OpenCorpora dictionary.
public protocol OrdinaryCasing: Sendable {
    /// How `word` (in capitals, or in lower case) is written in ordinary text.
    func ordinaryCase(of word: String) -> OrdinaryCase
}

/// The three slovnet news models run together over a batch, on all cores, sharing one token encoding.
///
/// ```swift
/// let tagger = try NeuralTagger(modelsDirectory: dir)
/// tagger.process(&documents)          // morph, syntax and NER on every document
/// ```
public struct NeuralTagger: Sendable {
    public let morph: MorphTagger?
    public let syntax: SyntaxParser?
    public let ner: NERTagger?
    /// How a word of an all-capitals sentence or of a lower-case text is written in ordinary text; when given,
    /// such text is tagged with the shapes of its ordinary spelling (see ``ShoutedSentences``, ``LowerCaseText``).
    public let casing: (any OrdinaryCasing)?

    public init(modelsDirectory: URL, tasks: Set<NeuralModels.Task> = Set(NeuralModels.Task.allCases),
                syntaxDecoding: SyntaxModel.Decoding = .argmax, casing: (any OrdinaryCasing)? = nil) throws {
        let models = try NeuralModels(modelsDirectory: modelsDirectory, tasks: tasks, syntaxDecoding: syntaxDecoding)
        morph = models.morph.map(MorphTagger.init(model:))
        syntax = models.syntax.map(SyntaxParser.init(model:))
        ner = models.ner.map(NERTagger.init(model:))
        self.casing = casing
    }

    /// The layers the loaded models fill.
    public var produces: Set<Layer> {
        var layers: Set<Layer> = []
        if morph != nil { layers.insert(MorphTagger.layer) }
        if syntax != nil { layers.insert(SyntaxParser.layer) }
        if ner != nil { layers.insert(NERTagger.layer) }
        return layers
    }

    /// Runs the loaded models on one slice of documents, batched, on the calling thread.
    /// Tokens are encoded once when the models share their vocabularies (the news models do).
    public func processBatch(_ documents: inout [Document]) {
        let encoders = [morph?.model.base.tokens, syntax?.model.base.tokens, ner?.model.base.tokens].compactMap { $0 }
        var shared: [EncodedSequence]? = nil
        if let first = encoders.first, encoders.allSatisfy({ $0.sameIDs(as: first) }) {
            shared = documents.map { first.encode(document: $0) }
            if let casing, var encoded = shared {
                for d in documents.indices {
                    ShoutedSentences.recase(&encoded[d], document: documents[d], encoder: first, recase: casing.ordinaryCase(of:))
                    LowerCaseText.recase(&encoded[d], document: documents[d], encoder: first, recase: casing.ordinaryCase(of:))
                }
                shared = encoded
            }
        }
        morph?.process(batch: &documents, encoded: shared)
        syntax?.process(batch: &documents, encoded: shared)
        ner?.process(batch: &documents, encoded: shared)
    }

    /// Runs the loaded models over all documents on `threads` cores (all by default).
    public func process(_ documents: inout [Document], threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        let me = self
        runInParallel(&documents, threads: threads) { me.processBatch(&$0) }
    }
}
