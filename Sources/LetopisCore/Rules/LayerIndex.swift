/// The position of an element in one of a ``Document``'s layers, typed by the layer.
///
/// A `TokenIndex` cannot be used where a `MentionIndex` is meant, and neither subscripts a raw
/// array: rule code reaches tokens through ``TokenView``, whose accessors are total (nil or
/// empty past either end of the document), so a walk that steps one token too far gets
/// "nothing there" instead of a trap that kills the batch.
///
/// ```swift
/// let t = TokenIndex(3)
/// view.peek(t - 1)          // the previous token, or nil at the document's start
/// for k in view.tokens(of: s) { ... }
/// ```
public struct LayerIndex<Element>: RawRepresentable, Hashable, Comparable, Strideable, Sendable, CustomStringConvertible {
    public let rawValue: Int

    @inlinable public init(rawValue: Int) { self.rawValue = rawValue }
    @inlinable public init(_ rawValue: Int) { self.rawValue = rawValue }

    @inlinable public func advanced(by n: Int) -> Self { Self(rawValue &+ n) }
    @inlinable public func distance(to other: Self) -> Int { other.rawValue &- rawValue }
    @inlinable public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    @inlinable public static func + (a: Self, n: Int) -> Self { a.advanced(by: n) }
    @inlinable public static func - (a: Self, n: Int) -> Self { a.advanced(by: -n) }

    public var description: String { String(rawValue) }
}

public typealias TokenIndex = LayerIndex<Token>
public typealias SentenceIndex = LayerIndex<Sentence>
public typealias MentionIndex = LayerIndex<Mention>
public typealias TimexIndex = LayerIndex<Timex>

extension Range where Bound == Int {
    /// The same positions as typed indices of a layer.
    @inlinable public func typed<Element>(_: Element.Type = Element.self) -> Range<LayerIndex<Element>> {
        LayerIndex(lowerBound)..<LayerIndex(upperBound)
    }
}

extension Range {
    /// The same positions as plain integers (for storage in a ``Document`` layer).
    @inlinable public func untyped<Element>() -> Range<Int> where Bound == LayerIndex<Element> {
        lowerBound.rawValue..<upperBound.rawValue
    }
}
