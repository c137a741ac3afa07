/// Comparison forms of names: lower case, `ё` as `е`, one kind of hyphen and of space, no quotes.
enum NameKey {
    /// `«Газпром»` → `газпром`; `Аш‑Шараа` (non-breaking hyphen) → `аш-шараа`.
    ///
    /// Resolution normalises every name and sentence of a block, so the common letters (ASCII, Cyrillic) are
    /// lower-cased and classified here directly; any other scalar takes `lowercaseMapping` and `isWhitespace`,
    /// which is what `String.lowercased()` and the property give (`NameKeyTests` compare the two).
    static func normalise(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = true
        func append(_ u: Unicode.Scalar) {
            switch u.value {
            case 0x0451: out.append("е"); lastWasSpace = false            // ё
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: out.append("-"); lastWasSpace = false
            case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x0022, 0x0027, 0x2018, 0x2019: return
            default:
                if isWhitespace(u) {
                    if !lastWasSpace { out.append(" ") }
                    lastWasSpace = true
                } else {
                    out.append(u); lastWasSpace = false
                }
            }
        }
        for u in s.unicodeScalars {
            switch u.value {
            case 0x41...0x5A, 0x410...0x42F: append(Unicode.Scalar(u.value + 0x20) ?? u)   // A–Z, А–Я
            case 0x400...0x40F: append(Unicode.Scalar(u.value + 0x50) ?? u)                // Ѐ–Џ (Ё → ё)
            case 0x00...0x40, 0x5B...0x7F, 0x430...0x45F: append(u)                        // lower case already
            default: for lower in u.properties.lowercaseMapping.unicodeScalars { append(lower) }
            }
        }
        var r = String(out)
        while r.hasSuffix(" ") { r.removeLast() }
        return r
    }

    /// Unicode's White_Space, without a property lookup for the letters that make up almost every name.
    private static func isWhitespace(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09...0x0D, 0x20: return true
        case 0x21...0x7F, 0x400...0x4FF: return false
        default: return u.properties.isWhitespace
        }
    }

    /// A family name without its particles: `аш-Шараа` and `Шараа` → `шараа`, `Абу Касра` → `касра`.
    static func surname(_ last: String, particles: [String]) -> String {
        let known = Set(particles.map(normalise)).union(defaultParticles)
        let words = normalise(last).split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        let kept = words.enumerated().filter { i, w in !(known.contains(w) && i < words.count - 1) }.map(\.element)
        return kept.isEmpty ? normalise(last) : kept.joined(separator: "-")
    }

    /// Arabic and European particles that the extractor may or may not list.
    static let defaultParticles: Set<String> = ["аль", "ал", "аш", "ас", "ад", "ат", "ар", "ан", "аз", "эль", "эд", "эш",
                                                 "бен", "бин", "ибн", "абу", "фон", "ван", "де", "ди", "да", "дер", "ле", "ла"]

    /// Whether a given name is only an initial (`В.`, `В`).
    static func isInitial(_ first: String) -> Bool {
        let letters = first.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count <= 1
    }

    /// The first letter of a name, lower-cased.
    static func initial(_ name: String) -> String {
        normalise(name).unicodeScalars.first { $0.properties.isAlphabetic }.map { String(Character($0)) } ?? ""
    }

    /// Whether two given names (or patronymics) can be one: equal up to spelling (``spelling(_:)``), or one an
    /// initial of the other.
    static func compatibleGiven(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        if isInitial(a) || isInitial(b) { return initial(a) == initial(b) }
        return spelling(a) == spelling(b)
    }

    /// The comparison form of a name up to the ways Russian spells one foreign name: `ь` and `ъ` dropped,
    /// `е`, `э`, `ы` and `й` read as `и`, a doubled letter as one. `Беньямин` and `Биньямин`, `Галлант` and
    /// `Галант`, `Йоав` and `Иоав` meet; `Семён` and `Симон`, `Александр` and `Александра` do not.
    ///
    /// Used for people only, and only beside the other evidence (surname, given name, country): two people
    /// whose names differ in these letters alone are the rare case, two spellings of one person the common one.
    static func spelling(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var last: Unicode.Scalar?
        for u in normalise(s).unicodeScalars {
            let mapped: Unicode.Scalar
            switch u {
            case "ь", "ъ": continue
            case "е", "э", "ы", "й": mapped = "и"
            default: mapped = u
            }
            if mapped == last && mapped.properties.isAlphabetic { continue }
            out.append(mapped)
            last = mapped
        }
        return String(out)
    }

    /// The nominative a surname left in the genitive would have: `Галланта` → `галлант` (spelling form), for
    /// a surname ending in `а` or `я` after a consonant; nil otherwise. Russian declines a foreign man's
    /// consonant-final surname (`Йоава Галланта`), and the extractor does not always undo it.
    static func genitiveBase(_ surnameKey: String) -> String? {
        let scalars = Array(surnameKey.unicodeScalars)
        guard scalars.count >= 4, let final = scalars.last, final == "а" || final == "я" else { return nil }
        let before = scalars[scalars.count - 2]
        guard before.properties.isAlphabetic, !"аеиоуыэюяй".unicodeScalars.contains(before) else { return nil }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars.dropLast())
        return String(out)
    }

    /// The nominative a surname would have if the lemmatiser, undoing a case it did not know, put in a fleeting vowel:
    /// `Шольца`, `Шольцу`, `Шольцем` lemmatise as `Шолец` (as `отца` does as `отец`), where the man is `Шольц`; so
    /// `шолиц` → `шолц` (spelling forms, where `е` is `и`). For a surname ending in `ц` or `к` after `е` or `о` after a
    /// consonant; nil otherwise. Only a possibility: resolution takes it when the corpus names the base with the same
    /// given name.
    static func fleetingVowelBase(_ surnameKey: String) -> String? {
        let scalars = Array(surnameKey.unicodeScalars)
        guard scalars.count >= 5, let final = scalars.last, final == "ц" || final == "к" else { return nil }
        let vowel = scalars[scalars.count - 2], before = scalars[scalars.count - 3]
        guard vowel == "и" || vowel == "о", before.properties.isAlphabetic, !"аеиоуыэюяй".unicodeScalars.contains(before) else { return nil }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars.dropLast(2))
        out.append(final)
        return String(out)
    }

    /// The nominatives a surname left declined or mis-lemmatised may stand for (``genitiveBase(_:)``,
    /// ``fleetingVowelBase(_:)``); empty when it can only be itself.
    static func undeclinedBases(_ surnameKey: String) -> [String] {
        [genitiveBase(surnameKey), fleetingVowelBase(surnameKey)].compactMap { $0 }
    }

    /// Whether a surname (spelling form, ``spelling(_:)``) is of the Russian kinds whose feminine adds `а`
    /// (`Петров`/`Петрова`, `Лебедев`, `Путин`, `Мишин`, `Пушкин`): then a bare `-а` form may be a woman, not
    /// the man's genitive. `е`, `ё` and `ы` are already `и` in the spelling form.
    static func hasFeminineInA(_ surnameKey: String) -> Bool {
        ["ов", "ив", "ин"].contains { surnameKey.hasSuffix($0) }
    }

    /// Whether `short` is the acronym of `long` (`ООН` of `Организация Объединенных Наций`,
    /// `ВСУ` of `Вооруженные силы Украины`): the initials of its words, with or without the short ones.
    static func isAcronym(_ short: String, of long: String) -> Bool {
        let s = normalise(short).filter { $0.isLetter }
        let words = normalise(long).split(whereSeparator: { $0 == " " || $0 == "-" })
        guard s.count >= 2, words.count >= 2 else { return false }
        let all = String(words.compactMap(\.first))
        let content = String(words.filter { $0.count > 2 }.compactMap(\.first))
        return s == all || s == content
    }

    /// Whether a name is written as an abbreviation: capitals (`МИД`, `SANA`), maybe with a digit.
    static func looksLikeAbbreviation(_ s: String) -> Bool {
        let letters = s.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.count <= 10 && letters.allSatisfy { $0.properties.isUppercase }
    }
}
