import Foundation
import LetopisCore

/// Slovnet's news morphology model over documents: a UD part of speech and features per token.
///
/// Tags each sentence as natasha's `NewsMorphTagger` does; tokens outside every
/// sentence get `X`. Fills ``Document/morphTags`` (parallel to tokens). Not a pipeline stage of
/// its own: ``NeuralTagger`` runs it with the other models over one shared token encoding, and the
/// pipeline's `neural` stage declares the layers.
public struct MorphTagger: Sendable {
    public let model: MorphModel
    /// The layer this model fills.
    public static let layer: Layer = .morph

    public init(model: MorphModel) { self.model = model }
    public init(modelsDirectory: URL) throws { model = try MorphModel(modelsDirectory: modelsDirectory) }

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
        for d in documents.indices { documents[d].layers.insert(Self.layer) }
    }
}
