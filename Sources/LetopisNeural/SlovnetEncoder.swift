import Foundation
import LetopisCore
import CLetopisKernels

/// One block of slovnet's CNN encoder: conv1d, ReLU, batch norm.
struct ConvLayer: @unchecked Sendable {
    /// The GEMM over the layer's input windows (layers after the first).
    let conv: Linear?
    /// First layer only: each navec vector times the word channels of the kernel at every
    /// offset, `[navec.dim] → [kernel][outLD]` (see ``SlovnetEncoder/WordProjections``).
    var wordProjection: Linear? = nil
    /// First layer only: the conv of each shape vector at each kernel offset,
    /// `[shape][k][outLD]`, added per row instead of multiplying 30 shape channels.
    var shapeTable: FloatStorage? = nil
    var bias: FloatArray? = nil
    let norm: BatchNorm
    let padding: Int
    let kernel: Int
    let inLD: Int
    let outDim: Int
    var outLD: Int { Linear.roundUp(outDim) }
}

/// slovnet's `WordShapeEmbedding` and `CNNEncoder`, read from a pack.
///
/// The embedding of a token is its navec vector (300) followed by its shape
/// vector (30); each conv layer is a GEMM over the stacked batch (see
/// ``BatchLayout``) with bias, ReLU and batch norm fused in its epilogue.
public struct SlovnetEncoder: Sendable {
    let navec: NavecPack
    let shapes: FloatArray
    let layers: [ConvLayer]
    /// Width of a token's embedding (navec + shape) as the model sees it.
    public let inputDim: Int
    /// Width of the rows the encoder builds: navec only, shapes enter through the first layer's table.
    var rowDim: Int { navec.dim }
    public var outputDim: Int { layers.last?.outDim ?? inputDim }
    var outputLD: Int { layers.last?.outLD ?? inputDim }
    var gap: Int { max(1, layers.map(\.padding).max() ?? 1) }

    /// Multiply-adds per token of the encoder as slovnet computes it (for GFLOP/s figures):
    /// `kernel × in × out` per layer, the 30 shape channels of the first layer included.
    public var multiplyAddsPerToken: Int {
        var channels = inputDim
        return layers.reduce(0) { total, l in
            defer { channels = l.outDim }
            return total + l.kernel * channels * l.outDim
        }
    }

    init(pack: ModelPack, navec: NavecPack, shapeCount: Int) throws {
        let emb = pack.model["emb"]
        let word = emb["word"]
        guard word["id"].string == navec.id,
              word["indexes"]["shape"].ints == [navec.vectors, navec.qdim],
              word["codes"]["shape"].ints == [navec.qdim, navec.centroids, navec.subdim] else {
            throw LetopisError(.modelCorrupt, subject: "\(pack.name)/model.json",
                               message: "word embedding does not match navec pack '\(navec.id)' (\(navec.vectors) x \(navec.dim))",
                               remedy: pack.repair)
        }
        self.navec = navec
        // Decide the GEMM kernel once, before any concurrent use.
        _ = Kernels.usesAVX2
        shapes = try pack.weight(emb["shape"]["weight"], shape: [shapeCount, nil], what: "emb.shape.weight")
        inputDim = navec.dim + shapes.shape[1]
        guard let layerNodes = pack.model["encoder"]["layers"].array, !layerNodes.isEmpty else {
            throw LetopisError(.modelCorrupt, subject: "\(pack.name)/model.json", message: "no encoder layers", remedy: pack.repair)
        }
        var layers: [ConvLayer] = []
        var channels = inputDim, ld = inputDim
        for (i, node) in layerNodes.enumerated() {
            let what = "encoder.layers.\(i)"
            let w = try pack.weight(node["conv"]["weight"], shape: [nil, channels, nil], what: "\(what).conv.weight")
            let filters = w.shape[0], kernel = w.shape[2]
            let padding = node["conv"]["padding"].int ?? -1
            guard kernel == 2 * padding + 1 else {
                throw LetopisError(.modelCorrupt, subject: "\(pack.name)/model.json",
                                   message: "\(what).conv has kernel \(kernel) and padding \(padding); only 'same' convolutions are supported",
                                   remedy: pack.repair)
            }
            let b = try pack.weight(node["conv"]["bias"], shape: [filters], what: "\(what).conv.bias")
            let norm = BatchNorm(
                mean: try pack.weight(node["norm"]["mean"], shape: [filters], what: "\(what).norm.mean"),
                std: try pack.weight(node["norm"]["std"], shape: [filters], what: "\(what).norm.std"),
                weight: try pack.weight(node["norm"]["weight"], shape: [filters], what: "\(what).norm.weight"),
                bias: try pack.weight(node["norm"]["bias"], shape: [filters], what: "\(what).norm.bias"))
            if i == 0 {
                // Word channels by GEMM over rows of navec vectors; shape channels by table.
                let wordDim = navec.dim, shapeDim = channels - navec.dim
                let ldOut = Linear.roundUp(filters)
                // [wordDim, kernel * ldOut] and [shapeDim, kernel * ldOut]: column k·ldOut + f holds W[f, c, k].
                func offsetMajor(_ channelRange: Range<Int>) -> Linear {
                    var m = [Float](repeating: 0, count: channelRange.count * kernel * ldOut)
                    m.withUnsafeMutableBufferPointer { dst in
                        for f in 0..<filters {
                            for (row, c) in channelRange.enumerated() {
                                for k in 0..<kernel { dst[row * kernel * ldOut + k * ldOut + f] = w.pointer[(f * channels + c) * kernel + k] }
                            }
                        }
                    }
                    return m.withUnsafeBufferPointer {
                        Linear(weight: $0.baseAddress!, inDim: channelRange.count, outDim: kernel * ldOut, bias: nil)
                    }
                }
                let wordProjection = offsetMajor(0..<wordDim)
                // Each shape's contribution at each offset, `[shape][k][ldOut]`: the shape vectors times the same layout.
                let table = FloatStorage(count: shapeCount * kernel * ldOut)
                offsetMajor(wordDim..<channels).apply(rows: shapeCount, shapes.pointer, lda: shapeDim, into: table.pointer)
                layers.append(ConvLayer(conv: nil, wordProjection: wordProjection, shapeTable: table, bias: b, norm: norm,
                                        padding: padding, kernel: kernel, inLD: wordDim, outDim: filters))
                channels = filters
                ld = ldOut
                continue
            }
            let conv = Linear(convWeight: w.pointer, filters: filters, channels: channels, kernel: kernel, ld: ld, bias: b.pointer)
            layers.append(ConvLayer(conv: conv, norm: norm, padding: padding, kernel: kernel, inLD: ld, outDim: filters))
            channels = filters
            ld = conv.paddedOut
        }
        self.layers = layers
    }

    /// The first conv layer's word part, computed once per distinct word of a group of sequences.
    ///
    /// The first layer is linear in its input, and a token's input is its word's navec
    /// vector: so `Σ_k W_k · x[t+k−1]` is the sum, over the window, of each word's
    /// projection `W_k · navec(word)` at offset k. News repeats words — a group of 16,000
    /// tokens holds about 6,000 distinct ones — so projecting each distinct word once
    /// (one GEMM) and summing three rows per token does about a third of the first layer's
    /// multiply-adds, the layer that holds two thirds of the encoder's. Results equal the
    /// direct convolution up to the order of float additions.
    final class WordProjections: @unchecked Sendable {
        /// Row of each vocabulary id in ``values`` (−1: not in this group).
        var rowOfWord: [Int32]
        /// `[distinct words + 1][kernel][outLD]`; the last row is zero (a token without a vector).
        let values: FloatStorage
        let zeroRow: Int32

        init(rowOfWord: [Int32], values: FloatStorage, zeroRow: Int32) {
            self.rowOfWord = rowOfWord
            self.values = values
            self.zeroRow = zeroRow
        }
    }

    /// The distinct vocabulary ids of `sequences` in order of first use, and each id's place in
    /// that list (−1 for ids not used); ids outside the navec table are left out.
    func distinctWords<S: Sequence>(of sequences: S) -> (rowOfWord: [Int32], distinct: [Int32]) where S.Element == EncodedSequence {
        var rowOfWord = [Int32](repeating: -1, count: navec.vectors)
        var distinct: [Int32] = []
        for seq in sequences {
            for w in seq.words where w >= 0 && Int(w) < navec.vectors && rowOfWord[Int(w)] < 0 {
                rowOfWord[Int(w)] = Int32(distinct.count)
                distinct.append(w)
            }
        }
        return (rowOfWord, distinct)
    }

    /// Projects every distinct word of `sequences` through the first layer (see ``WordProjections``).
    func projectWords<S: Sequence>(of sequences: S) -> WordProjections where S.Element == EncodedSequence {
        guard let first = layers.first, let projection = first.wordProjection else {
            return WordProjections(rowOfWord: [], values: FloatStorage(count: 1), zeroRow: 0)
        }
        let (rowOfWord, distinct) = distinctWords(of: sequences)
        let dim = rowDim, rows = distinct.count + 1
        let vectors = FloatStorage(uninitialized: rows * dim)
        for (i, w) in distinct.enumerated() { navec.vector(Int(w), into: vectors.pointer + i * dim) }
        (vectors.pointer + distinct.count * dim).update(repeating: 0, count: dim)
        let values = FloatStorage(uninitialized: rows * projection.paddedOut)
        projection.apply(rows: rows, vectors.pointer, lda: dim, into: values.pointer)
        return WordProjections(rowOfWord: rowOfWord, values: values, zeroRow: Int32(distinct.count))
    }

    /// Encodes a batch; returns the `[layout.rows, outputLD]` matrix of the last layer.
    /// `words` must cover every word of `batch` (``projectWords(of:)``); nil projects this batch alone.
    func encode(_ batch: [EncodedSequence], layout: BatchLayout, words: WordProjections? = nil) -> FloatStorage {
        let words = words ?? projectWords(of: batch)
        let shapeCount = shapes.shape[0]
        // Per row: its word's projection row and shape id; −1 in both for gap rows.
        var rowWords = [Int32](repeating: -1, count: layout.rows)
        var rowShapes = [Int32](repeating: -1, count: layout.rows)
        for (s, seq) in batch.enumerated() {
            let start = layout.starts[s]
            for t in 0..<seq.count {
                let w = Int(seq.words[t])
                let row = w >= 0 && w < words.rowOfWord.count ? words.rowOfWord[w] : -1
                rowWords[start + t] = row >= 0 ? row : words.zeroRow
                let sh = seq.shapes[t]
                rowShapes[start + t] = sh >= 0 && Int(sh) < shapeCount ? sh : -1
            }
        }
        var input: FloatStorage? = nil
        for layer in layers {
            let output = FloatStorage(uninitialized: layout.rows * layer.outLD)
            if let table = layer.shapeTable, let bias = layer.bias {
                lk_window_sum(layout.rows, layer.outDim, layer.outLD, layer.kernel, layer.padding,
                              rowWords, words.values.pointer, rowShapes, table.pointer, bias.pointer, output.pointer)
                lk_epilogue(output.pointer, layout.rows, layer.outDim, layer.outLD, 1,
                            layer.norm.mean.pointer, layer.norm.std.pointer, layer.norm.weight.pointer, layer.norm.bias.pointer)
            } else if let conv = layer.conv, let input {
                let p = layer.padding
                conv.apply(rows: layout.rows - 2 * p, input.pointer, lda: layer.inLD,
                           into: output.pointer + p * layer.outLD, relu: true, norm: layer.norm)
            }
            layout.zeroGaps(output.pointer, ld: layer.outLD)
            input = output
        }
        return input!
    }
}
