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
    public func tagIDs(encoded: [EncodedSequence]) -> [[Int]] {
        var result: [[Int]] = []
        result.reserveCapacity(encoded.count)
        for chunk in encoded.chunked(rows: chunkRows) {
            let seqs = Array(encoded[chunk])
            base.run(seqs) { layout, x, ld in
                let em = FloatStorage(uninitialized: layout.rows * proj.paddedOut)
                proj.apply(rows: layout.rows, x, lda: ld, into: em.pointer)
                for (s, start) in layout.starts.enumerated() {
                    result.append(Kernels.viterbi(emissions: em.pointer + start * proj.paddedOut, ld: proj.paddedOut,
                                                  length: layout.lengths[s], tags: tags.count, transitions: transitions.pointer))
                }
            }
        }
        return result
    }

    /// BIO tags of each sequence (`B-PER`, `I-LOC`, `O`, ...).
    public func tag(_ batch: [[String]]) -> [[String]] {
        tagIDs(batch).map { $0.map { tags[$0] } }
    }
}
