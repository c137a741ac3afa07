import LetopisCore
import LetopisEntities

extension EventExtractor {
    /// The participants a list of argument heads stands for.
    /// `describedPersons`: whether a person described by any animate common noun (`математика отпустили`) counts;
    /// only on the receiving side of an act with no doer named, where the conventions code the arrested or the
    /// charged by that phrase — as actors and as sides of a meeting such nouns are mostly no political actors
    /// (`участники`, `болельщики`, relatives met), and the word class `unnamed-person` names those that are.
    func people(_ heads: [TokenIndex], at trigger: TokenIndex, describedPersons: Bool = false) -> [EventParticipant] {
        var out: [EventParticipant] = []
        var personFound = false
        for h in heads {
            for p in participant(h, at: trigger, describedPersons: describedPersons) where !out.contains(where: { same($0, p) }) {
                if isPerson(p) { personFound = true }
                out.append(p)
            }
        }
        // In one role, a named person outranks the country in a title beside them
        // (`президент Сирии ... Ахмед аш-Шараа` when the parser splits the phrase).
        if personFound { out.removeAll { !isPerson($0) && isCountry($0) } }
        return out
    }

    func isPerson(_ p: EventParticipant) -> Bool { actor(p.entity)?.type == .person }

    func isCountry(_ p: EventParticipant) -> Bool {
        guard let normal = p.normal else { return false }
        return gazetteer.lookup(surface: normal) != nil
    }

    func same(_ a: EventParticipant, _ b: EventParticipant) -> Bool {
        if let x = a.entity, let y = b.entity { return x == y }
        return a.range == b.range
    }

    /// Who the phrase headed by `h` names: people in it, a described actor, a titled person, the
    /// speaker of `мы`, the antecedent of `он`, coordinated names, a mention, a country adjective, or an
    /// unnamed force or institution.
    func participant(_ h: TokenIndex, at trigger: TokenIndex, describedPersons: Bool = false) -> [EventParticipant] {
        // `министр, который встретился с X`: the relative pronoun stands for the noun its clause modifies.
        if isWord(h, .relativePronoun), let antecedent = relativeAntecedent(h), !isWord(antecedent, .relativePronoun) {
            return participant(antecedent, at: trigger, describedPersons: describedPersons)
        }
        // The phrase itself, not the prepositional phrases hanging from it
        // (`Лавров в разговоре с Гутеррешем` names one actor, not two).
        let phrase = view.subtree(h).filter { t in t == h || !pathHasPreposition(from: t, to: h) }
        let mentions = Array(Set(phrase.compactMap(view.mention(at:)))).sorted()
        // `мать кинокритика Антона Долина`, `друга иноагента Понасенкова`: someone told by their kin is not the person
        // named after them; the phrase describes them, as `мэр Калуги` does an official.
        // A name in apposition to the kin word, in its case, is theirs (`его жену Хизер Морган`, `друга, Геворга`).
        if isWord(h, .kin), pos(h) == .noun, view.mention(at: h) == nil, !mentions.isEmpty {
            let apposed = mentions.filter { m in
                guard view.mention(m)?.type == .person, let first = view.tokens(of: m).first, view.head(first) == h,
                      let r = view.relation(first), r == .appositional || r == .flat else { return false }
                return features(first).case == features(h).case
            }
            if !apposed.isEmpty { return apposed.compactMap(fromMention) }
            return describedParticipant(phrase, role: .actor).map { [$0] } ?? []
        }
        if let named = namedParticipants(h, phrase: phrase, mentions: mentions, at: trigger) { return named }
        if let m = mentions.first(where: { view.mention(at: h) == $0 }) ?? mentions.first {
            return countryOrMention(m).map { [$0] } ?? []
        }
        // `российская сторона`: a country adjective on a generic head.
        for t in phrase {
            if let c = gazetteer.lookup(lemma: lemma(t)), c.evidence == .adjective {
                return [countryParticipant(c.code, range: range(phrase))]
            }
        }
        return collectiveActor(h, at: trigger, describedPersons: describedPersons)
    }

    /// People, described actors, titled persons and pronouns a phrase names; nil when it names none of them.
    func namedParticipants(_ h: TokenIndex, phrase: [TokenIndex], mentions: [MentionIndex], at trigger: TokenIndex) -> [EventParticipant]? {
        // A name in another case than the phrase's head is not the same person (`глава ... Лавров` with
        // `Гутеррешем` misattached as an apposition).
        let headCase = features(h).case
        let people = mentions.filter { m in
            guard view.mention(m)?.type == .person else { return false }
            guard let headCase, let first = view.tokens(of: m).first, let c = features(first).case else { return true }
            return c == headCase
        }
        if !people.isEmpty { return people.compactMap(fromMention) }
        // A descriptor of a known actor (`глава сирийского внешнеполитического ведомства`).
        let phraseRange = range(phrase)
        if let headRange = view.range(h) {
            for (a, actor) in document.actors.enumerated()
            where actor.descriptors.contains(where: { $0.overlaps(phraseRange) && $0.start <= headRange.start && headRange.end <= $0.end }) {
                return [EventParticipant(phraseRange, normal: actor.name, entity: a, role: .actor)]
            }
            // A title the document gives to a named person (`генеральным секретарем ООН` → Гутерреш).
            if let fact = document.facts.first(where: { $0.job.range.contains(headRange) }),
               let m = document.mentions.firstIndex(where: { $0.range == fact.who.range }) {
                return fromMention(MentionIndex(m)).map { [$0] } ?? []
            }
        }
        if isWord(h, .speakerPronoun) { return speakers(of: h, at: trigger) }
        if isWord(h, .thirdPersonPronoun) || (pos(h) == .pronoun && features(h).person == .third) {
            return antecedent(of: h)
        }
        // `президенты России и Турции`, `министры иностранных дел России, Китая и Индии`: a plural title over
        // coordinated names stands for one participant per name.
        if pos(h)?.isNominal == true {
            let named = coordinatedNames(under: h)
            if named.count > 1 { return named.sorted().compactMap(countryOrMention) }
        }
        return nil
    }

    /// `«Мы договорились ...», — заявил Фидан`: the first person is the speaker of the sentence.
    func speakers(of pronoun: TokenIndex, at trigger: TokenIndex) -> [EventParticipant] {
        guard let s = view.sentence(of: pronoun) else { return [] }
        for v in view.tokens(of: s) where v != trigger && isWord(v, .reportingVerb) {
            let speakers = view.children(v, [.nominalSubject]).filter { !isWord($0, .speakerPronoun) }
            if !speakers.isEmpty { return people(expand(speakers), at: v) }
        }
        return []
    }

    /// `Кристенсен признал, что он убил`: a name earlier in the same sentence is the better span for the
    /// same person; a pronoun whose antecedent lies in an earlier sentence keeps its own words, with the
    /// antecedent's name and entity and its span as `antecedent` (the provenance). No compatible antecedent
    /// in reach: no participant.
    func antecedent(of pronoun: TokenIndex) -> [EventParticipant] {
        guard let r = view.range(pronoun), let found = pronounAntecedent(pronoun) else { return [] }
        switch found {
        case .mention(let m):
            guard let mention = view.mention(m) else { return [] }
            if let first = view.tokens(of: m).first, let s = view.sentence(of: first), s == view.sentence(of: pronoun) {
                return fromMention(m).map { [$0] } ?? []
            }
            let name = actor(mention.entity)?.name ?? mention.normal ?? text(pronoun)
            return [EventParticipant(r, normal: name, entity: mention.entity, role: .actor, antecedent: mention.range)]
        case .unnamed(let u):
            guard let ur = view.range(u) else { return [] }
            return [EventParticipant(r, normal: lemma(u), entity: nil, role: .actor, antecedent: ur)]
        }
    }

    enum PronounAntecedent { case mention(MentionIndex), unnamed(TokenIndex) }

    /// The nearest earlier actor a third-person pronoun can stand for, in its own sentence or the two
    /// before it (further back a reader no longer resolves it either): for `он`, `она`, `его`, `ей` a
    /// person — named, or described by a person noun (`Злоумышленник ... его задержали`) — whose gender
    /// does not contradict the pronoun's; for `они`, `их`, `им` an organisation, a state or a plural
    /// group noun (`полицейские`, `боевики`). Other pronouns are skipped, not followed.
    func pronounAntecedent(_ pronoun: TokenIndex) -> PronounAntecedent? {
        guard let s = view.sentence(of: pronoun) else { return nil }
        let plural = features(pronoun).number == .plural || lemma(pronoun) == "они"
        let gender = plural ? nil : features(pronoun).gender
        let firstSentence = SentenceIndex(max(0, s.rawValue - Self.antecedentSentences))
        let start = view.tokens(of: firstSentence).lowerBound
        var u = pronoun - 1
        while view.contains(u) && u >= start && pronoun.rawValue - u.rawValue < 400 {
            defer { u = u - 1 }
            if pos(u) == .pronoun { continue }
            if let m = view.mention(at: u), let mention = view.mention(m) {
                // A mention is judged once, at its last token.
                if view.tokens(of: m).last != u { continue }
                if plural {
                    // A plural antecedent is the subject of its clause (`... сбежали из колонии. Их ищут` is not the
                    // colony's search): a nominative organisation or state.
                    guard features(u).case == nil || features(u).case == .nominative else { continue }
                    if mention.type == .organization { return .mention(m) }
                    if mention.type == .location, countryOrMention(m).map(isCountry) == true { return .mention(m) }
                } else if mention.type == .person, genderAgrees(gender, view.tokens(of: m)) {
                    return .mention(m)
                }
                continue
            }
            guard pos(u)?.isNominal == true else { continue }
            if plural {
                if features(u).number == .plural, isWord(u, .collectiveActor) || isWord(u, .unnamedPerson), !isCountedCrowd(u) { return .unnamed(u) }
            } else if features(u).number != .plural, isWord(u, .unnamedPerson), genderAgrees(gender, [u]) {
                return .unnamed(u)
            }
        }
        return nil
    }

    /// How many sentences before its own a pronoun's antecedent may lie.
    static let antecedentSentences = 2

    /// Whether a name or noun may be referred to by a pronoun of `gender`: unknown on either side agrees;
    /// `его` (masculine or neuter) takes a masculine person.
    func genderAgrees(_ gender: UDGender?, _ tokens: some Sequence<TokenIndex>) -> Bool {
        guard let gender else { return true }
        let genders = Set(tokens.compactMap { features($0).gender })
        if genders.isEmpty { return true }
        if gender == .neuter { return genders.contains(.masculine) || genders.contains(.neuter) }
        return genders.contains(gender)
    }

    /// Names coordinated with each other under `h` (not `отношения Америки с Пакистаном`).
    func coordinatedNames(under h: TokenIndex) -> [MentionIndex] {
        let stops: Set<UDRelation> = [.clausalModifierOfNoun, .adverbialClause, .clausalComplement, .parataxis, .clausalSubject, .punctuation]
        let wide = view.subtree(h, stopAt: stops).filter { t in t == h || !pathHasPreposition(from: t, to: h) }
        var named: [MentionIndex] = []
        for t in wide where view.relation(t) == .conjunct {
            guard let m = view.mention(at: t), let first = view.head(t), let n = view.mention(at: first) else { continue }
            for x in [n, m] where !named.contains(x) { named.append(x) }
        }
        return named
    }

    /// `его застрелила полиция`, `полицейские задержали`, `суд приговорил`: forces and institutions act unnamed
    /// more often than named; the phrase itself is the participant (`Суд в Италии` → `Суд`, the head and its
    /// modifiers without prepositional phrases or clauses).
    func collectiveActor(_ h: TokenIndex, at trigger: TokenIndex, describedPersons: Bool = false) -> [EventParticipant] {
        // Or a person described, not named (`Мужчину задержали`, `Мэр города призвал`); a crowd counted by
        // number (`39 человек`) stays no participant.
        let collective = personWord(h, .collectiveActor)
        let unnamed = collective == nil ? personWord(h, .unnamedPerson) : nil
        guard collective != nil || (unnamed != nil || describedPersons && isDescribedPerson(h)) && !isCountedCrowd(h) else { return [] }
        let word = collective ?? unnamed
        let stops: Set<UDRelation> = [.clausalModifierOfNoun, .adverbialClause, .clausalComplement, .parataxis, .punctuation,
                                      .conjunct, .appositional, .coordinatingConjunction]
        let core = view.subtree(h, stopAt: stops).filter { t in
            t == h || t != trigger && view.relation(t) != .caseMarker && view.relation(t) != .fixed
                && !pathHasPreposition(from: t, to: h) && view.mention(at: t) == nil
        }
        var contiguous: [TokenIndex] = []
        for t in core.sorted() where contiguous.last.map({ t == $0 + 1 }) ?? true || t == h { contiguous.append(t) }
        let span = contiguous.contains(h) ? contiguous.filter { abs($0.rawValue - h.rawValue) <= 3 } : [h]
        return [EventParticipant(range(span.isEmpty ? [h] : span), normal: word ?? lemma(h), entity: nil, role: .actor)]
    }

    /// The word of class `c` that `t` is — its lemma, or for a participle used as a noun its nominative (`задержали
    /// нападавшего`, `арестовал подозреваемого`: the lemma is the verb, `нападать`, and the class lists `нападавший`);
    /// nil when it is none.
    func personWord(_ t: TokenIndex, _ c: WordClass) -> String? {
        if isWord(t, c) { return lemma(t) }
        guard features(t).verbForm == .participle || pos(t) == .noun && lemma(t).hasSuffix("ть") else { return nil }
        let word = TextFolding.fold(text(t))
        guard let ending = Self.adjectivalEndings.first(where: { word.hasSuffix($0) }), word.count > ending.count + 3 else { return nil }
        let stem = word.dropLast(ending.count)
        return [stem + "ый", stem + "ий"].first { isLemma($0, c) }
    }

    /// Adjectival endings, longest first: a participle's case ending comes off before its nominative's is put on.
    static let adjectivalEndings = ["ого", "его", "ому", "ему", "ыми", "ими", "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие",
                                    "ым", "им", "ом", "ем", "ую", "юю", "ых", "их"]

    /// A person described by a phrase (`мэр города Бронницы`, `мать кинокритика Антона Долина`): its words but
    /// prepositions, conjunctions and punctuation, as the participant's span and normal form; nil when none is left.
    func describedParticipant(_ phrase: [TokenIndex], role: EventParticipant.Role) -> EventParticipant? {
        let words = phrase.filter { ![.caseMarker, .coordinatingConjunction].contains(view.relation($0)) && pos($0) != .punctuation }
        guard !words.isEmpty else { return nil }
        return EventParticipant(range(words), normal: words.map(text).joined(separator: " "), entity: nil, role: role)
    }

    /// `задержали 35-летнего азербайджанца`, `математика отпустили`: an animate common noun outside any name
    /// describes a person by what they are; the conventions code someone named only so by that phrase.
    func isDescribedPerson(_ h: TokenIndex) -> Bool {
        // Counted (`40842 зрителя`) they are a crowd, not a participant.
        pos(h) == .noun && features(h).animacy == .animate && view.mention(at: h) == nil && view.children(h, [.numericModifier]).isEmpty
            && !isWord(h, .countedPeople)
    }

    /// The noun a relative clause modifies, for its pronoun `который` (`министр, который встретился`).
    func relativeAntecedent(_ pronoun: TokenIndex) -> TokenIndex? {
        var cur = pronoun
        for _ in 0..<4 {
            guard let h = view.head(cur) else { return nil }
            if view.relation(cur) == .clausalModifierOfNoun { return h }
            cur = h
        }
        return nil
    }

    /// Whether some token between `t` and its ancestor `h` (inclusive of `t`) is marked by a preposition.
    func pathHasPreposition(from t: TokenIndex, to h: TokenIndex) -> Bool {
        var cur = t
        var steps = 0
        while cur != h, steps < 50 {
            if !view.children(cur, [.caseMarker]).isEmpty { return true }
            guard let up = view.head(cur) else { return false }
            cur = up
            steps += 1
        }
        return false
    }

    func fromMention(_ m: MentionIndex) -> EventParticipant? {
        guard let mention = view.mention(m) else { return nil }
        let name = actor(mention.entity)?.name ?? mention.normal
        return EventParticipant(mention.range, normal: name, entity: mention.entity, role: .actor)
    }

    /// A place or organisation mention; a capital or state name becomes its state's actor.
    func countryOrMention(_ m: MentionIndex) -> EventParticipant? {
        guard let mention = view.mention(m) else { return nil }
        if mention.type == .location {
            let surface = document.text(of: mention.range)
            let normal = mention.normal ?? surface
            if let c = gazetteer.lookup(surface: normal) ?? gazetteer.lookup(lemma: normal) ?? gazetteer.lookup(surface: surface) {
                var p = countryParticipant(c.code, range: mention.range)
                if p.entity == nil { p.entity = mention.entity }
                return p
            }
        }
        return fromMention(m)
    }

    func countryParticipant(_ code: CountryCode, range: TextRange) -> EventParticipant {
        // The actor that is the state itself (`Турция`), not a city in it (`Анкара`).
        let actor = document.actors.firstIndex { $0.type == .location && $0.country == code.rawValue && gazetteer.lookup(surface: $0.name)?.code == code }
            ?? document.actors.firstIndex { $0.type == .location && $0.country == code.rawValue && gazetteer.lookup(lemma: $0.name)?.evidence != .capital }
        return EventParticipant(range, normal: gazetteer.name(of: code) ?? code.rawValue, entity: actor, role: .actor)
    }

    /// The country of a participant: its actor's, or the state its name is.
    func countryCode(of p: EventParticipant) -> String? {
        if let c = actor(p.entity)?.country { return c }
        return p.normal.flatMap { gazetteer.lookup(surface: $0)?.code.rawValue }
    }

    func hasCountry(_ h: TokenIndex) -> Bool {
        view.subtree(h).contains { gazetteer.lookup(lemma: lemma($0))?.evidence == .adjective }
    }

    /// For `X сообщил, что не исключает визита`: the speaker of the governing clause.
    /// Climbs only through complements (`возможность визита`, `не исключает ...`, `сообщил, что ...`),
    /// never out of a circumstance (`после визита X ... посетил Y` is not Y's visit).
    func inheritedSpeaker(_ clause: TokenIndex) -> [EventParticipant] {
        let complements: Set<UDRelation> = [.nominalModifier, .object, .openClausalComplement, .clausalComplement, .clausalModifierOfNoun]
        var cur = clause
        for _ in 0..<4 {
            guard let r = view.relation(cur), complements.contains(r), let a = view.head(cur) else { return [] }
            // `Суд арестовал обвиняемого в убийстве`: an act told of a person (the accused, the detained) is not
            // the act of the verb's subject over them.
            if features(a).animacy == .animate && features(a).verbForm != .finite { return [] }
            // `Россия атаку не комментировала`: who remarks on an act is not its doer (word class `remark-verb`).
            if isWord(a, .remarkVerb) { return [] }
            let subjects = view.children(a, [.nominalSubject])
            if !subjects.isEmpty { return people(expand(subjects), at: a) }
            cur = a
        }
        return []
    }

    /// The state that hosts a visit to `destination` (`Россию` → Russia, `Москву` → Russia).
    func host(of destination: TokenIndex) -> EventParticipant? {
        let phrase = view.subtree(destination)
        for t in phrase {
            if let m = view.mention(at: t) { return countryOrMention(m) }
        }
        for t in phrase {
            if let c = gazetteer.lookup(lemma: lemma(t)) { return countryParticipant(c.code, range: range(phrase)) }
        }
        return nil
    }
}
