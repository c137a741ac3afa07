import Foundation
import LetopisCore
import LetopisNeural

/// Pipeline stage `neural.slovnet.news-v1`: morphology, syntax and NER in one
/// pass over a batch, sharing the token encoding between the three models.
///
/// The three models are parts of this one stage, not stages of their own: they share one
/// encoding of the tokens, which is most of the work.
public struct NeuralTaggingStage: BatchStage {
    public let tagger: NeuralTagger
    public var name: String { "neural.slovnet.news-v1" }
    public var requires: Set<Layer> { [.tokens, .sentences] }
    public var produces: Set<Layer> { tagger.produces }

    /// - Parameter casing: how words of all-capitals sentences are written in ordinary text (nil: tagged
    ///   as they stand).
    public init(modelsDirectory: URL, tasks: Set<NeuralModels.Task> = Set(NeuralModels.Task.allCases),
                syntaxDecoding: SyntaxModel.Decoding = .argmax, casing: (any OrdinaryCasing)? = nil) throws {
        tagger = try NeuralTagger(modelsDirectory: modelsDirectory, tasks: tasks, syntaxDecoding: syntaxDecoding, casing: casing)
    }

    public func process(batch documents: inout [Document]) {
        tagger.processBatch(&documents)
    }
}
