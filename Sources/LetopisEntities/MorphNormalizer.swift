import LetopisCore
import LetopisMorphology

/// Puts mentions into the nominative with the OpenCorpora dictionary, guided by
/// the tagger's case: «Сергеем Лавровым» → «Сергей Лавров», «Государственной
/// думы» → «Государственная дума», «мэрии Москвы» → «мэрия Москвы».
///
/// Rules:
/// - the words that agree with the mention's head (adjectives and the head noun,
///   or every part of a person's name) go to the nominative, keeping number and,
///   for people, gender; words after the head (genitive complements) stay;
/// - a word the dictionary does not know, or knows only by guess, stays as
///   written when the tagger says it is not declined (`аш-Шибани`, `Абу Касра`);
/// - capitalisation follows the original word (`МИД` stays upper-case).
public struct MorphNormalizer: MentionNormalizing {
    public let analyzer: MorphAnalyzer

    public init(analyzer: MorphAnalyzer) { self.analyzer = analyzer }

    public func normalize(_ mention: Mention, tokens: Range<Int>, in document: Document) -> String {
        let words = tokens.filter { document.tokens[$0].kind == .word || document.tokens[$0].kind == .number }
        guard !words.isEmpty, words.count <= 12 else { return SurfaceNormalizer().normalize(mention, tokens: tokens, in: document) }
        let tagged = document.morphTags.count == document.tokens.count
        let headCase = words.lazy.compactMap { tagged ? Self.caseGrammeme(document.morphTags[$0]) : nil }.first
        var out: [String] = []
        var agreeing = true
        var personGender: Grammeme?
        if mention.type == .person, tagged {
            personGender = words.lazy.compactMap { UDFeatures(document.morphTags[$0].features).gender.flatMap { UDAgreement.genderByUD[$0.rawValue] } }.first
        }
        // `ВЛАДИМИР ПУТИН`, `РОССИИ` in an all-capitals headline: words in capitals that are not abbreviations
        // are normalised and written as ordinary text writes them (`Владимир Путин`, `Россия`).
        // Only in a shouted sentence: elsewhere a word in capitals is an abbreviation (`САР`, `ООН`).
        let shoutedMention = document.sentenceIndex(ofToken: words[0]).map { document.isInCapitals(document.sentences[$0].tokens) } == true
            && words.contains { !isAbbreviation(document.text(ofToken: $0)) }
        var seenHeadNoun = false
        var wordIndex = 0
        // A mention of a text typed in lower case (`министерство обороны россии`) is written, once normalised,
        // as ordinary text writes it (`Министерство обороны России`); its words' slots in `out`.
        var lowerCaseWords: [(slot: Int, token: Int)]? = document.casing == .lowerCase
            && !words.contains { document.text(ofToken: $0).unicodeScalars.contains { $0.properties.isUppercase } } ? [] : nil
        for t in tokens {
            let token = document.tokens[t]
            let text = document.text(of: token.range)
            guard token.kind == .word else { out.append(text); continue }
            defer { wordIndex += 1 }
            lowerCaseWords?.append((out.count, t))
            if shoutedMention {
                out.append(ordinary(text, first: wordIndex == 0, person: mention.type == .person,
                                    normalized: shoutedNominative(text, mention: mention, tag: tagged ? document.morphTags[t] : nil,
                                                                  headCase: headCase, gender: personGender)))
                continue
            }
            let tag = tagged ? document.morphTags[t] : nil
            var wordCase = Self.caseGrammeme(tag)
            // The parts of a name share one case; the tagger sometimes reads the last part alone
            // (`Джейхуном Байрамовым` with `Байрамовым` as nominative).
            if mention.type == .person, let headCase, wordCase != headCase,
               analyzer.parse(text).contains(where: { $0.tag.contains(headCase) }) {
                wordCase = headCase
            }
            // `с канцлером Германии Шольцем`, `осудил Никиту Мацнева` with `Шольцем` read as nominative and `Никиту` as
            // genitive: a name that cannot be in the tagger's case, nor nominative, is in the case its readings give.
            if mention.type == .person,
               wordCase == .nomn || wordCase == nil || !analyzer.parse(text).contains(where: { wordCase.map($0.tag.contains) ?? false }),
               let oblique = obliqueOnlyCase(text, otherPartsCases: Set(words.lazy.filter { $0 != t }.compactMap { tagged ? Self.caseGrammeme(document.morphTags[$0]) : nil })) {
                wordCase = oblique
            }
            // `Сейджи Маехары` read as nominative: no name the dictionary does not know ends in `-ы`
            // after a consonant in the nominative singular; it is a genitive (`Маехара`).
            if mention.type == .person, wordCase == .nomn || wordCase == nil, Self.isGenitiveOfUnknownName(text, analyzer) {
                out.append(String(text.dropLast()) + "а")
                continue
            }
            // Past the head noun, genitive complements keep their form (`мэрия Москвы`).
            if mention.type != .person && seenHeadNoun { agreeing = false }
            guard agreeing, let c = wordCase ?? headCase, c != .nomn else {
                out.append(text)
                if tag.flatMap({ UPOS(rawValue: $0.pos) })?.isNominal == true { seenHeadNoun = true }
                continue
            }
            if let headCase, let wordCase, wordCase != headCase, mention.type != .person {
                agreeing = false
                out.append(text)
                continue
            }
            out.append(nominative(text, tag: tag, case: c, gender: personGender, person: mention.type == .person))
            if tag.flatMap({ UPOS(rawValue: $0.pos) })?.isNominal == true { seenHeadNoun = true }
        }
        for (n, word) in (lowerCaseWords ?? []).enumerated() where word.slot < out.count {
            out[word.slot] = ordinaryFromLowerCase(document.text(ofToken: word.token), first: n == 0,
                                                   person: mention.type == .person, normalized: out[word.slot])
        }
        return join(out, tokens: tokens, in: document)
    }

    /// A normalised word of a lower-case mention as ordinary text writes it: an abbreviation in capitals
    /// (`мид` → `МИД`), a name, a word the dictionary does not know and a mention's first word capitalised,
    /// other words as they are (`министерство обороны` → `Министерство обороны`).
    func ordinaryFromLowerCase(_ original: String, first: Bool, person: Bool, normalized: String) -> String {
        let best = analyzer.parse(original).first
        if best?.tag.contains(.Abbr) == true { return normalized.uppercased() }
        guard first || person || best.map({ !$0.isKnown || $0.isProperName }) ?? true else { return normalized }
        return normalized.split(separator: "-", omittingEmptySubsequences: false)
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
    }

    /// The dictionary's case of a tag's typed UD case.
    static func caseGrammeme(_ tag: MorphTag?) -> Grammeme? {
        UDAgreement.caseGrammeme(tag.flatMap { UDFeatures($0.features).case?.rawValue })
    }

    public func nameClass(of word: String) -> NameClass? {
        for parse in analyzer.parse(word) where parse.isKnown {
            if parse.tag.contains(.Patr) { return .patronymic }
            if parse.tag.contains(.Name) { return .first }
            if parse.tag.contains(.Surn) { return .surname }
        }
        return nil
    }

    public func isGuessedName(_ word: String) -> Bool {
        let parses = analyzer.parse(word)
        return !parses.contains(where: \.isKnown)
            && parses.contains { ($0.tag.contains(.Name) || $0.tag.contains(.Surn) || $0.tag.contains(.Patr)) && $0.tag.contains(.sing) }
    }

    /// Whether the dictionary's likeliest reading of a word in capitals is an abbreviation (`МИД`, `США`),
    /// or it is a short word it does not know (`SANA`, `НАТО`).
    func isAbbreviation(_ word: String) -> Bool {
        guard let best = analyzer.parse(word).first else { return true }
        return best.tag.contains(.Abbr) || (!best.isKnown && word.count <= 5)
    }

    /// The nominative of a word of a mention written in capitals, still in capitals.
    func shoutedNominative(_ word: String, mention: Mention, tag: MorphTag?, headCase: Grammeme?, gender: Grammeme?) -> String {
        if isAbbreviation(word) { return word }
        let c = Self.caseGrammeme(tag) ?? headCase
        guard let c, c != .nomn else { return word }
        return nominative(word, tag: tag, case: c, gender: gender, person: mention.type == .person, shouted: true)
    }

    /// A word in capitals as ordinary text writes it: abbreviations in capitals, names and a mention's first word
    /// capitalised, other words in lower case (`МИНИСТЕРСТВО ОБОРОНЫ` → `Министерство обороны`).
    func ordinary(_ original: String, first: Bool, person: Bool, normalized: String) -> String {
        if isAbbreviation(original) { return original }
        let best = analyzer.parse(original).first
        let name = best.map { !$0.isKnown || $0.isProperName } ?? true
        let lower = normalized.lowercased()
        guard first || person || name else { return lower }
        return lower.split(separator: "-", omittingEmptySubsequences: false)
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
    }

    func nominative(_ word: String, tag: MorphTag?, case c: Grammeme, gender: Grammeme?, person: Bool, shouted: Bool = false) -> String {
        // Hyphenated name particles (`аш-Шибани`) and abbreviations do not decline.
        if !shouted && word == word.uppercased() && word.count > 1 { return word }
        // No singular oblique form of a name ends in a consonant but `-м` (`Петровым`) or `-й` (`Ивановой`):
        // such a word is already nominative or indeclinable (`Беназир`, `Кармен`), whatever the tagger's case.
        if person, let last = word.lowercased().last, Self.nominativeFinals.contains(last) { return word }
        let parses = analyzer.parse(word).filter { $0.tag.contains(c) }
        var candidates = parses
        if person {
            let named = parses.filter { $0.tag.contains(.Name) || $0.tag.contains(.Surn) || $0.tag.contains(.Patr) }
            if !named.isEmpty { candidates = named }
            if let gender { let g = candidates.filter { $0.tag.contains(gender) || $0.tag.contains(.ms_f) }; if !g.isEmpty { candidates = g } }
        }
        guard let parse = UDAgreement.best(candidates, for: tag) else {
            // The dictionary has no reading in this case: decline a man's foreign name by its ending.
            // A man's accusative is his genitive (`заменить Гаррета` → `Гаррет`).
            if person, gender == .masc, let stem = Self.strippingMasculineEnding(word, c == .accs ? .gent : c) { return stem }
            return word
        }
        // A guess about an unknown foreign word is worse than keeping it.
        // Only a masculine guess that just drops a case ending is safe: `Ньюпорте` → `Ньюпорт`, `Росприроднадзора`
        // → `Росприроднадзор` (not `Тусоне` → `Тусоня`).
        if !parse.isKnown && !person {
            let stem = parse.normalForm
            let lower = word.lowercased()
            guard parse.tag.contains(.masc), parse.tag.number != .plur, lower.hasPrefix(stem),
                  (1...2).contains(lower.count - stem.count), let last = stem.last, !"аеёиоуыэюяй".contains(last)
            else { return word }
            return Self.restoreCase(stem, like: word)
        }
        // A foreign name the dictionary only guesses declines when its ending says so unmistakably
        // (`Гутеррешем` → `Гутерреш`); an indeclinable one (`аш-Шибани`) keeps its form.
        if !parse.isKnown && person && !(parse.tag.contains(.Surn) || parse.tag.contains(.Name)) {
            guard Self.hasObliqueEnding(word.lowercased(), c, masculine: gender == .masc) else { return word }
        }
        var required: Grammemes = [.nomn]
        // A person is one: `Беназир` must not become the plural `Беназиры`.
        if person { required.insert(.sing) } else if let n = parse.tag.number { required.insert(n) }
        // A guessed word may have no lexeme to inflect in; its normal form is its nominative singular.
        let nominative = analyzer.inflect(parse, to: required)?.word
            ?? (parse.tag.number == .plur ? nil : parse.normalForm)
        guard var nominative else { return word }
        if person && !parse.isKnown {
            // The guesser undoes a case with a fleeting vowel learned from common nouns (`отца` → `отец`), so a
            // foreign man's surname gains one: `Шольца` → `Шолец`, `Уолтца` → `Уолтец`, `Фляйцем` → `Фляец`. A name
            // the dictionary does not know keeps the letters it is written with; only the case ending goes.
            if gender != .femn, parse.tag.contains(.masc), let stem = Self.strippingMasculineEnding(word, c),
               Self.insertsFleetingVowel(nominative, into: stem) {
                return stem
            }
            // Nor does it gain a `ё` its writer did not put there (`Бандеры` → `Бандёра`, `Илезом` → `Илёз`).
            if !word.contains("ё") && !word.contains("Ё") { nominative = nominative.replacingOccurrences(of: "ё", with: "е") }
        }
        return Self.restoreCase(nominative, like: word)
    }

    /// The case of a name that cannot be nominative: a name the dictionary knows whose every reading is singular and
    /// oblique, in a case another part of the name has (`Никиту Мацнева`, `Ларисе Анатольевне`), or one written
    /// with a man's instrumental ending (`-ом`, `-ем`, `-ым`, `-им`) whose every reading, guessed, is instrumental
    /// (`Шольцем`); nil otherwise. A known name alone is left to the tagger (`Кая Каллас`: Kaja, not Кай's
    /// genitive), and so are other guessed words: the guesser has no nominative reading for many foreign names that
    /// are nominative (`Кулеба`, `Рютте`, `Саломе`).
    func obliqueOnlyCase(_ word: String, otherPartsCases: Set<Grammeme>) -> Grammeme? {
        let lower = word.lowercased()
        guard lower.count > 2, word.first?.isUppercase == true, word != word.uppercased() else { return nil }
        let parses = analyzer.parse(word)
        guard let first = parses.first, let c = first.tag.case, c != .nomn,
              parses.allSatisfy({ !$0.tag.contains(.nomn) && $0.tag.number == .sing && $0.tag.case != nil }) else { return nil }
        if parses.allSatisfy({ $0.isKnown && ($0.tag.contains(.Name) || $0.tag.contains(.Surn) || $0.tag.contains(.Patr)) }) {
            // A man's accusative is his genitive: the tagger may call `Мацнева` in `Никиту Мацнева` genitive.
            // A woman's is not (`Майи Санду` is no `Санда`).
            if let agreed = parses.first(where: {
                guard let c = $0.tag.case else { return false }
                return otherPartsCases.contains(c) || (c == .accs && $0.tag.contains(.masc) && otherPartsCases.contains(.gent))
            })?.tag.case { return agreed }
        }
        guard lower.count > 4, ["ом", "ем", "ым", "им"].contains(where: { lower.hasSuffix($0) }),
              parses.allSatisfy({ $0.tag.contains(.ablt) }) else { return nil }
        return .ablt
    }

    /// Whether a guessed nominative is the stem with a fleeting vowel put before its last consonant (`шолец` for
    /// `Шольц`, `фляец` for `Фляйц`, `лепёс` for `Лепс`), a soft sign or `й` before it dropped.
    static func insertsFleetingVowel(_ nominative: String, into stem: String) -> Bool {
        let n = Array(nominative.lowercased().replacingOccurrences(of: "ё", with: "е"))
        let s = Array(stem.lowercased().replacingOccurrences(of: "ё", with: "е"))
        guard n.count >= 3, s.count >= 2, n.last == s.last, "ео".contains(n[n.count - 2]) else { return false }
        var core = s.dropLast()
        if let soft = core.last, "ьй".contains(soft) { core = core.dropLast() }
        return Array(n.dropLast(2)) == Array(core)
    }

    /// `Маехары`: an unknown capitalised word in `-ы` after a consonant, with no nominative reading the dictionary knows.
    static func isGenitiveOfUnknownName(_ word: String, _ analyzer: MorphAnalyzer) -> Bool {
        let lower = word.lowercased()
        guard lower.count > 3, lower.hasSuffix("ы"), let before = lower.dropLast().last, !"аеёиоуыэюяьй".contains(before),
              word.first?.isUppercase == true, word != word.uppercased() else { return false }
        return !analyzer.parse(word).contains { $0.isKnown && $0.tag.contains(.nomn) }
    }

    /// Last letters that no singular oblique form of a Russian name has.
    static let nominativeFinals: Set<Character> = Set("бвгджзклнпрстфхцчшщь")

    /// Endings long enough to mark a case on an unknown masculine or feminine name.
    /// For a man's name the short endings are safe too: `Райкконена`, `Брайза` (genitive -а
    /// after a consonant), `Маехары` (-ы), `Мильнеру` (dative -у).
    static func hasObliqueEnding(_ word: String, _ c: Grammeme, masculine: Bool = false) -> Bool {
        guard word.count > 3 else { return false }
        var endings: [String]
        switch c {
        case .ablt: endings = ["ом", "ем", "ым", "им", "ой", "ей"]
        case .gent: endings = ["ого", "его", "ова", "ева", "ина", "ына"]
        case .datv: endings = ["ому", "ему", "ову", "еву", "ину"]
        case .loct: endings = ["ове", "еве", "ине"]
        default: endings = []
        }
        if endings.contains(where: { word.hasSuffix($0) }) { return true }
        guard masculine, let last = word.last else { return false }
        let beforeLast = word.dropLast().last.map { !"аеёиоуыэюяь".contains($0) } ?? false
        switch c {
        case .gent: return (last == "а" || last == "ы") && beforeLast
        case .datv: return last == "у" && beforeLast
        default: return false
        }
    }

    /// `Райкконена` → `Райкконен`, `Маехары` → `Маехара`, `Мильнеру` → `Мильнер`, `Гутеррешем` → `Гутерреш`.
    static func strippingMasculineEnding(_ word: String, _ c: Grammeme) -> String? {
        let lower = word.lowercased()
        guard hasObliqueEnding(lower, c, masculine: true) else { return nil }
        switch c {
        case .gent where lower.hasSuffix("ы"): return String(word.dropLast()) + "а"
        case .gent where lower.hasSuffix("а"), .datv where lower.hasSuffix("у"): return String(word.dropLast())
        case .ablt where lower.hasSuffix("ом") || lower.hasSuffix("ем"): return String(word.dropLast(2))
        default: return nil
        }
    }

    /// Capitalisation of `original` applied to `word`: `ПУТИНЫМ` → `ПУТИН`, `Путиным` → `Путин`, hyphen parts too.
    static func restoreCase(_ word: String, like original: String) -> String {
        if original == original.uppercased() && original.count > 1 { return word.uppercased() }
        // `МИДа`, `ООНе`: an abbreviation with a case ending; its nominative is the capitals.
        let capitals = original.prefix { $0.isUppercase }
        if capitals.count >= 2, capitals.count < original.count, word.uppercased() == capitals { return String(capitals) }
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        let originalParts = original.split(separator: "-", omittingEmptySubsequences: false)
        return parts.enumerated().map { i, part in
            let o = i < originalParts.count ? originalParts[i] : originalParts.last
            guard let first = o?.first, first.isUppercase else { return String(part) }
            return part.prefix(1).uppercased() + part.dropFirst()
        }.joined(separator: "-")
    }

    func join(_ words: [String], tokens: Range<Int>, in document: Document) -> String {
        var out = ""
        var previousEnd: Int?
        for (i, t) in tokens.clamped(to: document.tokens.indices).enumerated() where i < words.count {
            let range = document.tokens[t].range
            if let end = previousEnd, end < range.start { out += " " }
            out += words[i]
            previousEnd = range.end
        }
        return out.replacingOccurrences(of: "\u{2011}", with: "-")
    }
}
