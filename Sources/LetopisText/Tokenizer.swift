import LetopisCore

/// Splits text into tokens. (Interim: letter/digit runs and single marks; the
/// rule-based tokenizer replaces this with the same API.)
public struct Tokenizer: Sendable {
    public init() {}

    /// Tokens of `utf8[range]`, in order, with byte ranges into `utf8`.
    public func tokenize(_ utf8: [UInt8], in range: TextRange? = nil) -> [Token] {
        let text = String(decoding: utf8, as: UTF8.self)
        let start = range?.start ?? 0, end = range?.end ?? utf8.count
        var tokens: [Token] = []
        var offset = 0
        var current: (start: Int, kind: TokenKind)? = nil
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            defer { offset += width }
            if offset < start || offset >= end { continue }
            let props = scalar.properties
            let kind: TokenKind? = props.isWhitespace ? nil
                : props.numericType != nil ? .number
                : props.isAlphabetic ? .word
                : props.generalCategory.isPunctuation ? .punctuation : .symbol
            if let c = current, kind == c.kind, kind == .word || kind == .number { continue }
            if let c = current { tokens.append(Token(TextRange(c.start, offset), kind: c.kind)) }
            current = kind.map { (offset, $0) }
        }
        if let c = current { tokens.append(Token(TextRange(c.start, min(offset, end)), kind: c.kind)) }
        return tokens
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
}
