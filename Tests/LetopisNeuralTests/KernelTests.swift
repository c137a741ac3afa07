import Foundation
import Testing
import CLetopisKernels
@testable import LetopisNeural

/// Naive reference: c = a W + b.
func referenceLinear(_ a: [Float], rows: Int, inDim: Int, _ w: [Float], outDim: Int, _ b: [Float]) -> [Float] {
    var c = [Float](repeating: 0, count: rows * outDim)
    for r in 0..<rows {
        for j in 0..<outDim {
            var s: Float = b[j]
            for k in 0..<inDim { s += a[r * inDim + k] * w[k * outDim + j] }
            c[r * outDim + j] = s
        }
    }
    return c
}

@Suite("The matrix kernel")
struct GEMMTests {
    @Test("multiplies like the textbook formula on odd shapes, with either micro-kernel", arguments: [false, true])
    func matchesReference(portable: Bool) {
        for (rows, inDim, outDim) in [(1, 1, 1), (7, 5, 3), (13, 33, 17), (6, 16, 16), (25, 70, 40)] {
            let a = (0..<rows * inDim).map { Float(($0 * 7) % 11) - 5 }
            let w = (0..<inDim * outDim).map { Float(($0 * 5) % 13) / 4 - 1.5 }
            let b = (0..<outDim).map { Float($0) / 2 }
            let lin = w.withUnsafeBufferPointer { wp in
                b.withUnsafeBufferPointer { Linear(weight: wp.baseAddress!, inDim: inDim, outDim: outDim, bias: $0.baseAddress!) }
            }
            let out = FloatStorage(count: rows * lin.paddedOut)
            a.withUnsafeBufferPointer { lin.apply(rows: rows, $0.baseAddress!, lda: inDim, into: out.pointer, portable: portable) }
            let want = referenceLinear(a, rows: rows, inDim: inDim, w, outDim: outDim, b)
            for r in 0..<rows {
                for j in 0..<outDim {
                    #expect(abs(out.pointer[r * lin.paddedOut + j] - want[r * outDim + j]) < 1e-3, "row \(r) col \(j) of \(rows)x\(inDim)x\(outDim)")
                }
            }
        }
    }

    /// The AVX-512 kernel runs two 16-column panels at once (an odd last panel goes to the AVX2
    /// kernel) and six rows at a time: shapes with odd panel counts, leftover rows, long K, bias or
    /// none, and accumulation must all give the AVX2 kernel's bits, since outputs are promised identical.
    @Test("gives the AVX2 kernel's results bit for bit with AVX-512", .enabled(if: lk_best_isa() == 2, "no AVX-512 on this CPU: nothing to compare"),
          arguments: [false, true])
    func avx512MatchesAVX2(accumulate: Bool) {
        for (rows, inDim, outDim) in [(1, 1, 1), (7, 5, 3), (13, 33, 17), (6, 16, 32), (25, 70, 40), (49, 300, 96), (97, 1100, 33)] {
            let a = (0..<rows * inDim).map { Float(sin(Double($0) * 0.37)) }
            let w = (0..<inDim * outDim).map { Float(cos(Double($0) * 0.11)) / 8 }
            let b = (0..<outDim).map { Float($0) / 3 }
            for withBias in [false, true] {
                let lin = w.withUnsafeBufferPointer { wp in
                    b.withUnsafeBufferPointer { Linear(weight: wp.baseAddress!, inDim: inDim, outDim: outDim, bias: withBias ? $0.baseAddress! : nil) }
                }
                // lk_gemm_isa, not Kernels.limitToAVX2: other suites switch the kernel globally while this runs
                func run(isa: Int32) -> [Float] {
                    let out = FloatStorage(count: rows * lin.paddedOut)
                    for i in 0..<rows * lin.paddedOut { out.pointer[i] = Float(i % 5) / 7 }
                    a.withUnsafeBufferPointer {
                        lk_gemm_isa(isa, rows, outDim, inDim, $0.baseAddress!, inDim, lin.packed.pointer, lin.bias.map { UnsafePointer($0.pointer) },
                                    1, nil, nil, nil, nil, out.pointer, lin.paddedOut, accumulate ? 1 : 0)
                    }
                    return (0..<rows).flatMap { r in (0..<outDim).map { out.pointer[r * lin.paddedOut + $0] } }
                }
                let narrow = run(isa: 1), wide = run(isa: 2)
                #expect(narrow.map(\.bitPattern) == wide.map(\.bitPattern), "\(rows)x\(inDim)x\(outDim), bias \(withBias)")
            }
        }
    }

    @Test("applies ReLU then batch norm in slovnet's order")
    func reluThenNorm() {
        let w: [Float] = [1, -1]          // 1 x 2
        let lin = w.withUnsafeBufferPointer { Linear(weight: $0.baseAddress!, inDim: 1, outDim: 2, bias: nil) }
        let norm = BatchNorm(mean: FloatArray([1, 1], shape: [2]), std: FloatArray([2, 2], shape: [2]),
                             weight: FloatArray([3, 3], shape: [2]), bias: FloatArray([0.5, 0.5], shape: [2]))
        let out = FloatStorage(count: lin.paddedOut)
        let a: [Float] = [5]
        a.withUnsafeBufferPointer { lin.apply(rows: 1, $0.baseAddress!, lda: 1, into: out.pointer, relu: true, norm: norm) }
        // relu(5) = 5 → (5 - 1) / 2 * 3 + 0.5 = 6.5; relu(-5) = 0 → (0 - 1) / 2 * 3 + 0.5 = -1
        #expect(out.pointer[0] == 6.5)
        #expect(out.pointer[1] == -1)
    }
}

@Suite("A convolution read as a GEMM")
struct ConvTests {
    @Test("equals a kernel-3 'same' conv1d with zero padding, per stacked sequence")
    func convMatchesDirect() {
        // Two sequences of 1-channel rows, filters = 1, kernel weights [1, 10, 100], bias 0.5.
        let weight: [Float] = [1, 10, 100]
        let bias: [Float] = [0.5]
        let conv = weight.withUnsafeBufferPointer { w in
            bias.withUnsafeBufferPointer { Linear(convWeight: w.baseAddress!, filters: 1, channels: 1, kernel: 3, ld: 1, bias: $0.baseAddress!) }
        }
        let layout = BatchLayout(lengths: [3, 2], gap: 1)
        #expect(layout.starts == [1, 5])
        #expect(layout.rows == 8)
        var input = [Float](repeating: 0, count: layout.rows)
        input[1] = 1; input[2] = 2; input[3] = 3   // sequence 1
        input[5] = 4; input[6] = 5                 // sequence 2
        let out = FloatStorage(count: layout.rows * conv.paddedOut)
        input.withUnsafeBufferPointer { conv.apply(rows: layout.rows - 2, $0.baseAddress!, lda: 1, into: out.pointer + conv.paddedOut) }
        layout.zeroGaps(out.pointer, ld: conv.paddedOut)
        func y(_ row: Int) -> Float { out.pointer[row * conv.paddedOut] }
        // y[t] = x[t-1] + 10 x[t] + 100 x[t+1] + 0.5, zeros beyond each sequence
        #expect(y(1) == 0 + 10 + 200 + 0.5)
        #expect(y(2) == 1 + 20 + 300 + 0.5)
        #expect(y(3) == 2 + 30 + 0 + 0.5)
        #expect(y(5) == 0 + 40 + 500 + 0.5)
        #expect(y(6) == 4 + 50 + 0 + 0.5)
        #expect(y(0) == 0 && y(4) == 0 && y(7) == 0)
    }
}

@Suite("A convolution summed from per-id tables")
struct WindowSumTests {
    @Test("adds each window's table rows at their kernel offsets, leaves gaps zero, skips negative ids")
    func windowSum() {
        // Two tables [id][k=3][ld=16] with n = 2 live columns; rows: gap, seq of 3, gap, seq of 1, gap.
        let ld = 16, n = 2, k = 3
        func table(_ ids: Int, scale: Float) -> [Float] {
            var t = [Float](repeating: 0, count: ids * k * ld)
            for id in 0..<ids { for j in 0..<k { for f in 0..<n { t[(id * k + j) * ld + f] = scale * Float(100 * id + 10 * j + f + 1) } } }
            return t
        }
        let words = table(4, scale: 1), shapes = table(2, scale: 1000)
        let wordIDs: [Int32] = [-1, 0, 3, 2, -1, 1, -1]
        let shapeIDs: [Int32] = [-1, 1, -1, 0, -1, 0, -1]
        let bias: [Float] = [0.5, -0.5]
        var out = [Float](repeating: .nan, count: wordIDs.count * ld)
        lk_window_sum(wordIDs.count, n, ld, k, 1, wordIDs, words, shapeIDs, shapes, bias, &out)
        func expected(_ r: Int, _ f: Int) -> Float {
            guard wordIDs[r] >= 0 else { return 0 }
            var v = bias[f]
            for j in 0..<k {
                let s = r - 1 + j
                guard s >= 0, s < wordIDs.count else { continue }
                if shapeIDs[s] >= 0 { v += shapes[(Int(shapeIDs[s]) * k + j) * ld + f] }
                if wordIDs[s] >= 0 { v += words[(Int(wordIDs[s]) * k + j) * ld + f] }
            }
            return v
        }
        for r in wordIDs.indices {
            for f in 0..<n { #expect(out[r * ld + f] == expected(r, f), "row \(r) column \(f)") }
            for f in n..<ld { #expect(out[r * ld + f] == 0) }
        }
        // Row 2 (word 3) sees word 0 at offset 0, itself at 1, word 2 at 2, and shapes 1 and 0 at offsets 0 and 2.
        let row2: Float = 0.5 + 1 + 311 + 221 + 101_000 + 21_000
        #expect(out[2 * ld] == row2)
    }
}

@Suite("The CRF decoder")
struct ViterbiTests {
    @Test("finds the best path, transitions included")
    func bestPath() {
        // 2 tags, 3 steps. Emissions favour tag 0 then 1 then 0, but 1→0 is heavily penalised.
        let emissions: [Float] = [2, 0,   0, 1,   1, 0]
        let transitions: [Float] = [0, 0,   -5, 0]   // [prev][cur]: 1→0 = -5
        let path = emissions.withUnsafeBufferPointer { e in
            transitions.withUnsafeBufferPointer { Kernels.viterbi(emissions: e.baseAddress!, ld: 2, length: 3, tags: 2, transitions: $0.baseAddress!) }
        }
        // Paths: 0,0,0 = 2+0+1 = 3; 0,1,1 = 2+1+0 = 3 (tie, but lowest tag wins at the end: 0,0,0); 0,1,0 = 2+1+1-5 = -1.
        #expect(path == [0, 0, 0])
    }

    @Test("follows emissions when transitions are flat")
    func flat() {
        let emissions: [Float] = [0, 3, 1,   5, 0, 0,   0, 0, 2]
        let transitions = [Float](repeating: 0, count: 9)
        let path = emissions.withUnsafeBufferPointer { e in
            transitions.withUnsafeBufferPointer { Kernels.viterbi(emissions: e.baseAddress!, ld: 3, length: 3, tags: 3, transitions: $0.baseAddress!) }
        }
        #expect(path == [1, 0, 2])
    }

    @Test("decodes a one-token sequence by its emissions alone and an empty one to nothing")
    func edges() {
        let e: [Float] = [0, 1]
        let t: [Float] = [9, 9, 9, 9]
        #expect(e.withUnsafeBufferPointer { ep in t.withUnsafeBufferPointer { Kernels.viterbi(emissions: ep.baseAddress!, ld: 2, length: 1, tags: 2, transitions: $0.baseAddress!) } } == [1])
        #expect(e.withUnsafeBufferPointer { ep in t.withUnsafeBufferPointer { Kernels.viterbi(emissions: ep.baseAddress!, ld: 2, length: 0, tags: 2, transitions: $0.baseAddress!) } } == [])
    }

    @Test("argmax keeps the first of equal values, as numpy")
    func argmaxTies() {
        let x: [Float] = [1, 3, 3, 2]
        #expect(x.withUnsafeBufferPointer { Kernels.argmax($0.baseAddress!, count: 4) } == 1)
        // The vector path (more than 16 values): the maximum twice, and in the tail.
        var y = (0..<753).map { Float($0 % 17) / 10 - 5 }
        y[100] = 7; y[600] = 7
        #expect(y.withUnsafeBufferPointer { Kernels.argmax($0.baseAddress!, count: y.count) } == 100)
        y[752] = 8
        #expect(y.withUnsafeBufferPointer { Kernels.argmax($0.baseAddress!, count: y.count) } == 752)
    }
}

@Suite("BIO tags to spans")
struct BIOTests {
    @Test("B opens, I extends, O closes", arguments: [
        (["B-PER", "I-PER", "O", "B-LOC"], [TokenSpan(start: 0, end: 2, type: "PER"), TokenSpan(start: 3, end: 4, type: "LOC")]),
        // An I of another type extends the open span (slovnet's bio_spans).
        (["B-PER", "I-LOC"], [TokenSpan(start: 0, end: 2, type: "PER")]),
        // An I with nothing open is dropped; <pad> changes nothing.
        (["I-ORG", "O", "B-ORG", "<pad>", "I-ORG"], [TokenSpan(start: 2, end: 5, type: "ORG")]),
        (["B-LOC", "B-LOC"], [TokenSpan(start: 0, end: 1, type: "LOC"), TokenSpan(start: 1, end: 2, type: "LOC")]),
    ])
    func spans(tags: [String], expected: [TokenSpan]) {
        #expect(Kernels.bioSpans(tags) == expected)
    }
}

@Suite("The biaffine dot product")
struct DotTests {
    @Test("sums products")
    func dot() {
        let a: [Float] = [1, 2, 3], b: [Float] = [4, 5, 6]
        #expect(a.withUnsafeBufferPointer { ap in b.withUnsafeBufferPointer { Kernels.dot(ap.baseAddress!, $0.baseAddress!, 3) } } == 32)
    }
}

@Suite("The tree decoder")
struct TreeDecoderTests {
    /// Scores for n tokens from a [dependent][head] table (head 0 = root).
    func decode(_ table: [[Float]]) -> [Int] {
        Kernels.maximumSpanningTree(scores: table.flatMap { $0 }, n: table.count)
    }

    @Test("keeps the argmax heads when they already form a tree")
    func alreadyTree() {
        // token 1 ← root, token 2 ← 1, token 3 ← 1
        #expect(decode([[9, 0, 1, 1], [1, 9, 0, 1], [1, 9, 1, 0]]) == [0, 1, 1])
    }

    @Test("breaks a cycle at its cheapest arc")
    func breaksCycle() {
        // argmax: 1 ← 2 (9), 2 ← 1 (9): a cycle. Root is 5 for token 1, 1 for token 2: 1 ← root wins.
        #expect(decode([[5, 0, 9], [1, 9, 0]]) == [0, 1])
    }

    @Test("leaves exactly one child of the root")
    func oneRoot() {
        // Both tokens prefer the root; token 1 by more, so token 2 attaches to token 1.
        #expect(decode([[9, 0, 1], [8, 2, 0]]) == [0, 1])
    }

    @Test("contracts a cycle inside a longer sentence")
    func nestedCycle() {
        // 2 ↔ 3 cycle, 1 is the root child, 4 depends on 3.
        let heads = decode([
            [10, 0, 1, 1, 1],
            [0, 2, 0, 9, 0],
            [0, 1, 9, 0, 0],
            [0, 0, 0, 9, 0],
        ])
        #expect(heads[0] == 0)
        #expect(heads.filter { $0 == 0 }.count == 1)
        #expect(heads[3] == 3)
        // 2 and 3 may not head each other both.
        #expect(!(heads[1] == 3 && heads[2] == 2))
    }
}
