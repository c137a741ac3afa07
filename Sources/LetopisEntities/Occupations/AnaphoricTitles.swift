import LetopisCore

extension OccupationExtractor {
    /// A relative named by kinship (`брат Лиам`, `жена Кэрри`) is seldom whom a later bare title stands for.
    func canBeAntecedent(_ m: MentionIndex) -> Bool {
        guard let first = view.tokens(of: m).first, let before = view.peek(first - 1, within: first) else { return true }
        return !lemma(before, is: .kinship)
    }

    /// `61-летняя певица сообщила`, `премьер был переведён`: a title with no name beside it stands for
    /// a person named before it — the latest actor already given that title, else the nearest person
    /// named in the last few sentences whose gender fits the title.
    func anaphoricTitles(taken: Set<TokenIndex>, named: [Occupation]) -> [Occupation] {
        var rolesOfActor: [Int: Set<String>] = [:]
        for o in named { if let a = view.mention(o.person)?.entity { rolesOfActor[a, default: []].insert(o.job.normal) } }
        let personMentions = view.document.mentions.indices.map { MentionIndex($0) }.filter { m in
            view.type(of: m) == .person && !view.tokens(of: m).isEmpty
        }
        var out: [Occupation] = []
        var t = TokenIndex(0)
        while t < view.allTokens.upperBound {
            guard !taken.contains(t), view.mention(at: t) == nil, startsTitle(t),
                  let sentence = view.sentence(of: t).map({ view.tokens(of: $0) }),
                  let job = title(at: t, limit: sentence.upperBound, allowPlural: true),
                  !isVetoedAnaphora(job, sentence) else {
                t = t + 1
                continue
            }
            // `Режиссёром картины станет лауреат фестиваля Оксана Карас`, `пост директора занимал Раис Ханнанов`:
            // a copula after the title names its holder after it.
            if let m = holderAfterCopula(job) {
                out.append(Occupation(person: m, job: job, anaphoric: true, rule: "holder-after-copula"))
                // `Операторами выступили Михаил Агранович и Михаил Хасая`: a plural title covers the coordinated names.
                if view.features(t).number == .plural { out += coordinatedHolders(after: m, job, sentence) }
                t = max(t + 1, job.end)
                continue
            }
            // Otherwise a plural title names a group, not a person named before.
            if view.features(t).number != .plural,
               let m = antecedent(of: job, among: personMentions, rolesOfActor: rolesOfActor, sentence) {
                out.append(Occupation(person: m, job: job, anaphoric: true, rule: "anaphoric-title"))
                t = max(t + 1, job.end)
                continue
            }
            t = t + 1
        }
        return out
    }

    /// The conditions under which a bare title stands for nobody named: a vague title alone, a title
    /// before a name, a dative, a title owned by someone, one given by an appointment verb, and the
    /// named vetoes of `occupation-patterns.tsv`.
    private func isVetoedAnaphora(_ job: JobPhrase, _ sentence: Range<TokenIndex>) -> Bool {
        let t = job.tokens.lowerBound
        let head = view.lemma(t)
        if lexicon.is(head, .vagueAlone) && job.tokens.count == 1 && job.whereMention == nil && job.country == nil { return true }
        if lexicon.is(head, .capitalisedOnly) && !view.isCapitalised(t) { return true }
        // `выборы президента`, `кандидат в президенты`; `позвонить адвокату`: a dative title is mostly someone new.
        if pattern("anaphora.veto.", at: t) != nil { return true }
        if precedesName(job.end, within: t) { return true }
        // `её доктор`, `его адвокат`, `наш тренер`: a title owned by someone is someone else's doctor or lawyer.
        // (`назначил его послом` is a predicate, in the instrumental: the pronoun is the holder.)
        if caseOf(t) != .instrumental, let owner = view.tokens(before: t).prefix(2).first(where: { view.pos($0) != .adjective }),
           lexicon.is(TextFolding.fold(view.text(owner)), .possessive) || lemma(owner, is: .possessive) {
            return true
        }
        // `назначил руководителем службы ...`: the title is given to whom the verb governs, not to an earlier name.
        return view.tokens(before: t).prefix(3).contains { lemma($0, is: .appointment) && view.isActiveVerb($0) }
    }

    /// The person named before a bare title whom it stands for: the latest given that title within a few
    /// sentences, else the nearest person of the last sentence (two for a predicate) whose gender fits.
    private func antecedent(of job: JobPhrase, among people: [MentionIndex], rolesOfActor: [Int: Set<String>],
                            _ sentence: Range<TokenIndex>) -> MentionIndex? {
        let t = job.tokens.lowerBound
        guard let here = view.sentence(of: t)?.rawValue else { return nil }
        let earlier = people.filter { view.tokens(of: $0).upperBound <= t }
        // A title in the instrumental is predicated of the person the text is about (`стал генералом,
        // работал министром`), who may have been named a few sentences before.
        let reach = caseOf(t) == .instrumental ? Self.anaphoraSentences + 1 : Self.anaphoraSentences
        func sentenceOf(_ m: MentionIndex) -> Int? { view.tokens(of: m).first.flatMap { view.sentence(of: $0)?.rawValue } }
        func since(_ first: Int) -> [MentionIndex] { earlier.filter { (sentenceOf($0) ?? -.max) >= first } }
        let chosen: MentionIndex?
        if let m = since(max(0, here - Self.roleAnaphoraSentences)).last(where: { hasTitle($0, job, rolesOfActor) }) {
            chosen = m
        } else if let m = since(max(0, here - reach)).last(where: { canBeAntecedent($0) }), fitsGender(m, title: t) {
            chosen = m
        } else {
            chosen = nil
        }
        guard let m = chosen else { return nil }
        // A genitive title is mostly someone else's relative or possession (`дочь капитана`,
        // `резиденция премьера`) unless its person was named in the sentence just before.
        if pattern("title.of-post", at: t) == nil, caseOf(t) == .genitive, here - (sentenceOf(m) ?? here) != 1 { return nil }
        return m
    }

    /// Whether the person's actor was already given this title (in the title's country, when it has one).
    private func hasTitle(_ m: MentionIndex, _ job: JobPhrase, _ rolesOfActor: [Int: Set<String>]) -> Bool {
        guard let a = view.mention(m)?.entity, rolesOfActor[a]?.contains(job.normal) == true else { return false }
        let actors = view.document.actors
        return job.country == nil || !actors.indices.contains(a) || actors[a].country == nil || actors[a].country == job.country?.rawValue
    }

    /// A feminine title stands for a person with a feminine word in the name.
    private func fitsGender(_ m: MentionIndex, title t: TokenIndex) -> Bool {
        guard view.features(t).gender == .feminine else { return true }
        return view.tokens(of: m).contains { view.features($0).gender == .feminine }
    }

    /// Names coordinated after the holder of a plural title (`Михаил Агранович и Михаил Хасая`).
    private func coordinatedHolders(after m: MentionIndex, _ job: JobPhrase, _ sentence: Range<TokenIndex>) -> [Occupation] {
        var out: [Occupation] = []
        var u = view.tokens(of: m).upperBound
        while u + 1 < sentence.upperBound, lemma(u, is: .and) || view.text(u) == ",", let next = view.person(at: u + 1) {
            out.append(Occupation(person: next, job: job, anaphoric: true, rule: "holder-after-copula"))
            u = view.tokens(of: next).upperBound
        }
        return out
    }

    /// The person named after a copula that follows a title in the instrumental or after `пост`:
    /// `Операторами выступили Михаил Агранович`, `пост генерального директора занимал Раис Ханнанов`.
    func holderAfterCopula(_ job: JobPhrase) -> MentionIndex? {
        let t = job.tokens.lowerBound
        let sentence = view.sentenceTokens(of: t)
        guard caseOf(t) == .instrumental || pattern("title.of-post", at: t) != nil else { return nil }
        var u = job.end
        var sawCopula = false
        while u < sentence.upperBound && u < job.end + 12 {
            if lemma(u, is: .holderCopula) || (lemma(u, is: .appointment) && view.features(u).verbForm == .participle) {
                sawCopula = true
            } else if sawCopula, let m = view.mention(at: u) {
                guard view.type(of: m) == .person else { return nil }
                // `стал близкий друг В.Лукашенко экс-пограничник Вадим Зайцев`: a genitive name is a complement.
                if caseOf(u) == .genitive {
                    u = view.tokens(of: m).upperBound
                    continue
                }
                return m
            } else if view.isPunctuation(u) && !Self.openingQuotes.contains(view.text(u)) && !Self.closingQuotes.contains(view.text(u)) {
                return nil
            }
            u = u + 1
        }
        return nil
    }
}
