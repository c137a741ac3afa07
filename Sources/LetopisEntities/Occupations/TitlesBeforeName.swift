import LetopisCore

extension OccupationExtractor {
    /// Titles in the stretch before a name: the phrase must run up to the name.
    func titlesBefore(_ nameStart: TokenIndex) -> [JobPhrase] {
        let start = titleStretchStart(nameStart)
        var jobs: [JobPhrase] = []
        var t = start
        while t < nameStart {
            if let job = title(at: t, limit: nameStart) {
                jobs.append(job)
                t = job.end
            } else {
                t = t + 1
            }
        }
        // A title in apposition agrees with the name in case: `муж актрисы Сергей Сенин`
        // and `представитель Обамы` are someone else's titles.
        // A title with its place (`члена Совета Федерации ... Ралифа Сафина`) is apposition enough:
        // the tagger's case for an unknown foreign name is the less reliable of the two.
        // `дочь действующего президента Иванку Трамп`, `мать пограничника Светлану Ващенко`: a title that is the
        // genitive complement of a kinship noun is the relative's anchor's, and the name is the kinship noun's
        // apposition; a title agreeing with the kinship noun is the name's (`его супруги певицы Бейонсе`),
        // and so is one before a genitive name (`Внук бывшего президента ... Минтимера Шаймиева`).
        // Titles coordinated with such a complement share its case (`дочь писателя, актера и режиссера Мария
        // Шукшина`); a later title in another case is the name's again (`внук императора, эрцгерцог Карл`).
        if let first = jobs.first, isKinshipComplement(first, nameStart: nameStart) {
            let complementCase = view.headCase(of: first.tokens)
            jobs = Array(jobs.drop { view.headCase(of: $0.tokens) == complementCase })
        }
        if isVisiblyGenitive(nameStart) { jobs = jobs.flatMap { genitiveNameComplement($0, nameStart: nameStart) } }
        return jobs.filter { job in
            job.whereMention != nil || job.tokens.count > 1
                || !Self.casesClash(view.headCase(of: job.tokens), caseOf(nameStart))
        }
    }

    /// `пресс-секретарю экс-президента США Билла Клинтона Джо Локхарту`: a name whose last cased word is a
    /// genitive in `-а`/`-я`.
    private func isVisiblyGenitive(_ nameStart: TokenIndex) -> Bool {
        let nameTokens = view.mentionOrToken(nameStart)
        guard let lastCased = nameTokens.reversed().first(where: { caseOf($0) != nil }) else { return false }
        return caseOf(lastCased) == .genitive && view.text(lastCased).last.map { "ая".contains($0) } == true
    }

    /// A name visibly in the genitive after a title in another case is the title's complement, whatever place
    /// the title has; the genitive title inside it is the name's: `пресс-секретарю экс-президента США` →
    /// `экс-президента США`.
    private func genitiveNameComplement(_ job: JobPhrase, nameStart: TokenIndex) -> [JobPhrase] {
        guard let head = view.headCase(of: job.tokens), [.nominative, .dative, .instrumental, .locative].contains(head) else {
            return [job]
        }
        let nested = (job.tokens.lowerBound + 1..<job.tokens.upperBound).first { startsTitle($0) && caseOf($0) == .genitive }
        return nested.flatMap { title(at: $0, limit: nameStart) }.map { [$0] } ?? []
    }

    /// Where the words that can belong to a title phrase before a name begin, walking left in its sentence.
    func titleStretchStart(_ nameStart: TokenIndex) -> TokenIndex {
        let sentence = view.sentenceTokens(of: nameStart)
        let nameCase = view.lastCase(of: view.mentionOrToken(nameStart))
        var start = nameStart
        while start > sentence.lowerBound {
            let t = start - 1
            if let skipped = skippedAside(t, sentence) {
                start = skipped
                continue
            }
            let joinsTitles = joinsTitles(t, nameStart: nameStart, sentence)
            if view.isPunctuation(t) && !joinsTitles { break }
            if let m = view.person(at: t) {
                // `Адвокат Александра Кокорина Андрей Ромашов`: a name in the genitive is the title's complement.
                let mt = view.tokens(of: m)
                guard view.lastCase(of: mt) == .genitive, nameCase != .genitive else { break }
                start = mt.lowerBound
                continue
            }
            if !joinsTitles && !joinsComplements(t, nameStart: nameStart, sentence) {
                if lemma(t, is: .stop) { break }
                if let pos = view.pos(t), [.verb, .auxiliary, .subordinatingConjunction, .coordinatingConjunction].contains(pos) { break }
            }
            start = t
            if start.distance(to: nameStart) > 12 { break }
        }
        return start
    }

    /// Where the walk left jumps to over a bracketed aside, a quoted name or a dash; nil when `t` is none.
    private func skippedAside(_ t: TokenIndex, _ sentence: Range<TokenIndex>) -> TokenIndex? {
        // `пресс-секретаря Фонда борьбы с коррупцией (ФБК) Киру Ярмыш`: a bracketed aside inside the title phrase.
        if view.text(t) == ")", let open = view.tokens(before: t).prefix(9).first(where: { view.text($0) == "(" }),
           open > sentence.lowerBound {
            return open
        }
        let text = view.text(t)
        // `Глава «Металлоинвеста» Андрей Варичев`: a quoted name in the place slot is part of the title phrase;
        // jump over the whole of it, it may hold verbs (`радиостанции «Говорит Москва»`). The opening quote must
        // be in this sentence: `«Глава» Иван` may open the document or the sentence.
        if view.isPunctuation(t) && (Self.closingQuotes.contains(text) || Self.openingQuotes.contains(text)) {
            let open = view.tokens(before: t).first { Self.openingQuotes.contains(view.text($0)) }
            if let open, open.distance(to: t) <= 8 { return open }
            return t
        }
        // `федеральный адвокат — Сабрина Шрофф`, `пианист — лауреат премии Grammy Даниил Трифонов`: a dash after
        // a title, before the name or an apposition to it.
        if ["—", "–"].contains(text), let before = view.peek(t - 1, within: t), startsTitle(before) { return t }
        return nil
    }

    /// Whether the title before `t` (within six words) may start at most.
    private func titleBefore(_ t: TokenIndex, _ sentence: Range<TokenIndex>) -> Bool {
        view.tokens(before: t).prefix(6).contains { startsTitle($0) }
    }

    /// Coordinated titles share the name (`сценарист и кинорежиссер Александр Новопашин`, `депутат собрания
    /// района, сопредседатель движения Михаил Вельмакин`), not a title and another word (`Премьер-министр и мисс
    /// Саймондс`); the title before the conjunction may have its place (`президент Египта и бывший лидер ...`).
    private func joinsTitles(_ t: TokenIndex, nameStart: TokenIndex, _ sentence: Range<TokenIndex>) -> Bool {
        guard lemma(t, is: .and) || view.text(t) == ",", titleBefore(t, sentence) else { return false }
        return startsTitle(t + 1) || (view.pos(t + 1) == .adjective && t + 2 < nameStart && startsTitle(t + 2))
    }

    /// `Министр связи и коммуникаций РФ`: coordinated complements inside one title.
    private func joinsComplements(_ t: TokenIndex, nameStart: TokenIndex, _ sentence: Range<TokenIndex>) -> Bool {
        guard lemma(t, is: .and), titleBefore(t, sentence), t + 1 < nameStart, let before = view.peek(t - 1, within: t) else { return false }
        return caseOf(before) == .genitive && caseOf(t + 1) == .genitive
    }

    /// `Как автор-исполнитель, Визбор подарил ...`, `Будучи министром, Иванов ...`: a clause opening the
    /// sentence with `как` or `будучи` and a title, then a comma and the name: the title is the name's.
    func introducedTitles(_ nameStart: TokenIndex) -> [JobPhrase] {
        let opener = view.sentenceTokens(of: nameStart).lowerBound
        guard opener.distance(to: nameStart) >= 3, view.text(nameStart - 1) == ",", lemma(opener, is: .titleIntroducer),
              let job = title(at: opener + 1, limit: nameStart - 1), job.end == nameStart - 1 else { return [] }
        return [job]
    }

    /// Whether the title opening a phrase before a name follows a kinship noun, with at most adjectives between,
    /// in a case other than the kinship noun's, while the name is not in the genitive.
    /// Participles count as adjectives (`дочь действующего президента`).
    func isKinshipComplement(_ job: JobPhrase, nameStart: TokenIndex) -> Bool {
        // The tagger may take a first name for a genitive (`Мария Шукшина`), or a foreign first name for a
        // nominative (`Яна Абрамова`): the name's last word with a case (`Елизаветы II`) is the surer.
        guard view.lastCase(of: view.mentionOrToken(nameStart)) != .genitive else { return false }
        let before = view.tokens(before: job.tokens.lowerBound).prefix(4)
        guard let k = before.first(where: { k in
            !(view.pos(k) == .adjective || view.pos(k) == .determiner || view.features(k).verbForm == .participle)
        }) else { return false }
        guard lemma(k, is: .kinship), let kinCase = caseOf(k), let titleCase = view.headCase(of: job.tokens) else { return false }
        return kinCase != titleCase
    }
}
