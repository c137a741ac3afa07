import Foundation
import LetopisCore

/// Letopis's NEREL tagger: the 29 entity types of NEREL (PERSON, PROFESSION, EVENT, LAW, ...),
/// nested, in slovnet's architecture.
///
/// The encoder is slovnet's (frozen navec vectors and shape vectors, three conv layers,
/// ``SlovnetEncoder``); the head gives each token three scores (O, B, I) for every
/// (level, type), and every (level, type) has its own 3×3 CRF, decoded on its own
/// (``Kernels/viterbi``). So spans of different types nest and overlap freely
/// (`министра финансов Германии` is a PROFESSION holding a COUNTRY), and level 1 holds
/// spans nested in one of the same type (`министра` in `заместителя министра`).
/// Trained by `Training/nerel-tagger/train.sh`; the file format is ``LetopisModelFile``.
///
/// ```swift
/// let model = try NERELModel(weights: url, modelsDirectory: models, remedy: "run 'Training/nerel-tagger/train.sh'")
/// model.spans(encoded: [model.base.tokens.encode(["Министр", "финансов", "Германии"])])
/// // [[PROFESSION 0..<3, COUNTRY 2..<3]]
/// ```
public struct NERELModel: Sendable {
    public let base: SlovnetBase
    /// The entity types; the head's score triple `level × types.count + type` is that type's at that level.
    public let types: [EntityType]
    /// Nesting levels of one type (1: outermost spans only; 2: and the spans nested in them).
    public let levels: Int
    let proj: Linear
    /// `[levels × types][3][3]`: per head, `transitions[prev * 3 + cur]` over O, B, I.
    let transitions: FloatArray
    var heads: Int { levels * types.count }

    /// The head's tags, per type: index 0 is O, 1 B, 2 I.
    public static let tagsPerType = 3

    /// Reads the weights file `weights`; navec and slovnet's word vocabulary come from `modelsDirectory`
    /// (`navec` and `words` are reused when given and the same).
    public init(weights: URL, modelsDirectory: URL, remedy: String, navec: NavecPack? = nil, words: WordVocabulary? = nil) throws {
        let pack = try ModelPack(file: weights, name: weights.lastPathComponent, remedy: remedy)
        base = try SlovnetBase(pack: pack, modelsDirectory: modelsDirectory, navec: navec, words: words)
        let names = try pack.vocabulary("type")
        types = names.map(EntityType.init(rawValue:))
        let head = pack.model["head"]
        let levels = head["levels"].int ?? 1
        guard (1...4).contains(levels) else {
            throw LetopisError(.modelCorrupt, subject: pack.name, message: "head has \(levels) levels; 1 to 4 are read", remedy: remedy)
        }
        self.levels = levels
        proj = try base.headLinear(head["proj"], inDim: base.encoder.outputDim, what: "head.proj")
        guard proj.outDim == levels * names.count * Self.tagsPerType else {
            throw LetopisError(.modelCorrupt, subject: pack.name,
                               message: "has \(levels) × \(names.count) heads; head.proj gives \(proj.outDim) scores, not 3 a head",
                               remedy: remedy)
        }
        transitions = try pack.weight(head["crf"]["transitions"], shape: [levels * names.count, 3, 3], what: "head.crf.transitions")
    }

    /// The head's scores of every token of each sequence: `[count][levels × types × 3]` row-major, per head O, B, I.
    public func emissions(encoded: [EncodedSequence], pieceTokens: Int = 1024) -> [[Float]] {
        let ld = proj.paddedOut, width = proj.outDim
        return rawEmissions(encoded: encoded, pieceTokens: pieceTokens).enumerated().map { s, em in
            var rows = [Float](repeating: 0, count: encoded[s].count * width)
            for t in 0..<encoded[s].count {
                for j in 0..<width { rows[t * width + j] = em.pointer[t * ld + j] }
            }
            return rows
        }
    }

    /// Emissions with row stride `proj.paddedOut`, gathered from the pieces of each sequence
    /// (sequences longer than `pieceTokens` are encoded in overlapping pieces: same results, bounded memory).
    func rawEmissions(encoded: [EncodedSequence], pieceTokens: Int) -> [FloatStorage] {
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
        return emissions
    }

    /// The typed token spans of each sequence (levels merged: a span found at both counts once),
    /// ordered by start, longer first, then by type.
    ///
    /// - Complexity: O(tokens × levels × types) after the encoder.
    public func spans(encoded: [EncodedSequence], pieceTokens: Int = 1024) -> [[TokenSpan]] {
        let ld = proj.paddedOut
        return zip(encoded, rawEmissions(encoded: encoded, pieceTokens: pieceTokens)).map { e, em in
            let path = Kernels.viterbiOfThreeTagHeads(emissions: em.pointer, ld: ld, length: e.count, heads: heads,
                                                      transitions: transitions.pointer)
            var found = Set<TokenSpan>()
            for h in 0..<heads {
                found.formUnion(Kernels.bioSpans(ids: path, stride: heads, offset: h, type: types[h % types.count].rawValue))
            }
            return found.sorted { ($0.start, $1.end, $0.type) < ($1.start, $0.end, $1.type) }
        }
    }
}

extension Kernels {
    /// Viterbi decoding of `heads` independent CRFs of three tags each, in one pass over the tokens.
    ///
    /// Head `h` reads `emissions[t * ld + h * 3 + tag]` and `transitions[h * 9 + prev * 3 + cur]`;
    /// each gives exactly the path ``viterbi(emissions:ld:length:tags:transitions:)`` gives it alone
    /// (same order of additions, ties to the lowest tag), without an allocation per head.
    /// Returns the tags `[length][heads]`, row-major.
    ///
    /// - Complexity: O(length × heads).
    public static func viterbiOfThreeTagHeads(emissions: UnsafePointer<Float>, ld: Int, length: Int, heads: Int,
                                              transitions: UnsafePointer<Float>) -> [UInt8] {
        guard length > 0, heads > 0 else { return [] }
        var score = [Float](repeating: 0, count: heads * 3)
        var next = [Float](repeating: 0, count: heads * 3)
        var history = [UInt8](repeating: 0, count: (length - 1) * heads * 3)
        for j in 0..<(heads * 3) { score[j] = emissions[j] }
        score.withUnsafeMutableBufferPointer { scoreBuffer in
            next.withUnsafeMutableBufferPointer { nextBuffer in
                history.withUnsafeMutableBufferPointer { historyBuffer in
                    guard var s = scoreBuffer.baseAddress, var n = nextBuffer.baseAddress, let back = historyBuffer.baseAddress else { return }
                    for t in 1..<length {
                        let e = emissions + t * ld
                        let row = back + (t - 1) * heads * 3
                        for h in 0..<heads {
                            let tr = transitions + h * 9, o = h * 3
                            for cur in 0..<3 {
                                var best: UInt8 = 0
                                var value = (s[o] + tr[cur]) + e[o + cur]
                                let v1 = (s[o + 1] + tr[3 + cur]) + e[o + cur]
                                if v1 > value { value = v1; best = 1 }
                                let v2 = (s[o + 2] + tr[6 + cur]) + e[o + cur]
                                if v2 > value { value = v2; best = 2 }
                                n[o + cur] = value
                                row[o + cur] = best
                            }
                        }
                        swap(&s, &n)
                    }
                    // After an odd number of steps the last scores are in `next`'s buffer.
                    if s != scoreBuffer.baseAddress { scoreBuffer.baseAddress?.update(from: s, count: heads * 3) }
                }
            }
        }
        var path = [UInt8](repeating: 0, count: length * heads)
        for h in 0..<heads {
            let o = h * 3
            var best = 0
            if score[o + 1] > score[o + best] { best = 1 }
            if score[o + 2] > score[o + best] { best = 2 }
            path[(length - 1) * heads + h] = UInt8(best)
            var t = length - 1
            while t > 0 {
                best = Int(history[((t - 1) * heads + h) * 3 + best])
                path[(t - 1) * heads + h] = UInt8(best)
                t -= 1
            }
        }
        return path
    }

    /// Spans of one head of a `[length][stride]` path of tag ids 0 = O, 1 = B, 2 = I (column `offset`),
    /// read as ``bioSpans(_:)`` reads tags: B opens a span, I extends the open one, O closes it.
    public static func bioSpans(ids path: [UInt8], stride: Int, offset: Int, type: String) -> [TokenSpan] {
        guard stride > 0, (0..<stride).contains(offset) else { return [] }
        return bioSpans(ids: Swift.stride(from: offset, to: path.count, by: stride).map { Int(path[$0]) }, type: type)
    }

    /// Spans of one type from a path of tag ids 0 = O, 1 = B, 2 = I, read as ``bioSpans(_:)``
    /// reads tags: B opens a span, I extends the open one, O closes it.
    public static func bioSpans(ids path: [Int], type: String) -> [TokenSpan] {
        var spans: [TokenSpan] = []
        var open: TokenSpan? = nil
        for (i, tag) in path.enumerated() {
            switch tag {
            case 0:
                if let o = open { spans.append(o); open = nil }
            case 1:
                if let o = open { spans.append(o) }
                open = TokenSpan(start: i, end: i + 1, type: type)
            case 2:
                open?.end = i + 1
            default:
                break
            }
        }
        if let o = open { spans.append(o) }
        return spans
    }
}
