import LetopisCore

extension OccupationExtractor {
    /// `, президент Сирии`, `— полковник ГРУ`, `(второй тренер)`, `, занимающий пост президента` right after a name,
    /// with titles coordinated to it (`— политик и лидер партии`); or a predicate: `X стал кардиналом`,
    /// `X был назначен епископом`. Only in the name's sentence.
    func titlesAfter(_ nameEnd: TokenIndex) -> (jobs: [JobPhrase], rule: String) {
        guard let first = view.peek(nameEnd, within: nameEnd - 1) else { return ([], "") }
        let sentence = view.sentenceTokens(of: first)
        guard [",", "—", "–", "-", "("].contains(view.text(first)) else { return titlePredicate(first, sentence) }
        var t = first + 1
        if t + 1 < sentence.upperBound, lemma(t, is: .occupying), lemma(t + 1, is: .post) { t = t + 2 }
        // `, брюссельского профессионального дизайнера`, `— бывший заместитель министра`: adjectives before the title.
        var skipped = 0
        while skipped < 3, t + 1 < sentence.upperBound, view.pos(t) == .adjective, !startsTitle(t), view.mention(at: t) == nil {
            t = t + 1
            skipped += 1
        }
        var jobs: [JobPhrase] = []
        while t < sentence.upperBound, let job = title(at: t, limit: sentence.upperBound) {
            // `X, футболисту Лукасу Скаглии`: a title right before another name is that name's,
            // and so are the titles coordinated with it (`X, продюсер и актер Игорь Жижикин`).
            if precedesName(job.end, within: job.tokens.lowerBound) { return ([], "") }
            jobs.append(job)
            // `— политик и лидер партии`: coordinated titles describe the same person.
            t = skippingQualifier(job.end, sentence)
            guard t + 1 < sentence.upperBound, lemma(t, is: .and) || view.text(t) == "," else { break }
            t = t + 1
        }
        return (jobs, "title-after-name")
    }

    /// `премьер Госсовета в 1988—1998 годах, председатель ...`: a qualifier of time or place after a title,
    /// up to the comma before the next title; `t` itself when there is none.
    private func skippingQualifier(_ t: TokenIndex, _ sentence: Range<TokenIndex>) -> TokenIndex {
        guard t < sentence.upperBound, lemma(t, is: .qualifierPreposition) else { return t }
        var k = t + 1
        while k < sentence.upperBound, t.distance(to: k) <= 8, view.text(k) != ",",
              view.pos(k) != .verb, view.pos(k) != .auxiliary, !view.isPerson(k) {
            k = k + 1
        }
        return k < sentence.upperBound && t.distance(to: k) <= 8 && view.text(k) == "," ? k : t
    }

    /// title-predicate: a copula within a few words after the name, then a title in the instrumental
    /// (`X стал кардиналом`); `X занимает должность руководителя совета`: the post's title is X's.
    private func titlePredicate(_ nameEnd: TokenIndex, _ sentence: Range<TokenIndex>) -> (jobs: [JobPhrase], rule: String) {
        var sawCopula = false
        for t in nameEnd..<min(sentence.upperBound, nameEnd + 5) {
            guard !view.isPunctuation(t) else { break }
            // `Медведев назначил руководителем ...`: an active appointment names someone else.
            if lemma(t, is: .appointment) && view.isActiveVerb(t) { return ([], "") }
            if lemma(t, is: .occupying), t + 2 < sentence.upperBound, lemma(t + 1, is: .post) {
                return (title(at: t + 2, limit: sentence.upperBound).map { [$0] } ?? [], "title-of-post")
            }
            if lemma(t, is: .copula) {
                sawCopula = true
            } else if sawCopula, startsTitle(t), caseOf(t) == .instrumental {
                return (title(at: t, limit: sentence.upperBound).map { [$0] } ?? [], "title-predicate")
            }
            if view.mention(at: t) != nil { return ([], "") }
        }
        return ([], "")
    }

    /// `Ли Пэн, соратник Цзян Цзэминя, премьер Государственного совета`: after an apposition whose genitive
    /// complement is another name, titles in the first name's case (not the genitive) are the first name's.
    func titlesAfterComplement(_ m: MentionIndex) -> [JobPhrase] {
        let nameTokens = view.tokens(of: m)
        let nameEnd = nameTokens.upperBound
        guard let last = nameTokens.last, let otherStart = view.peek(nameEnd + 2, within: last), view.text(nameEnd) == ",",
              view.pos(nameEnd + 1) == .noun, !startsTitle(nameEnd + 1), let other = view.personStarting(at: otherStart)
        else { return [] }
        let otherTokens = view.tokens(of: other)
        guard let ownCase = view.lastCase(of: nameTokens), ownCase != .genitive, caseOf(nameEnd + 1) == ownCase,
              view.lastCase(of: otherTokens) == .genitive, view.text(otherTokens.upperBound) == "," else { return [] }
        return titlesAfter(otherTokens.upperBound).jobs.filter { view.headCase(of: $0.tokens) == ownCase }
    }

    /// `Премьер-министр назначил руководителем службы Ивана Муравьева`, `назначил Ивана Муравьева руководителем`:
    /// the person an active appointment verb governs takes the title in the instrumental.
    func appointed() -> [Occupation] {
        var out: [Occupation] = []
        for t in view.allTokens where lemma(t, is: .appointment) && view.isActiveVerb(t) {
            let sentence = view.sentenceTokens(of: t)
            var person: MentionIndex?
            var job: JobPhrase?
            var u = t + 1
            while u < sentence.upperBound && u <= t + 12 && (person == nil || job == nil) {
                if let m = view.personStarting(at: u) {
                    guard person == nil, caseOf(u) == .accusative || caseOf(u) == .genitive else { break }
                    person = m
                    u = view.tokens(of: m).upperBound
                    continue
                }
                if job == nil, caseOf(u) == .instrumental, startsTitle(u), let j = title(at: u, limit: sentence.upperBound) {
                    job = j
                    u = j.end
                    continue
                }
                if view.isPunctuation(u) && !Self.openingQuotes.contains(view.text(u)) && !Self.closingQuotes.contains(view.text(u)) { break }
                u = u + 1
            }
            if let person, let job { out.append(Occupation(person: person, job: job, rule: "appointed")) }
        }
        return out
    }

    /// `музыканты Юрий Царёв, Алексей Борисов и Павел Шевелёв`, `экс-президентов: Альберто Фухимори (...), ...`:
    /// a title in the plural before a list of names is each one's.
    func titlesOverLists() -> [Occupation] {
        var out: [Occupation] = []
        for sentence in view.sentenceRanges {
            var t = sentence.lowerBound
            while t < sentence.upperBound {
                if let (occupations, end) = titleOverList(at: t, sentence) {
                    out += occupations
                    t = max(t + 1, end)
                } else {
                    t = t + 1
                }
            }
        }
        return out
    }

    /// The plural title (and one coordinated with it) at `t` and the names listed after it; the end of the titles.
    private func titleOverList(at t: TokenIndex, _ sentence: Range<TokenIndex>) -> ([Occupation], TokenIndex)? {
        let limit = sentence.upperBound
        guard view.mention(at: t) == nil, startsTitle(t), let job = title(at: t, limit: limit, allowPlural: true),
              view.features(t).number == .plural else { return nil }
        var u = job.end
        // `писатели и критики`: a second plural title coordinated with the first is theirs too.
        var jobs = [job]
        if u + 1 < limit, lemma(u, is: .and), view.mention(at: u + 1) == nil,
           let second = title(at: u + 1, limit: limit, allowPlural: true), view.features(u + 1).number == .plural {
            jobs.append(second)
            u = second.end
        }
        // `писатели и критики, среди которых — ...`, `музыкантов как ...`, `: ...`
        var connectors = 0
        var commasOnly = true
        while u < limit, connectors < 5, view.mention(at: u) == nil,
              lemma(u, is: .listOpener) || [":", "—", "–", "-", ","].contains(view.text(u)) {
            if view.text(u) != "," { commasOnly = false }
            u = u + 1
            connectors += 1
        }
        // `По словам прокуроров, Чжан оказалась ...`: a bare comma ends the title's clause; the name opens the next.
        if connectors > 0 && commasOnly { return nil }
        // `Адвокаты Кристенсена`: a name in the genitive right after the title is its complement, not its holder
        // (a genitive title before a nominative name is the name's: `один из лучших боксёров Анджело Роттоли`).
        if connectors == 0, u < limit, view.headCase(of: job.tokens) == .nominative, caseOf(u) == .genitive { return nil }
        let names = listedNames(from: u, limit: limit)
        guard !names.isEmpty else { return nil }
        var out: [Occupation] = []
        for m in names { for j in jobs { out.append(Occupation(person: m, job: j, rule: "title-over-list")) } }
        return (out, jobs.last?.end ?? t + 1)
    }

    /// Person names listed from `u`: separated by commas or `и`, each with where it comes from
    /// (`Михаил Павлов из Москвы`) or an aside in brackets (`(проект «Метро»)`, `(1990—2000 годы)`).
    private func listedNames(from start: TokenIndex, limit: TokenIndex) -> [MentionIndex] {
        var names: [MentionIndex] = []
        var u = start
        while u < limit, let m = view.personStarting(at: u) {
            names.append(m)
            u = view.tokens(of: m).upperBound
            if u + 1 < limit, lemma(u, is: .originPreposition), let place = view.nonPerson(at: u + 1) {
                u = view.tokens(of: place).upperBound
            }
            if u < limit, view.text(u) == "(" {
                var depth = 0
                while u < limit {
                    if view.text(u) == "(" { depth += 1 } else if view.text(u) == ")" { depth -= 1 }
                    u = u + 1
                    if depth == 0 { break }
                }
            }
            guard u < limit, view.text(u) == "," || lemma(u, is: .and) else { break }
            u = u + 1
        }
        return names
    }
}
