import LetopisCore

/// Read-only questions about the tokens of a text, for the splitter's rules.
struct TokenView {
    let text: UTF8Scanner
    let tokens: [Token]

    @inline(__always)
    func firstScalar(_ k: Int) -> UInt32 {
        guard k < tokens.count, tokens[k].range.start < text.end else { return 0 }
        return text.decode(tokens[k].range.start).scalar
    }

    @inline(__always)
    func firstClass(_ k: Int) -> ScalarClass {
        guard k < tokens.count, tokens[k].range.start < text.end else { return .space }
        return ScalarClass.of(text.decode(tokens[k].range.start).scalar)
    }

    /// The token is one scalar (plus nothing else).
    @inline(__always)
    func isSingle(_ k: Int) -> Bool {
        guard k < tokens.count, tokens[k].range.start < text.end else { return false }
        return text.decode(tokens[k].range.start).length == tokens[k].range.count
    }

    /// Number of scalars in the token, counting no further than `limit + 1`.
    func scalarCount(_ k: Int, atMost limit: Int) -> Int {
        guard k >= 0, k < tokens.count else { return 0 }
        var j = tokens[k].range.start, n = 0
        while j < tokens[k].range.end && n <= limit {
            j += text.decode(j).length
            n += 1
        }
        return n
    }

    func hash(_ k: Int) -> UInt64 { Abbreviations.hash(text, tokens[k].range.start, tokens[k].range.end) }

    @inline(__always)
    func adjacent(_ a: Int, _ b: Int) -> Bool {
        a >= 0 && b < tokens.count && tokens[a].range.end == tokens[b].range.start
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
        guard k + 2 < tokens.count, tokens[k].kind == .number, tokens[k].range.count <= 2 else { return false }
        return firstScalar(k + 1) == Scalar.fullStop && isSingle(k + 1) && adjacent(k, k + 1)
            && firstClass(k + 2) == .upper
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
        var k = q + 1
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
        var j = tokens[a].range.end
        let to = Swift.min(tokens[b].range.start, text.end)
        var count = 0
        while j < to {
            let byte = text.bytes[j]
            if byte == 0x20 { j += 1; continue }
            if byte == 0x0A { count += 1; if count >= 2 { return 2 }; j += 1; continue }
            if byte == 0x0D {
                count += 1
                if count >= 2 { return 2 }
                j += (j + 1 < to && text.bytes[j + 1] == 0x0A) ? 2 : 1
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
