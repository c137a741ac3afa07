import LetopisCore

extension TextCasing {
    /// A title-case word (`Путин`, `В`) for every this many words starting in lower case is still ordinary
    /// text; fewer, and capitals mark nothing. Ordinary news has one in five to ten (every sentence start and
    /// name); a text typed without capitals has none, or a stray one.
    static let lowerCaseRatio = 50

    /// How the words of a text are cased: ``lowerCase`` when there is at least one word starting in lower case
    /// and at most one title-case word (upper-case first letter, lower-case second) for every
    /// ``lowerCaseRatio`` of them. Words in capitals (`МИД`, a shouted headline) count neither way, so a
    /// lower-case post under a shouted headline is lower-case. ``upperCase`` when no word has a lower-case
    /// letter and at least three have two capitals or more (`ПУТИН ПРИБЫЛ В МОСКВУ`), as a shouted sentence.
    ///
    /// - Complexity: O(n) in the text's bytes.
    public static func of(_ utf8: [UInt8], tokens: [Token]) -> TextCasing {
        var lowerStarts = 0, titleCase = 0, withLower = 0, inCapitals = 0
        utf8.withUnsafeBufferPointer { bytes in
            let text = UTF8Scanner(bytes: bytes, end: bytes.count)
            for token in tokens where token.kind == .word && token.range.start < token.range.end {
                var j = token.range.start, upper = 0, lower = 0, position = 0
                while j < Swift.min(token.range.end, text.end) && lower == 0 {
                    let d = text.decode(j)
                    switch ScalarClass.of(d.scalar) {
                    case .upper: upper += 1
                    case .lower:
                        lower += 1
                        if position == 0 { lowerStarts += 1 } else if position == 1 && upper == 1 { titleCase += 1 }
                    default: break
                    }
                    j += d.length
                    position += 1
                }
                if lower > 0 { withLower += 1 } else if upper >= 2 { inCapitals += 1 }
            }
        }
        if lowerStarts > 0 && titleCase * lowerCaseRatio <= lowerStarts { return .lowerCase }
        if withLower == 0 && inCapitals >= 3 { return .upperCase }
        return .ordinary
    }
}
