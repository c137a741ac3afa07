/// A token: a range of the text and its coarse kind.
public struct Token: Hashable, Sendable {
    public var range: TextRange
    public var kind: TokenKind

    @inlinable
    public init(_ range: TextRange, kind: TokenKind) {
        self.range = range
        self.kind = kind
    }
}

/// Coarse class of a token, decided by the tokenizer from its characters.
public enum TokenKind: UInt8, Sendable, Hashable, CaseIterable {
    /// Letters, possibly with inner hyphens or apostrophes (`аш-Шибани`, `O'Neil`).
    case word
    /// Digits, possibly with inner separators (`5,56`, `10:35`, `1990-х`).
    case number
    /// Punctuation: quotes, dashes, brackets, sentence marks.
    case punctuation
    /// Other symbols (`%`, `$`, `№`, emoji).
    case symbol
    case url
    case email
}

/// A sentence: its range and the tokens it spans (`tokens` indexes ``Document/tokens``).
public struct Sentence: Hashable, Sendable {
    public var range: TextRange
    public var tokens: Range<Int>

    public init(_ range: TextRange, tokens: Range<Int>) {
        self.range = range
        self.tokens = tokens
    }
}

/// Universal Dependencies part of speech and features of one token, as a tagger gives them.
public struct MorphTag: Hashable, Sendable {
    /// UD part of speech (`NOUN`, `PROPN`, `VERB`, ...).
    public var pos: String
    /// UD features, `Case=Gen|Number=Sing` order as the tagger gives them.
    public var features: [(String, String)]

    public init(pos: String, features: [(String, String)]) {
        self.pos = pos
        self.features = features
    }

    public func feature(_ name: String) -> String? { features.first { $0.0 == name }?.1 }

    public static func == (lhs: MorphTag, rhs: MorphTag) -> Bool {
        lhs.pos == rhs.pos && lhs.features.elementsEqual(rhs.features, by: { $0 == $1 })
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(pos)
        for (k, v) in features { hasher.combine(k); hasher.combine(v) }
    }
}

/// One dependency arc: the token's head (token index in the document, or nil for the root) and relation.
public struct DependencyArc: Hashable, Sendable {
    public var head: Int?
    public var relation: String

    public init(head: Int?, relation: String) {
        self.head = head
        self.relation = relation
    }
}

extension Array where Element == Token {
    /// Indexes of the tokens that overlap `range` (tokens are in text order).
    /// - Complexity: O(log n + k) for k tokens found.
    public func indices(overlapping range: TextRange) -> Range<Int> {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if self[mid].range.end <= range.start { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < count, self[end].range.start < range.end { end += 1 }
        return lo..<end
    }
}
