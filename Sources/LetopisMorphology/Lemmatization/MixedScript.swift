/// Words typed with Latin letters that look Cyrillic: `Cолист` (Latin C), `Клишасa` (Latin a).
///
/// Such words are common in scraped news and defeat every dictionary lookup. When a word has
/// Cyrillic letters and its only Latin ones have a Cyrillic twin, the Cyrillic spelling is the
/// word meant; a word with a Latin letter that has no twin (`YоuТubе`, `Fruktы`) is left alone.
public enum MixedScript {
    /// Latin letters whose glyphs are Cyrillic letters, mapped to them.
    static let twins: [Character: Character] = [
        "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у",
        "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х",
    ]

    /// The word in Cyrillic letters only, or nil when it is not a repairable mix.
    public static func cyrillicSpelling(_ word: String) -> String? {
        var hasCyrillic = false
        var hasLatin = false
        for scalar in word.unicodeScalars {
            switch scalar.value {
            case 0x0400...0x04FF: hasCyrillic = true
            case 0x41...0x5A, 0x61...0x7A:
                hasLatin = true
                if twins[Character(scalar)] == nil { return nil }
            default: break
            }
        }
        guard hasCyrillic && hasLatin else { return nil }
        return String(word.map { twins[$0] ?? $0 })
    }
}
