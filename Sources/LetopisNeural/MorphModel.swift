import Foundation
import LetopisCore

/// slovnet `morph_news_v1`: a UD tag (`NOUN|Case=Nom|...`) per token.
public struct MorphModel: Sendable {
    public let base: SlovnetBase
    public let tags: [String]
    /// ``tags`` parsed once.
    public let parsed: [MorphTag]
    let proj: Linear

    public init(modelsDirectory: URL, name: String = "morph_news_v1", navec: NavecPack? = nil, words: WordVocabulary? = nil) throws {
        base = try SlovnetBase(modelsDirectory: modelsDirectory, name: name, navec: navec, words: words)
        tags = try base.pack.vocabulary("tag")
        parsed = tags.map(MorphModel.parse)
        proj = try base.headLinear(base.pack.model["head"]["proj"], inDim: base.encoder.outputDim, what: "head.proj")
        guard proj.outDim == tags.count else {
            throw LetopisError(.modelCorrupt, subject: "\(base.pack.name)/vocabs/tag",
                               message: "has \(tags.count) tags; head.proj gives \(proj.outDim)", remedy: ModelPack.remedy)
        }
    }

    /// slovnet's `parse_conll_tag`: `POS|A=x|B=y`, features in the tag's order.
    static func parse(_ tag: String) -> MorphTag {
        // Split the UTF-8 bytes (ASCII separators), not the String's grapheme clusters: 753 tags at load.
        let parts = Array(tag.utf8).split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
        let feats: [(String, String)] = parts.dropFirst().map { f in
            let kv = f.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            return (String(decoding: kv[0], as: UTF8.self), kv.count > 1 ? String(decoding: kv[1], as: UTF8.self) : "")
        }
        return MorphTag(pos: parts.first.map { String(decoding: $0, as: UTF8.self) } ?? "", features: feats)
    }

    /// Tag ids (into ``tags``) of each sequence.
    public func tagIDs(_ batch: [[String]]) -> [[Int]] { tagIDs(encoded: batch.map(base.tokens.encode)) }

    /// Tag ids of sequences already encoded (``TokenEncoder``).
    /// Sequences longer than `pieceTokens` are encoded in overlapping pieces (same results, bounded memory).
    public func tagIDs(encoded: [EncodedSequence], pieceTokens: Int = 1024) -> [[Int]] {
        var result = encoded.map { [Int](repeating: 0, count: $0.count) }
        let (pieceSeqs, pieces) = base.pieces(of: encoded, maxTokens: pieceTokens)
        base.runChunks(pieceSeqs) { chunk, layout, x, ld in
            let logits = FloatStorage(uninitialized: layout.rows * proj.paddedOut)
            proj.apply(rows: layout.rows, x, lda: ld, into: logits.pointer)
            for (s, start) in layout.starts.enumerated() {
                let piece = pieces[chunk.lowerBound + s]
                for t in piece.keep {
                    result[piece.sequence][piece.tokens.lowerBound + t] =
                        Kernels.argmax(logits.pointer + (start + t) * proj.paddedOut, count: proj.outDim)
                }
            }
        }
        return result
    }

    public func tag(_ batch: [[String]]) -> [[MorphTag]] {
        tagIDs(batch).map { $0.map { parsed[$0] } }
    }
}
