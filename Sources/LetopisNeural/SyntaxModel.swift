import Foundation
import LetopisCore

/// A dependency arc within a sequence: `head` is 0 for the root, else the 1-based token.
public struct SequenceArc: Hashable, Sendable {
    public var head: Int
    public var relation: Int
}

/// slovnet `syntax_news_v1`: a biaffine parser over the CNN encoder.
///
/// Head scores `s[i][j] = ff_head(x_i) K ff_tail(x_j)`, `j = 0` being a learnt
/// root vector; each token takes the best-scoring head (slovnet's decoding: an
/// argmax per token, which does not force a tree — the same heads as natasha).
/// The relation of a token is the argmax of `ff_head'(x_head) K' ff_tail'(x_i)`.
public struct SyntaxModel: Sendable {
    public let base: SlovnetBase
    public let relations: [String]
    let headFF: Linear, tailFF: Linear, headKernel: Linear
    let headRoot: FloatArray
    let relHeadFF: Linear, relTailFF: Linear, relKernel: Linear
    let relRoot: FloatArray
    let hidden: Int

    /// Sentences longer than this get no arcs (the head scores grow as n²).
    public static let maxTokens = 8192
    /// Sentences longer than this are parsed in windows of this many tokens: the parser's memory is
    /// quadratic in a sequence's length, and a run-on "sentence" without full stops (a list, a table,
    /// a broken scrape) may be megabytes long. Each window gets its own tree.
    public static let windowTokens = 512
    /// Longer sentences are decoded by argmax even in ``Decoding/tree`` mode (the tree search grows as n³ and more).
    public static let maxTreeTokens = 200

    /// How heads are chosen from the scores.
    public enum Decoding: String, Sendable {
        /// The best head of each token on its own: slovnet's and natasha's decoding, bit for bit.
        case argmax
        /// The best tree with one root child (``Kernels/maximumSpanningTree(scores:n:)``).
        case tree
    }

    /// Decoding of heads; `.argmax` reproduces natasha.
    public var decoding: Decoding = .argmax

    public init(modelsDirectory: URL, name: String = "syntax_news_v1", navec: NavecPack? = nil, words: WordVocabulary? = nil,
                decoding: Decoding = .argmax) throws {
        self.decoding = decoding
        base = try SlovnetBase(modelsDirectory: modelsDirectory, name: name, navec: navec, words: words)
        relations = try base.pack.vocabulary("rel")
        let d = base.encoder.outputDim
        let m = base.pack.model
        headFF = try base.headLinear(m["head"]["head"]["proj"], inDim: d, what: "head.head.proj")
        tailFF = try base.headLinear(m["head"]["tail"]["proj"], inDim: d, what: "head.tail.proj")
        hidden = headFF.outDim
        headRoot = try base.pack.weight(m["head"]["root"], shape: [d], what: "head.root")
        let hk = try base.pack.weight(m["head"]["kernel"], shape: [hidden, hidden], what: "head.kernel")
        headKernel = Linear(weight: hk.pointer, inDim: hidden, outDim: hidden, bias: nil)
        relHeadFF = try base.headLinear(m["rel"]["head"]["proj"], inDim: d, what: "rel.head.proj")
        relTailFF = try base.headLinear(m["rel"]["tail"]["proj"], inDim: d, what: "rel.tail.proj")
        relRoot = try base.pack.weight(m["rel"]["root"], shape: [d], what: "rel.root")
        let rk = try base.pack.weight(m["rel"]["kernel"], shape: [relHeadFF.outDim, relations.count * relHeadFF.outDim], what: "rel.kernel")
        relKernel = Linear(weight: rk.pointer, inDim: relHeadFF.outDim, outDim: rk.shape[1], bias: nil)
        guard tailFF.outDim == hidden, relTailFF.outDim == relHeadFF.outDim else {
            throw LetopisError(.modelCorrupt, subject: "\(base.pack.name)/model.json",
                               message: "head and tail projections differ in size", remedy: ModelPack.remedy)
        }
    }

    /// Arcs of each sequence (empty for a sequence longer than ``maxTokens``).
    public func parseIDs(_ batch: [[String]]) -> [[SequenceArc]] { parseIDs(encoded: batch.map(base.tokens.encode)) }

    /// Arcs of sequences already encoded (``TokenEncoder``).
    public func parseIDs(encoded: [EncodedSequence]) -> [[SequenceArc]] {
        var result: [[SequenceArc]] = []
        result.reserveCapacity(encoded.count)
        let d = base.encoder.outputDim
        base.runChunks(encoded) { _, layout, x, ld in
            let rows = layout.rows
            // Head scores: projections of every row, then of the root.
            let h = FloatStorage(uninitialized: rows * headFF.paddedOut)
            let tl = FloatStorage(uninitialized: (rows + 1) * tailFF.paddedOut)
            headFF.apply(rows: rows, x, lda: ld, into: h.pointer, relu: true)
            tailFF.apply(rows: rows, x, lda: ld, into: tl.pointer, relu: true)
            let rootTail = tl.pointer + rows * tailFF.paddedOut
            tailFF.apply(rows: 1, headRoot.pointer, lda: d, into: rootTail, relu: true)
            let hk = FloatStorage(uninitialized: rows * headKernel.paddedOut)
            headKernel.apply(rows: rows, h.pointer, lda: headFF.paddedOut, into: hk.pointer)
            // Relation projections of every token as a dependent.
            let rt = FloatStorage(uninitialized: rows * relTailFF.paddedOut)
            relTailFF.apply(rows: rows, x, lda: ld, into: rt.pointer, relu: true)

            var heads = [Int](repeating: 0, count: rows)
            let gathered = FloatStorage(count: rows * d)
            for (s, start) in layout.starts.enumerated() {
                let n = layout.lengths[s]
                guard n > 0 && n <= SyntaxModel.maxTokens else { continue }
                let tree = decoding == .tree && n <= SyntaxModel.maxTreeTokens
                var matrix = tree ? [Float](repeating: 0, count: n * (n + 1)) : []
                for i in 0..<n {
                    let q = hk.pointer + (start + i) * headKernel.paddedOut
                    var best = 0
                    var value = Kernels.dot(q, rootTail, hidden)
                    if tree { matrix[i * (n + 1)] = value }
                    for j in 1...n {
                        let v = Kernels.dot(q, tl.pointer + (start + j - 1) * tailFF.paddedOut, hidden)
                        if tree { matrix[i * (n + 1) + j] = v }
                        if v > value { value = v; best = j }
                    }
                    heads[start + i] = best
                }
                if tree {
                    for (i, h) in Kernels.maximumSpanningTree(scores: matrix, n: n).enumerated() { heads[start + i] = h }
                }
                for i in 0..<n {
                    let best = heads[start + i]
                    let src = best == 0 ? relRoot.pointer : x + (start + best - 1) * ld
                    (gathered.pointer + (start + i) * d).update(from: src, count: d)
                }
            }
            let rh = FloatStorage(uninitialized: rows * relHeadFF.paddedOut)
            relHeadFF.apply(rows: rows, gathered.pointer, lda: d, into: rh.pointer, relu: true)
            let rk = FloatStorage(uninitialized: rows * relKernel.paddedOut)
            relKernel.apply(rows: rows, rh.pointer, lda: relHeadFF.paddedOut, into: rk.pointer)
            let rhid = relTailFF.outDim
            for (s, start) in layout.starts.enumerated() {
                let n = layout.lengths[s]
                guard n > 0 && n <= SyntaxModel.maxTokens else { result.append([]); continue }
                var arcs: [SequenceArc] = []
                arcs.reserveCapacity(n)
                for i in 0..<n {
                    let row = rk.pointer + (start + i) * relKernel.paddedOut
                    let tail = rt.pointer + (start + i) * relTailFF.paddedOut
                    var best = 0
                    var value = Kernels.dot(row, tail, rhid)
                    for r in 1..<relations.count {
                        let v = Kernels.dot(row + r * rhid, tail, rhid)
                        if v > value { value = v; best = r }
                    }
                    arcs.append(SequenceArc(head: heads[start + i], relation: best))
                }
                result.append(arcs)
            }
        }
        return result
    }
}
