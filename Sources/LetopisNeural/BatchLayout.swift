/// Where each sequence of a batch sits in the encoder's row matrix.
///
/// All sequences of a batch are stacked in one `[rows, channels]` matrix,
/// separated (and framed) by `gap` zero rows, `gap` being the largest conv
/// padding. A conv window at a sequence's edge then reads zeros exactly as
/// slovnet's zero padding does, and the gap rows are re-zeroed after every
/// layer as slovnet's pad mask does; so stacking changes no result, and one
/// GEMM per layer covers the whole batch.
struct BatchLayout {
    let gap: Int
    let starts: [Int]
    let lengths: [Int]
    let rows: Int

    init(lengths: [Int], gap: Int) {
        self.gap = gap
        self.lengths = lengths
        var starts: [Int] = []
        starts.reserveCapacity(lengths.count)
        var row = gap
        for n in lengths {
            starts.append(row)
            row += n + gap
        }
        self.starts = starts
        self.rows = row
    }

    /// Zeroes the gap rows of a `[rows, ld]` matrix.
    func zeroGaps(_ m: UnsafeMutablePointer<Float>, ld: Int) {
        var row = 0
        for (s, n) in zip(starts, lengths) {
            (m + row * ld).update(repeating: 0, count: (s - row) * ld)
            row = s + n
        }
        (m + row * ld).update(repeating: 0, count: (rows - row) * ld)
    }
}
