import Foundation
import LetopisCore

/// What every slovnet model shares: its pack, token encoder and CNN encoder.
public struct SlovnetBase: Sendable {
    public let pack: ModelPack
    public let tokens: TokenEncoder
    public let encoder: SlovnetEncoder

    /// Loads `slovnet/<name>`; `navec` and `words` are reused when the pack's own match them.
    init(modelsDirectory: URL, name: String, navec: NavecPack?, words: WordVocabulary?) throws {
        let pack = try ModelPack(modelsDirectory: modelsDirectory, name: "slovnet/\(name)")
        try self.init(pack: pack, modelsDirectory: modelsDirectory, wordURL: pack.directory.appendingPathComponent("vocabs/word"),
                      wordName: "\(pack.name)/vocabs/word", navec: navec, words: words)
    }

    /// A model of Letopis's own (one ``LetopisModelFile``): its words are navec's, read from the
    /// copy of the vocabulary slovnet's NER pack carries (every slovnet news pack has the same).
    init(pack: ModelPack, modelsDirectory: URL, navec: NavecPack?, words: WordVocabulary?) throws {
        let wordName = "slovnet/ner_news_v1/vocabs/word"
        try self.init(pack: pack, modelsDirectory: modelsDirectory, wordURL: modelsDirectory.appendingPathComponent(wordName),
                      wordName: wordName, navec: navec, words: words)
    }

    private init(pack: ModelPack, modelsDirectory: URL, wordURL: URL, wordName: String, navec: NavecPack?, words: WordVocabulary?) throws {
        self.pack = pack
        let navecID = pack.model["emb"]["word"]["id"].string ?? ""
        let navec = try navec.flatMap { $0.id == navecID ? $0 : nil }
            ?? NavecPack(modelsDirectory: modelsDirectory, id: navecID)
        var vocab: WordVocabulary
        if let words, let file = try? MappedFile(wordURL, name: wordName), words.sameBytes(as: file) {
            vocab = words
        } else {
            vocab = try WordVocabulary(wordURL, name: wordName)
        }
        guard vocab.count == navec.vectors else {
            throw LetopisError(.modelCorrupt, subject: wordName,
                               message: "has \(vocab.count) words; navec '\(navec.id)' has \(navec.vectors) vectors",
                               remedy: ModelPack.remedy)
        }
        let shapes = try pack.vocabulary("shape")
        tokens = TokenEncoder(words: vocab, shapes: shapes)
        encoder = try SlovnetEncoder(pack: pack, navec: navec, shapeCount: shapes.count)
    }

    /// Encodes `sequences` chunk by chunk and hands each chunk's encoder output to `body`
    /// with the chunk's range in `sequences`. The first layer's word projections are
    /// shared by the chunks of a group of about ``projectionGroupRows`` tokens.
    func runChunks(_ sequences: [EncodedSequence], _ body: (Range<Int>, BatchLayout, UnsafePointer<Float>, Int) -> Void) {
        forEachGroup(sequences) { members, offset in
            let words = encoder.projectWords(of: members)
            for chunk in members.chunked(rows: chunkRows) {
                let seqs = Array(members[chunk])
                let layout = BatchLayout(lengths: seqs.map(\.count), gap: encoder.gap)
                let out = encoder.encode(seqs, layout: layout, words: words)
                let range = (offset + chunk.lowerBound)..<(offset + chunk.upperBound)
                withExtendedLifetime(out) { body(range, layout, UnsafePointer(out.pointer), encoder.outputLD) }
            }
        }
    }

    /// The groups whose distinct words are projected together: each group's sequences and
    /// the index of its first one in `sequences`.
    private func forEachGroup(_ sequences: [EncodedSequence], _ body: ([EncodedSequence], Int) -> Void) {
        for group in sequences.chunked(rows: projectionGroupRows) { body(Array(sequences[group]), group.lowerBound) }
    }

    /// Multiply-adds the encoder's GEMMs execute over `sequences`, grouped as ``runChunks(_:_:)``
    /// groups them: each distinct word's first-layer projection once per group, the other layers
    /// over every row of each chunk (gap rows included). For GFLOP/s figures.
    public func executedMultiplyAdds(_ sequences: [EncodedSequence]) -> Int {
        var total = 0
        forEachGroup(sequences) { members, _ in
            let distinct = encoder.distinctWords(of: members).distinct.count
            for layer in encoder.layers {
                if let projection = layer.wordProjection { total += (distinct + 1) * projection.inDim * projection.outDim }
            }
            for chunk in members.chunked(rows: chunkRows) {
                let layout = BatchLayout(lengths: members[chunk].map(\.count), gap: encoder.gap)
                for layer in encoder.layers {
                    if let conv = layer.conv { total += (layout.rows - 2 * layer.padding) * conv.inDim * conv.outDim }
                }
            }
        }
        return total
    }

    /// Runs the encoder alone over `sequences` (benchmarks); returns a checksum of the outputs.
    public func encodeOnly(_ sequences: [EncodedSequence]) -> Float {
        var sum: Float = 0
        runChunks(sequences) { _, layout, x, ld in sum += x[layout.gap * ld] }
        return sum
    }

    /// A piece of a sequence as the encoder sees it: `tokens` of sequence
    /// `sequence`, of which the outputs at `keep` (indexes within the piece) are exact.
    struct Piece {
        let sequence: Int
        let tokens: Range<Int>
        let keep: Range<Int>
    }

    /// Cuts sequences longer than `maxTokens` into overlapping pieces.
    ///
    /// The encoder's receptive field is `halo` tokens each side (one per layer
    /// and unit of padding), so a piece extended by `halo` real tokens each side
    /// gives exactly the outputs the whole sequence would at its kept tokens:
    /// memory stays bounded for a document-long NER sequence, results do not change.
    func pieces(of encoded: [EncodedSequence], maxTokens: Int = 1024) -> ([EncodedSequence], [Piece]) {
        let halo = encoder.layers.reduce(0) { $0 + $1.padding }
        var seqs: [EncodedSequence] = [], pieces: [Piece] = []
        for (i, e) in encoded.enumerated() {
            if e.count <= maxTokens + 2 * halo {
                seqs.append(e)
                pieces.append(Piece(sequence: i, tokens: 0..<e.count, keep: 0..<e.count))
                continue
            }
            var start = 0
            while start < e.count {
                let end = min(e.count, start + maxTokens)
                let lo = max(0, start - halo), hi = min(e.count, end + halo)
                seqs.append(e[lo..<hi])
                pieces.append(Piece(sequence: i, tokens: lo..<hi, keep: (start - lo)..<(end - lo)))
                start = end
            }
        }
        return (seqs, pieces)
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

/// Tokens whose distinct words are projected together through the first layer: the
/// more tokens, the more repeats (a third of the tokens are distinct at 16,000), while
/// the projections (3 KB a word) stay within tens of megabytes.
let projectionGroupRows = 16_384
