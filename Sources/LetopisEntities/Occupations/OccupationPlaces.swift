import LetopisCore

extension OccupationFacts {
    /// A title stated without its place (`президентом Виктором Януковичем`) takes the place
    /// the document gives the same person elsewhere, or the mention of the person's country;
    /// a state office (`Премьер-министр Михаил Фрадков`) else the country the text last named before it,
    /// or the first it names after.
    /// Facts in `heldInState` (`глава государства`) take a country only.
    mutating func fillMissingPlaces(in document: Document) {
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

    /// Each actor's distinct titles with their places, in order of first statement: the per-actor view
    /// of the per-mention facts (`президент Виктор Янукович` four times is one role).
    func collectRoles(_ document: inout Document) {
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

}
