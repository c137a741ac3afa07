/// Word lists the segmentation rules consult, looked up by a 64-bit hash of the
/// lower-cased scalars so that a look-up in the hot loop allocates nothing.
enum Abbreviations {
    /// Abbreviations that always have a word or a number after them, so their full
    /// stop never ends a sentence: `ул. Тверская`, `им. Ленина`, `проф. Иванов`, `т. е.`
    /// After a number they measure it and may end a sentence (`в 2011 г.`, `5 см.`):
    /// the splitter then decides by the next word.
    static let head: [String] = [
        // Places and addresses.
        "ул", "пр", "просп", "пл", "пер", "наб", "ш", "б-р", "бул", "д", "корп", "стр", "кв", "оф",
        "обл", "р-н", "г", "пос", "пгт", "дер", "с", "ст", "м", "о", "оз", "р", "мкр", "пр-т", "туп",
        // Titles and ranks before a name.
        "им", "проф", "акад", "доц", "ген", "генерал-лейт", "полк", "подполк", "лейт", "кап", "св",
        "тов", "гр", "г-н", "г-жа", "гг", "дж", "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr",
        "вл", "вс", "влк", "арх", "митр", "еп", "свящ",
        // Parts of texts and references.
        "т", "ч", "рис", "табл", "гл", "см", "ср", "напр", "вып", "разд", "п", "пп", "no", "vs",
        // Languages before the word they gloss.
        "англ", "нем", "франц", "фр", "лат", "рус", "итал", "исп", "кит", "яп", "араб", "греч", "укр",
        // Words that abbreviate before what they qualify.
        "зам", "пред", "зав", "нач", "ред", "изд", "соч", "тел", "факс", "эл",
    ]

    /// Second halves of two-letter abbreviations that sit inside a sentence: `т.е.`, `т.к.`, `т.н.`, `т.о.`.
    static let innerPairs: [(String, String)] = [("т", "е"), ("т", "к"), ("т", "н"), ("т", "о"), ("и", "о"), ("н", "э")]

    static let headHashes: Set<UInt64> = Set(head.map(hash))
    /// `и`, before a list-closing abbreviation (`и пр.`, `и др.`).
    static let andHash: UInt64 = hash("и")
    static let innerPairHashes: Set<UInt64> = Set(innerPairs.map { hash($0.0) &* 31 &+ hash($0.1) })

    /// FNV-1a over the lower-cased scalars of a string.
    static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for u in s.unicodeScalars { h = (h ^ UInt64(Scalar.lowercased(u.value))) &* 0x100000001b3 }
        return h
    }

    /// FNV-1a over the lower-cased scalars of `bytes[from..<to]`; the same value as ``hash(_:)`` of that text.
    @inline(__always)
    static func hash(_ text: UTF8Scanner, _ from: Int, _ to: Int) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        var j = from
        while j < to {
            let d = text.decode(j)
            h = (h ^ UInt64(Scalar.lowercased(d.scalar))) &* 0x100000001b3
            j += d.length
        }
        return h
    }
}

/// Top-level domain labels written in any case: `Gzt.Ru`, `кремль.рф`, `.РФ`.
enum DomainZones {
    static let names: [String] = [
        "ru", "com", "org", "net", "info", "biz", "su", "ua", "by", "kz", "uk", "eu", "de", "fr", "us",
        "gov", "edu", "io", "tv", "fm", "me", "рф", "ру", "рус", "укр", "бел", "орг", "ком", "онлайн",
    ]
    static let hashes: Set<UInt64> = Set(names.map(Abbreviations.hash))

    @inline(__always)
    static func contains(hash: UInt64) -> Bool { hashes.contains(hash) }
}
