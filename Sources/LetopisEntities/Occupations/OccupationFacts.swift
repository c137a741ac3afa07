import LetopisCore

/// Occupations as facts: each with its place (a mention, a country, a named body), the rule that found it,
/// and what it gives the holder's actor (role, sector, country, roles, descriptors).
struct OccupationFacts {
    let gazetteer: CountryGazetteer
    let view: TokenView
    var facts: [Fact] = []
    var sectors: [Sector] = []
    /// Facts whose title is held in a state (`глава государства`): they take a country only.
    var heldInState: Set<Int> = []

    init(gazetteer: CountryGazetteer, view: TokenView) {
        self.gazetteer = gazetteer
        self.view = view
    }

    /// Sectors whose titles are held in a state: `премьер-министр`, `сенатор`, `посол`.
    static let stateSectors: Set<Sector> = [.government, .legislative, .diplomatic, .military, .judicial, .police]

    mutating func add(_ occupations: [Occupation], to document: inout Document) {
        for occupation in occupations {
            // `Томас Шефер (Thomas Schäfer), министр финансов`: a title found for an aside in brackets is the name's before it.
            var holder = occupation.person.rawValue
            if holder > 0, holder < document.mentions.count, document.mentions[holder - 1].type == .person,
               CoreferenceResolver.isBracketedAside(document.mentions[holder].range, after: document.mentions[holder - 1].range, in: document) {
                holder -= 1
            }
            guard holder >= 0, holder < document.mentions.count else { continue }
            let mention = document.mentions[holder]
            let job = occupation.job
            let place = self.place(of: job, document)
            sectors.append(job.sector)
            var fact = Fact(who: FactPart(mention.range, normal: mention.normal), job: FactPart(view.span(of: job.tokens), normal: job.normal),
                            where: place)
            fact.rule = occupation.rule
            fact.score = occupation.score
            facts.append(fact)
            if let a = mention.entity, a < document.actors.count { giveRole(job, to: a, &document) }
        }
    }

    /// The place a title is held in, as a fact part; nil for a state's body (`глава государства`, which
    /// ``fillMissingPlaces(in:)`` gives the country the text names) or when the title has none.
    private mutating func place(of job: JobPhrase, _ document: Document) -> FactPart? {
        if let w = job.whereMention, let m = view.mention(w) {
            return FactPart(m.range, normal: document.mentions.indices.contains(w.rawValue) ? document.mentions[w.rawValue].normal : m.normal)
        }
        if let c = job.whereCountryToken, let code = job.country, let r = view.range(c) {
            // An adjective (`российский президент`) is a place only through its country: the country's
            // nearest mention by name stands for it when the text has one.
            if let m = nearestCountryMention(code, to: r.start, in: document), let actor = document.mentions[m].entity,
               actor < document.actors.count {
                return FactPart(document.mentions[m].range, normal: document.actors[actor].name)
            }
            return FactPart(r, normal: gazetteer.name(of: code) ?? document.text(of: r))
        }
        guard let p = job.wherePhrase, let first = p.first else { return nil }
        let kind = view.lemma(first)
        if EntityLexicons.shared.is(kind, .stateBody) {
            heldInState.insert(facts.count)
            return nil
        }
        if let m = namedBody(kind, near: job.tokens.lowerBound, document) {
            let name = document.mentions[m].entity.flatMap { $0 < document.actors.count ? document.actors[$0].name : nil } ?? document.mentions[m].normal
            return FactPart(document.mentions[m].range, normal: name)
        }
        let r = view.span(of: p)
        return FactPart(r, normal: document.text(of: r))
    }

    /// The holder's role (a later civil title replaces a military rank), sector and country.
    private func giveRole(_ job: JobPhrase, to a: Int, _ document: inout Document) {
        if document.actors[a].role == nil || isRank(document.actors[a].role) && !isRank(job.normal) {
            document.actors[a].role = job.normal
            document.actors[a].sector = job.sector.rawValue
        }
        if document.actors[a].country == nil, let code = countryOfPlace(job, in: document) {
            document.actors[a].country = code.rawValue
        }
    }

    /// The word before a mention that says what kind of body it is (`агентство SANA`, `партии «Яблоко»`), in its sentence.
    static func kindWord(before first: TokenIndex, _ view: TokenView) -> TokenIndex? {
        guard var before = view.peek(first - 1, within: first) else { return nil }
        if view.isPunctuation(before), OccupationExtractor.openingQuotes.contains(view.text(before)) {
            guard let b = view.peek(before - 1, within: first) else { return nil }
            before = b
        }
        return view.isPunctuation(before) ? nil : before
    }

    /// `главу партии` after `партия «Яблоко»`, `главы республики` after `Чеченской республики`: the body a
    /// title's complement names is the nearest organisation or place whose name has that word, or follows it
    /// (`партии «Яблоко»` tagged as `Яблоко`). The nearest before the title wins; else the first after it.
    func namedBody(_ kind: String, near t: TokenIndex, _ document: Document) -> Int? {
        var before: Int?
        var after: Int?
        for (m, mention) in document.mentions.enumerated() where mention.type != .person {
            let tokens = view.tokens(of: MentionIndex(m))
            guard let first = tokens.first else { continue }
            var named = tokens.contains { view.lemma($0) == kind }
            // Only a name may follow its kind word: `сборной США` is a team, not the United States.
            if !named, mention.type == .organization, let k = Self.kindWord(before: first, view) { named = view.lemma(k) == kind }
            guard named else { continue }
            if tokens.upperBound <= t { before = m } else if after == nil, tokens.lowerBound > t { after = m }
        }
        return before ?? after
    }

    /// The mention by name of a country's actor nearest to a text position.
    private func nearestCountryMention(_ code: CountryCode, to position: Int, in document: Document) -> Int? {
        var best: Int?
        var bestDistance = Int.max
        for (m, mention) in document.mentions.enumerated() where mention.type == .location {
            guard let a = mention.entity, a < document.actors.count, document.actors[a].country == code.rawValue,
                  gazetteer.lookup(surface: document.actors[a].name)?.code == code,
                  gazetteer.lookup(surface: document.text(of: mention.range)) != nil || gazetteer.lookup(lemma: mention.normal ?? "") != nil
            else { continue }
            let distance = abs(mention.range.start - position)
            if distance < bestDistance { best = m; bestDistance = distance }
        }
        return best
    }

    /// Descriptors join the actor who holds that title in that country.
    func attach(_ descriptors: [JobPhrase], to document: inout Document) {
        for d in descriptors {
            let holder = document.actors.indices.last { a in
                let actor = document.actors[a]
                return actor.type == .person && actor.role == d.normal && (d.country == nil || actor.country == d.country?.rawValue)
            }
            if let holder { document.actors[holder].descriptors.append(view.span(of: d.tokens.lowerBound..<d.end)) }
        }
    }

    private func isRank(_ role: String?) -> Bool {
        guard let role else { return false }
        let lexicon = EntityLexicons.shared
        return lexicon.words(.rankPrefix).contains { role.hasPrefix($0) } || lexicon.is(role, .rank)
    }

    private func countryOfPlace(_ job: JobPhrase, in document: Document) -> CountryCode? {
        if let c = job.country { return c }
        if let w = job.whereMention, let a = view.mention(w)?.entity, a < document.actors.count, let c = document.actors[a].country {
            return CountryCode(rawValue: c)
        }
        return nil
    }
}
