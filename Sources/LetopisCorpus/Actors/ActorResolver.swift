/// Gathers document actors into corpus actors, conservatively (rules and reasons in `Docs/corpus.md`).
///
/// People are grouped by surname (particles aside), then kept apart by any conflict of evidence: different
/// given names or patronymics, different countries. An initial (`В. Путин`) joins the one full name it fits;
/// a surname alone (`Путин`) joins a full name only when the set holds exactly one candidate for it.
/// Organisations and places join by normalised name, and through an abbreviation only where one document
/// names both as one actor and the abbreviation is the full name's acronym; different countries keep them apart.
struct ActorResolver {
    let records: [DocumentRecord]
    /// Names of one organisation that only data can link (`Силы обороны Украины` = `ВСУ`).
    var aliases: ActorAliases = .shared
    /// The people named in full in the records' period (a store's month), when it is wider than the records:
    /// a surname alone is then read against them (``PeriodPeople``). Nil: the records are the period.
    var period: PeriodPeople?

    struct Item {
        var ref: DocumentActorRef
        var actor: DocumentRecord.Actor
    }

    final class Cluster {
        var members: [Item] = []
        var reasons: [DocumentActorRef: String] = [:]
        var first: String?
        var patronymic: String?
        var country: String?
        /// A name that fits several people gathered here unresolved (`surname Иванов alone fits 2 people`).
        var ambiguous = false
        /// The period's one person of the surname, for a cluster of surnames alone whose block names no one in full.
        var periodCandidate: PeriodPeople.Candidate?
        init() {}
    }

    func resolve() -> ActorResolution {
        var persons: [String: [Item]] = [:]
        var others: [String: [Item]] = [:]   // by type
        for r in records {
            for a in r.actors {
                let item = Item(ref: DocumentActorRef(document: r.id, actor: a.index), actor: a)
                if a.type == "PER" {
                    persons[surnameKey(a), default: []].append(item)
                } else {
                    others[a.type, default: []].append(item)
                }
            }
        }
        // A surname left in the genitive (`Йоава Галланта`) joins its nominative's group when a full name there has
        // the same given name: decided from the groups as read, so the order of documents does not matter.
        var genitiveNotes: [DocumentActorRef: String] = [:]
        var moves: [(from: String, to: String, refs: Set<DocumentActorRef>)] = []
        // So does a surname the lemmatiser gave a fleeting vowel (`Олафа Шольца` → `Шолец`) join `Шольц`, by the same
        // evidence.
        for key in persons.keys.sorted() {
            guard let items = persons[key] else { continue }
            let found = NameKey.undeclinedBases(key).lazy.compactMap { base in persons[base].map { (base, $0) } }.first
            guard let (base, nominative) = found else { continue }
            let genitive = NameKey.genitiveBase(key) == base
            let given = Set(nominative.compactMap { parts($0.actor).first }.filter { !NameKey.isInitial($0) }.map(NameKey.spelling))
            let nominativeName = nominative.map { parts($0.actor).last }.min() ?? base
            let readAs = genitive ? "the genitive of \(nominativeName)" : "\(nominativeName), less the fleeting vowel the lemmatiser put in"
            var moved = Set<DocumentActorRef>()
            // A bare `Галланта` is the genitive of the one `Галлант` of the corpus when it can be nothing else: the
            // nominative is no Russian surname with a feminine in `-а` (`Петров`/`Петрова`), the corpus has one
            // person of that surname, and no report gives the `-а` form a given name of its own.
            let bareJoins = given.count == 1 && !NameKey.hasFeminineInA(base)
                && items.allSatisfy { item in parts(item.actor).first.map { NameKey.isInitial($0) || given.contains(NameKey.spelling($0)) } ?? true }
            for item in items {
                if let f = parts(item.actor).first, !NameKey.isInitial(f), given.contains(NameKey.spelling(f)) {
                    moved.insert(item.ref)
                    genitiveNotes[item.ref] = "surname \(parts(item.actor).last) read as \(readAs) (same given name \(f))"
                } else if parts(item.actor).first == nil, bareJoins {
                    moved.insert(item.ref)
                    genitiveNotes[item.ref] = "surname \(parts(item.actor).last) alone read as \(readAs) (one person of that surname\(genitive ? ", no feminine in -а" : ""))"
                }
            }
            if !moved.isEmpty { moves.append((key, base, moved)) }
        }
        for move in moves {
            let items = persons[move.from] ?? []
            persons[move.to, default: []].append(contentsOf: items.filter { move.refs.contains($0.ref) })
            let rest = items.filter { !move.refs.contains($0.ref) }
            persons[move.from] = rest.isEmpty ? nil : rest
        }
        var clusters: [(type: String, cluster: Cluster)] = []
        for key in persons.keys.sorted() {
            guard let items = persons[key] else { continue }
            for c in resolvePeople(items.sorted { $0.ref < $1.ref }, periodCandidates: period.map { $0.candidates(surname: key) }) {
                for (ref, note) in genitiveNotes where c.reasons[ref] != nil { c.reasons[ref] = note + "; " + (c.reasons[ref] ?? "") }
                clusters.append(("PER", c))
            }
        }
        for type in others.keys.sorted() {
            guard let items = others[type] else { continue }
            for c in resolveByName(items.sorted { $0.ref < $1.ref }) { clusters.append((type, c)) }
        }
        return finish(clusters)
    }

    // MARK: People

    func parts(_ a: DocumentRecord.Actor) -> (first: String?, patronymic: String?, last: String) {
        if let p = a.person, let last = p.last, !last.isEmpty { return (p.first, p.patronymic, last) }
        let words = a.name.split(separator: " ").map(String.init)
        guard let last = words.last else { return (nil, nil, a.name) }
        return (words.count >= 2 ? words[0] : nil, words.count >= 3 ? words[1] : nil, last)
    }

    /// People are grouped by surname up to spelling (`Галлант`, `Галант`: ``NameKey/spelling(_:)``).
    func surnameKey(_ a: DocumentRecord.Actor) -> String {
        NameKey.spelling(NameKey.surname(parts(a).last, particles: a.person?.particles ?? []))
    }

    /// - Parameter periodCandidates: the people of this surname named in full in the period, when the period is
    ///   wider than the items (see ``period``).
    func resolvePeople(_ given: [Item], periodCandidates: [PeriodPeople.Candidate]? = nil) -> [Cluster] {
        // A country is evidence, and one report against many is not: `Дональд Трамп` tagged RU in one post while
        // three or more say US is taken as of unknown country (the report's context lent it), not a second person.
        var items = given
        var notes: [DocumentActorRef: String] = [:]
        var countryDocuments: [String: [String: Set<String>]] = [:]   // given name → country → documents
        for item in items {
            guard let f = parts(item.actor).first, !NameKey.isInitial(f), let k = item.actor.country else { continue }
            countryDocuments[NameKey.spelling(f), default: [:]][k, default: []].insert(item.ref.document)
        }
        for i in items.indices {
            guard let f = parts(items[i].actor).first, let k = items[i].actor.country,
                  let counts = countryDocuments[NameKey.spelling(f)], counts[k]?.count == 1,
                  let top = counts.max(by: { a, b in a.value.count != b.value.count ? a.value.count < b.value.count : a.key > b.key }),
                  top.key != k, top.value.count >= 3 else { continue }
            items[i].actor.country = nil
            notes[items[i].ref] = "country \(k) from one report against \(top.value.count) for \(top.key), taken as unknown"
        }
        let clusters = clusterPeople(items, periodCandidates: periodCandidates)
        for c in clusters {
            for (ref, note) in notes where c.reasons[ref] != nil { c.reasons[ref] = note + "; " + (c.reasons[ref] ?? "") }
        }
        return clusters
    }

    func clusterPeople(_ items: [Item], periodCandidates: [PeriodPeople.Candidate]? = nil) -> [Cluster] {
        var full: [Item] = [], initials: [Item] = [], bare: [Item] = []
        for item in items {
            if let f = parts(item.actor).first { (NameKey.isInitial(f) ? { initials.append(item) } : { full.append(item) })() } else { bare.append(item) }
        }
        // The most specific first, so that a vaguer name meets the clusters it could join already formed.
        func specificity(_ i: Item) -> Int {
            (parts(i.actor).patronymic == nil ? 0 : 2) + (i.actor.country == nil ? 0 : 1)
        }
        full.sort { a, b in
            let ka = NameKey.spelling(parts(a.actor).first ?? ""), kb = NameKey.spelling(parts(b.actor).first ?? "")
            if ka != kb { return ka < kb }
            let sa = specificity(a), sb = specificity(b)
            return sa != sb ? sa > sb : a.ref < b.ref
        }
        initials.sort { specificity($0) != specificity($1) ? specificity($0) > specificity($1) : $0.ref < $1.ref }
        bare.sort { ($0.actor.country == nil ? 1 : 0, $0.ref) < ($1.actor.country == nil ? 1 : 0, $1.ref) }

        var named: [Cluster] = []
        func fits(_ c: Cluster, first: String?, patronymic: String?, country: String?, exactFirst: Bool) -> Bool {
            if exactFirst {
                guard let f = first, let cf = c.first, NameKey.spelling(f) == NameKey.spelling(cf) else { return false }
            } else if !NameKey.compatibleGiven(first, c.first) { return false }
            if !NameKey.compatibleGiven(patronymic, c.patronymic) { return false }
            if let a = country, let b = c.country, a != b { return false }
            return true
        }
        func join(_ c: Cluster, _ item: Item, reason: String) {
            let p = parts(item.actor)
            c.members.append(item)
            c.reasons[item.ref] = reason
            if c.first == nil || (c.first.map(NameKey.isInitial) ?? false) && !(p.first.map(NameKey.isInitial) ?? true) { c.first = p.first }
            if c.patronymic == nil || (c.patronymic.map(NameKey.isInitial) ?? false) && !(p.patronymic.map(NameKey.isInitial) ?? true) {
                c.patronymic = p.patronymic
            }
            if c.country == nil { c.country = item.actor.country }
        }
        func found(_ item: Item, reason: String) -> Cluster {
            let c = Cluster()
            join(c, item, reason: reason)
            return c
        }

        // A name that fits several people joins one "ambiguous" actor of that name, not a new actor per report:
        // `Дональд Трамп` without a country, when the corpus has him under two countries, is one unresolved actor.
        var ambiguous: [String: Cluster] = [:]
        func joinAmbiguous(_ key: String, _ item: Item, reason: String) {
            let c = ambiguous[key] ?? Cluster()
            join(c, item, reason: reason)
            c.country = nil
            c.ambiguous = true
            ambiguous[key] = c
        }
        for item in full {
            let p = parts(item.actor)
            let candidates = named.filter { fits($0, first: p.first, patronymic: p.patronymic, country: item.actor.country, exactFirst: true) }
            if candidates.count == 1, let c = candidates.first {
                let spelled = c.first.map { NameKey.normalise($0) != NameKey.normalise(p.first ?? "") } ?? false
                    ? " (\(p.first ?? "") another spelling of \(c.first ?? ""))" : ""
                join(c, item, reason: "same name \(c.first ?? "") \(p.last)\(spelled); no conflicting patronymic or country")
            } else if candidates.isEmpty {
                named.append(found(item, reason: "first of its name"))
            } else {
                joinAmbiguous("full " + NameKey.spelling(p.first ?? ""), item,
                              reason: "fits \(candidates.count) people of this name (other countries or patronymics): kept apart")
            }
        }
        var initialClusters: [Cluster] = []
        // A store's block is narrower than the period: the month's full names decide who an initial or a surname
        // alone can be (the block's own full names are among them). True when the period decided.
        var periodClusters: [Cluster] = []
        func readAgainstPeriod(_ item: Item, what: String, ambiguousKey: String, block: [Cluster]) -> Bool {
            guard let periodCandidates, let period else { return false }
            let p = parts(item.actor)
            let fitting = periodCandidates.filter { c in
                NameKey.compatibleGiven(p.first, c.first) && NameKey.compatibleGiven(p.patronymic, c.patronymic)
                    && (item.actor.country.map { k in c.country.map { $0 == k } ?? true } ?? true)
            }
            if fitting.count > 1 {
                joinAmbiguous(ambiguousKey, item, reason: "\(what) fits \(fitting.count) people named in full in \(period.period): kept apart")
                return true
            }
            guard let one = fitting.first else { return false }
            let reason = "\(what): \(period.period) has one candidate, \(one.name) (named in full in \(one.documents) documents)"
            if let c = block.first(where: { fits($0, first: one.first, patronymic: one.patronymic, country: one.country, exactFirst: true) })
                ?? periodClusters.first(where: { $0.periodCandidate == one }) {
                join(c, item, reason: reason)
            } else {
                let c = Cluster()
                c.first = one.first
                c.patronymic = one.patronymic
                c.country = one.country
                c.periodCandidate = one
                join(c, item, reason: reason)
                periodClusters.append(c)
            }
            return true
        }
        for item in initials {
            let p = parts(item.actor)
            if readAgainstPeriod(item, what: "initial \(p.first ?? "") \(p.last)", ambiguousKey: "initial " + NameKey.initial(p.first ?? ""),
                                 block: named) { continue }
            let candidates = named.filter { fits($0, first: p.first, patronymic: p.patronymic, country: item.actor.country, exactFirst: false) }
            if candidates.count == 1, let c = candidates.first {
                join(c, item, reason: "initial \(p.first ?? "") fits the one \(c.first ?? "") \(p.last) of the corpus")
                continue
            }
            if candidates.count > 1 {
                joinAmbiguous("initial " + NameKey.initial(p.first ?? ""), item, reason: "initial \(p.first ?? "") fits \(candidates.count) people: kept apart")
                continue
            }
            let own = initialClusters.filter { fits($0, first: p.first, patronymic: p.patronymic, country: item.actor.country, exactFirst: false) }
            if own.count == 1, let c = own.first {
                join(c, item, reason: "same initial and surname")
            } else if own.isEmpty {
                initialClusters.append(found(item, reason: "first of its name"))
            } else {
                joinAmbiguous("initial " + NameKey.initial(p.first ?? ""), item, reason: "initial \(p.first ?? "") fits \(own.count) people: kept apart")
            }
        }
        let withGiven = named + initialClusters
        var bareClusters: [Cluster] = []
        for item in bare {
            let p = parts(item.actor)
            let candidates = withGiven.filter { fits($0, first: nil, patronymic: nil, country: item.actor.country, exactFirst: false) }
            if readAgainstPeriod(item, what: "surname \(p.last) alone", ambiguousKey: "surname", block: candidates) { continue }
            if candidates.count == 1, let c = candidates.first {
                join(c, item, reason: "surname \(p.last) alone: the corpus has one candidate, \(c.first ?? "") \(p.last)")
            } else if candidates.count > 1 {
                joinAmbiguous("surname", item, reason: "surname \(p.last) alone fits \(candidates.count) people: kept apart")
            } else {
                let own = bareClusters.filter { fits($0, first: nil, patronymic: nil, country: item.actor.country, exactFirst: false) }
                if own.count == 1, let c = own.first {
                    join(c, item, reason: "same surname, no given name on either side")
                } else if own.isEmpty {
                    bareClusters.append(found(item, reason: "first of its name"))
                } else {
                    joinAmbiguous("surname", item, reason: "surname \(p.last) alone fits \(own.count) people: kept apart")
                }
            }
        }
        return withGiven + periodClusters + bareClusters + ambiguous.keys.sorted().compactMap { ambiguous[$0] }
    }

    // MARK: Organisations and places

    func resolveByName(_ given: [Item]) -> [Cluster] {
        // A name of the alias table takes the organisation's own country and sector, whatever the report's
        // context lent it (`ВСУ` in a report on Russia is still Ukraine's army).
        var aliasOf: [String: String] = [:]   // name key → canonical name key
        let items = given.map { item -> Item in
            guard let entry = aliases.entry(type: item.actor.type, name: item.actor.name) else { return item }
            var out = item
            out.actor.country = entry.country
            if let sector = entry.sector { out.actor.sector = sector }
            aliasOf[NameKey.normalise(item.actor.name)] = NameKey.normalise(entry.canonical)
            return out
        }
        // Union-find over name keys; an abbreviation joins the full name it abbreviates only when one document
        // gives both to one actor.
        var parent: [String: String] = [:]
        func find(_ x: String) -> String {
            var r = x
            while let p = parent[r], p != r { r = p }
            var y = x
            while let p = parent[y], p != r { parent[y] = r; y = p }
            return r
        }
        func union(_ a: String, _ b: String) {
            let ra = find(a), rb = find(b)
            if ra == rb { return }
            if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
        }
        var linkReason: [String: String] = [:]
        for item in items {
            let key = NameKey.normalise(item.actor.name)
            if parent[key] == nil { parent[key] = key }
            for alias in item.actor.aliases {
                let ak = NameKey.normalise(alias)
                guard ak != key else { continue }
                if NameKey.isAcronym(alias, of: item.actor.name) || NameKey.isAcronym(item.actor.name, of: alias) {
                    if parent[ak] == nil { parent[ak] = ak }
                    union(ak, key)
                    linkReason[ak] = "abbreviation linked in a document: \(alias) = \(item.actor.name) in \(item.ref.document)"
                }
            }
            if let g = item.actor.geo?.geonameID {
                let gk = "#geo \(g)"
                if parent[gk] == nil { parent[gk] = gk }
                union(gk, key)
            }
        }
        for key in aliasOf.keys.sorted() {
            guard let canonical = aliasOf[key], canonical != key else { continue }
            if parent[canonical] == nil { parent[canonical] = canonical }
            union(key, canonical)
            linkReason[key] = "one organisation by the actor alias table: \(key) = \(canonical)"
        }
        var components: [String: [Item]] = [:]
        for item in items { components[find(NameKey.normalise(item.actor.name)), default: []].append(item) }

        var result: [Cluster] = []
        for root in components.keys.sorted() {
            guard let members = components[root] else { continue }
            // Country tells apart places of one name and state bodies of one name (`МИД` of Syria and of Russia);
            // a company or a newsroom is one whatever country a report's context lends it.
            let perCountry = members.first?.actor.type != "ORG"
                || members.contains { $0.actor.sector.map { EventRules.stateSectors.contains($0) } ?? false }
            guard perCountry else {
                let c = Cluster()
                for item in members {
                    let key = NameKey.normalise(item.actor.name)
                    c.reasons[item.ref] = c.members.isEmpty ? "first of its name"
                        : (key == root ? "same name" : (linkReason[key] ?? "linked name"))
                    c.members.append(item)
                }
                result.append(c)
                continue
            }
            let countries = Set(members.compactMap(\.actor.country)).sorted()
            var byCountry: [String: Cluster] = [:]
            var stateless: Cluster?
            for item in members {   // already sorted by ref
                let key = NameKey.normalise(item.actor.name)
                let how = key == root ? "same name" : (linkReason[key] ?? "same place or linked name")
                if let country = item.actor.country ?? (countries.count == 1 ? countries.first : nil) {
                    let c = byCountry[country] ?? Cluster()
                    if c.members.isEmpty { c.country = country }
                    let why = c.members.isEmpty ? "first of its name" :
                        (item.actor.country == nil ? "\(how); no country, the name has one country (\(country)) in the corpus" : "\(how), same country \(country)")
                    c.members.append(item); c.reasons[item.ref] = why
                    byCountry[country] = c
                } else {
                    let c = stateless ?? Cluster()
                    let why = c.members.isEmpty
                        ? (countries.isEmpty ? "first of its name" : "no country, and the name has \(countries.count) countries: kept apart")
                        : how
                    c.members.append(item); c.reasons[item.ref] = why
                    stateless = c
                }
            }
            for country in byCountry.keys.sorted() { if let c = byCountry[country] { result.append(c) } }
            if let s = stateless { result.append(s) }
        }
        return result
    }

    // MARK: Output

    func finish(_ clusters: [(type: String, cluster: Cluster)]) -> ActorResolution {
        var built: [(CorpusActor, Cluster)] = []
        var idCount: [String: Int] = [:]
        var actors: [CorpusActor] = []
        for (type, c) in clusters {
            guard !c.members.isEmpty else { continue }
            // Surnames alone that the period names as one person take that person's name, as the blocks naming
            // them in full do.
            let name = c.periodCandidate?.name ?? canonicalName(c, type: type)
            let base = "\(type):\(NameKey.normalise(name))"
            idCount[base, default: 0] += 1
            var aliases = Set<String>()
            var sectors: [String: Int] = [:], countries: [String: Int] = [:]
            var roles = Set<String>(), roleCountries = Set<String>(), documents = Set<String>()
            var geo: DocumentRecord.Geo?
            var person: DocumentRecord.NameParts?
            for m in c.members {
                aliases.insert(m.actor.name)
                aliases.formUnion(m.actor.aliases)
                if let s = m.actor.sector { sectors[s, default: 0] += 1 }
                if let k = m.actor.country { countries[k, default: 0] += 1 }
                for r in m.actor.roles {
                    roles.insert(r.title)
                    if let k = r.country { roleCountries.insert(k) }
                }
                if let k = m.actor.role { roles.insert(k) }
                documents.insert(m.ref.document)
                if geo == nil { geo = m.actor.geo }
                if m.actor.name == name, person == nil { person = m.actor.person }
            }
            if let candidate = c.periodCandidate {
                aliases.insert(candidate.name)
                if person == nil {
                    person = DocumentRecord.NameParts(first: candidate.first, patronymic: candidate.patronymic,
                                                      last: candidate.name.split(separator: " ").last.map(String.init))
                }
            }
            func top(_ d: [String: Int]) -> String? { d.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key }
            let actor = CorpusActor(id: base, type: type, name: name, aliases: aliases.sorted(),
                                    country: c.country ?? top(countries), sector: top(sectors), person: person,
                                    roles: roles.sorted(), roleCountries: roleCountries.sorted(), geo: geo,
                                    documentActors: c.members.count, documents: documents.count)
            built.append((actor, c))
        }
        // Two actors of one name: told apart by country, else by order of their first document.
        var seen: [String: Int] = [:]
        var assignment: [DocumentActorRef: String] = [:]
        var reasons: [DocumentActorRef: String] = [:]
        var unresolved = Set<String>()
        let ordered = built.sorted { a, b in
            a.0.id != b.0.id ? a.0.id < b.0.id : (a.1.members.first?.ref ?? DocumentActorRef(document: "", actor: 0)) < (b.1.members.first?.ref ?? DocumentActorRef(document: "", actor: 0))
        }
        for (actor, c) in ordered {
            var a = actor
            if (idCount[actor.id] ?? 0) > 1 {
                let n = seen[actor.id, default: 0]
                seen[actor.id] = n + 1
                a.id = actor.id + "|" + (c.country ?? (n == 0 ? "?" : "?\(n + 1)"))
            }
            actors.append(a)
            if c.ambiguous { unresolved.insert(a.id) }
            for m in c.members {
                assignment[m.ref] = a.id
                reasons[m.ref] = c.reasons[m.ref]
            }
        }
        actors.sort { $0.id < $1.id }
        return ActorResolution(actors: actors, assignment: assignment, reasons: reasons, unresolved: unresolved)
    }

    /// The fullest name among the members (given name and surname before a surname alone; a full name before an
    /// abbreviation), then the most frequent, then the first in alphabetical order.
    /// - Parameter weight: how many reports a member stands for (the period's rows stand for their documents).
    func canonicalName(_ c: Cluster, type: String, weight: (DocumentActorRef) -> Int = { _ in 1 }) -> String {
        var counts: [String: Int] = [:]
        for m in c.members { counts[m.actor.name, default: 0] += weight(m.ref) }
        // An organisation of the alias table is named as the table names it, whichever alias the reports used.
        if type != "PER", let listed = counts.keys.sorted().lazy.compactMap({ self.aliases.entry(type: type, name: $0)?.canonical }).first {
            return listed
        }
        // A surname in the genitive (`Йоав Галланта`, joined by the genitive rule) names no one in the output
        // when the cluster has its nominative.
        let surnames = Set(counts.keys.compactMap { $0.split(separator: " ").last.map { NameKey.spelling(String($0)) } })
        func score(_ name: String) -> Int {
            if type == "PER" {
                let words = name.split(separator: " ")
                let initials = words.filter { NameKey.isInitial(String($0)) }.count
                let genitive = words.last.map { NameKey.undeclinedBases(NameKey.spelling(String($0))).contains(where: surnames.contains) } ?? false
                return ((words.count - initials) * 2 + initials) * 2 - (genitive ? 1 : 0)
            }
            return NameKey.looksLikeAbbreviation(name) ? 0 : 1
        }
        return counts.keys.max { a, b in
            let sa = score(a), sb = score(b)
            if sa != sb { return sa < sb }
            let ca = counts[a] ?? 0, cb = counts[b] ?? 0
            if ca != cb { return ca < cb }
            // `аш-Шараа` over `Аш-Шараа`: a particle capitalised only because it opened a sentence.
            let la = a.unicodeScalars.filter { $0.properties.isLowercase }.count
            let lb = b.unicodeScalars.filter { $0.properties.isLowercase }.count
            if la != lb { return la < lb }
            return a > b
        } ?? ""
    }
}
