import Foundation
import LetopisCore

/// Pipeline stage `morph.slovnet.news-v1`: a UD part of speech and features per token.
///
/// Tags each sentence as natasha's `NewsMorphTagger` does; tokens outside every
/// sentence get `X`. Fills ``Document/morphTags`` (parallel to tokens).
public struct MorphTaggingStage: BatchStage {
    public let model: MorphModel
    public var name: String { "morph.slovnet.news-v1" }
    public var requires: Set<Layer> { [.tokens, .sentences] }
    public var produces: Set<Layer> { [.morph] }

    public init(model: MorphModel) { self.model = model }
    public init(modelsDirectory: URL) throws { model = try MorphModel(modelsDirectory: modelsDirectory) }

    public func process(batch documents: inout [Document]) { process(batch: &documents, encoded: nil) }

    /// Tags every sentence of every document in as few encoder passes as possible.
    public func process(batch documents: inout [Document], encoded: [EncodedSequence]? = nil) {
        let encoded = encoded ?? documents.map { model.base.tokens.encode(document: $0) }
        let (sequences, owners) = SentenceBatch.collect(documents, encoded: encoded)
        let tags = model.tagIDs(encoded: sequences).map { $0.map { model.parsed[$0] } }
        for d in documents.indices {
            documents[d].morphTags = Array(repeating: MorphTag(pos: "X", features: []), count: documents[d].tokens.count)
        }
        for (o, t) in zip(owners, tags) {
            for (i, tag) in zip(o.tokens, t) { documents[o.doc].morphTags[i] = tag }
        }
        for d in documents.indices { documents[d].layers.formUnion(produces) }
    }
}
