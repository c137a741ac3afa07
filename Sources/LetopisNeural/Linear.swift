import CLetopisKernels

/// A dense layer `y = x W + b` with `W` packed once for the GEMM kernel.
///
/// Also the convolution's weight: a conv1d of kernel `k` over rows of width
/// `ld` is a GEMM whose `A` rows are `k` consecutive input rows read in place
/// (row stride `ld`, `K = k * ld`), so ``Linear`` holds it as `[k * ld, out]`.
public struct Linear: @unchecked Sendable {
    public let inDim: Int
    public let outDim: Int
    /// `outDim` rounded up to the kernel's panel width: the row stride of outputs.
    public let paddedOut: Int
    let packed: FloatStorage
    let bias: FloatStorage?

    /// From a row-major `[inDim, outDim]` weight (slovnet's `Linear`).
    public init(weight: UnsafePointer<Float>, inDim: Int, outDim: Int, bias: UnsafePointer<Float>?) {
        self.inDim = inDim
        self.outDim = outDim
        paddedOut = Linear.roundUp(outDim)
        let storage = FloatStorage(count: lk_packed_size(inDim, outDim))
        lk_pack_b(weight, outDim, inDim, outDim, storage.pointer)
        packed = storage
        if let bias {
            let b = FloatStorage(count: outDim)
            b.pointer.update(from: bias, count: outDim)
            self.bias = b
        } else {
            self.bias = nil
        }
    }

    /// The GEMM form of a conv1d weight `[filters, channels, kernel]` read over rows of width `ld >= channels`.
    /// `sourceChannels` is the weight's own channel count when only the first `channels` are taken.
    public init(convWeight w: UnsafePointer<Float>, filters: Int, channels: Int, kernel: Int, ld: Int, bias: UnsafePointer<Float>,
                sourceChannels: Int? = nil) {
        let stride = sourceChannels ?? channels
        var dense = [Float](repeating: 0, count: kernel * ld * filters)
        for f in 0..<filters {
            for c in 0..<channels {
                for k in 0..<kernel {
                    dense[(k * ld + c) * filters + f] = w[(f * stride + c) * kernel + k]
                }
            }
        }
        self = dense.withUnsafeBufferPointer { Linear(weight: $0.baseAddress!, inDim: kernel * ld, outDim: filters, bias: bias) }
    }

    static func roundUp(_ n: Int) -> Int { (n + 15) / 16 * 16 }

    /// `c[m][0..<outDim] = a[m] W + b` for `m` rows of `a` (row stride `lda`); `c` has row stride `paddedOut`.
    @inline(__always)
    /// With `accumulate`, `c` already holds each row's starting values (instead of the bias).
    func apply(rows m: Int, _ a: UnsafePointer<Float>, lda: Int, into c: UnsafeMutablePointer<Float>,
               relu: Bool = false, norm: BatchNorm? = nil, accumulate: Bool = false, portable: Bool = false) {
        guard m > 0 else { return }
        let kernel = portable ? lk_gemm_portable : lk_gemm
        kernel(m, outDim, inDim, a, lda, packed.pointer, bias.map { UnsafePointer($0.pointer) },
                relu ? 1 : 0, norm?.mean.pointer, norm?.std.pointer, norm?.weight.pointer, norm?.bias.pointer,
                c, paddedOut, accumulate ? 1 : 0)
    }
}

/// Inference batch norm, `(x - mean) / std * weight + bias`, per channel.
public struct BatchNorm: Sendable {
    public let mean: FloatArray
    public let std: FloatArray
    public let weight: FloatArray
    public let bias: FloatArray
}
