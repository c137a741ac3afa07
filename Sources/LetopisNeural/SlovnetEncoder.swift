import Foundation
import LetopisCore

/// One block of slovnet's CNN encoder: conv1d, ReLU, batch norm.
struct ConvLayer: @unchecked Sendable {
    let conv: Linear
    /// First layer only: the conv of each shape vector at each kernel offset,
    /// `[shape][k][outLD]`, added per row instead of multiplying 30 shape channels.
    var shapeTable: FloatStorage? = nil
    var bias: FloatArray? = nil
    let norm: BatchNorm
    let padding: Int
    let kernel: Int
    let inLD: Int
    var outDim: Int { conv.outDim }
    var outLD: Int { conv.paddedOut }
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

    /// Multiply-adds per token the GEMMs execute (the first layer's shape channels come from a table).
    public var executedMultiplyAddsPerToken: Int { layers.reduce(0) { $0 + $1.kernel * $1.inLD * $1.outDim } }

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
                               remedy: ModelPack.remedy)
        }
        self.navec = navec
        // Decide the GEMM kernel once, before any concurrent use.
        _ = Kernels.usesAVX2
        shapes = try pack.weight(emb["shape"]["weight"], shape: [shapeCount, nil], what: "emb.shape.weight")
        inputDim = navec.dim + shapes.shape[1]
        guard let layerNodes = pack.model["encoder"]["layers"].array, !layerNodes.isEmpty else {
            throw LetopisError(.modelCorrupt, subject: "\(pack.name)/model.json", message: "no encoder layers", remedy: ModelPack.remedy)
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
                                   remedy: ModelPack.remedy)
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
                let conv = Linear(convWeight: w.pointer, filters: filters, channels: wordDim, kernel: kernel, ld: wordDim,
                                  bias: b.pointer, sourceChannels: channels)
                let ldOut = conv.paddedOut
                let table = FloatStorage(count: shapeCount * kernel * ldOut)
                for s in 0..<shapeCount {
                    for k in 0..<kernel {
                        for f in 0..<filters {
                            var sum: Float = 0
                            for c in 0..<shapeDim {
                                sum += shapes.pointer[s * shapeDim + c] * w.pointer[(f * channels + wordDim + c) * kernel + k]
                            }
                            table.pointer[(s * kernel + k) * ldOut + f] = sum
                        }
                    }
                }
                layers.append(ConvLayer(conv: conv, shapeTable: table, bias: b, norm: norm, padding: padding, kernel: kernel, inLD: wordDim))
                channels = filters
                ld = conv.paddedOut
                continue
            }
            let conv = Linear(convWeight: w.pointer, filters: filters, channels: channels, kernel: kernel, ld: ld, bias: b.pointer)
            layers.append(ConvLayer(conv: conv, norm: norm, padding: padding, kernel: kernel, inLD: ld))
            channels = filters
            ld = conv.paddedOut
        }
        self.layers = layers
    }

    /// Encodes a batch; returns the `[layout.rows, outputLD]` matrix of the last layer.
    func encode(_ batch: [EncodedSequence], layout: BatchLayout) -> FloatStorage {
        let dim = rowDim
        var input = FloatStorage(uninitialized: layout.rows * dim)
        layout.zeroGaps(input.pointer, ld: dim)
        let shapeCount = shapes.shape[0]
        // Shape id of every row, -1 for gap rows.
        var rowShapes = [Int32](repeating: -1, count: layout.rows)
        for (s, seq) in batch.enumerated() {
            for t in 0..<seq.count {
                let r = layout.starts[s] + t
                let row = input.pointer + r * dim
                let w = Int(seq.words[t])
                if w >= 0 && w < navec.vectors { navec.vector(w, into: row) } else { row.update(repeating: 0, count: dim) }
                let sh = seq.shapes[t]
                rowShapes[r] = sh >= 0 && Int(sh) < shapeCount ? sh : -1
            }
        }
        for layer in layers {
            let output = FloatStorage(uninitialized: layout.rows * layer.outLD)
            let p = layer.padding
            if let table = layer.shapeTable, let bias = layer.bias {
                // Start each row from bias + the shape contributions of its window.
                let ld = layer.outLD, n = layer.outDim, k = layer.kernel
                for r in p..<(layout.rows - p) {
                    let out = output.pointer + r * ld
                    out.update(from: bias.pointer, count: n)
                    (out + n).update(repeating: 0, count: ld - n)
                    guard rowShapes[r] >= 0 else { continue }
                    for j in 0..<k {
                        let sh = rowShapes[r - p + j]
                        if sh < 0 { continue }
                        let src = table.pointer + (Int(sh) * k + j) * ld
                        for f in 0..<n { out[f] += src[f] }
                    }
                }
                layer.conv.apply(rows: layout.rows - 2 * p, input.pointer, lda: layer.inLD,
                                 into: output.pointer + p * ld, relu: true, norm: layer.norm, accumulate: true)
            } else {
                layer.conv.apply(rows: layout.rows - 2 * p, input.pointer, lda: layer.inLD,
                                 into: output.pointer + p * layer.outLD, relu: true, norm: layer.norm)
            }
            layout.zeroGaps(output.pointer, ld: layer.outLD)
            input = output
        }
        return input
    }
}
