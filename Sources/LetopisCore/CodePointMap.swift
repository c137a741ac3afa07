/// Converts UTF-8 byte offsets to Unicode code point offsets.
///
/// Letopis works in bytes internally; its JSON output speaks code points, as
/// Python and the corpora do. The map is built once per document when encoding.
///
/// - Complexity: O(n) to build, O(1) per lookup.
public struct CodePointMap: Sendable {
    /// `offsets[b]` is the number of code points before byte `b` (for every `b` in 0...count).
    @usableFromInline let offsets: [Int32]

    public init(utf8: [UInt8]) {
        var offsets = [Int32](repeating: 0, count: utf8.count + 1)
        var scalars: Int32 = 0
        for i in 0..<utf8.count {
            offsets[i] = scalars
            // Continuation bytes (10xxxxxx) do not start a scalar.
            if utf8[i] & 0xC0 != 0x80 { scalars += 1 }
        }
        offsets[utf8.count] = scalars
        self.offsets = offsets
    }

    @inlinable
    public func codePoint(_ byteOffset: Int) -> Int { Int(offsets[byteOffset]) }

    /// Byte offset where code point `cp` starts (or the text's byte count for the end). - Complexity: O(log n).
    public func byteOffset(ofCodePoint cp: Int) -> Int {
        // The first byte after the lead byte of scalar `cp` is the first whose count exceeds `cp`.
        var lo = 0, hi = offsets.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(offsets[mid]) <= cp { lo = mid + 1 } else { hi = mid }
        }
        return lo == offsets.count ? offsets.count - 1 : lo - 1
    }
}
