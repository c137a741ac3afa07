import LetopisCore

/// A job title found in the text, with the organisation or country it is held in.
struct JobPhrase {
    /// Tokens of the title itself (`министр обороны`), without the place.
    var tokens: Range<Int>
    /// Canonical title (`министр иностранных дел` for `глава МИД`).
    var normal: String
    var sector: Sector
    /// The mention the job is held in (`МИД Сирии`, `России`), if any.
    var whereMention: Int?
    /// A country word that is not a mention (`САР`, `сирийского`), if any.
    var whereCountryToken: Int?
    var country: CountryCode?
    /// A complement naming the body the job is in when no mention does (`главу партии`, `глава государства`).
    var wherePhrase: Range<Int>?
    /// Last token the phrase covers, place included.
    var end: Int
}

/// A person's occupation as stated next to their name.
struct Occupation {
    var person: Int  // mention index
    var job: JobPhrase
    /// Found by `anaphoricTitles`: a bare title standing for a person named earlier.
    var anaphoric = false
}

/// Finds job titles next to person mentions and descriptive titles that stand alone.
///
/// Rules, in order:
/// - `title-before-name`: `министр обороны САР Мурхеф Абу Касра`, `президентом России Владимиром Путиным`;
///   the title may be followed by qualifiers (`президент Сирии на переходный период Ахмед аш-Шараа`).
/// - `title-after-name`: `Ахмед аш-Шараа, президент Сирии`, `X, занимающий пост Y`.
/// - `descriptor`: a title with no name (`Глава сирийского внешнеполитического ведомства сообщил`),
///   later matched to the actor holding that title.
struct OccupationExtractor {
    let gazetteer: CountryGazetteer

    /// Words that end a title phrase when walking through it.
    static let stopWords: Set<String> = ["и", "а", "но", "или", "что", "который", "где", "как", "когда", "не", "же", "это"]
    static let openingQuotes: Set<String> = ["«", "\"", "„", "“"]
    static let closingQuotes: Set<String> = ["»", "\"", "“", "”"]
    static let prepositions: Set<String> = ["в", "во", "на", "с", "со", "к", "ко", "по", "при", "от", "для", "у", "из", "за", "о", "об", "до", "после", "под", "над", "между"]
    /// Complements a title takes in the genitive: `министр обороны`, `министр иностранных дел`.
    static let maxComplement = 4

    func occupations(_ view: DocumentView) -> (occupations: [Occupation], descriptors: [JobPhrase]) {
        var result: [Occupation] = []
        var descriptors: [JobPhrase] = []
        var usedHeads = Set<Int>()
        let doc = view.document
        for (m, mention) in doc.mentions.enumerated() where mention.type == .person {
            let tokens = view.mentionTokens[m]
            guard !tokens.isEmpty else { continue }
            for job in titlesBefore(tokens.lowerBound, view) + introducedTitles(tokens.lowerBound, view) where !usedHeads.contains(job.tokens.lowerBound) {
                usedHeads.insert(job.tokens.lowerBound)
                result.append(Occupation(person: m, job: job))
            }
            for job in titlesAfter(tokens.upperBound, view) + titlesAfterComplement(m, view) where !usedHeads.contains(job.tokens.lowerBound) {
                usedHeads.insert(job.tokens.lowerBound)
                result.append(Occupation(person: m, job: job))
            }
        }
        for o in appointed(view) where !usedHeads.contains(o.job.tokens.lowerBound) {
            usedHeads.insert(o.job.tokens.lowerBound)
            result.append(o)
        }
        let takenByNames = usedHeads
        for occupation in titlesOverLists(view) where !takenByNames.contains(occupation.job.tokens.lowerBound) {
            result.append(occupation)
        }
        for o in result { usedHeads.insert(o.job.tokens.lowerBound) }
        // Descriptors: a title opening a sentence or clause with no name after it.
        for sentence in doc.sentences {
            var t = sentence.tokens.lowerBound
            while t < sentence.tokens.upperBound {
                defer { t += 1 }
                guard !usedHeads.contains(t), view.mentionIndex(t) < 0 else { continue }
                let opensClause = t == sentence.tokens.lowerBound || (t > 0 && view.isPunctuation(t - 1) && view.text(t - 1) == ",")
                guard opensClause, let job = title(at: t, view: view, limit: sentence.tokens.upperBound) else { continue }
                guard job.country != nil || job.whereMention != nil else { continue }
                let next = job.end + 1
                if next < view.tokenCount, view.mentionIndex(next) >= 0, doc.mentions[view.mentionIndex(next)].type == .person { continue }
                descriptors.append(job)
            }
        }
        result += anaphoricTitles(view, taken: usedHeads, named: result)
        return (result, descriptors)
    }

    /// Nominative against genitive: the one word is not in apposition to the other.
    static func casesClash(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        return (a == "Gen" && b == "Nom") || (a == "Nom" && b == "Gen")
    }

    /// Words between a plural title and the list of its holders: `среди которых`, `в том числе`, `как`, `например`.
    static let listOpeners: Set<String> = ["среди", "который", "в", "тот", "число", "как", "например", "а", "именно"]

    /// A relative named by kinship (`брат Лиам`, `жена Кэрри`) is seldom whom a later bare title stands for.
    static let kinship: Set<String> = ["дочь", "сын", "мать", "отец", "жена", "муж", "брат", "сестра", "вдова", "внук", "внучка", "супруга", "супруг"]

    static func canBeAntecedent(_ m: Int, _ view: DocumentView) -> Bool {
        let first = view.mentionTokens[m].lowerBound
        return !(first > 0 && kinship.contains(view.lemma(first - 1)))
    }

    /// Titles too vague to stand for a person without a complement: `глава` (a chapter), `член`, `папа` (a father).
    static let vagueAlone: Set<String> = ["глава", "член", "представитель", "сотрудник", "папа", "модель", "исполнитель",
                                          "защитник", "ведущий", "военный", "агент", "деятель", "руководитель", "заместитель",
                                          "помощник", "секретарь", "председатель", "начальник", "управляющий", "капитан", "граф"]
    /// Prepositions opening a qualifier of time or place after a title (`в 1988—1998 годах`, `с 2015 года`).
    static let qualifierPrepositions: Set<String> = ["в", "во", "с", "со", "до", "от", "по"]
    /// Possessive words: a title they own is not the person the text is about (`её доктор`, `свой адвокат`).
    static let possessives: Set<String> = ["его", "ее", "их", "свой", "мой", "твой", "наш", "ваш"]
    /// Words before a title that make it nobody in particular: `выборы президента`, `кандидат в президенты`.
    static let genericContext: Set<String> = ["выборы", "выбор", "кандидат", "кандидатура", "институт", "роль"]
    /// How many sentences back a bare title looks for the person it stands for.
    static let anaphoraSentences = 1
    /// How far back a bare title looks for a person the text already gave that very title.
    static let roleAnaphoraSentences = 3

    /// `61-летняя певица сообщила`, `премьер был переведён`: a title with no name beside it stands for
    /// a person named before it — the latest actor already given that title, else the nearest person
    /// named in the last few sentences whose gender fits the title.
    func anaphoricTitles(_ view: DocumentView, taken: Set<Int>, named: [Occupation]) -> [Occupation] {
        let doc = view.document
        var rolesOfActor: [Int: Set<String>] = [:]
        for o in named { if let a = doc.mentions[o.person].entity { rolesOfActor[a, default: []].insert(o.job.normal) } }
        var personMentions: [Int] = []  // in text order
        for (m, mention) in doc.mentions.enumerated() where mention.type == .person && !view.mentionTokens[m].isEmpty {
            personMentions.append(m)
        }
        var out: [Occupation] = []
        var t = 0
        while t < view.tokenCount {
            defer { t += 1 }
            guard !taken.contains(t), view.mentionIndex(t) < 0, view.startsTitle(t) else { continue }
            let sentence = view.sentenceTokens(of: t)
            guard let job = title(at: t, view: view, limit: sentence.upperBound, allowPlural: true) else { continue }
            let plural = view.feature(t, "Number") == "Plur"
            let head = view.lemma(t)
            if Self.vagueAlone.contains(head) && job.tokens.count == 1 && job.whereMention == nil && job.country == nil { continue }
            if head == "папа" && !view.isCapitalised(t) { continue }
            if t > sentence.lowerBound, Self.genericContext.contains(view.lemma(t - 1)) { continue }
            if precedesName(job.end + 1, view) { continue }
            // `позвонить адвокату`, `передано коронеру`: a title in the dative is mostly someone new.
            if view.feature(t, "Case") == "Dat" { continue }
            // `её доктор`, `его адвокат`, `наш тренер`: a title owned by someone is someone else's doctor or lawyer.
            // (`назначил его послом` is a predicate, in the instrumental: the pronoun is the holder.)
            if view.feature(t, "Case") != "Ins", let owner = (max(sentence.lowerBound, t - 2)..<t).last(where: { !(view.pos($0) == "ADJ") }),
               Self.possessives.contains(EntityText.fold(view.text(owner))) || Self.possessives.contains(view.lemma(owner)) { continue }
            // `назначил руководителем службы ...`: the title is given to whom the verb governs, not to an earlier name.
            if (max(sentence.lowerBound, t - 3)..<t).contains(where: { Self.appointments.contains(view.lemma($0)) && view.feature($0, "VerbForm") != "Part" }) { continue }
            // A title in the instrumental is predicated of the person the text is about (`стал генералом,
            // работал министром`), who may have been named a few sentences before.
            let predicative = view.feature(t, "Case") == "Ins"
            let firstSentence = max(0, view.sentenceIndex(t) - (predicative ? Self.anaphoraSentences + 1 : Self.anaphoraSentences))
            // `Режиссёром картины станет лауреат фестиваля Оксана Карас`, `пост директора занимал Раис Ханнанов`:
            // a copula after the title names its holder after it.
            if let m = Self.holderAfterCopula(job, view) {
                out.append(Occupation(person: m, job: job, anaphoric: true))
                // `Операторами выступили Михаил Агранович и Михаил Хасая`: a plural title covers the coordinated names.
                if view.feature(t, "Number") == "Plur" {
                    var u = view.mentionTokens[m].upperBound
                    while u + 1 < sentence.upperBound, view.lemma(u) == "и" || view.text(u) == ",",
                          view.mentionIndex(u + 1) >= 0, doc.mentions[view.mentionIndex(u + 1)].type == .person {
                        let next = view.mentionIndex(u + 1)
                        out.append(Occupation(person: next, job: job, anaphoric: true))
                        u = view.mentionTokens[next].upperBound
                    }
                }
                t = job.end
                continue
            }
            // Otherwise a plural title names a group, not a person named before.
            if plural { continue }
            let earlier = personMentions.filter { view.mentionTokens[$0].upperBound <= t }
            guard !earlier.isEmpty else { continue }
            let feminineTitle = view.feature(t, "Gender") == "Fem"
            func fits(_ m: Int) -> Bool {
                guard feminineTitle else { return true }
                return view.mentionTokens[m].contains { view.feature($0, "Gender") == "Fem" }
            }
            var chosen: Int?
            // The latest actor the text has already given this title.
            let recent = earlier.filter { view.sentenceIndex(view.mentionTokens[$0].lowerBound) >= firstSentence }
            let roleWindow = max(0, view.sentenceIndex(t) - Self.roleAnaphoraSentences)
            let sameRoleCandidates = earlier.filter { view.sentenceIndex(view.mentionTokens[$0].lowerBound) >= roleWindow }
            if let m = sameRoleCandidates.last(where: { m in
                guard let a = doc.mentions[m].entity, rolesOfActor[a]?.contains(job.normal) == true else { return false }
                return job.country == nil || doc.actors.indices.contains(a) == false || doc.actors[a].country == nil
                    || doc.actors[a].country == job.country?.rawValue
            }) {
                chosen = m
            } else if let m = recent.last(where: { Self.canBeAntecedent($0, view) }), fits(m) {
                chosen = m
            }
            guard let m = chosen else { continue }
            // A genitive title is mostly someone else's relative or possession (`дочь капитана`,
            // `резиденция премьера`) unless its person was named in the sentence just before.
            let ofPost = t > sentence.lowerBound && ["пост", "должность"].contains(view.lemma(t - 1))
            if !ofPost, view.feature(t, "Case") == "Gen", view.sentenceIndex(t) - view.sentenceIndex(view.mentionTokens[m].lowerBound) != 1 { continue }
            out.append(Occupation(person: m, job: job, anaphoric: true))
            t = job.end
        }
        return out
    }

    /// The person named after a copula that follows a title in the instrumental or after `пост`:
    /// `Операторами выступили Михаил Агранович`, `пост генерального директора занимал Раис Ханнанов`.
    static func holderAfterCopula(_ job: JobPhrase, _ view: DocumentView) -> Int? {
        let t = job.tokens.lowerBound
        let sentence = view.sentenceTokens(of: t)
        let ofPost = t > sentence.lowerBound && ["пост", "должность"].contains(view.lemma(t - 1))
        guard view.feature(t, "Case") == "Ins" || ofPost else { return nil }
        var u = job.end + 1
        var sawCopula = false
        while u < sentence.upperBound && u <= job.end + 12 {
            let lemma = view.lemma(u)
            if ["стать", "становиться", "выступить", "выступать", "быть", "являться", "оказаться", "занимать", "занять"].contains(lemma)
                || (appointments.contains(lemma) && view.feature(u, "VerbForm") == "Part") {
                sawCopula = true
            } else if sawCopula, view.mentionIndex(u) >= 0 {
                let m = view.mentionIndex(u)
                guard view.document.mentions[m].type == .person else { return nil }
                // `стал близкий друг В.Лукашенко экс-пограничник Вадим Зайцев`: a genitive name is a complement.
                if view.feature(u, "Case") == "Gen" {
                    u = view.mentionTokens[m].upperBound
                    continue
                }
                return m
            } else if view.isPunctuation(u) && !openingQuotes.contains(view.text(u)) && !closingQuotes.contains(view.text(u)) {
                return nil
            }
            u += 1
        }
        return nil
    }

    /// Titles in the stretch before a name: the phrase must run up to the name.
    func titlesBefore(_ nameStart: Int, _ view: DocumentView) -> [JobPhrase] {
        let sentence = view.sentenceTokens(of: nameStart)
        let ownMention = view.mentionIndex(nameStart)
        let nameCase = (ownMention >= 0 ? view.mentionTokens[ownMention] : nameStart..<(nameStart + 1))
            .reversed().lazy.compactMap { view.feature($0, "Case") }.first
        var start = nameStart
        // Walk left over words that can belong to a title phrase.
        while start > sentence.lowerBound {
            let t = start - 1
            // `Глава «Металлоинвеста» Андрей Варичев`: a quoted name in the place slot is part of the title phrase.
            // `пресс-секретаря Фонда борьбы с коррупцией (ФБК) Киру Ярмыш`: a bracketed aside inside the title phrase.
            if view.text(t) == ")" {
                var open = t - 1
                while open > sentence.lowerBound && t - open <= 8 && view.text(open) != "(" { open -= 1 }
                if view.text(open) == "(" && open > sentence.lowerBound {
                    start = open
                    continue
                }
            }
            if view.isPunctuation(t) && (Self.closingQuotes.contains(view.text(t)) || Self.openingQuotes.contains(view.text(t))) {
                // Jump over the whole quoted name: it may hold verbs (`радиостанции «Говорит Москва»`).
                var open = t - 1
                while open > sentence.lowerBound && !Self.openingQuotes.contains(view.text(open)) { open -= 1 }
                // The opening quote must be in this sentence: `«Глава» Иван` may open the document or the sentence.
                start = sentence.contains(open) && Self.openingQuotes.contains(view.text(open)) && t - open <= 8 ? open : t
                continue
            }
            // `федеральный адвокат — Сабрина Шрофф`, `пианист — лауреат премии Grammy Даниил Трифонов`: a dash after
            // a title, before the name or an apposition to it.
            if ["—", "–"].contains(view.text(t)), t - 1 >= sentence.lowerBound, view.startsTitle(t - 1) {
                start = t
                continue
            }
            let lemma = view.lemma(t)
            // Coordinated titles share the name (`сценарист и кинорежиссер Александр Новопашин`,
            // `депутат собрания района, сопредседатель движения Михаил Вельмакин`), not a title and
            // another word (`Премьер-министр и мисс Саймондс`); the title before the conjunction may have
            // its place (`президент Египта и бывший лидер ...`).
            let titleBefore = (max(sentence.lowerBound, t - 6)..<t).contains { view.startsTitle($0) }
            let joinsTitles = (lemma == "и" || view.text(t) == ",") && t - 1 >= sentence.lowerBound && titleBefore
                && (view.startsTitle(t + 1)
                    || (view.pos(t + 1) == "ADJ" && t + 2 < nameStart && view.startsTitle(t + 2)))
            // `Министр связи и коммуникаций РФ`: coordinated complements inside one title.
            let joinsComplements = lemma == "и" && titleBefore && t + 1 < nameStart
                && view.feature(t - 1, "Case") == "Gen" && view.feature(t + 1, "Case") == "Gen"
            if view.isPunctuation(t) && !joinsTitles { break }
            let m = view.mentionIndex(t)
            if m >= 0 && view.document.mentions[m].type == .person {
                // `Адвокат Александра Кокорина Андрей Ромашов`: a name in the genitive is the title's complement.
                // The name's last word with a case is the surer (`Билла Клинтона`: `Билла` may be read otherwise).
                let mt = view.mentionTokens[m]
                let mentionCase = mt.reversed().lazy.compactMap { view.feature($0, "Case") }.first
                guard mentionCase == "Gen", nameCase != "Gen" else { break }
                start = mt.lowerBound
                continue
            }
            if !joinsTitles && !joinsComplements {
                if Self.stopWords.contains(lemma) { break }
                if let pos = view.pos(t), pos == "VERB" || pos == "AUX" || pos == "SCONJ" || pos == "CCONJ" { break }
            }
            start = t
            if nameStart - start > 12 { break }
        }
        var jobs: [JobPhrase] = []
        var t = start
        while t < nameStart {
            if let job = title(at: t, view: view, limit: nameStart) {
                jobs.append(job)
                t = job.end + 1
            } else {
                t += 1
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
        if let first = jobs.first, Self.isKinshipComplement(first, nameStart: nameStart, view) {
            let complementCase = view.headCase(of: first.tokens)
            jobs = Array(jobs.drop { view.headCase(of: $0.tokens) == complementCase })
        }
        // `пресс-секретарю экс-президента США Билла Клинтона Джо Локхарту`: a name visibly in the genitive after a
        // title in another case is the title's complement, whatever place the title has.
        let nameMention = view.mentionIndex(nameStart)
        let nameTokens = nameMention >= 0 ? view.mentionTokens[nameMention] : nameStart..<(nameStart + 1)
        let lastCased = nameTokens.reversed().first { view.feature($0, "Case") != nil }
        let visiblyGenitive = lastCased.map { view.feature($0, "Case") == "Gen" && ["а", "я"].contains(view.text($0).last.map(String.init) ?? "") } ?? false
        if visiblyGenitive {
            jobs = jobs.flatMap { job -> [JobPhrase] in
                guard let head = view.headCase(of: job.tokens), ["Nom", "Dat", "Ins", "Loc"].contains(head) else { return [job] }
                // The genitive title inside it is the name's: `пресс-секретарю экс-президента США` → `экс-президента США`.
                let nested = (job.tokens.lowerBound + 1..<job.tokens.upperBound).first { view.startsTitle($0) && view.feature($0, "Case") == "Gen" }
                return nested.flatMap { title(at: $0, view: view, limit: nameStart) }.map { [$0] } ?? []
            }
        }
        return jobs.filter { job in
            job.whereMention != nil || job.tokens.count > 1 || !Self.casesClash(view.headCase(of: job.tokens), view.feature(nameStart, "Case"))
        }
    }

    /// `Как автор-исполнитель, Визбор подарил ...`, `Будучи министром, Иванов ...`: a clause opening the
    /// sentence with `как` or `будучи` and a title, then a comma and the name: the title is the name's.
    func introducedTitles(_ nameStart: Int, _ view: DocumentView) -> [JobPhrase] {
        let sentence = view.sentenceTokens(of: nameStart)
        let opener = sentence.lowerBound
        guard nameStart - opener >= 3, view.text(nameStart - 1) == ",",
              Self.titleIntroducers.contains(view.lemma(opener)),
              let job = title(at: opener + 1, view: view, limit: nameStart - 1, allowPlural: false),
              job.end == nameStart - 2 else { return [] }
        return [job]
    }

    static let titleIntroducers: Set<String> = ["как", "будучи"]

    /// Whether the title opening a phrase before a name follows a kinship noun, with at most adjectives between,
    /// in a case other than the kinship noun's, while the name is not in the genitive.
    /// Participles count as adjectives (`дочь действующего президента`).
    static func isKinshipComplement(_ job: JobPhrase, nameStart: Int, _ view: DocumentView) -> Bool {
        // The tagger may take a first name for a genitive (`Мария Шукшина`), or a foreign first name for a
        // nominative (`Яна Абрамова`): the name's last word with a case (`Елизаветы II`) is the surer.
        let m = view.mentionIndex(nameStart)
        let nameTokens = m >= 0 ? view.mentionTokens[m] : nameStart..<(nameStart + 1)
        let nameCase = nameTokens.reversed().lazy.compactMap { view.feature($0, "Case") }.first
        guard nameCase != "Gen" else { return false }
        let sentence = view.sentenceTokens(of: nameStart)
        var k = job.tokens.lowerBound - 1
        while k >= sentence.lowerBound, k > job.tokens.lowerBound - 4,
              ["ADJ", "DET"].contains(view.pos(k) ?? "") || view.feature(k, "VerbForm") == "Part" { k -= 1 }
        guard k >= sentence.lowerBound, kinship.contains(view.lemma(k)) else { return false }
        guard let kinCase = view.feature(k, "Case"), let titleCase = view.headCase(of: job.tokens) else { return false }
        return kinCase != titleCase
    }

    /// Verbs that give someone a post: `назначил X руководителем`, `X назначен послом`.
    static let appointments: Set<String> = ["назначить", "назначать", "избрать", "избирать", "утвердить", "утверждать", "переназначить"]

    /// `Премьер-министр назначил руководителем службы Ивана Муравьева`, `назначил Ивана Муравьева руководителем`:
    /// the person an active appointment verb governs takes the title in the instrumental.
    func appointed(_ view: DocumentView) -> [Occupation] {
        var out: [Occupation] = []
        let doc = view.document
        for t in 0..<view.tokenCount where Self.appointments.contains(view.lemma(t)) && view.feature(t, "VerbForm") != "Part" {
            let sentence = view.sentenceTokens(of: t)
            var person: Int?
            var job: JobPhrase?
            var u = t + 1
            while u < sentence.upperBound && u <= t + 12 && (person == nil || job == nil) {
                let m = view.mentionIndex(u)
                if m >= 0, doc.mentions[m].type == .person, view.mentionTokens[m].lowerBound == u {
                    guard person == nil, view.feature(u, "Case") == "Acc" || view.feature(u, "Case") == "Gen" else { break }
                    person = m
                    u = view.mentionTokens[m].upperBound
                    continue
                }
                if job == nil, view.feature(u, "Case") == "Ins", view.startsTitle(u),
                   let j = title(at: u, view: view, limit: sentence.upperBound) {
                    job = j
                    u = j.end + 1
                    continue
                }
                if view.isPunctuation(u) && !Self.openingQuotes.contains(view.text(u)) && !Self.closingQuotes.contains(view.text(u)) { break }
                u += 1
            }
            if let person, let job { out.append(Occupation(person: person, job: job)) }
        }
        return out
    }

    /// Verbs that predicate a title of their subject: `X стал кардиналом`, `X является спикером`.
    static let copulas: Set<String> = ["стать", "становиться", "быть", "являться", "назначить", "назначать", "избрать", "избирать", "работать", "служить", "остаться", "оставаться", "занимать"]

    /// `, президент Сирии`, `— полковник ГРУ`, `(второй тренер)`, `, занимающий пост президента` right after a name,
    /// with titles coordinated to it (`— политик и лидер партии`); or a predicate: `X стал кардиналом`,
    /// `X был назначен епископом`.
    func titlesAfter(_ nameEnd: Int, _ view: DocumentView) -> [JobPhrase] {
        guard nameEnd < view.tokenCount else { return [] }
        let sentence = view.sentenceTokens(of: nameEnd)
        if ![",", "—", "–", "-", "("].contains(view.text(nameEnd)) {
            // title-predicate: a copula within a few words, then a title in the instrumental.
            var t = nameEnd
            var sawCopula = false
            while t < sentence.upperBound && t < nameEnd + 5 && !view.isPunctuation(t) {
                // `Медведев назначил руководителем ...`: an active appointment names someone else.
                if Self.appointments.contains(view.lemma(t)) && view.feature(t, "VerbForm") != "Part" { return [] }
                // `X занимает должность руководителя совета`: the post's title is X's.
                if view.lemma(t) == "занимать", t + 2 < sentence.upperBound, ["пост", "должность"].contains(view.lemma(t + 1)) {
                    return title(at: t + 2, view: view, limit: sentence.upperBound).map { [$0] } ?? []
                }
                if Self.copulas.contains(view.lemma(t)) { sawCopula = true }
                else if sawCopula, view.startsTitle(t), view.feature(t, "Case") == "Ins" {
                    return title(at: t, view: view, limit: sentence.upperBound).map { [$0] } ?? []
                }
                if view.mentionIndex(t) >= 0 { return [] }
                t += 1
            }
            return []
        }
        var t = nameEnd + 1
        if t + 1 < sentence.upperBound, ["занимать", "занимающий", "занимавший"].contains(view.lemma(t)),
           ["пост", "должность"].contains(view.lemma(t + 1)) {
            t += 2
        }
        // `, брюссельского профессионального дизайнера`, `— бывший заместитель министра`: adjectives before the title.
        var skipped = 0
        while skipped < 3, t + 1 < sentence.upperBound, view.pos(t) == "ADJ", !view.startsTitle(t),
              view.mentionIndex(t) < 0 {
            t += 1
            skipped += 1
        }
        var jobs: [JobPhrase] = []
        while t < sentence.upperBound, let job = title(at: t, view: view, limit: sentence.upperBound) {
            // `X, футболисту Лукасу Скаглии`: a title right before another name is that name's,
            // and so are the titles coordinated with it (`X, продюсер и актер Игорь Жижикин`).
            if precedesName(job.end + 1, view) { return [] }
            jobs.append(job)
            // `— политик и лидер партии`: coordinated titles describe the same person.
            t = job.end + 1
            // `премьер Госсовета в 1988—1998 годах, председатель ...`: a qualifier of time or place between them.
            if t < sentence.upperBound, Self.qualifierPrepositions.contains(view.lemma(t)) {
                var k = t + 1
                while k < sentence.upperBound, k - t <= 8, view.text(k) != ",", !["VERB", "AUX"].contains(view.pos(k) ?? ""),
                      view.mentionIndex(k) < 0 || view.document.mentions[view.mentionIndex(k)].type != .person { k += 1 }
                if k < sentence.upperBound, k - t <= 8, view.text(k) == "," { t = k }
            }
            guard t + 1 < sentence.upperBound, view.lemma(t) == "и" || view.text(t) == "," else { break }
            t += 1
        }
        return jobs
    }

    /// `Ли Пэн, соратник Цзян Цзэминя, премьер Государственного совета`: after an apposition whose genitive
    /// complement is another name, titles in the first name's case (not the genitive) are the first name's.
    func titlesAfterComplement(_ m: Int, _ view: DocumentView) -> [JobPhrase] {
        let doc = view.document
        let nameEnd = view.mentionTokens[m].upperBound
        guard nameEnd + 2 < view.tokenCount, view.text(nameEnd) == ",", view.pos(nameEnd + 1) == "NOUN",
              !view.startsTitle(nameEnd + 1) else { return [] }
        let other = view.mentionIndex(nameEnd + 2)
        guard other >= 0, doc.mentions[other].type == .person, view.mentionTokens[other].lowerBound == nameEnd + 2 else { return [] }
        let ownCase = view.mentionTokens[m].reversed().lazy.compactMap { view.feature($0, "Case") }.first
        let otherTokens = view.mentionTokens[other]
        guard let ownCase, ownCase != "Gen", view.feature(nameEnd + 1, "Case") == ownCase,
              otherTokens.reversed().lazy.compactMap({ view.feature($0, "Case") }).first == "Gen",
              otherTokens.upperBound < view.tokenCount, view.text(otherTokens.upperBound) == "," else { return [] }
        return titlesAfter(otherTokens.upperBound, view).filter { view.headCase(of: $0.tokens) == ownCase }
    }

    /// Whether token `t` (after closing quotes) opens a person's name.
    func precedesName(_ t: Int, _ view: DocumentView) -> Bool {
        var t = t
        while t < view.tokenCount, view.isPunctuation(t), ["»", "\"", "“", "”", "—", "–"].contains(view.text(t)) { t += 1 }
        guard t < view.tokenCount else { return false }
        let m = view.mentionIndex(t)
        return m >= 0 && view.document.mentions[m].type == .person && view.mentionTokens[m].lowerBound == t
    }

    /// `музыканты Юрий Царёв, Алексей Борисов и Павел Шевелёв`, `экс-президентов: Альберто Фухимори (...), ...`:
    /// a title in the plural before a list of names is each one's.
    func titlesOverLists(_ view: DocumentView) -> [Occupation] {
        var out: [Occupation] = []
        let doc = view.document
        for sentence in doc.sentences {
            var t = sentence.tokens.lowerBound
            while t < sentence.tokens.upperBound {
                defer { t += 1 }
                guard view.mentionIndex(t) < 0, view.startsTitle(t),
                      let job = title(at: t, view: view, limit: sentence.tokens.upperBound, allowPlural: true),
                      view.feature(t, "Number") == "Plur" else { continue }
                var u = job.end + 1
                // `писатели и критики`: a second plural title coordinated with the first is theirs too.
                var jobs = [job]
                if u + 1 < sentence.tokens.upperBound, view.lemma(u) == "и", view.mentionIndex(u + 1) < 0,
                   let second = title(at: u + 1, view: view, limit: sentence.tokens.upperBound, allowPlural: true),
                   view.feature(u + 1, "Number") == "Plur" {
                    jobs.append(second)
                    u = second.end + 1
                }
                // `писатели и критики, среди которых — ...`, `музыкантов как ...`, `: ...`
                var connectors = 0
                var commasOnly = true
                while u < sentence.tokens.upperBound, connectors < 5, view.mentionIndex(u) < 0,
                      Self.listOpeners.contains(view.lemma(u)) || [":", "—", "–", "-", ","].contains(view.text(u)) {
                    if view.text(u) != "," { commasOnly = false }
                    u += 1
                    connectors += 1
                }
                // `По словам прокуроров, Чжан оказалась ...`: a bare comma ends the title's clause; the name opens the next.
                if connectors > 0 && commasOnly { continue }
                // `Адвокаты Кристенсена`: a name in the genitive right after the title is its complement, not its holder
                // (a genitive title before a nominative name is the name's: `один из лучших боксёров Анджело Роттоли`).
                if connectors == 0, u < sentence.tokens.upperBound,
                   view.headCase(of: job.tokens) == "Nom", view.feature(u, "Case") == "Gen" { continue }
                var names: [Int] = []
                while u < sentence.tokens.upperBound {
                    let m = view.mentionIndex(u)
                    guard m >= 0, doc.mentions[m].type == .person, view.mentionTokens[m].lowerBound == u else { break }
                    names.append(m)
                    u = view.mentionTokens[m].upperBound
                    // `Михаил Павлов из Москвы, ...`: where each comes from.
                    if u + 1 < sentence.tokens.upperBound, view.lemma(u) == "из", view.mentionIndex(u + 1) >= 0,
                       doc.mentions[view.mentionIndex(u + 1)].type != .person {
                        u = view.mentionTokens[view.mentionIndex(u + 1)].upperBound
                    }
                    // A bracketed aside after a name (`(проект «Метро»)`, `(1990—2000 годы)`).
                    if u < sentence.tokens.upperBound, view.text(u) == "(" {
                        var depth = 0
                        while u < sentence.tokens.upperBound {
                            if view.text(u) == "(" { depth += 1 } else if view.text(u) == ")" { depth -= 1 }
                            u += 1
                            if depth == 0 { break }
                        }
                    }
                    guard u < sentence.tokens.upperBound, view.text(u) == "," || view.lemma(u) == "и" else { break }
                    u += 1
                }
                guard !names.isEmpty else { continue }
                for m in names { for j in jobs { out.append(Occupation(person: m, job: j)) } }
                t = jobs.last?.end ?? t
            }
        }
        return out
    }

    /// A title starting exactly at token `t`, with its complement and place, not past `limit`.
    func title(at t: Int, view: DocumentView, limit: Int, allowPlural: Bool = false) -> JobPhrase? {
        guard t < limit, view.mentionIndex(t) < 0 || view.document.mentions[view.mentionIndex(t)].type != .person else { return nil }
        guard let candidates = view.titleCandidates(t) else { return nil }
        // `Совета при Президенте РФ`, `Администрация президента`: a title inside an organisation's name is part of it.
        if view.mentionIndex(t) >= 0, view.mentionTokens[view.mentionIndex(t)].lowerBound < t { return nil }
        // `кандидат в президенты`, `баллотироваться в депутаты`: a post sought, not held.
        if t > 0, ["в", "во"].contains(view.lemma(t - 1)) { return nil }
        var headEnd = -1
        var sector = Sector.other
        for c in candidates {
            let n = c.words.count
            guard t + n <= limit else { continue }
            if (0..<n).allSatisfy({ view.lemma(t + $0) == c.words[$0] }) {
                headEnd = t + n
                sector = c.sector
                break
            }
        }
        guard headEnd > 0 else { return nil }
        // One person holds a title in the singular: `представители Госдумы` names a group.
        if !allowPlural, view.feature(headEnd - 1, "Number") == "Plur" { return nil }
        // Ranks and titles joined by a hyphen-less apposition stay separate titles.
        var jobEnd = headEnd
        var whereMention: Int?
        var countryToken: Int?
        var country: CountryCode?
        var complementLemmas: [String] = []
        var u = headEnd
        var complements = 0
        var topicEnd = headEnd
        while u < limit && complements <= Self.maxComplement {
            // An opening quote before a name in the place slot (`партии «Яблоко»`) is part of the phrase.
            if view.isPunctuation(u), u + 1 < limit, Self.openingQuotes.contains(view.text(u)), view.mentionIndex(u + 1) >= 0,
               view.document.mentions[view.mentionIndex(u + 1)].type != .person {
                u += 1
                continue
            }
            // Punctuation and numbers end a title (`глава ведомства 7 декабря` — the tagger calls `7` an adjective).
            if view.isPunctuation(u) || view.document.tokens[u].kind == .number { break }
            let m = view.mentionIndex(u)
            if m >= 0 {
                let mention = view.document.mentions[m]
                if mention.type == .person { break }
                whereMention = m
                let mt = view.mentionTokens[m]
                for k in mt { if let c = gazetteer.lookup(lemma: view.lemma(k)) ?? gazetteer.lookup(surface: view.text(k)) { country = c.code; break } }
                if country == nil { country = gazetteer.lookup(surface: view.document.text(of: mention.range))?.code }
                complementLemmas.append(contentsOf: mt.map { view.lemma($0) })
                u = mt.upperBound
                break
            }
            let lemma = view.lemma(u)
            if let c = gazetteer.lookup(surface: view.text(u)) ?? gazetteer.lookup(lemma: lemma),
               c.evidence != .capital {
                country = c.code
                countryToken = u
                u += 1
                // A country adjective sits inside the title (`сирийского внешнеполитического ведомства`).
                if c.evidence == .adjective { continue }
                break
            }
            // Another title begins — unless it is a genitive complement (`заместитель начальника`, `помощник госсекретаря`).
            if view.startsTitle(u) && view.feature(u, "Case") != "Gen" { break }
            // `министр связи и коммуникаций`, `этнологии и антропологии`: coordinated genitive complements.
            if lemma == "и", complements > 0, u + 1 < limit, view.feature(u + 1, "Case") == "Gen",
               view.pos(u + 1) == "NOUN" || view.pos(u + 1) == "ADJ" {
                u += 1
                continue
            }
            // `министр по делам разведки`, `директор по стратегии`: a `по` complement right after the head.
            // It says what the job is about, never where it is held.
            if lemma == "по", complements == 0, u == headEnd, u + 1 < limit, view.pos(u + 1) == "NOUN", view.mentionIndex(u + 1) < 0 {
                complementLemmas.append(view.lemma(u + 1))
                complements += 1
                u += 2
                jobEnd = u
                while u < limit, view.mentionIndex(u) < 0, !view.isPunctuation(u), view.feature(u, "Case") == "Gen",
                      view.pos(u) == "NOUN" || view.pos(u) == "ADJ" {
                    complementLemmas.append(view.lemma(u))
                    u += 1
                }
                topicEnd = u
                jobEnd = u
                continue
            }
            // `лидер французского крайне правого Национального фронта`: an adverb grading the adjective after it.
            if view.pos(u) == "ADV", u + 1 < limit, view.pos(u + 1) == "ADJ", view.feature(u + 1, "Case") == "Gen" {
                u += 1
                continue
            }
            if Self.stopWords.contains(lemma) || Self.prepositions.contains(lemma) { break }
            if let pos = view.pos(u) {
                guard ["NOUN", "ADJ", "PROPN"].contains(pos) else { break }
                // Complements of a title are genitive: `министр обороны`, not `министр приехал`.
                if let c = view.feature(u, "Case"), c != "Gen" { break }
            } else if view.isCapitalised(u) && !Self.isAbbreviation(view.text(u)) {
                break  // a capitalised word with no mention is likely the name itself
            }
            complementLemmas.append(lemma)
            complements += 1
            u += 1
            jobEnd = u
        }
        // `британский премьер`, `российского президента`: a country adjective just before the title is its place.
        if whereMention == nil && countryToken == nil {
            var b = t - 1
            let sentenceStart = view.sentenceTokens(of: t).lowerBound
            while b >= sentenceStart && b >= t - 2 && !view.isPunctuation(b) {
                if let c = gazetteer.lookup(lemma: view.lemma(b)), c.evidence == .adjective {
                    country = c.code
                    countryToken = b
                    break
                }
                guard view.pos(b) == "ADJ" else { break }
                b -= 1
            }
        }
        // `главу партии`, `капитан команды`: a complement that names a kind of body stands for it.
        var wherePhrase: Range<Int>?
        if whereMention == nil && countryToken == nil,
           let k = (topicEnd..<jobEnd).first(where: { Self.bodyKinds.contains(view.lemma($0)) }) {
            wherePhrase = k..<jobEnd
        }
        let jobTokens = t..<jobEnd
        let titleLemmas = jobTokens.map { view.lemma($0) }.filter { token in
            gazetteer.lookup(lemma: token)?.evidence != .adjective
        }
        let key = titleLemmas.joined(separator: " ")
        var normal = JobLexicon.canonical[key] ?? ""
        if normal.isEmpty, let wm = whereMention, let firstOfWhere = view.mentionTokens[wm].first {
            normal = JobLexicon.canonical[key + " " + view.lemma(firstOfWhere)] ?? ""
        }
        if normal.isEmpty {
            // Head in the nominative, complements as written (they are genitive either way).
            let head = (t..<headEnd).map { view.lemma($0) }
            let rest = (headEnd..<jobEnd).filter { $0 != countryToken }.map { view.text($0) }
            normal = (head + rest).joined(separator: " ")
        }
        for l in complementLemmas { if let s = JobLexicon.sectorByComplement[l] { sector = s; break } }
        if let s = JobLexicon.sectorByComplement[key] { sector = s }
        return JobPhrase(tokens: jobTokens, normal: normal, sector: sector, whereMention: whereMention,
                         whereCountryToken: countryToken, country: country, wherePhrase: wherePhrase, end: max(jobEnd, u) - 1)
    }

    /// Nouns that name a kind of organisation; as a title's complement they are its place.
    static let bodyKinds: Set<String> = MentionMerger.bodies.union([
        "партия", "государство", "страна", "компания", "корпорация", "концерн", "холдинг", "банк", "фонд", "команда", "сборная",
        "клуб", "отдел", "департамент", "управление", "служба", "ведомство", "комитет", "комиссия", "совет", "движение",
        "организация", "центр", "институт", "университет", "академия", "театр", "музей", "редакция", "агентство",
        "издание", "газета", "журнал", "телеканал", "канал", "радиостанция", "федерация", "союз", "ассоциация", "объединение",
        "фракция", "палата", "суд", "регион", "область", "край", "республика", "город", "округ", "район", "епархия", "церковь",
        "группа", "коллектив", "оркестр", "труппа", "штаб", "полк", "дивизия", "флот", "экспедиция", "экипаж", "завод", "предприятие",
    ])

    static func isAbbreviation(_ s: String) -> Bool {
        s.count >= 2 && s.count <= 6 && s == s.uppercased() && s.contains { $0.isLetter }
    }
}
