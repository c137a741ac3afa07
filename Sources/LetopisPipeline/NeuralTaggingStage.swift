import Foundation
import LetopisCore
import LetopisNeural

/// Pipeline stage `neural.slovnet.news-v1`: morphology, syntax and NER in one
/// pass over a batch, sharing the token encoding between the three models.
public struct NeuralTaggingStage: BatchStage {
    public var tagger: NeuralTagger
    public var name: String { "neural.slovnet.news-v1" }
    public var requires: Set<Layer> { [.tokens, .sentences] }
    public var produces: Set<Layer> {
        var layers: Set<Layer> = []
        if tagger.morph != nil { layers.insert(.morph) }
        if tagger.syntax != nil { layers.insert(.syntax) }
        if tagger.ner != nil { layers.insert(.entities) }
        return layers
    }

    public init(modelsDirectory: URL, tasks: Set<NeuralModels.Task> = Set(NeuralModels.Task.allCases),
                syntaxDecoding: SyntaxModel.Decoding = .argmax) throws {
        tagger = try NeuralTagger(modelsDirectory: modelsDirectory, tasks: tasks, syntaxDecoding: syntaxDecoding)
    }

    public func process(batch documents: inout [Document]) {
        tagger.processBatch(&documents)
    }
}
