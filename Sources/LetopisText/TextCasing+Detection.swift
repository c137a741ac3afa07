import LetopisCore

extension TextCasing {
    /// A capitalised word (`Путин`, `В`) for every this many words starting in lower case is still ordinary
    /// text; fewer, and capitals mark nothing. Ordinary news has one in five to ten (every sentence start and
    /// name); a text typed without capitals has none, or a stray one.
    static let lowerCaseRatio = 50

    /// How the words of a text are cased. ``lowerCase`` when
    /// - at least one sentence start (the first word, a word after `.`, `!`, `?`, `…` or a line break, quotes,
    ///   dashes and symbols between) is in lower case, and no fewer than those in capitals (`Путин`, `В`);
    /// - and there is at most one capitalised word (`Путин`; `В` at a sentence start) for every
    ///   ``lowerCaseRatio`` words starting in lower case.
    /// Words in capitals (`МИД`, a shouted headline) count neither way, so a lower-case post under a shouted
    /// headline is lower-case, and `ВТБ поднял ставку` (no start in lower case) is not. ``upperCase`` when no
    /// word has a lower-case letter and at least three have two capitals or more (`ПУТИН ПРИБЫЛ В МОСКВУ`).
    ///
    /// - Complexity: O(n) in the text's bytes.
    public static func of(_ utf8: [UInt8], tokens: [Token]) -> TextCasing {
        var lowerWords = 0, capitalised = 0, lowerStarts = 0, capitalStarts = 0, withLower = 0, inCapitals = 0
        utf8.withUnsafeBufferPointer { bytes in
            let text = UTF8Scanner(bytes: bytes, end: bytes.count)
            var atStart = true
            var previousEnd = tokens.first?.range.start ?? 0
            for token in tokens where token.range.start >= previousEnd && token.range.start < token.range.end {
                for j in previousEnd..<Swift.min(token.range.start, text.end) where text.byte(j) == 0x0A || text.byte(j) == 0x0D {
                    atStart = true
                    break
                }
                previousEnd = token.range.end
                switch token.kind {
                case .word:
                    var j = token.range.start, upper = 0, lower = 0, position = 0
                    var firstLower = false
                    while j < Swift.min(token.range.end, text.end) && lower == 0 {
                        let d = text.decode(j)
                        switch ScalarClass.of(d.scalar) {
                        case .upper: upper += 1
                        case .lower: lower += 1; firstLower = position == 0
                        default: break
                        }
                        j += d.length
                        position += 1
                    }
                    // `Путин` (a capital, then a lower-case letter), or `В` (one capital letter) starting a sentence:
                    // inside one it is an initial, or a word of a shouted headline (`ВСТРЕТИЛСЯ С ТРАМПОМ`).
                    let capital = upper == 1 && (lower == 1 && position == 2 || lower == 0 && position == 1 && atStart)
                    if firstLower { lowerWords += 1 }
                    if capital { capitalised += 1 }
                    if atStart && firstLower { lowerStarts += 1 }
                    if atStart && capital { capitalStarts += 1 }
                    if lower > 0 { withLower += 1 } else if upper >= 2 { inCapitals += 1 }
                    atStart = false
                case .number, .url:
                    atStart = false
                case .punctuation:
                    let c = text.decode(token.range.start).scalar
                    if c == 0x2E || c == 0x21 || c == 0x3F || c == 0x2026 { atStart = true }
                default: break
                }
            }
        }
        if lowerStarts > 0 && lowerStarts >= capitalStarts && capitalised * lowerCaseRatio <= lowerWords { return .lowerCase }
        if withLower == 0 && inCapitals >= 3 { return .upperCase }
        return .ordinary
    }
}
