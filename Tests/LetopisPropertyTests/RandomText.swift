import LetopisTestSupport

/// Documents of random tokens: words of news Russian (titles, names, months, prepositions, verbs the
/// event rules know), numbers, every kind of quote, bracket and dash, line breaks, Latin, emoji and
/// stray combining marks, joined by random spacing.
enum RandomText {
    static let pieces: [String] = [
        // Titles, names, places, organisations.
        "министр", "Министр", "глава", "Глава", "президент", "Президент", "генсек", "посол", "премьер-министр",
        "Сергей", "Лавров", "Лаврова", "Владимир", "Путин", "Путиным", "Хакан", "Фидан", "аль-Хадж", "Дональд", "Трамп",
        "МИД", "России", "Россия", "Турции", "Анкаре", "Москве", "Москвы", "Донецк", "Пекин", "ООН", "НАТО", "ЕС",
        "РИА", "Новости", "ТАСС", "агентство", "сообщает", "Анкара", "США", "Украины", "Киев",
        // Verbs and nouns the event rules look for.
        "встретился", "встретились", "заявил", "сообщил", "провел", "переговоры", "визит", "посетил", "прибыл",
        "обсудили", "подписали", "соглашение", "атака", "удар", "протест", "митинг", "санкции", "обвинил", "поддержал",
        // Time words.
        "вчера", "сегодня", "завтра", "в", "конце", "июля", "марта", "2025", "года", "12", "31", "неделе", "прошлой",
        "понедельник", "утром", "XX", "века", "1990-х", "годах", "ближайшее", "время", "с", "по", "до", "после",
        // Function words.
        "и", "с", "на", "из", "о", "что", "он", "она", "они", "его", "её", "не", "же", "по", "словам", "которых", "среди",
        // Punctuation of every kind, especially what opens a sentence.
        ".", ",", "!", "?", "…", ":", ";", "«", "»", "„", "“", "”", "\"", "'", "(", ")", "[", "]", "—", "–", "-",
        "\n", "\n\n", "•", "*", "/", "№", "%", "$", "€",
        // Odd shapes.
        "ПУТИН", "ВСТРЕТИЛСЯ", "Ё", "ёлка", "e-mail", "https://t.me/x", "a@b.ru", "😀", "\u{301}", "x\u{301}", "ＡＢ", "İ",
        "15:30", "12.03.2025", "3,5", "1-го", "т.", "е.", "г.", "ул.", "им.",
    ]
    static let separators = [" ", " ", " ", "", "  ", "\n", "\t", "\u{00A0}"]

    static func document(tokens: Int, using rng: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<tokens {
            text += pieces.randomElement(using: &rng) ?? ""
            text += separators.randomElement(using: &rng) ?? " "
        }
        return text
    }
}

/// Every sentence-initial quote, bracket and dash before a name (and a title), at the start of the
/// document and after an earlier sentence: the shapes behind the crash of titles read before a
/// sentence's start.
enum AdversarialOpenings {
    static let openers = ["«", "\"", "„", "“", "'", "(", "[", "—", "–", "-", "« ", "— ", "(«", "«(", "— «", "…", "*", "•"]
    static let names = ["Сергей Лавров", "Путин", "Хакан Фидан", "Лавров"]
    static let frames = [
        "%@%@ заявил, что переговоры в Анкаре прошли успешно.",
        "%@Министр иностранных дел %@ прибыл в Москву.",
        "%@%@», — сообщил источник.",
        "%@%@) встретился с главой МИД Турции.",
        "%@%@",
    ]

    static let cases: [String] = {
        var out: [String] = []
        for opener in openers {
            for (k, frame) in frames.enumerated() {
                let name = names[k % names.count]
                let sentence = fill(frame, opener, name)
                out.append(sentence)
                out.append("Вчера глава МИД провел переговоры. " + sentence)
            }
        }
        return out
    }()

    static func fill(_ frame: String, _ opener: String, _ name: String) -> String {
        var parts = frame.components(separatedBy: "%@")
        guard parts.count == 3 else { return opener + name }
        parts[0] += opener
        return parts[0] + name + parts[2]
    }
}
