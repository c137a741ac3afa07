import LetopisCore

/// The country and sector of actors that are not people: `МИД Сирии` and `российский МИД` are Syria's and
/// Russia's; `Москва` stands in Russia; `агентство SANA` is media.
struct ActorCountries {
    let gazetteer: CountryGazetteer

    /// How far before an organisation's mention a country adjective may stand (`сирийское ... агентство SANA`).
    static let adjectiveReach = 5

    /// Organisations named with their country (`МИД Сирии`, `российский МИД`): a country word of a mention ends
    /// the search; a country adjective a few words before a mention in its sentence (`сирийское ... агентство
    /// SANA`) holds unless a later mention names a country.
    func organisationsNamingCountries(_ document: inout Document, _ view: TokenView) {
        for (a, actor) in document.actors.enumerated() where actor.country == nil && actor.type == .organization {
            for m in actor.mentions {
                let tokens = view.tokens(of: MentionIndex(m))
                if let code = countryWord(in: tokens, view) {
                    document.actors[a].country = code.rawValue
                    break
                }
                if let code = countryAdjective(before: tokens, view) { document.actors[a].country = code.rawValue }
            }
        }
    }

    private func countryWord(in tokens: Range<TokenIndex>, _ view: TokenView) -> CountryCode? {
        for t in tokens {
            if let c = gazetteer.lookup(lemma: view.lemma(t)) ?? gazetteer.lookup(surface: view.text(t)), c.evidence != .capital {
                return c.code
            }
        }
        return nil
    }

    private func countryAdjective(before tokens: Range<TokenIndex>, _ view: TokenView) -> CountryCode? {
        guard let first = tokens.first else { return nil }
        for t in view.tokens(before: first).prefix(Self.adjectiveReach) {
            guard !view.isPunctuation(t) else { break }
            if let c = gazetteer.lookup(lemma: view.lemma(t)), c.evidence == .adjective { return c.code }
        }
        return nil
    }

    /// A city stands in its country (`Москва` → RU), the dateline's place too; `МИД Сирии` tagged as two mentions:
    /// the organisation takes the country of the place in the genitive that follows it.
    func placesAndTheirCountries(_ document: inout Document, _ view: TokenView) {
        for (a, actor) in document.actors.enumerated() where actor.country == nil {
            for m in actor.mentions {
                let normal = m < document.mentions.count ? document.mentions[m].normal ?? "" : ""
                if actor.type == .location, let c = gazetteer.lookup(lemma: actor.name) ?? gazetteer.lookup(lemma: normal) {
                    document.actors[a].country = c.code.rawValue
                    break
                }
                if actor.type == .organization, let c = countryOfFollowingPlace(view.tokens(of: MentionIndex(m)), document, view) {
                    document.actors[a].country = c
                    break
                }
            }
        }
    }

    private func countryOfFollowingPlace(_ tokens: Range<TokenIndex>, _ document: Document, _ view: TokenView) -> String? {
        guard let last = tokens.last, let after = view.peek(tokens.upperBound, within: last),
              let next = view.mention(at: after, ofType: .location), view.features(after).case == .genitive,
              let e = view.mention(next)?.entity, e < document.actors.count else { return nil }
        return document.actors[e].country
    }

    /// Organisations take a sector from their names or the kind word before them (`агентство SANA`).
    func assignSectors(_ document: inout Document, _ view: TokenView) {
        for (a, actor) in document.actors.enumerated() where actor.type == .organization && actor.sector == nil {
            for m in actor.mentions {
                let tokens = view.tokens(of: MentionIndex(m))
                guard let first = tokens.first else { continue }
                let kind = OccupationFacts.kindWord(before: first, view).map { view.lemma($0) }
                if let s = OrganizationSector.of(nameLemmas: tokens.filter { !view.isPunctuation($0) }.map { view.lemma($0) }, kindBefore: kind) {
                    document.actors[a].sector = s.rawValue
                    break
                }
            }
        }
    }
}
