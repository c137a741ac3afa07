/// DictionaryAnalyzer and the initials units.
extension MorphAnalyzer {
    /// Letters an initial can be (pymorphy3's `INITIAL_LETTERS`).
    static let initialLetters: Set<Unicode.Scalar> = Set("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ".unicodeScalars)

    /// Whether `word` is one upper-case Russian letter.
    static func isInitial(_ word: String) -> Bool {
        guard word.utf8.count == 2, let s = word.unicodeScalars.first else { return false }
        return initialLetters.contains(s)
    }

    /// Every dictionary form matching `lower` (with `е` standing for `ё`), in dawg_python's order.
    func dictionaryParses(_ lower: String, as method: (String, Int, Int) -> ParseMethod = ParseMethod.dictionary) -> [MorphParse] {
        var result: [MorphParse] = []
        let dict = dictionary
        for match in dict.words.similarItems(Array(lower.utf8), substitutes: substitutes) {
            let fixed = match.isSubstituted ? String(decoding: match.substitutedKey, as: UTF8.self) : lower
            dict.words.forEachRecord(at: match.payloadIndex) { rec in
                let para = Int(rec >> 16)
                let idx = Int(rec & 0xFFFF)
                guard let tag = dict.tagID(para, idx) else { return }
                let normal = dict.normalForm(para, idx, word: fixed)
                result.append(make(fixed, tag, normal, 1.0, [method(fixed, para, idx)]))
            }
        }
        return result
    }

    /// An upper-case Russian letter alone may be a first-name or patronymic initial (score 0.1).
    func initialParses(_ word: String, _ lower: String, patronymic: Bool) -> [MorphParse] {
        guard MorphAnalyzer.isInitial(word) else { return [] }
        let tags = patronymic ? dictionary.tags.patronymicInitials : dictionary.tags.firstNameInitials
        let method: ParseMethod = patronymic ? .patronymicInitial(word) : .firstNameInitial(word)
        return tags.map { make(lower, $0, lower, 0.1, [method]) }
    }
}

/// The shape units: numbers, punctuation, Roman numbers, Latin words (score 0.9).
extension MorphAnalyzer {
    func numberParses(_ word: String, _ lower: String) -> [MorphParse] {
        switch Shapes.numberKind(word) {
        case .integer?: [make(lower, dictionary.tags.integer, lower, 0.9, [.number(word)])]
        case .real?: [make(lower, dictionary.tags.real, lower, 0.9, [.number(word)])]
        case nil: []
        }
    }

    func shapeParse(_ word: String, _ lower: String, matches: Bool, tag: Int32, method: ParseMethod) -> [MorphParse] {
        matches ? [make(lower, tag, lower, 0.9, [method])] : []
    }
}
