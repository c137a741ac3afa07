import Foundation
import LetopisCore

/// Slovnet's news NER model over documents: PER, LOC and ORG mentions.
///
/// As natasha's `NewsNERTagger`, the model reads the whole document as one
/// sequence of tokens (its receptive field crosses sentence ends), and a
/// mention spans from its first token's start to its last token's end. Not a pipeline stage of
/// its own: ``NeuralTagger`` runs it with the other models over one shared token encoding.
public struct NERTagger: Sendable {
    public let model: NERModel
    /// The layer this model fills.
    public static let layer: Layer = .entities

    public init(model: NERModel) { self.model = model }
    public init(modelsDirectory: URL) throws { model = try NERModel(modelsDirectory: modelsDirectory) }

    /// Replaces each document's mentions with the model's.
    public func process(batch documents: inout [Document], encoded: [EncodedSequence]? = nil) {
        let encoded = encoded ?? documents.map { model.base.tokens.encode(document: $0) }
        let tags = model.tagIDs(encoded: encoded).map { $0.map { model.tags[$0] } }
        for (d, t) in tags.enumerated() {
            var mentions: [Mention] = []
            for span in Kernels.bioSpans(t) {
                let type: EntityType
                switch span.type {
                case "PER": type = .person
                case "LOC": type = .location
                case "ORG": type = .organization
                default: type = EntityType(rawValue: span.type)
                }
                let tokens = documents[d].tokens
                mentions.append(Mention(TextRange(tokens[span.start].range.start, tokens[span.end - 1].range.end), type: type))
            }
            documents[d].mentions = mentions
            documents[d].layers.insert(Self.layer)
        }
    }
}
