/// The one folding rule by which rule layers compare words: a token's lemma, a lexicon's entry
/// and a pattern's word are all folded the same way, so `репортёр` in a word list matches the
/// lemma `репортёр` a tagger gives as well as the surface `РЕПОРТЕР`.
public enum TextFolding {
    /// Lower-cased, `ё` → `е`, every hyphen-like character → `-`, a no-break space → a space,
    /// stress marks and soft hyphens dropped.
    public static func fold(_ s: some StringProtocol) -> String {
        // Most lemmas are already folded (lower case, no `ё`): one pass over the bytes finds that and
        // returns the string as it is, with no allocation — rule layers fold every token of a document.
        if !needsFolding(s.utf8) { return String(s) }
        return foldCyrillic(s.utf8) ?? foldByScalars(s)
    }

    /// The folding rule scalar by scalar, with Unicode's lower-case mapping: for any text.
    static func foldByScalars(_ s: some StringProtocol) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(s.utf8.count)
        for ch in s.lowercased().unicodeScalars {
            switch ch {
            case "ё": out.unicodeScalars.append("е")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}": out.unicodeScalars.append("-")
            case "\u{301}", "\u{AD}": continue
            case "\u{A0}": out.unicodeScalars.append(" ")
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// Whether `fold` would change the text: an ASCII capital, a Cyrillic capital (U+0400–U+042F) or
    /// `ё` (U+0451), a hyphen-like character (U+2010–U+2013), a combining acute (U+0301), a soft hyphen
    /// (U+00AD), a no-break space (U+00A0), or any other non-ASCII, non-Cyrillic scalar (whose case
    /// this scan does not know) — then the full rule runs.
    static func needsFolding(_ bytes: some Collection<UInt8>) -> Bool {
        var lead: UInt8 = 0
        for b in bytes {
            if lead != 0 {
                // Second byte of a two-byte Cyrillic scalar: U+0400–U+042F are D0 80–D0 AF, `ё` is D1 91.
                if lead == 0xD0 && b < 0xB0 { return true }
                if lead == 0xD1 && (b == 0x91 || b >= 0xA0) { return true }  // `ё`, and the historic letters from U+0460, which have capitals
                lead = 0
                continue
            }
            switch b {
            case 0x41...0x5A: return true
            case 0x00...0x7F: continue
            case 0xD0, 0xD1: lead = b
            default: return true
            }
        }
        return false
    }

    /// `fold` on the bytes, for text of ASCII, Cyrillic U+0400–U+045F and the few characters `fold`
    /// rewrites — nearly every token of Russian news. Each of those scalars has one fixed lower-case
    /// form (`А`–`Я` +0x20, `Ѐ`–`Џ` +0x50, ASCII capitals +0x20), so this is `lowercased()` followed by
    /// the rewrites, without Unicode tables or a scalar-by-scalar String build. Nil for anything else
    /// (other scripts, the historic Cyrillic letters from U+0460, other punctuation): the full rule
    /// decides those. - Complexity: O(bytes).
    static func foldCyrillic(_ bytes: some Collection<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var it = bytes.makeIterator()
        while let b = it.next() {
            switch b {
            case 0x41...0x5A: out.append(b + 0x20)
            case 0x00...0x7F: out.append(b)
            case 0xD0:
                guard let c = it.next() else { return nil }
                switch c {
                case 0x80...0x8F:  // Ѐ–Џ → ѐ–џ (U+0450–U+045F); Ё → ё → е
                    if c == 0x81 { out.append(0xD0); out.append(0xB5) } else { out.append(0xD1); out.append(c + 0x10) }
                case 0x90...0x9F: out.append(0xD0); out.append(c + 0x20)  // А–П → а–п
                case 0xA0...0xAF: out.append(0xD1); out.append(c - 0x20)  // Р–Я → р–я
                case 0xB0...0xBF: out.append(0xD0); out.append(c)         // а–п
                default: return nil
                }
            case 0xD1:
                guard let c = it.next() else { return nil }
                switch c {
                case 0x91: out.append(0xD0); out.append(0xB5)              // ё → е
                case 0x80...0x9F: out.append(0xD1); out.append(c)         // р–я, ѐ–џ
                default: return nil
                }
            case 0xC2:  // U+00A0 no-break space → space; U+00AD soft hyphen dropped
                guard let c = it.next() else { return nil }
                switch c {
                case 0xA0: out.append(0x20)
                case 0xAD: break
                default: return nil
                }
            case 0xCC:  // U+0301 combining acute (stress mark) dropped
                guard it.next() == 0x81 else { return nil }
            case 0xE2:  // U+2010–U+2013 hyphens and dashes → `-`
                guard it.next() == 0x80, let c = it.next(), (0x90...0x93).contains(c) else { return nil }
                out.append(0x2D)
            default: return nil
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Folded words of a phrase, split at spaces (`Министерство  иностранных дел` → three words).
    public static func foldWords(_ s: some StringProtocol) -> [String] {
        fold(s).split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }
}
