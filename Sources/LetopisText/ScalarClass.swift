/// The class of one Unicode scalar, as segmentation rules see it.
///
/// Segmentation works on UTF-8 bytes: ``UTF8Scanner`` decodes one scalar at a
/// time and ``ScalarClass/of(_:)`` classifies it with table lookups for ASCII
/// and basic Cyrillic (almost every scalar of a Russian news report) and falls
/// back to `Unicode.Scalar.Properties` for the rest.
///
/// - Complexity: O(1) per scalar, without allocation.
enum ScalarClass: UInt8, Sendable {
    case space
    case newline
    case upper
    case lower
    /// A letter without case (CJK, Arabic, ...).
    case letter
    case digit
    /// Combining marks, variation selectors, zero-width joiners, emoji modifiers:
    /// they belong to the scalar before them.
    case mark
    case punctuation
    case symbol

    @inline(__always)
    var isLetter: Bool { self == .upper || self == .lower || self == .letter }
    @inline(__always)
    var isAlphanumeric: Bool { self == .upper || self == .lower || self == .letter || self == .digit }
    @inline(__always)
    var isSpace: Bool { self == .space || self == .newline }

    @inline(__always)
    static func of(_ c: UInt32) -> ScalarClass {
        if c < 0x80 { return ascii(c) }
        // Basic Russian alphabet: А..Я, а..я, Ё, ё.
        if c >= 0x0410 && c <= 0x044F { return c < 0x0430 ? .upper : .lower }
        if c == 0x0401 { return .upper }
        if c == 0x0451 { return .lower }
        // Common in Russian news: « » – — ‘ ’ “ ” „ … • and the no-break space.
        if c == 0xAB || c == 0xBB || (c >= 0x2010 && c <= 0x2027 && c != 0x2028) { return .punctuation }
        if c == 0xA0 { return .space }
        return slow(c)
    }

    /// ASCII classes by comparisons, most frequent first (a static table would cost a
    /// lazy-initialisation check on every look-up).
    @inline(__always)
    static func ascii(_ c: UInt32) -> ScalarClass {
        if c >= 0x61 {  // a-z { | } ~ DEL
            if c <= 0x7A { return .lower }
            return c == 0x7C || c == 0x7E ? .symbol : (c == 0x7F ? .space : .punctuation)
        }
        if c >= 0x41 {  // A-Z [ \ ] ^ _ `
            if c <= 0x5A { return .upper }
            return c == 0x5E || c == 0x60 ? .symbol : .punctuation
        }
        if c >= 0x30 {  // 0-9 : ; < = > ? @
            if c <= 0x39 { return .digit }
            return c == 0x3C || c == 0x3D || c == 0x3E || c == 0x40 ? .symbol : .punctuation
        }
        if c == 0x20 { return .space }
        if c < 0x20 { return c >= 0x0A && c <= 0x0D ? .newline : .space }  // controls separate tokens
        // ! " # $ % & ' ( ) * + , - . /
        return c == 0x23 || c == 0x24 || c == 0x25 || c == 0x26 || c == 0x2B ? .symbol : .punctuation
    }

    @inline(never)
    static func slow(_ c: UInt32) -> ScalarClass {
        switch c {
        case 0x0085, 0x2028, 0x2029: return .newline
        case 0x200D, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: return .mark
        case 0x200B, 0x2060, 0xFEFF: return .space  // zero-width space, word joiner, BOM
        default: break
        }
        guard let scalar = Unicode.Scalar(c) else { return .symbol }
        let p = scalar.properties
        if p.isWhitespace { return .space }
        switch p.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: return .upper
        case .lowercaseLetter: return .lower
        case .otherLetter, .modifierLetter: return .letter
        case .decimalNumber: return .digit
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return .punctuation
        case .control, .format: return .space
        default: return .symbol
        }
    }
}

/// Scalars the rules name.
enum Scalar {
    static let fullStop: UInt32 = 0x2E
    static let comma: UInt32 = 0x2C
    static let colon: UInt32 = 0x3A
    static let semicolon: UInt32 = 0x3B
    static let exclamation: UInt32 = 0x21
    static let question: UInt32 = 0x3F
    static let hyphen: UInt32 = 0x2D
    static let apostrophe: UInt32 = 0x27
    static let quote: UInt32 = 0x22
    static let at: UInt32 = 0x40
    static let underscore: UInt32 = 0x5F
    static let slash: UInt32 = 0x2F
    static let ellipsis: UInt32 = 0x2026
    static let rightSingleQuote: UInt32 = 0x2019
    static let modifierApostrophe: UInt32 = 0x02BC
    static let bullet: UInt32 = 0x2022
    static let zwj: UInt32 = 0x200D

    /// `.` `!` `?` `…`: marks that may end a sentence.
    @inline(__always)
    static func isTerminal(_ c: UInt32) -> Bool {
        c == fullStop || c == exclamation || c == question || c == ellipsis
    }

    /// Hyphens that join words: `-`, U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN.
    @inline(__always)
    static func isHyphen(_ c: UInt32) -> Bool { c == hyphen || c == 0x2010 || c == 0x2011 }

    /// Dashes between words and clauses: `-` (spaced), `–`, `—`, `―`, `−`.
    @inline(__always)
    static func isDash(_ c: UInt32) -> Bool {
        c == hyphen || (c >= 0x2012 && c <= 0x2015) || c == 0x2212
    }

    /// Quotes that open: `«` `„` `“` (Russian closing is `“` after `„`, handled by context) `‘` `‚` `‹`.
    @inline(__always)
    static func isOpeningQuote(_ c: UInt32) -> Bool {
        c == 0xAB || c == 0x201E || c == 0x201C || c == 0x2018 || c == 0x201A || c == 0x2039
    }

    /// Quotes that close: `»` `“` `”` `’` `›`.
    @inline(__always)
    static func isClosingQuote(_ c: UInt32) -> Bool {
        c == 0xBB || c == 0x201C || c == 0x201D || c == 0x2019 || c == 0x203A
    }

    /// Quotes that open or close by position: `"` and `'`.
    @inline(__always)
    static func isNeutralQuote(_ c: UInt32) -> Bool { c == quote || c == apostrophe }

    @inline(__always)
    static func isOpeningBracket(_ c: UInt32) -> Bool { c == 0x28 || c == 0x5B || c == 0x7B }

    @inline(__always)
    static func isClosingBracket(_ c: UInt32) -> Bool { c == 0x29 || c == 0x5D || c == 0x7D }

    /// List bullets that start an item: `•` `▪` `●` `◦` `■` `►` `▸` `‣`.
    @inline(__always)
    static func isBullet(_ c: UInt32) -> Bool {
        c == bullet || c == 0x25AA || c == 0x25CF || c == 0x25E6 || c == 0x25A0 || c == 0x25BA
            || c == 0x25B8 || c == 0x2023
    }

    /// Regional indicators: two make a flag.
    @inline(__always)
    static func isRegionalIndicator(_ c: UInt32) -> Bool { c >= 0x1F1E6 && c <= 0x1F1FF }

    /// Lower-case form of Russian and ASCII letters (other scalars unchanged); for abbreviation look-up.
    @inline(__always)
    static func lowercased(_ c: UInt32) -> UInt32 {
        if c >= 0x41 && c <= 0x5A { return c + 0x20 }
        if c >= 0x0410 && c <= 0x042F { return c + 0x20 }
        if c == 0x0401 { return 0x0451 }
        return c
    }
}

/// Decodes UTF-8 from a byte buffer, one scalar at a time.
///
/// Invalid sequences (possible only when a caller's range cuts a scalar) decode
/// as U+FFFD of length 1, so every step makes progress and never reads out of bounds.
struct UTF8Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// One past the last byte the scanner may read.
    let end: Int

    /// The byte at `i`; 0 past either end of the range.
    @inline(__always)
    func byte(_ i: Int) -> UInt8 { i >= 0 && i < end ? bytes[i] : 0 }

    /// The scalar at `i` and its length in bytes; (0, 1) past either end of the range, so every
    /// step still makes progress.
    @inline(__always)
    func decode(_ i: Int) -> (scalar: UInt32, length: Int) {
        guard i >= 0 && i < end else { return (0, 1) }
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 >= 0xC2 && b0 < 0xE0 {
            guard i + 1 < end else { return (0xFFFD, 1) }
            let b1 = UInt32(bytes[i + 1])
            guard b1 & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            return ((b0 & 0x1F) << 6 | (b1 & 0x3F), 2)
        }
        if b0 >= 0xE0 && b0 < 0xF0 {
            guard i + 2 < end else { return (0xFFFD, 1) }
            let b1 = UInt32(bytes[i + 1]), b2 = UInt32(bytes[i + 2])
            guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            return ((b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F), 3)
        }
        if b0 >= 0xF0 && b0 < 0xF5 {
            guard i + 3 < end else { return (0xFFFD, 1) }
            let b1 = UInt32(bytes[i + 1]), b2 = UInt32(bytes[i + 2]), b3 = UInt32(bytes[i + 3])
            guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            return ((b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | (b3 & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// The scalar that ends just before byte `i` (and its start), or nil at `lowerBound`.
    @inline(__always)
    func decodeBefore(_ i: Int, lowerBound: Int) -> (scalar: UInt32, start: Int)? {
        guard i > lowerBound else { return nil }
        var s = i - 1
        var steps = 0
        while s > lowerBound && byte(s) & 0xC0 == 0x80 && steps < 3 { s -= 1; steps += 1 }
        let d = decode(s)
        if s + d.length != i { return (0xFFFD, i - 1) }
        return (d.scalar, s)
    }
}
