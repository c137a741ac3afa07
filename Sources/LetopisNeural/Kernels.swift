import CLetopisKernels

/// Small decoding kernels, written to give slovnet's results bit for bit
/// where the order of floating-point operations allows it.
public enum Kernels {
    /// Whether the GEMM runs its AVX2+FMA micro-kernel (else the portable one).
    public static var usesAVX2: Bool { lk_uses_avx2() == 1 }

    /// Forces the portable GEMM kernel (tests, benchmarks).
    public static func forcePortable(_ on: Bool) { lk_force_portable(on ? 1 : 0) }

    /// Whether the GEMM runs its AVX-512 micro-kernel, two panels of 16 columns at a time, where the CPU
    /// and the operating system have it. Results are the AVX2 kernel's bit for bit: every element gets
    /// the same fused multiply-adds in the same order.
    public static var usesAVX512: Bool { lk_uses_avx512() == 1 }

    /// Keeps the GEMM on its AVX2 micro-kernel even where AVX-512 is there (tests compare the two,
    /// benchmarks measure the difference); `false` restores the automatic choice.
    public static func limitToAVX2(_ on: Bool) { lk_limit_to_avx2(on ? 1 : 0) }

    /// Index of the first largest of `count` floats (numpy's `argmax`); 0 for an empty input.
    @inline(__always)
    public static func argmax(_ x: UnsafePointer<Float>, count: Int) -> Int {
        count > 0 ? lk_argmax(x, count) : 0
    }

    /// Viterbi decoding of a linear-chain CRF (slovnet's `CRF.decode`).
    ///
    /// `emissions[t * ld + tag]` for `t < length`, `transitions[prev * tags + cur]`.
    /// There are no start or end transitions; ties go to the lowest tag, and the
    /// score of a step is `(score[prev] + transition) + emission`, in numpy's order.
    ///
    /// - Complexity: O(length × tags²).
    public static func viterbi(emissions: UnsafePointer<Float>, ld: Int, length: Int, tags: Int,
                               transitions: UnsafePointer<Float>) -> [Int] {
        guard length > 0, tags > 0 else { return [] }
        var score = [Float](repeating: 0, count: tags)
        var next = [Float](repeating: 0, count: tags)
        for j in 0..<tags { score[j] = emissions[j] }
        var history = [Int32](repeating: 0, count: (length - 1) * tags)
        for t in 1..<length {
            let e = emissions + t * ld
            for cur in 0..<tags {
                var best = 0
                var value = (score[0] + transitions[cur]) + e[cur]
                for prev in 1..<tags {
                    let v = (score[prev] + transitions[prev * tags + cur]) + e[cur]
                    if v > value { value = v; best = prev }
                }
                next[cur] = value
                history[(t - 1) * tags + cur] = Int32(best)
            }
            swap(&score, &next)
        }
        var path = [Int](repeating: 0, count: length)
        var best = score.withUnsafeBufferPointer { argmax($0.baseAddress!, count: tags) }
        path[length - 1] = best
        var t = length - 1
        while t > 0 {
            best = Int(history[(t - 1) * tags + best])
            path[t - 1] = best
            t -= 1
        }
        return path
    }

    /// Dot product of two vectors of `n` floats (eight lanes at a time, then the rest).
    @inline(__always)
    static func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ n: Int) -> Float {
        var acc = SIMD8<Float>()
        var i = 0
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        while i + 8 <= n {
            let x = ra.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<Float>.self)
            let y = rb.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<Float>.self)
            acc += x * y   // not addingProduct: without FMA in the target it calls fmaf per lane
            i += 8
        }
        var s = acc.sum()
        while i < n { s += a[i] * b[i]; i += 1 }
        return s
    }
}
