/// The one folding rule by which rule layers compare words: a token's lemma, a lexicon's entry
/// and a pattern's word are all folded the same way, so `репортёр` in a word list matches the
/// lemma `репортёр` a tagger gives as well as the surface `РЕПОРТЕР`.
public enum TextFolding {
    /// Lower-cased, `ё` → `е`, every hyphen-like character → `-`, a no-break space → a space,
    /// stress marks and soft hyphens dropped.
    public static func fold(_ s: some StringProtocol) -> String {
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

    /// Folded words of a phrase, split at spaces (`Министерство  иностранных дел` → three words).
    public static func foldWords(_ s: some StringProtocol) -> [String] {
        fold(s).split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }
}
