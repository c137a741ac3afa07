import LetopisCore

/// Read-only questions about the tokens of a text, answered from its bytes, for the splitter's rules.
///
/// Every question is total: a token index past either end answers as "no token" (scalar 0,
/// class `.space`, false, nil), so a rule may ask about `k - 1` or `k + 2` without checking bounds.
/// (The rule layers above segmentation use ``LetopisCore/TokenView``; this one reads bytes,
/// before any layer exists.)
struct SplitterView {
    let text: UTF8Scanner
    let tokens: [Token]
    /// The text is written in lower case (``LetopisCore/TextCasing/lowerCase``): a lower-case word tells no
    /// continuation from a sentence start, so the rules that read the next word's case read it as a start.
    var lowerCaseText = false

    var count: Int { tokens.count }

    /// The token at `k`, nil past either end or when it points past the text.
    @inline(__always)
    func token(_ k: Int) -> Token? {
        guard k >= 0, k < tokens.count, tokens[k].range.start < text.end else { return nil }
        return tokens[k]
    }

    /// The kind of token `k`, nil past either end.
    @inline(__always)
    func kind(_ k: Int) -> TokenKind? { token(k)?.kind }

    @inline(__always)
    func firstScalar(_ k: Int) -> UInt32 {
        guard let t = token(k) else { return 0 }
        return text.decode(t.range.start).scalar
    }

    @inline(__always)
    func firstClass(_ k: Int) -> ScalarClass {
        guard let t = token(k) else { return .space }
        return ScalarClass.of(text.decode(t.range.start).scalar)
    }

    /// Token `k` may start a sentence by its case: an upper-case letter, or in a lower-case text any letter
    /// with case.
    @inline(__always)
    func startsLikeSentence(_ k: Int) -> Bool {
        let cls = firstClass(k)
        return cls == .upper || (lowerCaseText && cls == .lower)
    }

    /// A lower-case word that continues a sentence (`г. москву`, `… сказал он`); never in a lower-case text.
    @inline(__always)
    func continuesInLowerCase(_ k: Int) -> Bool { !lowerCaseText && firstClass(k) == .lower }

    /// The token is one scalar (plus nothing else).
    @inline(__always)
    func isSingle(_ k: Int) -> Bool {
        guard let t = token(k) else { return false }
        return text.decode(t.range.start).length == t.range.count
    }

    /// Number of scalars in the token, counting no further than `limit + 1`.
    func scalarCount(_ k: Int, atMost limit: Int) -> Int {
        guard let t = token(k) else { return 0 }
        var j = t.range.start, n = 0
        while j < Swift.min(t.range.end, text.end) && n <= limit {
            j += text.decode(j).length
            n += 1
        }
        return n
    }

    /// ``Abbreviations/hash(_:_:_:)`` of token `k`; the hash of the empty word past either end.
    func hash(_ k: Int) -> UInt64 {
        guard let t = token(k) else { return Abbreviations.hash("") }
        return Abbreviations.hash(text, t.range.start, Swift.min(t.range.end, text.end))
    }

    @inline(__always)
    func adjacent(_ a: Int, _ b: Int) -> Bool {
        a >= 0 && b >= 0 && a < tokens.count && b < tokens.count && tokens[a].range.end == tokens[b].range.start
    }

    /// `.`, `!`, `?`, `…` and their runs (`...`, `?!`).
    @inline(__always)
    func isTerminal(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count, tokens[k].kind == .punctuation else { return false }
        return Scalar.isTerminal(firstScalar(k))
    }

    /// A terminal mark, or a closing quote or bracket that may follow one.
    @inline(__always)
    func isTerminalOrCloser(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count, tokens[k].kind == .punctuation else { return false }
        let c = firstScalar(k)
        return Scalar.isTerminal(c) || Scalar.isClosingQuote(c) || Scalar.isNeutralQuote(c) || Scalar.isClosingBracket(c)
    }

    /// A number of one or two digits, followed by a full stop and an upper-case word: `2. Леван`.
    func isListNumber(_ k: Int) -> Bool {
        guard k >= 0, k + 2 < tokens.count, tokens[k].kind == .number, tokens[k].range.count <= 2 else { return false }
        return firstScalar(k + 1) == Scalar.fullStop && isSingle(k + 1) && adjacent(k, k + 1)
            && startsLikeSentence(k + 2)
    }

    /// The quote that closes the one opened by token `q`, looking at no more than 400 tokens
    /// (`«` pairs with `»` counting nesting, `„` with `“`, `“` with `”`, `"` with `"`).
    func closingQuote(opening q: Int) -> Int? {
        let open = firstScalar(q)
        let close: UInt32
        switch open {
        case 0xAB: close = 0xBB
        case 0x201E: close = 0x201C
        case 0x201C: close = 0x201D
        case 0x2018: close = 0x2019
        default: close = open
        }
        var depth = 0
        var k = Swift.max(q + 1, 0)
        let limit = Swift.min(tokens.count, q + 400)
        while k < limit {
            if tokens[k].kind == .punctuation {
                let c = firstScalar(k)
                if c == close {
                    if depth == 0 { return k }
                    depth -= 1
                } else if c == open {
                    depth += 1
                }
            }
            k += 1
        }
        return nil
    }

    /// Line breaks between two tokens (`\r\n` counts once); 2 means a blank line.
    func lineBreaks(between a: Int, and b: Int) -> Int {
        guard a >= 0, b >= 0, a < tokens.count, b < tokens.count else { return 0 }
        var j = tokens[a].range.end
        let to = Swift.min(tokens[b].range.start, text.end)
        var count = 0
        while j < to {
            let byte = text.byte(j)
            if byte == 0x20 { j += 1; continue }
            if byte == 0x0A { count += 1; if count >= 2 { return 2 }; j += 1; continue }
            if byte == 0x0D {
                count += 1
                if count >= 2 { return 2 }
                j += (j + 1 < to && text.byte(j + 1) == 0x0A) ? 2 : 1
                continue
            }
            let d = text.decode(j)
            if ScalarClass.of(d.scalar) == .newline {
                count += 1
                if count >= 2 { return 2 }
            }
            j += d.length
        }
        return count
    }
}
