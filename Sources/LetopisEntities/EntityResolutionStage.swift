import Foundation
import LetopisCore

/// Pipeline stage: normalises mentions, groups them into actors, resolves
/// countries and extracts occupations.
///
/// Requires tokens, sentences and entities (NER mentions); uses lemmas and
/// per-token morphology when present. Produces `normalised`, `actors`, `facts`.
public struct EntityResolutionStage: Stage {
    public var name: String { "entities.rules.v1" }
    public var requires: Set<Layer> { [.tokens, .sentences, .entities] }
    public var produces: Set<Layer> { [.normalised, .actors, .facts] }

    public let normalizer: any MentionNormalizing
    public let gazetteer: CountryGazetteer

    public init(normalizer: any MentionNormalizing = SurfaceNormalizer(), gazetteer: CountryGazetteer = .shared) {
        self.normalizer = normalizer
        self.gazetteer = gazetteer
    }

    public func process(_ document: inout Document) throws {
        document.mentions.sort { $0.range < $1.range }
        // The dateline's place is a place, whatever the tagger made of its capitals.
        if let place = document.dateline?.placeRange {
            for m in document.mentions.indices where place.contains(document.mentions[m].range) { document.mentions[m].type = .location }
        }
        let titles = TitleLookups(tokenCount: document.tokens.count)
        MentionMerger(gazetteer: gazetteer).merge(&document, titles: titles)
        let view = DocumentView(document, titles: titles)
        var normals: [String] = []
        normals.reserveCapacity(document.mentions.count)
        for (m, mention) in document.mentions.enumerated() {
            var n = normalizer.normalize(mention, tokens: view.mentionTokens[m], in: document)
            if let d = document.dateline, d.placeRange == mention.range { n = d.place }
            normals.append(n)
            document.mentions[m].normal = n
        }
        CoreferenceResolver(gazetteer: gazetteer).resolve(&document, normals: normals)
        let names = PersonNameParser(classify: normalizer.nameClass(of:))
        for a in document.actors.indices where document.actors[a].type == .person {
            document.actors[a].person = names.parse(document.actors[a].name)
        }
        let (occupations, descriptors) = OccupationExtractor(gazetteer: gazetteer).occupations(DocumentView(document, titles: titles))

        var facts: [Fact] = []
        var sectors: [Sector] = []
        var heldInState: Set<Int> = []
        for occupation in occupations {
            // `Томас Шефер (Thomas Schäfer), министр финансов`: a title found for an aside in brackets is the name's before it.
            var holder = occupation.person
            if holder > 0, document.mentions[holder - 1].type == .person,
               CoreferenceResolver.isBracketedAside(document.mentions[holder].range, after: document.mentions[holder - 1].range, in: document) {
                holder -= 1
            }
            let mention = document.mentions[holder]
            let job = occupation.job
            var wherePart: FactPart?
            if let w = job.whereMention {
                wherePart = FactPart(document.mentions[w].range, normal: document.mentions[w].normal)
            } else if let c = job.whereCountryToken, let code = job.country {
                let r = document.tokens[c].range
                // An adjective (`российский президент`) is a place only through its country: the country's
                // nearest mention by name stands for it when the text has one.
                if let m = nearestCountryMention(code, to: r.start, in: document), let actor = document.mentions[m].entity,
                   actor < document.actors.count {
                    wherePart = FactPart(document.mentions[m].range, normal: document.actors[actor].name)
                } else {
                    wherePart = FactPart(r, normal: gazetteer.name(of: code) ?? document.text(of: r))
                }
            } else if let p = job.wherePhrase {
                let kind = view.lemma(p.lowerBound)
                if Self.stateBodies.contains(kind) {
                    // `глава государства`: the state is a country the text names; `fillMissingPlaces` finds it.
                    heldInState.insert(facts.count)
                } else if let m = namedBody(kind, near: job.tokens.lowerBound, view) {
                    let name = document.mentions[m].entity.map { document.actors[$0].name } ?? document.mentions[m].normal
                    wherePart = FactPart(document.mentions[m].range, normal: name)
                } else {
                    wherePart = FactPart(view.range(of: p), normal: document.text(of: view.range(of: p)))
                }
            }
            sectors.append(job.sector)
            facts.append(Fact(who: FactPart(mention.range, normal: mention.normal),
                              job: FactPart(view.range(of: job.tokens), normal: job.normal), where: wherePart))
            if let a = mention.entity {
                if document.actors[a].role == nil || isRank(document.actors[a].role) && !isRank(job.normal) {
                    document.actors[a].role = job.normal
                    document.actors[a].sector = job.sector.rawValue
                }
                if document.actors[a].country == nil, let code = countryOfPlace(job, in: document) {
                    document.actors[a].country = code.rawValue
                }
            }
        }
        // Organisations named with their country (`МИД Сирии`, `российский МИД`).
        for (a, actor) in document.actors.enumerated() where actor.country == nil && actor.type == .organization {
            for m in actor.mentions {
                for t in view.mentionTokens[m] {
                    if let c = gazetteer.lookup(lemma: view.lemma(t)) ?? gazetteer.lookup(surface: view.text(t)), c.evidence != .capital {
                        document.actors[a].country = c.code.rawValue
                        break
                    }
                }
                if document.actors[a].country != nil { break }
                // `сирийское ... агентство SANA`: a country adjective just before the mention.
                if let first = view.mentionTokens[m].first {
                    var t = first - 1
                    var steps = 0
                    while t >= 0, steps < 5, !view.isPunctuation(t) {
                        if let c = gazetteer.lookup(lemma: view.lemma(t)), c.evidence == .adjective {
                            document.actors[a].country = c.code.rawValue
                            break
                        }
                        t -= 1
                        steps += 1
                    }
                }
            }
        }
        for (a, actor) in document.actors.enumerated() where actor.country == nil {
            for m in actor.mentions {
                let tokens = view.mentionTokens[m]
                // A city stands in its country (`Москва` → RU); the dateline's place too.
                if actor.type == .location, let c = gazetteer.lookup(lemma: actor.name) ?? gazetteer.lookup(lemma: normals[m]) {
                    document.actors[a].country = c.code.rawValue
                    break
                }
                // `МИД Сирии` tagged as two mentions: the organisation takes the country that follows it.
                if actor.type == .organization, tokens.upperBound < view.tokenCount {
                    let next = view.mentionIndex(tokens.upperBound)
                    if next >= 0, document.mentions[next].type == .location, view.feature(tokens.upperBound, "Case") == "Gen",
                       let e = document.mentions[next].entity, let c = document.actors[e].country {
                        document.actors[a].country = c
                        break
                    }
                }
            }
        }
        // Organisations take a sector from their names or the kind word before them (`агентство SANA`).
        for (a, actor) in document.actors.enumerated() where actor.type == .organization && actor.sector == nil {
            for m in actor.mentions {
                let tokens = view.mentionTokens[m]
                var before = tokens.lowerBound - 1
                if before >= 0, view.isPunctuation(before), OccupationExtractor.openingQuotes.contains(view.text(before)) { before -= 1 }
                let kind = before >= 0 && !view.isPunctuation(before) ? view.lemma(before) : nil
                if let s = OrganizationSector.of(nameLemmas: tokens.filter { !view.isPunctuation($0) }.map { view.lemma($0) }, kindBefore: kind) {
                    document.actors[a].sector = s.rawValue
                    break
                }
            }
        }
        // Descriptors join the actor who holds that title in that country.
        for d in descriptors {
            let holder = document.actors.indices.last { a in
                let actor = document.actors[a]
                return actor.type == .person && actor.role == d.normal
                    && (d.country == nil || actor.country == d.country?.rawValue)
            }
            if let holder { document.actors[holder].descriptors.append(view.range(of: d.tokens.lowerBound..<(d.end + 1))) }
        }
        fillMissingPlaces(&facts, sectors: sectors, heldInState: heldInState, in: document)
        document.facts = facts
        collectRoles(&document, sectors: sectors)
        document.layers.formUnion(produces)
    }

    /// Complements that stand for a state: `глава государства`, `премьер-министр страны`.
    static let stateBodies: Set<String> = ["государство", "страна"]

    /// `главу партии` after `партия «Яблоко»`, `главы республики` after `Чеченской республики`: the body a
    /// title's complement names is the nearest organisation or place whose name has that word, or follows it
    /// (`партии «Яблоко»` tagged as `Яблоко`). The nearest before the title wins; else the first after it.
    func namedBody(_ kind: String, near t: Int, _ view: DocumentView) -> Int? {
        var before: Int?
        var after: Int?
        for (m, mention) in view.document.mentions.enumerated() where mention.type != .person {
            let tokens = view.mentionTokens[m]
            guard !tokens.isEmpty else { continue }
            var named = tokens.contains { view.lemma($0) == kind }
            // Only a name may follow its kind word: `сборной США` is a team, not the United States.
            if !named, mention.type == .organization {
                var b = tokens.lowerBound - 1
                if b >= 0, view.isPunctuation(b), OccupationExtractor.openingQuotes.contains(view.text(b)) { b -= 1 }
                named = b >= 0 && view.lemma(b) == kind
            }
            guard named else { continue }
            if tokens.upperBound <= t { before = m } else if after == nil, tokens.lowerBound > t { after = m }
        }
        return before ?? after
    }

    /// Each actor's distinct titles with their places, in order of first statement: the per-actor view
    /// of the per-mention facts (`президент Виктор Янукович` four times is one role).
    private func collectRoles(_ document: inout Document, sectors: [Sector]) {
        var index: [Int: [String: Int]] = [:]  // actor → "title|place" → role index
        // The first mention at each range, found once rather than by a scan for every fact.
        let mentionAt = Dictionary(document.mentions.enumerated().map { ($1.range, $0) }, uniquingKeysWith: { first, _ in first })
        for (i, fact) in document.facts.enumerated() {
            guard let a = mentionAt[fact.who.range].flatMap({ document.mentions[$0].entity }) else { continue }
            let title = fact.job.normal ?? document.text(of: fact.job.range)
            // The place as its actor is named (`САР` → `Сирия`); a title held in a state's body and in the state
            // (`глава МИД Сирии`, `министр иностранных дел Сирии`) is one role, named by the body.
            let placeActor = fact.where.flatMap { w in mentionAt[w.range].flatMap { document.mentions[$0].entity } }
            let place = placeActor.map { document.actors[$0].name } ?? fact.where.map { $0.normal ?? document.text(of: $0.range) }
            let country = placeActor.flatMap { document.actors[$0].country }
            let key = title + "|" + (country.map { "country:" + $0 } ?? place ?? "")
            if let r = index[a]?[key] {
                document.actors[a].roles[r].facts.append(i)
                if let p = placeActor, document.actors[p].type == .organization { document.actors[a].roles[r].place = place }
            } else {
                index[a, default: [:]][key] = document.actors[a].roles.count
                document.actors[a].roles.append(ActorRole(title: title, place: place, country: country, sector: sectors[i].rawValue, facts: [i]))
            }
        }
    }

    /// The mention by name of a country's actor nearest to a text position.
    private func nearestCountryMention(_ code: CountryCode, to position: Int, in document: Document) -> Int? {
        var best: Int?
        var bestDistance = Int.max
        for (m, mention) in document.mentions.enumerated() where mention.type == .location {
            guard let a = mention.entity, document.actors[a].country == code.rawValue,
                  gazetteer.lookup(surface: document.actors[a].name)?.code == code,
                  gazetteer.lookup(surface: document.text(of: mention.range)) != nil || gazetteer.lookup(lemma: mention.normal ?? "") != nil
            else { continue }
            let distance = abs(mention.range.start - position)
            if distance < bestDistance { best = m; bestDistance = distance }
        }
        return best
    }

    /// Sectors whose titles are held in a state: `премьер-министр`, `сенатор`, `посол`.
    static let stateSectors: Set<Sector> = [.government, .legislative, .diplomatic, .military, .judicial, .police]

    /// A title stated without its place (`президентом Виктором Януковичем`) takes the place
    /// the document gives the same person elsewhere, or the mention of the person's country;
    /// a state office (`Премьер-министр Михаил Фрадков`) else the country the text last named before it,
    /// or the first it names after.
    /// Facts in `heldInState` (`глава государства`) take a country only.
    private func fillMissingPlaces(_ facts: inout [Fact], sectors: [Sector], heldInState: Set<Int>, in document: Document) {
        func actor(of f: Fact) -> Int? {
            document.mentions.first { $0.range == f.who.range }?.entity
        }
        var placeOfActor: [Int: FactPart] = [:]
        var placeOfActorsTitle: [String: FactPart] = [:]
        for f in facts {
            guard let a = actor(of: f), let w = f.where else { continue }
            if placeOfActor[a] == nil { placeOfActor[a] = w }
            let key = "\(a) \(f.job.normal ?? "")"
            if placeOfActorsTitle[key] == nil { placeOfActorsTitle[key] = w }
        }
        // Mentions of countries by name, in text order.
        let countryMentions: [Int] = document.mentions.indices.filter { m in
            guard document.mentions[m].type == .location, let a = document.mentions[m].entity else { return false }
            let actor = document.actors[a]
            return actor.country != nil && gazetteer.lookup(surface: actor.name)?.code.rawValue == actor.country
        }
        for i in facts.indices where facts[i].where == nil {
            guard let a = actor(of: facts[i]) else { continue }
            // The same title held elsewhere in the text; for a title held in a state, another title's place only
            // when it is a place (`министр по делам разведки, глава Комиссии по атомной энергии` is a minister
            // of the state, `губернатор`, `глава Свердловской области` a governor of the region).
            let sameTitle = placeOfActorsTitle["\(a) \(facts[i].job.normal ?? "")"]
            let stateTitle = Self.stateSectors.contains(sectors[i]) || heldInState.contains(i)
            let otherPlace = placeOfActor[a].flatMap { w in
                !stateTitle || document.mentions.contains { $0.range == w.range && $0.type == .location } ? w : nil
            }
            if let w = sameTitle ?? otherPlace,
               !heldInState.contains(i) || countryMentions.contains(where: { document.mentions[$0].range == w.range }) {
                facts[i].where = w
            } else if let code = document.actors[a].country,
                      let country = document.actors.first(where: { $0.type == .location && $0.country == code && gazetteer.lookup(surface: $0.name)?.code.rawValue == code }),
                      let m = country.mentions.first {
                facts[i].where = FactPart(document.mentions[m].range, normal: country.name)
            } else if Self.stateSectors.contains(sectors[i]) || heldInState.contains(i) {
                let at = facts[i].job.range.start
                let m = countryMentions.last { document.mentions[$0].range.end <= at } ?? countryMentions.first
                guard let m else { continue }
                let name = document.mentions[m].entity.map { document.actors[$0].name } ?? document.mentions[m].normal
                facts[i].where = FactPart(document.mentions[m].range, normal: name)
            }
        }
    }

    private func isRank(_ role: String?) -> Bool {
        guard let role else { return false }
        return role.hasPrefix("генерал") || role.hasPrefix("адмирал") || role.hasPrefix("маршал") || role == "полковник"
    }

    private func countryOfPlace(_ job: JobPhrase, in document: Document) -> CountryCode? {
        if let c = job.country { return c }
        if let w = job.whereMention, let a = document.mentions[w].entity, let c = document.actors[a].country {
            return CountryCode(rawValue: c)
        }
        return nil
    }
}
