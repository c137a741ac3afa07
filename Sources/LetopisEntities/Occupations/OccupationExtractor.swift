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
    /// Last token the phrase covers, place included.
    var end: Int
}

/// A person's occupation as stated next to their name.
struct Occupation {
    var person: Int  // mention index
    var job: JobPhrase
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
            for job in titlesBefore(tokens.lowerBound, view) where !usedHeads.contains(job.tokens.lowerBound) {
                usedHeads.insert(job.tokens.lowerBound)
                result.append(Occupation(person: m, job: job))
            }
            if let job = titleAfter(tokens.upperBound, view), !usedHeads.contains(job.tokens.lowerBound) {
                usedHeads.insert(job.tokens.lowerBound)
                result.append(Occupation(person: m, job: job))
            }
        }
        // Descriptors: a title opening a sentence or clause with no name after it.
        for sentence in doc.sentences {
            var t = sentence.tokens.lowerBound
            while t < sentence.tokens.upperBound {
                defer { t += 1 }
                guard !usedHeads.contains(t), view.mentionOfToken[t] < 0 else { continue }
                let opensClause = t == sentence.tokens.lowerBound || (t > 0 && view.isPunctuation(t - 1) && view.text(t - 1) == ",")
                guard opensClause, let job = title(at: t, view: view, limit: sentence.tokens.upperBound) else { continue }
                guard job.country != nil || job.whereMention != nil else { continue }
                let next = job.end + 1
                if next < view.tokenCount, view.mentionOfToken[next] >= 0, doc.mentions[view.mentionOfToken[next]].type == .person { continue }
                descriptors.append(job)
                usedHeads.insert(t)
            }
        }
        return (result, descriptors)
    }

    /// Titles in the stretch before a name: the phrase must run up to the name.
    func titlesBefore(_ nameStart: Int, _ view: DocumentView) -> [JobPhrase] {
        let sentence = view.sentenceTokens(of: nameStart)
        var start = nameStart
        // Walk left over words that can belong to a title phrase.
        while start > sentence.lowerBound {
            let t = start - 1
            if view.isPunctuation(t) && !(view.text(t) == "," && t - 1 >= sentence.lowerBound && JobLexicon.byFirstWord[view.lemma(t - 1)] != nil) { break }
            let m = view.mentionOfToken[t]
            if m >= 0 && view.document.mentions[m].type == .person { break }
            let lemma = view.lemma(t)
            // Coordinated titles share the name (`сценарист и кинорежиссер Александр Новопашин`).
            let joinsTitles = (lemma == "и" || view.text(t) == ",") && t - 1 >= sentence.lowerBound
                && JobLexicon.byFirstWord[view.lemma(t - 1)] != nil
            if !joinsTitles {
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
        // Only titles whose phrase reaches the name (qualifiers allowed): no other head after them but titles.
        return jobs
    }

    /// Verbs that predicate a title of their subject: `X стал кардиналом`, `X является спикером`.
    static let copulas: Set<String> = ["стать", "становиться", "быть", "являться", "назначить", "назначать", "избрать", "избирать", "работать", "служить", "остаться", "оставаться", "занимать"]

    /// `, президент Сирии`, `— полковник ГРУ`, `, занимающий пост президента` right after a name;
    /// or a predicate: `X стал кардиналом`, `X был назначен епископом`.
    func titleAfter(_ nameEnd: Int, _ view: DocumentView) -> JobPhrase? {
        guard nameEnd < view.tokenCount else { return nil }
        let sentence = view.sentenceTokens(of: nameEnd)
        if ![",", "—", "–", "-"].contains(view.text(nameEnd)) {
            // title-predicate: a copula within a few words, then a title in the instrumental.
            var t = nameEnd
            var sawCopula = false
            while t < sentence.upperBound && t < nameEnd + 5 && !view.isPunctuation(t) {
                if Self.copulas.contains(view.lemma(t)) { sawCopula = true }
                else if sawCopula, JobLexicon.byFirstWord[view.lemma(t)] != nil, view.feature(t, "Case") == "Ins" {
                    return title(at: t, view: view, limit: sentence.upperBound)
                }
                if view.mentionOfToken[t] >= 0 { return nil }
                t += 1
            }
            return nil
        }
        var t = nameEnd + 1
        if t + 1 < sentence.upperBound, ["занимать", "занимающий", "занимавший"].contains(view.lemma(t)),
           ["пост", "должность"].contains(view.lemma(t + 1)) {
            t += 2
        }
        guard t < sentence.upperBound else { return nil }
        return title(at: t, view: view, limit: sentence.upperBound)
    }

    /// A title starting exactly at token `t`, with its complement and place, not past `limit`.
    func title(at t: Int, view: DocumentView, limit: Int) -> JobPhrase? {
        guard t < limit, view.mentionOfToken[t] < 0 || view.document.mentions[view.mentionOfToken[t]].type != .person else { return nil }
        let first = view.lemma(t)
        guard let candidates = JobLexicon.byFirstWord[first] else { return nil }
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
        if view.feature(headEnd - 1, "Number") == "Plur" { return nil }
        // Ranks and titles joined by a hyphen-less apposition stay separate titles.
        var jobEnd = headEnd
        var whereMention: Int?
        var countryToken: Int?
        var country: CountryCode?
        var complementLemmas: [String] = []
        var u = headEnd
        var complements = 0
        while u < limit && complements <= Self.maxComplement {
            // An opening quote before a name in the place slot (`партии «Яблоко»`) is part of the phrase.
            if view.isPunctuation(u), u + 1 < limit, Self.openingQuotes.contains(view.text(u)), view.mentionOfToken[u + 1] >= 0,
               view.document.mentions[view.mentionOfToken[u + 1]].type != .person {
                u += 1
                continue
            }
            // Punctuation and numbers end a title (`глава ведомства 7 декабря` — the tagger calls `7` an adjective).
            if view.isPunctuation(u) || view.document.tokens[u].kind == .number { break }
            let m = view.mentionOfToken[u]
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
            if JobLexicon.byFirstWord[lemma] != nil && view.feature(u, "Case") != "Gen" { break }
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
                         whereCountryToken: countryToken, country: country, end: max(jobEnd, u) - 1)
    }

    static func isAbbreviation(_ s: String) -> Bool {
        s.count >= 2 && s.count <= 6 && s == s.uppercased() && s.contains { $0.isLetter }
    }
}
