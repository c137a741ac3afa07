import LetopisCore

/// The walk through a title's complements (`министр иностранных дел Сирии`): how far it got and
/// what place it found.
struct ComplementWalk {
    var u: TokenIndex
    var jobEnd: TokenIndex
    /// End of a `по` complement (`министр по делам разведки`), which names what the job is about.
    var topicEnd: TokenIndex
    var complements = 0
    var whereMention: MentionIndex?
    var countryToken: TokenIndex?
    var country: CountryCode?
    var lemmas: [String] = []

    init(headEnd: TokenIndex) {
        u = headEnd
        jobEnd = headEnd
        topicEnd = headEnd
    }
}

extension OccupationExtractor {
    /// A title starting exactly at token `t`, with its complement and place, not past `limit`.
    func title(at t: TokenIndex, limit: TokenIndex, allowPlural: Bool = false) -> JobPhrase? {
        guard t < limit, !view.isPerson(t), let candidates = titles.candidates(t, view) else { return nil }
        // `Совета при Президенте РФ`, `Администрация президента`: a title inside an organisation's name is part of it.
        if let m = view.mention(at: t), view.tokens(of: m).lowerBound < t { return nil }
        // `кандидат в президенты`, `баллотироваться в депутаты`: a post sought, not held.
        if pattern("title.veto.", at: t) != nil { return nil }
        guard let (headEnd, sector) = head(at: t, candidates, limit: limit) else { return nil }
        // One person holds a title in the singular: `представители Госдумы` names a group.
        if !allowPlural, view.features(headEnd - 1).number == .plural { return nil }
        var walk = ComplementWalk(headEnd: headEnd)
        while walk.u < limit && walk.complements <= Self.maxComplement {
            guard step(&walk, headEnd: headEnd, limit: limit) else { break }
        }
        // `британский премьер`, `российского президента`: a country adjective just before the title is its place.
        if walk.whereMention == nil && walk.countryToken == nil { countryAdjective(before: t, &walk) }
        return phrase(t, headEnd: headEnd, sector: sector, walk)
    }

    /// End of the longest lexicon entry that starts at `t` and fits before `limit`, and its sector.
    private func head(at t: TokenIndex, _ candidates: [EntityLexicons.Title], limit: TokenIndex) -> (TokenIndex, Sector)? {
        for c in candidates where t + c.words.count <= limit {
            if c.words.indices.allSatisfy({ view.lemma(t + $0) == c.words[$0] }) { return (t + c.words.count, c.sector) }
        }
        return nil
    }

    /// One step of the complement walk; false ends it.
    private func step(_ w: inout ComplementWalk, headEnd: TokenIndex, limit: TokenIndex) -> Bool {
        let u = w.u
        // An opening quote before a name in the place slot (`партии «Яблоко»`) is part of the phrase.
        if view.isPunctuation(u), u + 1 < limit, Self.openingQuotes.contains(view.text(u)), view.nonPerson(at: u + 1) != nil {
            w.u = u + 1
            return true
        }
        // Punctuation and numbers end a title (`глава ведомства 7 декабря` — the tagger calls `7` an adjective).
        if view.isPunctuation(u) || view.kind(u) == .number { return false }
        if let m = view.mention(at: u) {
            if view.type(of: m) != .person { takePlace(m, &w) }
            return false
        }
        let lemma = view.lemma(u)
        if let c = gazetteer.lookup(surface: view.text(u)) ?? gazetteer.lookup(lemma: lemma), c.evidence != .capital {
            w.country = c.code
            w.countryToken = u
            w.u = u + 1
            // A country adjective sits inside the title (`сирийского внешнеполитического ведомства`).
            return c.evidence == .adjective
        }
        // Another title begins — unless it is a genitive complement (`заместитель начальника`, `помощник госсекретаря`).
        if startsTitle(u) && caseOf(u) != .genitive { return false }
        // `министр связи и коммуникаций`, `этнологии и антропологии`: coordinated genitive complements.
        if lexicon.is(lemma, .and), w.complements > 0, u + 1 < limit, caseOf(u + 1) == .genitive,
           view.pos(u + 1) == .noun || view.pos(u + 1) == .adjective {
            w.u = u + 1
            return true
        }
        // `министр по делам разведки`, `директор по стратегии`: a `по` complement right after the head.
        // It says what the job is about, never where it is held.
        if lexicon.is(lemma, .topicPreposition), w.complements == 0, u == headEnd, u + 1 < limit,
           view.pos(u + 1) == .noun, view.mention(at: u + 1) == nil {
            takeTopic(&w, limit: limit)
            return true
        }
        // `лидер французского крайне правого Национального фронта`: an adverb grading the adjective after it.
        if view.pos(u) == .adverb, u + 1 < limit, view.pos(u + 1) == .adjective, caseOf(u + 1) == .genitive {
            w.u = u + 1
            return true
        }
        guard isComplementWord(u) else { return false }
        w.lemmas.append(lemma)
        w.complements += 1
        w.u = u + 1
        w.jobEnd = w.u
        return true
    }

    /// Whether `u` may be a word of a title's genitive complement: `министр обороны`, not `министр приехал`.
    private func isComplementWord(_ u: TokenIndex) -> Bool {
        let lemma = view.lemma(u)
        if lexicon.is(lemma, .stop) || lexicon.is(lemma, .preposition) { return false }
        if let pos = view.pos(u) {
            guard pos == .noun || pos == .adjective || pos == .properNoun else { return false }
            if let c = caseOf(u), c != .genitive { return false }
        } else if view.isCapitalised(u) && !Self.isAbbreviation(view.text(u)) {
            return false  // a capitalised word with no mention is likely the name itself
        }
        return true
    }

    /// The mention in the place slot (`МИД Сирии`, `России`) and the country it names.
    private func takePlace(_ m: MentionIndex, _ w: inout ComplementWalk) {
        w.whereMention = m
        let mt = view.tokens(of: m)
        for k in mt {
            if let c = gazetteer.lookup(lemma: view.lemma(k)) ?? gazetteer.lookup(surface: view.text(k)) {
                w.country = c.code
                break
            }
        }
        if w.country == nil, let mention = view.mention(m) {
            w.country = gazetteer.lookup(surface: view.document.text(of: mention.range))?.code
        }
        w.lemmas.append(contentsOf: mt.map { view.lemma($0) })
        w.u = mt.upperBound
    }

    /// `по делам разведки`: the topic complement and the genitives that follow it.
    private func takeTopic(_ w: inout ComplementWalk, limit: TokenIndex) {
        w.lemmas.append(view.lemma(w.u + 1))
        w.complements += 1
        w.u = w.u + 2
        while w.u < limit, view.mention(at: w.u) == nil, !view.isPunctuation(w.u), caseOf(w.u) == .genitive,
              view.pos(w.u) == .noun || view.pos(w.u) == .adjective {
            w.lemmas.append(view.lemma(w.u))
            w.u = w.u + 1
        }
        w.topicEnd = w.u
        w.jobEnd = w.u
    }

    /// `британский премьер`: a country adjective among the two words before the title.
    private func countryAdjective(before t: TokenIndex, _ w: inout ComplementWalk) {
        for b in view.tokens(before: t).prefix(2) {
            guard !view.isPunctuation(b) else { return }
            if let c = gazetteer.lookup(lemma: view.lemma(b)), c.evidence == .adjective {
                w.country = c.code
                w.countryToken = b
                return
            }
            guard view.pos(b) == .adjective else { return }
        }
    }

    /// Whether a lemma names a kind of body: as a title's complement it is its place (`главу партии`).
    func isBodyKind(_ lemma: String) -> Bool { lexicon.is(lemma, .bodyKind) || lexicon.governmentBodies.contains(lemma) }

    /// The phrase with its canonical title, sector and place.
    private func phrase(_ t: TokenIndex, headEnd: TokenIndex, sector: Sector, _ w: ComplementWalk) -> JobPhrase {
        // `главу партии`, `капитан команды`: a complement that names a kind of body stands for it.
        var wherePhrase: Range<TokenIndex>?
        if w.whereMention == nil && w.countryToken == nil, w.topicEnd <= w.jobEnd,
           let k = (w.topicEnd..<w.jobEnd).first(where: { isBodyKind(view.lemma($0)) }) {
            wherePhrase = k..<w.jobEnd
        }
        let jobTokens = t..<w.jobEnd
        let key = jobTokens.map { view.lemma($0) }.filter { gazetteer.lookup(lemma: $0)?.evidence != .adjective }.joined(separator: " ")
        var normal = JobLexicon.canonical[key] ?? ""
        if normal.isEmpty, let wm = w.whereMention, let firstOfWhere = view.tokens(of: wm).first {
            normal = JobLexicon.canonical[key + " " + view.lemma(firstOfWhere)] ?? ""
        }
        if normal.isEmpty {
            // Head in the nominative, complements as written (they are genitive either way).
            let head = (t..<headEnd).map { view.writtenLemma($0) }
            let rest = (headEnd..<w.jobEnd).filter { $0 != w.countryToken }.map { view.text($0) }
            normal = (head + rest).joined(separator: " ")
        }
        var sector = sector
        for l in w.lemmas { if let s = JobLexicon.sectorByComplement[l] { sector = s; break } }
        if let s = JobLexicon.sectorByComplement[key] { sector = s }
        return JobPhrase(tokens: jobTokens, normal: normal, sector: sector, whereMention: w.whereMention,
                         whereCountryToken: w.countryToken, country: w.country, wherePhrase: wherePhrase, end: max(w.jobEnd, w.u))
    }
}
