import Foundation
import LetopisCore

/// Slovnet's news syntax model over documents: a head and a UD relation per token.
///
/// Parses each sentence as natasha's `NewsSyntaxParser`; heads are document
/// token indexes (nil for the root). Sentences longer than ``SyntaxModel/windowTokens``
/// are parsed in windows of that many tokens, one tree each, with a warning. Not a pipeline stage
/// of its own: ``NeuralTagger`` runs it with the other models over one shared token encoding.
public struct SyntaxParser: Sendable {
    public let model: SyntaxModel
    /// The layer this model fills.
    public static let layer: Layer = .syntax

    public init(model: SyntaxModel) { self.model = model }
    public init(modelsDirectory: URL, decoding: SyntaxModel.Decoding = .argmax) throws {
        model = try SyntaxModel(modelsDirectory: modelsDirectory, decoding: decoding)
    }

    /// Replaces each document's dependency arcs with the model's.
    public func process(batch documents: inout [Document], encoded: [EncodedSequence]? = nil) {
        let encoded = encoded ?? documents.map { model.base.tokens.encode(document: $0) }
        let (sequences, owners) = SentenceBatch.collect(documents, encoded: encoded, window: SyntaxModel.windowTokens)
        for d in documents.indices {
            for s in documents[d].validSentences where s.tokens.count > SyntaxModel.windowTokens {
                documents[d].warnings.append(
                    "syntax: sentence of \(s.tokens.count) tokens at token \(s.tokens.lowerBound) is longer than \(SyntaxModel.windowTokens); parsed in windows of \(SyntaxModel.windowTokens) tokens, one tree each")
            }
        }
        let arcs = model.parseIDs(encoded: sequences)
        for d in documents.indices {
            documents[d].syntax = Array(repeating: DependencyArc(head: nil, relation: "dep"), count: documents[d].tokens.count)
        }
        for (o, a) in zip(owners, arcs) {
            if a.isEmpty && !o.tokens.isEmpty {
                documents[o.doc].warnings.append(
                    "syntax: sentence of \(o.tokens.count) tokens at token \(o.tokens.lowerBound) is longer than \(SyntaxModel.maxTokens); not parsed")
                continue
            }
            for (i, arc) in zip(o.tokens, a) {
                let head = arc.head == 0 ? nil : o.tokens.lowerBound + arc.head - 1
                documents[o.doc].syntax[i] = DependencyArc(head: head, relation: model.relations[arc.relation])
            }
        }
        for d in documents.indices { documents[d].layers.insert(Self.layer) }
    }
}
