import Foundation
import LetopisCore

/// What every slovnet model shares: its pack, token encoder and CNN encoder.
public struct SlovnetBase: Sendable {
    public let pack: ModelPack
    public let tokens: TokenEncoder
    public let encoder: SlovnetEncoder

    /// Loads `slovnet/<name>`; `navec` and `words` are reused when the pack's own match them.
    init(modelsDirectory: URL, name: String, navec: NavecPack?, words: WordVocabulary?) throws {
        pack = try ModelPack(modelsDirectory: modelsDirectory, name: "slovnet/\(name)")
        let navecID = pack.model["emb"]["word"]["id"].string ?? ""
        let navec = try navec.flatMap { $0.id == navecID ? $0 : nil }
            ?? NavecPack(modelsDirectory: modelsDirectory, id: navecID)
        let wordURL = pack.directory.appendingPathComponent("vocabs/word")
        var vocab: WordVocabulary
        if let words, let file = try? MappedFile(wordURL, name: "\(pack.name)/vocabs/word"), words.sameBytes(as: file) {
            vocab = words
        } else {
            vocab = try WordVocabulary(wordURL, name: "\(pack.name)/vocabs/word")
        }
        guard vocab.count == navec.vectors else {
            throw LetopisError(.modelCorrupt, subject: "\(pack.name)/vocabs/word",
                               message: "has \(vocab.count) words; navec '\(navec.id)' has \(navec.vectors) vectors",
                               remedy: ModelPack.remedy)
        }
        let shapes = try pack.vocabulary("shape")
        tokens = TokenEncoder(words: vocab, shapes: shapes)
        encoder = try SlovnetEncoder(pack: pack, navec: navec, shapeCount: shapes.count)
    }

    /// Encodes a chunk of sequences and hands the encoder output to `body`.
    func run<R>(_ batch: [EncodedSequence], _ body: (BatchLayout, UnsafePointer<Float>, Int) -> R) -> R {
        let layout = BatchLayout(lengths: batch.map(\.count), gap: encoder.gap)
        let out = encoder.encode(batch, layout: layout)
        return withExtendedLifetime(out) { body(layout, UnsafePointer(out.pointer), encoder.outputLD) }
    }

    /// Runs the encoder alone over `sequences` (benchmarks); returns a checksum of the outputs.
    public func encodeOnly(_ sequences: [EncodedSequence]) -> Float {
        var sum: Float = 0
        for chunk in sequences.chunked(rows: chunkRows) {
            sum += run(Array(sequences[chunk])) { layout, x, ld in x[layout.gap * ld] }
        }
        return sum
    }

    func headLinear(_ node: JSONNode, inDim: Int, what: String) throws -> Linear {
        let w = try pack.weight(node["weight"], shape: [inDim, nil], what: "\(what).weight")
        let b = try pack.weight(node["bias"], shape: [w.shape[1]], what: "\(what).bias")
        return Linear(weight: w.pointer, inDim: inDim, outDim: w.shape[1], bias: b.pointer)
    }
}

/// Rows of tokens handled per encoder pass: big enough for the GEMM to run at
/// speed, small enough for the activations to stay in the last-level cache.
let chunkRows = 2048

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
        let parts = tag.split(separator: "|", omittingEmptySubsequences: false)
        let feats: [(String, String)] = parts.dropFirst().map { f in
            let kv = f.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(kv[0]), kv.count > 1 ? String(kv[1]) : "")
        }
        return MorphTag(pos: String(parts.first ?? ""), features: feats)
    }

    /// Tag ids (into ``tags``) of each sequence.
    public func tagIDs(_ batch: [[String]]) -> [[Int]] { tagIDs(encoded: batch.map(base.tokens.encode)) }

    /// Tag ids of sequences already encoded (``TokenEncoder``).
    public func tagIDs(encoded: [EncodedSequence]) -> [[Int]] {
        var result: [[Int]] = []
        result.reserveCapacity(encoded.count)
        for chunk in encoded.chunked(rows: chunkRows) {
            let seqs = Array(encoded[chunk])
            base.run(seqs) { layout, x, ld in
                let logits = FloatStorage(uninitialized: layout.rows * proj.paddedOut)
                proj.apply(rows: layout.rows, x, lda: ld, into: logits.pointer)
                for (s, start) in layout.starts.enumerated() {
                    var ids: [Int] = []
                    ids.reserveCapacity(layout.lengths[s])
                    for t in 0..<layout.lengths[s] {
                        ids.append(Kernels.argmax(logits.pointer + (start + t) * proj.paddedOut, count: proj.outDim))
                    }
                    result.append(ids)
                }
            }
        }
        return result
    }

    public func tag(_ batch: [[String]]) -> [[MorphTag]] {
        tagIDs(batch).map { $0.map { parsed[$0] } }
    }
}
