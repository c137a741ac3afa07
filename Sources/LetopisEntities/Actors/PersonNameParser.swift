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
        if Self.eastAsianSurnames.contains(EntityText.fold(words[0])),
           words.dropFirst().allSatisfy({ $0.count <= 8 && classify($0) != .first && classify($0) != .patronymic && !Self.isInitial($0) }) {
            return PersonName(first: words.dropFirst().joined(separator: " "), last: words[0])
        }
        // The family name: the last word with the particles and particle words before it.
        var lastStart = words.count - 1
        while lastStart > 1, Self.particleWords.contains(EntityText.fold(words[lastStart - 1])) { lastStart -= 1 }
        let last = words[lastStart...].joined(separator: " ")
        var particles: [String] = []
        for w in words[lastStart...] {
            let folded = EntityText.fold(w)
            if Self.particleWords.contains(folded) { particles.append(folded) } else { particles += Self.particlesInside(w) }
        }
        var given: [String] = []
        var patronymic: String?
        for (i, w) in words[..<lastStart].enumerated() {
            let isPatronymic = i > 0 && patronymic == nil
                && (classify(w) == .patronymic || CoreferenceResolver.isPatronymic(EntityText.fold(w))
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

    /// Particle words written apart from the family name: `ибн Сауд`, `фон Браун`, `Абу Касра`, `де Голль`.
    static let particleWords: Set<String> = [
        "ибн", "бин", "бен", "бинт", "абу", "аль", "эль", "ас", "аш", "ад", "ат", "ан", "фон", "фан", "ван", "дер", "ден",
        "де", "да", "ди", "дель", "делла", "дос", "дю", "ла", "ле", "мак", "о",
    ]

    /// `аш-Шибани` → `аш`, `аль-Асад` → `аль`: Arabic article prefixes joined by a hyphen.
    static func particlesInside(_ w: String) -> [String] {
        let parts = w.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count > 1 else { return [] }
        let first = EntityText.fold(String(parts[0]))
        return Self.hyphenParticles.contains(first) ? [first] : []
    }

    static let hyphenParticles: Set<String> = ["аль", "эль", "ас", "аш", "ад", "ат", "ан", "аз", "ар", "уль", "ут", "ад-дин"]

    /// Common family names of China, Korea and Vietnam as Russian writes them.
    static let eastAsianSurnames: Set<String> = [
        // Chinese
        "ван", "ли", "чжан", "лю", "чэнь", "чень", "ян", "хуан", "чжао", "у", "чжоу", "сюй", "сунь", "ма", "чжу", "ху", "го",
        "хэ", "гао", "линь", "ло", "чжэн", "лян", "се", "сун", "тан", "хань", "фэн", "дэн", "цао", "пэн", "цзэн", "сяо",
        "тянь", "дун", "пань", "юань", "цай", "цзян", "юй", "ду", "е", "чэн", "вэй", "су", "лу", "дин", "жэнь", "шэнь",
        "яо", "цзинь", "си", "цзя", "вэнь", "бо", "мао", "чан",
        // Korean
        "ким", "пак", "чхве", "чон", "кан", "чо", "юн", "лим", "хан", "со", "син", "квон", "хван", "ан", "мун",
        "пан", "ю", "нам", "пэк", "но", "рю", "чхон",
        // Vietnamese
        "нгуен", "фам", "хоанг", "фан", "ву", "во", "данг", "буй", "нго", "зыонг",
    ]
}
