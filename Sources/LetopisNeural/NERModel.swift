import Foundation
import LetopisCore

/// slovnet `ner_news_v1`: BIO tags per token, decoded by a CRF.
public struct NERModel: Sendable {
    public let base: SlovnetBase
    public let tags: [String]
    let proj: Linear
    let transitions: FloatArray

    public init(modelsDirectory: URL, name: String = "ner_news_v1", navec: NavecPack? = nil, words: WordVocabulary? = nil) throws {
        base = try SlovnetBase(modelsDirectory: modelsDirectory, name: name, navec: navec, words: words)
        tags = try base.pack.vocabulary("tag")
        let head = base.pack.model["head"]
        proj = try base.headLinear(head["proj"], inDim: base.encoder.outputDim, what: "head.proj")
        guard proj.outDim == tags.count else {
            throw LetopisError(.modelCorrupt, subject: "\(base.pack.name)/vocabs/tag",
                               message: "has \(tags.count) tags; head.proj gives \(proj.outDim)", remedy: ModelPack.remedy)
        }
        transitions = try base.pack.weight(head["crf"]["transitions"], shape: [tags.count, tags.count], what: "head.crf.transitions")
    }

    /// Tag ids (into ``tags``) of each sequence of tokens.
    public func tagIDs(_ batch: [[String]]) -> [[Int]] { tagIDs(encoded: batch.map(base.tokens.encode)) }

    /// Tag ids of sequences already encoded (``TokenEncoder``).
    /// Sequences longer than `pieceTokens` are encoded in overlapping pieces (same results, bounded memory).
    public func tagIDs(encoded: [EncodedSequence], pieceTokens: Int = 1024) -> [[Int]] {
        // Emissions of every token of every sequence, gathered from the pieces, then one Viterbi pass each.
        let ld = proj.paddedOut
        let emissions = encoded.map { FloatStorage(uninitialized: max($0.count, 1) * ld) }
        let (pieceSeqs, pieces) = base.pieces(of: encoded, maxTokens: pieceTokens)
        base.runChunks(pieceSeqs) { chunk, layout, x, xld in
            let em = FloatStorage(uninitialized: layout.rows * ld)
            proj.apply(rows: layout.rows, x, lda: xld, into: em.pointer)
            for (s, start) in layout.starts.enumerated() {
                let piece = pieces[chunk.lowerBound + s]
                let keep = piece.keep
                (emissions[piece.sequence].pointer + (piece.tokens.lowerBound + keep.lowerBound) * ld)
                    .update(from: em.pointer + (start + keep.lowerBound) * ld, count: keep.count * ld)
            }
        }
        return zip(encoded, emissions).map { e, em in
            Kernels.viterbi(emissions: em.pointer, ld: ld, length: e.count, tags: tags.count, transitions: transitions.pointer)
        }
    }

    /// BIO tags of each sequence (`B-PER`, `I-LOC`, `O`, ...).
    public func tag(_ batch: [[String]]) -> [[String]] {
        tagIDs(batch).map { $0.map { tags[$0] } }
    }
}
