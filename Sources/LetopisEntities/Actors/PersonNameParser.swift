import LetopisCore

/// Splits a person's canonical name into first name, patronymic, family name and particles.
///
/// Rules, in order:
/// - a patronymic is a middle word the dictionary or its suffix says is one (`Владимирович`);
/// - an initial (`В.`) is a first name, a second one a patronymic;
/// - particles (`аш-`, `аль-`, `ибн`, `фон`, `Абу`) belong to the family name after them;
/// - East Asian names put the family name first (`Пан Ги Мун`, `Ким Чен Ын`, `Си Цзиньпин`): a first word
///   that is a common Chinese, Korean or Vietnamese family name, followed by short words the dictionary
///   does not know as Russian first names;
/// - otherwise the last word is the family name and the words before it the given names; a lone word
///   is a first name only when the dictionary knows it as one and not as a surname.
struct PersonNameParser {
    let classify: (String) -> NameClass?

    func parse(_ name: String) -> PersonName {
        let words = name.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return PersonName() }
        if words.count == 1 {
            let w = words[0]
            let particles = Self.particlesInside(w)
            if Self.isInitial(w) || (particles.isEmpty && classify(w) == .first) { return PersonName(first: w) }
            return PersonName(last: w, particles: particles)
        }
        if Self.eastAsianSurnames.contains(TextFolding.fold(words[0])),
           words.dropFirst().allSatisfy({ $0.count <= 8 && classify($0) != .first && classify($0) != .patronymic && !Self.isInitial($0) }) {
            return PersonName(first: words.dropFirst().joined(separator: " "), last: words[0])
        }
        // The family name: the last word with the particles and particle words before it.
        var lastStart = words.count - 1
        while lastStart > 1, Self.particleWords.contains(TextFolding.fold(words[lastStart - 1])) { lastStart -= 1 }
        let last = words[lastStart...].joined(separator: " ")
        var particles: [String] = []
        for w in words[lastStart...] {
            let folded = TextFolding.fold(w)
            if Self.particleWords.contains(folded) { particles.append(folded) } else { particles += Self.particlesInside(w) }
        }
        var given: [String] = []
        var patronymic: String?
        for (i, w) in words[..<lastStart].enumerated() {
            let isPatronymic = i > 0 && patronymic == nil
                && (classify(w) == .patronymic || CoreferenceResolver.isPatronymic(TextFolding.fold(w))
                    || (Self.isInitial(w) && given.count == 1 && Self.isInitial(given[0])))
            if isPatronymic { patronymic = w } else { given.append(w) }
        }
        return PersonName(first: given.isEmpty ? nil : given.joined(separator: " "), patronymic: patronymic,
                          last: last, particles: particles)
    }

    /// `В.`, `Дж.`: an initial.
    static func isInitial(_ w: String) -> Bool {
        w.hasSuffix(".") && w.count <= 3 && w.first?.isUppercase == true
    }

    /// Particle words written apart from the family name: `ибн Сауд`, `фон Браун`, `Абу Касра`, `де Голль`
    /// (`name-particles.tsv`).
    static var particleWords: Set<String> { EntityLexicons.shared.particlesApart }

    /// `аш-Шибани` → `аш`, `аль-Асад` → `аль`: Arabic article prefixes joined by a hyphen.
    static func particlesInside(_ w: String) -> [String] {
        let parts = w.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count > 1 else { return [] }
        let first = TextFolding.fold(String(parts[0]))
        return Self.hyphenParticles.contains(first) ? [first] : []
    }

    /// Arabic article prefixes joined by a hyphen (`name-particles.tsv`).
    static var hyphenParticles: Set<String> { EntityLexicons.shared.particlesHyphen }

    /// Common family names of China, Korea and Vietnam as Russian writes them (`east-asian-surnames.tsv`).
    static var eastAsianSurnames: Set<String> { EntityLexicons.shared.eastAsianSurnames }
}
