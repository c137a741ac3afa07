/// Noun phrases: a phrase put into a case as a whole, its adjectives agreeing with the head
/// noun and a person's name parts following it (`Сергеем Лавровым` → `Сергей Лавров`,
/// `Государственной думы` → `Государственная дума`, `главой МИД` → `глава МИД`).
extension MorphAnalyzer {
    /// The words of a noun phrase inflected to `grammemes` (by default the nominative).
    ///
    /// Rules, in order (named after what they decide):
    /// - **modifier**: a word with an adjective or participle analysis that agrees with an
    ///   analysis of the next word is a modifier of a later head;
    /// - **head**: the first other word with a noun analysis is the head; its analysis is
    ///   the best one every modifier can agree with;
    /// - **name chain**: words right after the head that are names, surnames, patronymics or
    ///   initials in the head's case and number are inflected with it — after a common noun in
    ///   the genitive only if they hold a first name or are two or more (`жены Путина` stays);
    /// - **initials kept**: single capital letters (`В.`) are kept and never the head;
    /// - **rest kept**: every other word (genitive complements such as `МИД`, punctuation) is kept as written.
    ///
    /// The number of the head is kept; capitalisation of each word is restored
    /// (`Лавровым` → `Лавров`, `МИД` → `МИД`) and `ё` appears only where the writer used it. A phrase without a noun comes back unchanged.
    ///
    /// ```swift
    /// morph.inflectPhrase(["Государственной", "думы"])    // ["Государственная", "дума"]
    /// morph.inflectPhrase(["главой", "МИД"])              // ["глава", "МИД"]
    /// ```
    /// - Complexity: O(words × analyses per word).
    public func inflectPhrase(_ words: [String], to grammemes: Grammemes = [.nomn]) -> [String] {
        let cleaned = words.map(MorphAnalyzer.removingStressMarks)
        // Initials (`В.`) are kept as written and never chosen as the head.
        let isWord = cleaned.map { w in
            w.unicodeScalars.contains { Shapes.isAlpha($0) } && !(words.count > 1 && MorphAnalyzer.isInitial(w.hasSuffix(".") ? String(w.dropLast()) : w))
        }
        let parses = cleaned.enumerated().map { isWord[$0.offset] ? parse($0.element) : [] }
        let wordIndices = words.indices.filter { isWord[$0] }

        // modifier / head
        var modifiers: [Int] = []
        var head: Int?
        for (k, i) in wordIndices.enumerated() {
            let adjectives = parses[i].filter(MorphAnalyzer.isAdjectival)
            if k + 1 < wordIndices.count, !adjectives.isEmpty {
                let next = parses[wordIndices[k + 1]].filter { MorphAnalyzer.isNoun($0) || MorphAnalyzer.isAdjectival($0) }
                if adjectives.contains(where: { a in next.contains { MorphAnalyzer.agree(a, $0) } }) {
                    modifiers.append(i)
                    continue
                }
            }
            if parses[i].contains(where: MorphAnalyzer.isNoun) { head = i; break }
            if !adjectives.isEmpty { modifiers.append(i); continue }
            break
        }
        guard let head else { return words }

        let nouns = parses[head].filter(MorphAnalyzer.isNoun)
        let noun = nouns.first { n in
            modifiers.allSatisfy { m in parses[m].contains { MorphAnalyzer.isAdjectival($0) && MorphAnalyzer.agree($0, n) } }
        } ?? nouns[0]

        var required = grammemes
        if required.isDisjoint(with: .numbers), let number = noun.tag.number { required.insert(number) }

        var out = words
        func put(_ i: Int, _ p: MorphParse) {
            guard let f = inflect(p, to: required) else { return }
            out[i] = MorphAnalyzer.restoringCase(MorphAnalyzer.keepingYo(f.word, like: words[i]), like: words[i])
        }
        put(head, noun)
        for m in modifiers {
            let adjectives = parses[m].filter(MorphAnalyzer.isAdjectival)
            if let a = adjectives.first(where: { MorphAnalyzer.agree($0, noun) }) ?? adjectives.first { put(m, a) }
        }
        // name chain
        var chain: [(Int, MorphParse)] = []
        var j = head + 1
        while j < words.count {
            if !isWord[j] { j += 1; continue }
            let namePart = parses[j].first { p in
                MorphAnalyzer.isNoun(p) && !p.tag.grammemes.isDisjoint(with: MorphAnalyzer.nameGrammemes)
                    && MorphAnalyzer.commonCase(p.tag) == MorphAnalyzer.commonCase(noun.tag)
                    && (p.tag.number == nil || noun.tag.number == nil || p.tag.number == noun.tag.number)
            }
            guard let namePart else { break }
            chain.append((j, namePart))
            j += 1
        }
        // A lone surname after a common noun in the genitive is a possessor (`жены Путина`),
        // not an apposition (`президента Владимира Путина`).
        let headIsName = !noun.tag.grammemes.isDisjoint(with: MorphAnalyzer.nameGrammemes)
        let apposition = headIsName || MorphAnalyzer.commonCase(noun.tag) != .gent || chain.count >= 2
            || chain.contains { $0.1.tag.contains(.Name) }
        if apposition { for (i, p) in chain { put(i, p) } }
        return out
    }

    /// The words of a noun phrase in the nominative: ``inflectPhrase(_:to:)`` with `[.nomn]`.
    public func normalizePhrase(_ words: [String]) -> [String] {
        inflectPhrase(words, to: [.nomn])
    }

    /// A phrase given as text, split on spaces and joined back with single spaces.
    ///
    /// ```swift
    /// morph.normalizePhrase("Сергеем Лавровым")   // "Сергей Лавров"
    /// ```
    public func normalizePhrase(_ phrase: String) -> String {
        normalizePhrase(phrase.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init))
            .joined(separator: " ")
    }

    /// `word` without combining stress marks (U+0301, U+0300): `Москва́` → `Москва`.
    public static func removingStressMarks(_ word: String) -> String {
        guard word.unicodeScalars.contains(where: { $0.value == 0x301 || $0.value == 0x300 }) else { return word }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: word.unicodeScalars.filter { $0.value != 0x301 && $0.value != 0x300 })
        return String(s)
    }

    static let nameGrammemes: Grammemes = [.Name, .Surn, .Patr, .Init]

    static func isAdjectival(_ p: MorphParse) -> Bool { p.tag.contains(.ADJF) || p.tag.contains(.PRTF) }
    static func isNoun(_ p: MorphParse) -> Bool { p.tag.contains(.NOUN) }

    /// The case with rare cases folded into common ones (`gen2` → `gent`, `loc2` → `loct`...).
    static func commonCase(_ tag: OpencorporaTag) -> Grammeme? {
        guard let c = tag.case else { return nil }
        return rareCases.first { $0.0 == c }?.1 ?? c
    }

    /// An adjectival analysis agrees with a noun's (or another adjective's): same case and
    /// number, and in the singular the same gender unless the noun's gender is common (`ms-f`).
    static func agree(_ a: MorphParse, _ n: MorphParse) -> Bool {
        guard let ac = commonCase(a.tag), ac == commonCase(n.tag), a.tag.number == n.tag.number else { return false }
        if a.tag.number == .plur { return true }
        guard let ng = n.tag.gender else { return true }
        return a.tag.gender == ng
    }

    /// `word` with `ё` written as `е` unless `example` has a `ё` (the writer's spelling is kept:
    /// «Соединенных Штатов» → «Соединенные Штаты»).
    static func keepingYo(_ word: String, like example: String) -> String {
        guard !example.contains("ё"), !example.contains("Ё"), word.contains("ё") || word.contains("Ё") else { return word }
        return String(word.map { $0 == "ё" ? "е" : $0 == "Ё" ? "Е" : $0 })
    }

    /// `word` written with the capitalisation of `example` (per hyphen-separated part):
    /// lower, UPPER or Title; anything else is taken from `example` if the letters match.
    static func restoringCase(_ word: String, like example: String) -> String {
        if word.lowercased() == example.lowercased() { return example }
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        let examples = example.split(separator: "-", omittingEmptySubsequences: false)
        return parts.enumerated().map { k, part -> String in
            let p = String(part)
            guard k < examples.count else { return p }
            let e = String(examples[k])
            if e == e.lowercased() { return p }
            if e == e.uppercased() && e.count > 1 { return p.uppercased() }
            if let f = e.first, f.isUppercase { return p.prefix(1).uppercased() + p.dropFirst() }
            return p
        }.joined(separator: "-")
    }
}
