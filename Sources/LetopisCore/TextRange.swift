/// A half-open range of UTF-8 byte offsets into a ``Document``'s text.
///
/// Every layer of a document (tokens, sentences, mentions, time expressions,
/// events) stores `TextRange`s, never copied substrings: the document owns the
/// text. Byte offsets are what Swift strings index cheaply; the JSON output
/// converts them to Unicode code points (see ``CodePointMap``).
///
/// ```swift
/// let range = TextRange(3, 9)
/// range.count  // 6
/// ```
public struct TextRange: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// First byte of the range.
    public var start: Int
    /// One past the last byte of the range.
    public var end: Int

    @inlinable
    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "TextRange start \(start) is after end \(end)")
        self.start = start
        self.end = end
    }

    @inlinable public var count: Int { end - start }
    @inlinable public var isEmpty: Bool { start == end }

    @inlinable
    public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }

    @inlinable
    public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

    /// The smallest range that covers both.
    @inlinable
    public func union(_ other: TextRange) -> TextRange {
        TextRange(Swift.min(start, other.start), Swift.max(end, other.end))
    }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "\(start)..<\(end)" }
}
