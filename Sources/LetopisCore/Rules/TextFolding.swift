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

    /// Folded words of a phrase, split at spaces (`Министерство  иностранных дел` → three words).
    public static func foldWords(_ s: some StringProtocol) -> [String] {
        fold(s).split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }
}
