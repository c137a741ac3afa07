import LetopisCore

/// Clusters event mentions into corpus events (rules and their reasons in `Docs/corpus.md`).
///
/// Mentions are sorted by a stable key — block, precision of date (a day named by the text first, then
/// narrower periods, then publication days), first day, publication, mention id — and each joins the one
/// compatible event found through an index of its participants, or founds its own. Compatibility is checked
/// against the whole event so far (its participants, the days every dated mention allows, its place), so a
/// chain of pairwise likenesses cannot drag unlike mentions together.
struct EventClusterer {
    let records: [DocumentRecord]
    let actors: ActorResolution
    let blocks: Set<EventBlock>?

    // MARK: Prepared values

    enum MentionDate: Hashable {
        /// The text dates it: the days its value allows.
        case timex(DayInterval, value: String, mod: String?)
        /// Only the publication day dates it.
        case published(CalendarDate)
        /// The text dates it only as past or future (`ранее`, `в ближайшее время`): no day to compare, and not the
        /// publication day either.
        case reference(String, published: CalendarDate?)
        case none

        var rank: (Int, Int) {
            switch self {
            case .timex(let i, _, _): return (i.isSingleDay ? 0 : 1, i.length)
            case .published: return (2, 1)
            case .reference: return (3, 0)
            case .none: return (4, 0)
            }
        }
        var firstDay: Int {
            switch self {
            case .timex(let i, _, _): return i.earliest.daysSinceEpoch
            case .published(let d): return d.daysSinceEpoch
            case .reference(_, let d): return d?.daysSinceEpoch ?? Int.max
            case .none: return Int.max
            }
        }
        var text: String {
            switch self {
            case .timex(let i, let v, let m): return m.map { "\(v) \($0)" } ?? (i.isSingleDay ? i.earliest.iso : v)
            case .published(let d): return "\(d.iso) (publication day)"
            case .reference(let v, _): return v
            case .none: return "undated"
            }
        }
    }

    struct Party: Hashable {
        /// Corpus actor id.
        var id: String
        var name: String
        var role: String
        /// The state it is (a place actor), or speaks for (an official by title, a state body).
        var state: String?
        var isState: Bool
        /// Whether naming it identifies a happening: a person or a particular organisation. A state, a place,
        /// an army, a ministry or a newsroom takes part in too many events a day for that.
        var isSpecific: Bool
    }

    struct Prepared {
        var record: Int
        var mention: DocumentRecord.EventMention
        var block: EventBlock
        var statusClass: String
        var date: MentionDate
        var parties: [Party]
        var placeKey: String?
        var placeName: String?
        var placeCountry: String?
        var placeIsState: Bool
        /// The place's first-level division (`RU.41`) and whether the place is that division itself
        /// (`Курская область`): a town and its region are one place at two precisions.
        var placeRegion: String? = nil
        var placeIsRegion = false
        var seenKey: String
        /// Words of the mention's sentence, for the near-identical wording test.
        var words: Set<String> = []
        /// Minutes since 1970 (UTC) of the record's publication timestamp, when it has one.
        var publishedMinute: Int? = nil
        /// A nominal recall: the trigger is a noun or an infinitive (`ордер на арест`, `санкции против`) and only
        /// the publication day dates it, so it may recall an act of earlier days (`EventRules.recallLookBack`).
        var isRecall: Bool = false
        /// Whether the mention reports the act (what a recall can be of): not a recall, and either dated by the text or
        /// with a known part of speech (a record stored before `triggerPOS` may be a recall as well as a report).
        var reports: Bool {
            guard !isRecall else { return false }
            if case .timex = date { return true }
            return mention.triggerPOS != nil
        }
        /// Weapon systems the sentence of an attack names (`WeaponNames`): the same weapon identifies a strike of one
        /// day, different weapons tell two apart.
        var weapons: Set<String> = []
        /// For a mention without participants only: the people its document names (`documentPeople`), who stand in
        /// for the participants extraction gave only as a description (`Министр транспорта Ростовской области
        /// задержан`, the name in the next sentence).
        var documentPeople: [Party] = []
    }

    static func block(of m: DocumentRecord.EventMention, published: String?) -> EventBlock {
        let window: String
        switch date(of: m, published: published) {
        case .timex(let i, _, _): window = String(i.earliest.iso.prefix(7))
        case .published(let d): window = String(d.iso.prefix(7))
        case .reference(_, let d): window = d.map { String($0.iso.prefix(7)) } ?? "undated"
        case .none: window = "undated"
        }
        return EventBlock(family: m.type, window: window)
    }

    static func date(of m: DocumentRecord.EventMention, published: String?) -> MentionDate {
        // The interval is computed from value and modifier here, not read from the record, so that one rule
        // decides it however the record was written.
        if let t = m.time, t.basis == "timex", let interval = DayInterval(timexValue: t.value, mod: t.mod) {
            return .timex(interval, value: t.value, mod: t.mod)
        }
        let day = published.flatMap { CalendarDate(iso: $0) }
        if let t = m.time, t.basis == "timex", t.value == "PAST_REF" || t.value == "FUTURE_REF" {
            return .reference(t.value, published: day)
        }
        if let p = day { return .published(p) }
        return .none
    }

    static func prepare(record: DocumentRecord, index: Int, mention m: DocumentRecord.EventMention,
                        actors: ActorResolution) -> Prepared {
        var parties: [Party] = []
        for p in m.participants {
            guard let i = p.actor, i >= 0, i < record.actors.count,
                  let id = actors.id(document: record.id, actor: i) else { continue }
            let a = record.actors[i]
            var state: String?
            var isState = false, isSpecific = false
            switch a.type {
            case "LOC":
                // A state speaks for itself; a city in it is only a place (never its country's officials).
                isState = StateNames.isState(name: actors.actor(id: id)?.name ?? a.name, country: a.country ?? a.geo?.country, geo: a.geo)
                state = isState ? (a.country ?? a.geo?.country) : nil
            case "PER":
                // An official speaks for the state of a title the document gives them, and only then.
                let countries = Set(a.roles.compactMap(\.country))
                state = countries.count == 1 ? countries.first : nil
                isSpecific = namesOnePerson(a, id: id, actors: actors)
            default:
                // The corpus actor knows what one report may not say (`ВСУ` bare in a post: the alias table's army of
                // Ukraine).
                let corpus = actors.actor(id: id)
                let sector = a.sector ?? corpus?.sector
                if let s = sector, EventRules.stateSectors.contains(s) { state = a.country ?? corpus?.country }
                // An organisation identifies what is done to it (sanctions on a bank); what it does, an army or
                // a ministry does many times a day, so as a doer it counts only in meetings and agreements.
                isSpecific = !(sector.map { EventRules.unspecificSectors.contains($0) } ?? false)
                    && (p.role == "recipient" || EventRules.symmetricTypes.contains(m.type))
            }
            let party = Party(id: id, name: actors.actor(id: id)?.name ?? a.name, role: p.role, state: state,
                              isState: isState, isSpecific: isSpecific)
            if !parties.contains(party) { parties.append(party) }
        }
        var placeKey: String?, placeName: String?, placeCountry: String?, placeIsState = false
        var placeRegion: String?, placeIsRegion = false
        if let place = m.place {
            let name = place.normal ?? place.text
            placeName = name
            let docActor = record.actors.first { $0.type == "LOC" && $0.aliases.contains(name) }
            if let g = place.geo?.geonameID { placeKey = "geo \(g)" }
            else if let d = docActor, let id = actors.id(document: record.id, actor: d.index) { placeKey = id }
            else { placeKey = "text:" + NameKey.normalise(name) }   // words the text calls a place, not a known place
            placeCountry = place.geo?.country ?? docActor?.country
            placeIsState = StateNames.isState(name: docActor?.name ?? name, country: placeCountry, geo: place.geo ?? docActor?.geo)
            if !placeIsState, let geo = place.geo ?? docActor?.geo, let country = geo.country, let admin1 = geo.admin1 {
                placeRegion = country + "." + admin1
                placeIsRegion = geo.featureCode == "ADM1"
            }
        }
        let seen = (record.time ?? record.published.map { $0 + "T23:59:59" } ?? "9999") + "\u{1}" + m.id
        var prepared = Prepared(record: index, mention: m, block: block(of: m, published: record.published),
                        statusClass: EventRules.statusClass(m.status), date: date(of: m, published: record.published),
                        parties: parties, placeKey: placeKey, placeName: placeName, placeCountry: placeCountry,
                        placeIsState: placeIsState, placeRegion: placeRegion, placeIsRegion: placeIsRegion, seenKey: seen,
                        words: SentenceSimilarity.words(m.sentence?.text ?? m.trigger.text),
                        publishedMinute: record.time.flatMap(publicationMinute),
                        isRecall: isRecall(m, published: record.published),
                        weapons: EventRules.weaponTypes.contains(m.type)
                            ? WeaponNames.table.weapons(inText: m.sentence?.text ?? m.trigger.text) : [])
        if parties.isEmpty, EventRules.documentPeopleTypes.contains(m.type) {
            prepared.documentPeople = documentPeople(record, actors: actors)
        }
        return prepared
    }

    /// Whether a person actor names one person: `Юлия` alone names no one in particular; `Юлия Навальная` does. So
    /// does a surname alone (`Эрдоган`) that the period resolves to one person: no other full name of that surname
    /// competes for it (the resolver gathers a surname fitting several people into an unresolved actor).
    static func namesOnePerson(_ a: DocumentRecord.Actor, id: String, actors: ActorResolution) -> Bool {
        let corpusActor = actors.actor(id: id)
        let words = (corpusActor?.name ?? a.name).split(separator: " ").count
        let person = corpusActor?.person ?? a.person
        let loneSurname = words == 1 && person?.last != nil && person?.first == nil && !actors.unresolved.contains(id)
        return words >= 2 || loneSurname
    }

    /// The people a document names, each once, when they are few (`EventRules.documentPeopleLimit`): in a short
    /// report of one act they are its participants, which a report often names only in the sentence after the one
    /// extraction read (`Министр ... задержан за взятку. Виталия Кушнарева и Дмитрия Мамелко взяли с поличным`).
    /// A digest naming more people says nothing about whom a mention without participants concerns: none then.
    static func documentPeople(_ record: DocumentRecord, actors: ActorResolution) -> [Party] {
        var people: [Party] = []
        for a in record.actors where a.type == "PER" {
            guard let id = actors.id(document: record.id, actor: a.index), namesOnePerson(a, id: id, actors: actors),
                  !people.contains(where: { $0.id == id }) else { continue }
            people.append(Party(id: id, name: actors.actor(id: id)?.name ?? a.name, role: "named", state: nil,
                                isState: false, isSpecific: true))
        }
        return people.count <= EventRules.documentPeopleLimit ? people : []
    }

    /// Whether a mention is a nominal recall: a noun or infinitive trigger, dated only by its publication day, of a
    /// type whose acts against named participants do not repeat within days (`EventRules.recallTypesExcluded`).
    static func isRecall(_ m: DocumentRecord.EventMention, published: String?) -> Bool {
        guard m.isNominalTrigger, !EventRules.recallTypesExcluded.contains(m.type),
              !(m.triggerGovernor.map { EventRules.lightVerbs.contains(TextFolding.fold($0)) } ?? false),
              case .published = date(of: m, published: published) else { return false }
        return true
    }

    /// Minutes since 1970 (UTC) of an ISO 8601 timestamp `YYYY-MM-DDTHH:MM[:SS][.fff](Z|±HH:MM)`; nil for anything
    /// else (a bare day says nothing about the hour).
    static func publicationMinute(_ text: String) -> Int? {
        let chars = Array(text.utf8)
        guard chars.count >= 16, chars[10] == UInt8(ascii: "T") || chars[10] == UInt8(ascii: " "),
              let day = CalendarDate(iso: String(decoding: chars[0..<10], as: UTF8.self)) else { return nil }
        func number(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= chars.count else { return nil }
            var n = 0
            for c in chars[r] {
                guard c >= 48, c <= 57 else { return nil }
                n = n * 10 + Int(c - 48)
            }
            return n
        }
        guard let hour = number(11..<13), let minute = number(14..<16), hour < 24, minute < 60 else { return nil }
        var offset = 0
        if let sign = chars[16...].firstIndex(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }),
           let h = number((sign + 1)..<(sign + 3)) {
            let m = sign + 3 < chars.count && chars[sign + 3] == UInt8(ascii: ":") ? number((sign + 4)..<(sign + 6)) : number((sign + 3)..<(sign + 5))
            offset = (h * 60 + (m ?? 0)) * (chars[sign] == UInt8(ascii: "-") ? -1 : 1)
        }
        return day.daysSinceEpoch * 1440 + hour * 60 + minute - offset
    }

    // MARK: Clusters

    final class Cluster {
        var members: [Int] = []      // indexes into prepared
        var reasons: [String] = []   // parallel to members
        /// Records (documents) of the members: two events of one document are two acts its extraction told apart.
        var records: Set<Int> = []
        var type: String
        var mode: String?
        var statusClass: String
        var interval: DayInterval?   // days every text-dated member allows
        var publishedDays: Set<CalendarDate> = []
        /// Earliest and latest publication minute of the members dated only by publication.
        var publishedMinutes: ClosedRange<Int>?
        /// Whether some member dated only by publication has no publication time.
        var publishedUntimed = false
        var parties: [Party] = []
        var placeKey: String?
        var placeCountry: String?
        var placeIsState = false
        var placeRegion: String?
        var placeIsRegion = false
        var placeName: String?
        /// Word sets of the first members' sentences (a few suffice to recognise a repost).
        var sentences: [Set<String>] = []
        /// Whether some member reports the act rather than recalls it (`Prepared.reports`): only such an event is one a
        /// later recall can be of.
        var reported = false
        /// Weapons the members' sentences name.
        var weapons: Set<String> = []
        /// People the documents of members without participants name (`Prepared.documentPeople`).
        var documentPeople: [Party] = []

        init(type: String, mode: String?, statusClass: String) {
            self.type = type
            self.mode = mode
            self.statusClass = statusClass
        }

        /// `dated` false: a nominal recall joined across days adds no day of its own (it was published later than
        /// the act, and its publication day would forbid the act's own reports from joining).
        func add(_ p: Prepared, index: Int, reason: String, dated: Bool = true) {
            members.append(index)
            reasons.append(reason)
            records.insert(p.record)
            reported = reported || p.reports
            weapons.formUnion(p.weapons)
            for person in p.documentPeople where !documentPeople.contains(where: { $0.id == person.id }) {
                documentPeople.append(person)
            }
            if sentences.count < 8, p.words.count >= SentenceSimilarity.minimumWords { sentences.append(p.words) }
            switch dated ? p.date : .none {
            case .timex(let i, _, _): interval = interval.flatMap { $0.intersection(i) } ?? i
            case .published(let d):
                publishedDays.insert(d)
                if let t = p.publishedMinute {
                    publishedMinutes = publishedMinutes.map { min($0.lowerBound, t)...max($0.upperBound, t) } ?? t...t
                } else {
                    publishedUntimed = true
                }
            case .none, .reference: break
            }
            // A mode that says only how (a call, a weapon) makes a mode-less event more precise.
            if mode == nil, let m = p.mention.mode { mode = m }
            for party in p.parties where !parties.contains(where: { $0.id == party.id && $0.role == party.role }) {
                parties.append(party)
            }
            // A city is more precise than its state or its region: the event's place narrows, never widens.
            let known = { (k: String?) in k.map { !$0.hasPrefix("text:") } ?? false }
            let narrower = known(p.placeKey) && ((placeIsState && !p.placeIsState)
                || (placeIsRegion && !p.placeIsRegion && p.placeRegion != nil && p.placeRegion == placeRegion))
            if let k = p.placeKey, placeKey == nil || (known(p.placeKey) && !known(placeKey)) || narrower {
                placeKey = k; placeCountry = p.placeCountry; placeIsState = p.placeIsState; placeName = p.placeName
                placeRegion = p.placeRegion; placeIsRegion = p.placeIsRegion
            }
        }
    }

    /// A compact view of what a mention or a cluster offers for comparison.
    struct Side {
        var type: String
        var mode: String?
        var statusClass: String
        var interval: DayInterval?
        var publishedDays: Set<CalendarDate>
        var publishedMinutes: ClosedRange<Int>? = nil
        var publishedUntimed = false
        var parties: [Party]
        var placeKey: String?
        var placeCountry: String?
        var placeIsState: Bool
        var placeRegion: String? = nil
        var placeIsRegion = false
        var placeName: String?
        var sentences: [Set<String>] = []
        var weapons: Set<String> = []
        var documentPeople: [Party] = []
    }

    static func side(_ p: Prepared) -> Side {
        var interval: DayInterval?, days = Set<CalendarDate>()
        var minutes: ClosedRange<Int>?, untimed = false
        switch p.date {
        case .timex(let i, _, _): interval = i
        case .published(let d):
            days = [d]
            if let t = p.publishedMinute { minutes = t...t } else { untimed = true }
        case .none, .reference: break
        }
        return Side(type: p.mention.type, mode: p.mention.mode, statusClass: p.statusClass, interval: interval,
                    publishedDays: days, publishedMinutes: minutes, publishedUntimed: untimed, parties: p.parties, placeKey: p.placeKey, placeCountry: p.placeCountry,
                    placeIsState: p.placeIsState, placeRegion: p.placeRegion, placeIsRegion: p.placeIsRegion,
                    placeName: p.placeName, sentences: [p.words], weapons: p.weapons,
                    documentPeople: p.documentPeople)
    }

    static func side(_ c: Cluster) -> Side {
        Side(type: c.type, mode: c.mode, statusClass: c.statusClass, interval: c.interval, publishedDays: c.publishedDays,
             publishedMinutes: c.publishedMinutes, publishedUntimed: c.publishedUntimed, parties: c.parties, placeKey: c.placeKey, placeCountry: c.placeCountry, placeIsState: c.placeIsState,
             placeRegion: c.placeRegion, placeIsRegion: c.placeIsRegion, placeName: c.placeName, sentences: c.sentences, weapons: c.weapons, documentPeople: c.documentPeople)
    }

    // MARK: Rules

    /// Whether two parties are one participant: the same corpus actor, or a state and someone the data says
    /// speaks for it (an official whose title is that state's, a state body of it).
    static func same(_ a: Party, _ b: Party) -> Bool {
        if a.id == b.id { return true }
        if a.isState != b.isState, let sa = a.state, let sb = b.state, sa == sb { return true }
        return false
    }

    /// Participants are compatible when at least one is shared and one side's are all found on the other:
    /// `Путин и аш-Шараа` and `аш-Шараа` agree; `Путин и аш-Шараа` and `Путин и Эрдоган` do not.
    static func compareParties(_ a: Side, _ b: Side) -> (ok: Bool, text: String, shared: Int, specific: Int) {
        guard !a.parties.isEmpty, !b.parties.isEmpty else {
            return (false, "no participant on \(a.parties.isEmpty ? "one side" : "the other side") to identify it by", 0, 0)
        }
        // Who did what to whom counts where both reports say it. In arrests, sentences and attacks, which news
        // reports in the passive (`Тамбиева осудили`, `задержан Долин`), a report naming one side only is read
        // as the doer or the receiver depending on the parse, and gives no direction to contradict.
        func directed(_ s: Side) -> Bool {
            s.parties.contains { $0.role == "actor" } && s.parties.contains { $0.role == "recipient" }
        }
        let symmetric = EventRules.symmetricTypes.contains(a.type)
            || (EventRules.passiveTypes.contains(a.type) && (!directed(a) || !directed(b)))
        func matches(_ p: Party, in side: [Party]) -> Party? {
            side.first { q in same(p, q) && (symmetric || p.role == q.role) }
        }
        let aInB = a.parties.allSatisfy { matches($0, in: b.parties) != nil }
        let bInA = b.parties.allSatisfy { matches($0, in: a.parties) != nil }
        var shared: [String] = []
        var specific = 0
        for p in a.parties {
            if let q = matches(p, in: b.parties) {
                shared.append(p.id == q.id ? p.name : "\(p.name) = \(q.name) (state and its official)")
                if p.id == q.id && p.isSpecific && q.isSpecific { specific += 1 }
            }
        }
        shared = shared.uniqued()
        if shared.isEmpty {
            if !symmetric, a.parties.contains(where: { p in b.parties.contains { same(p, $0) } }) {
                return (false, "the same participants in other roles (who did what to whom differs)", 0, 0)
            }
            return (false, "no participant in common", 0, 0)
        }
        // Two named people (or organisations) in common identify a happening even when each report adds a
        // participant the other lacks — usually a state or a body read from the sentence around it. So do the
        // doer and the receiver in common, one of them named, in a directed act both reports direct: reports of
        // one sanction list different banks besides the one they share (`США → Газпромбанк, БКС Банк` and
        // `Минфин США → Газпромбанк, ДОМ.РФ`).
        let doerAndReceiver = !symmetric && directed(a) && directed(b) && specific >= 1
            && a.parties.contains { $0.role == "actor" && matches($0, in: b.parties) != nil }
            && a.parties.contains { $0.role == "recipient" && matches($0, in: b.parties) != nil }
        if !(aInB || bInA) && specific < 2 && !doerAndReceiver {
            let extraA = a.parties.filter { matches($0, in: b.parties) == nil }.map(\.name)
            let extraB = b.parties.filter { matches($0, in: a.parties) == nil }.map(\.name)
            return (false, "other participants: \(extraA.joined(separator: ", ")) against \(extraB.joined(separator: ", "))", 0, 0)
        }
        if !(aInB || bInA) && specific < 2 {
            return (true, "doer and receiver in common: " + shared.joined(separator: ", ") + " (each report names others besides)",
                    shared.count, specific)
        }
        return (true, "participants " + shared.joined(separator: ", "), shared.count, specific)
    }

    /// Dates are compatible when the days they allow meet: a day within a period, two periods that overlap,
    /// never two different days. A date known only from publication is weaker: it stands for that day or
    /// the day before, and two such dates must be the same day, or adjacent days with all such reports of the
    /// event published within `EventRules.publicationSpanAcrossMidnight` (a night event across UTC midnight).
    ///
    /// `named`: the two reports have two named people (or particular organisations) in common. Then publication on
    /// two adjacent days is one act whatever the hours between: the repetition the
    /// midnight rule guards against is a routine with no names (a drone shot down over one region every night),
    /// and the same two people are reported doing the same thing on the next day as news of the day before.
    static func compareDates(_ a: Side, _ b: Side, named: Bool = false) -> (ok: Bool, text: String, interval: DayInterval?) {
        switch (a.interval, b.interval) {
        case let (x?, y?):
            guard let both = x.intersection(y) else {
                return (false, x.isSingleDay && y.isSingleDay ? "different days \(x) and \(y)" : "dates apart: \(x) and \(y)", nil)
            }
            let days = a.publishedDays.union(b.publishedDays)
            if let d = days.first(where: { !DayInterval($0.adding(days: -EventRules.publicationLag), $0).overlaps(both) }) {
                return (false, "published \(d.iso), after the dated day \(both)", nil)
            }
            if x == y { return (true, x.isSingleDay ? "same day \(x)" : "same period \(x)", both) }
            return (true, x.contains(y) ? "\(y) within \(x)" : (y.contains(x) ? "\(x) within \(y)" : "\(x) overlaps \(y)"), both)
        case let (x?, nil), let (nil, x?):
            let days = a.interval == nil ? a.publishedDays : b.publishedDays
            guard !days.isEmpty else { return (false, "one mention is undated", nil) }
            for d in days where !DayInterval(d.adding(days: -EventRules.publicationLag), d).overlaps(x) {
                return (false, "published \(d.iso), not on or the day after \(x)", nil)
            }
            return (true, "dated \(x); published on or the day after", x)
        case (nil, nil):
            guard !a.publishedDays.isEmpty, !b.publishedDays.isEmpty else { return (false, "undated", nil) }
            let all = a.publishedDays.union(b.publishedDays)
            if all.count == 1, let d = all.first { return (true, "both published \(d.iso), no other date", nil) }
            // Across midnight: two adjacent days, every report timed, all within a night's span of each other.
            let days = all.sorted()
            if named, days.count == 2, days[1].daysSinceEpoch - days[0].daysSinceEpoch == 1 {
                return (true, "published \(days[0].iso) and \(days[1].iso), adjacent days, two named participants in common", nil)
            }
            guard days.count == 2, days[1].daysSinceEpoch - days[0].daysSinceEpoch == 1,
                  !a.publishedUntimed, !b.publishedUntimed,
                  let ma = a.publishedMinutes, let mb = b.publishedMinutes else {
                return (false, "dated only by publication, on different days", nil)
            }
            let span = max(ma.upperBound, mb.upperBound) - min(ma.lowerBound, mb.lowerBound)
            guard span <= EventRules.publicationSpanAcrossMidnight else {
                return (false, "dated only by publication, on different days \(span / 60) hours apart", nil)
            }
            return (true, "published \(days[0].iso) and \(days[1].iso) within \(span / 60) hours, no other date", nil)
        }
    }

    /// Whether two sides fall on one day exactly: a single day the text names, or a publication day, in common (not
    /// the day after, which the date rules allow a publication day).
    static func sameDay(_ a: Side, _ b: Side) -> Bool {
        func days(_ s: Side) -> Set<CalendarDate> {
            if let i = s.interval { return i.isSingleDay ? [i.earliest] : [] }
            return s.publishedDays
        }
        return !days(a).isDisjoint(with: days(b))
    }

    /// Places are compatible when either is unknown, they are one place, or one is the state or the first-level
    /// region (`Курская область`, `Подмосковье`) the other lies in (`Курск`): reports name a town or its region.
    /// Words the text calls a place but that are no known place (`Госдума`, `Государственная Дума`) neither
    /// conflict nor agree unless they are the same words.
    static func comparePlaces(_ a: Side, _ b: Side) -> (ok: Bool, text: String?) {
        guard let ka = a.placeKey, let kb = b.placeKey else { return (true, nil) }
        if ka == kb { return (true, "place \(a.placeName ?? ka)") }
        if ka.hasPrefix("text:") || kb.hasPrefix("text:") { return (true, nil) }
        if a.placeIsState != b.placeIsState, let ca = a.placeCountry, let cb = b.placeCountry, ca == cb {
            return (true, "place \(a.placeName ?? ka) within \(b.placeName ?? kb)")
        }
        if a.placeIsRegion != b.placeIsRegion, let ra = a.placeRegion, ra == b.placeRegion {
            let (inner, outer) = a.placeIsRegion ? (b, a) : (a, b)
            return (true, "place \(inner.placeName ?? "") within \(outer.placeName ?? "")")
        }
        return (false, "different places \(a.placeName ?? ka) and \(b.placeName ?? kb)")
    }

    /// `idf`: the rarity of each word among the block's sentences, for the rare-word rule; nil leaves that rule out
    /// (two mentions compared alone have no block to weigh their words against).
    static func compare(_ a: Side, _ b: Side, idf: [String: Double]? = nil) -> (ok: Bool, text: String, shared: Int) {
        let r = compareWithStrength(a, b, idf: idf)
        return (r.ok && !r.onlyIfAlone, r.text, r.shared)
    }

    /// `onlyIfAlone`: the two reports agree in everything they say (type, mode, status, the very same day, place,
    /// participants where both give them) and share the block's rare words, but nothing that identifies a happening
    /// by itself — only a state or an army, or no participant on one side. Such a report joins an event only when
    /// that event is the one of its block and day it fits so (`resolve`): two reports of the Taldom hunters' killer
    /// detained name no one; a report that fits two strikes of its day this way joins neither.
    static func compareWithStrength(_ a: Side, _ b: Side, idf: [String: Double]? = nil)
        -> (ok: Bool, text: String, shared: Int, onlyIfAlone: Bool) {
        let r = compareStrictly(a, b, idf: idf)
        if r.ok { return (true, r.text, r.shared, false) }
        guard r.alone else { return (false, r.text, r.shared, false) }
        return (true, r.text, r.shared, true)
    }

    static func compareStrictly(_ a: Side, _ b: Side, idf: [String: Double]? = nil) -> (ok: Bool, text: String, shared: Int, alone: Bool) {
        guard a.type == b.type else { return (false, "different types \(a.type) and \(b.type)", 0, false) }
        guard EventRules.modesCompatible(type: a.type, a.mode, b.mode) else {
            return (false, "different modes \(a.mode ?? "none") and \(b.mode ?? "none")", 0, false)
        }
        guard a.statusClass == b.statusClass else {
            return (false, "\(a.statusClass) and \(b.statusClass) are linked, never merged", 0, false)
        }
        // Two attacks told with different weapons only (`ATACMS` against `Storm Shadow`) are two strikes.
        if !a.weapons.isEmpty, !b.weapons.isEmpty, a.weapons.isDisjoint(with: b.weapons) {
            return (false, "different weapons \(a.weapons.sorted().joined(separator: ", ")) and \(b.weapons.sorted().joined(separator: ", "))", 0, false)
        }
        var parties = compareParties(a, b)
        // The same wording stands in for participants extraction did not find, never against ones it did.
        var wording: Double = 0
        for x in a.sentences { for y in b.sentences { wording = max(wording, SentenceSimilarity.similarity(x, y)) } }
        let sameWording = wording >= SentenceSimilarity.threshold
        let wordingText = "near-identical sentence (similarity \(Int((wording * 100).rounded())) %)"
        // The same place and the same rare words stand in for participants a report lacks: a strike told with no
        // doer (`атака на завод по производству майонеза в Воронеже`) is recognised by where and by the words
        // that carry the facts, never against participants both reports give.
        let placeAndRareWords = !parties.ok && (a.parties.isEmpty || b.parties.isEmpty) && !sameWording
            ? placeAndRareWordsText(a, b, idf: idf) : nil
        // A report without participants whose document names a person of the other side (or, both without
        // participants, a person both documents name): one act of that person on that day.
        let namedInDocument = !parties.ok && !sameWording ? documentPeopleText(a, b) : nil
        // A report without participants says nothing against any: it may join the one event of its day it fits.
        var bare = false
        if !parties.ok {
            if let text = namedInDocument {
                parties = (true, text, 1, 1)
            } else if let text = placeAndRareWords {
                parties = (true, text, 0, 0)
            } else if sameWording, a.parties.isEmpty || b.parties.isEmpty {
                parties = (true, wordingText, 0, 0)
            } else if a.parties.isEmpty || b.parties.isEmpty {
                bare = true
                parties = (true, "no participant on \(a.parties.isEmpty && b.parties.isEmpty ? "either side" : "one side")", 0, 0)
            } else {
                return (false, parties.text, 0, false)
            }
        }
        let dates = compareDates(a, b, named: parties.specific >= 2)
        guard dates.ok else { return (false, dates.text, 0, false) }
        let place = comparePlaces(a, b)
        guard place.ok else { return (false, place.text ?? "different places", 0, false) }
        // Enough evidence: a person or a particular organisation in common, or two participants, or one
        // unspecific participant (a state, an army) at the very same place.
        let samePlace = a.placeKey != nil && a.placeKey == b.placeKey
        // A participant in common and much of the wording: a report retold in other words by another channel.
        let alikeWithParticipant = parties.shared > 0 && wording >= SentenceSimilarity.thresholdWithParticipant
        // A participant in common and the same rare words (a weapon, a target, a region): one act told in other words.
        var rareWording: Double = 0
        if parties.shared > 0 || bare, let idf {
            for x in a.sentences { for y in b.sentences { rareWording = max(rareWording, SentenceSimilarity.weightedSimilarity(x, y, idf: idf)) } }
        }
        let rareWordsWithParticipant = rareWording >= SentenceSimilarity.weightedThresholdWithParticipant
        // A doer in common and the same weapon on the very same day: one strike (`ВСУ ... ATACMS` / `Силы обороны
        // Украины ... ATACMS`). The same day exactly, not the day after: the same weapon on the next day is the next strike.
        let sameWeapon = parties.shared > 0 && !a.weapons.isDisjoint(with: b.weapons) && sameDay(a, b)
        let shared = a.parties.filter { p in b.parties.contains { $0.id == p.id } }.count
        let typeText = a.mode == b.mode ? "same type \(a.type)\(a.mode.map { "/\($0)" } ?? "")"
            : "same type \(a.type), mode \(a.mode ?? b.mode ?? "") named by one report only"
        var words = [typeText, parties.text, dates.text] + (place.text.map { [$0] } ?? [])
        if bare || (parties.specific == 0 && parties.shared < 2 && !samePlace && !sameWording && !alikeWithParticipant
            && !rareWordsWithParticipant && !sameWeapon) {
            // Something positive in common besides the type and the day: words rare in the block. A place alone is not
            // (two strikes on one city the same day, told in other words, are two strikes).
            let alone = sameDayOnly(a, b) && rareWording >= SentenceSimilarity.weightedThresholdAlone
            if alone {
                words.append("the same rare words (\(SentenceSimilarity.sharedRareWords(a.sentences, b.sentences, idf: idf ?? [:]).joined(separator: ", ")); rare-word similarity \(Int((rareWording * 100).rounded())) %)")
            }
            let text = alone ? words.joined(separator: "; ")
                : bare ? parties.text + " to identify it by"
                : "only \(parties.text.dropFirst("participants ".count)) in common, who takes part in many events a day, and no common place"
            return (false, text, shared, alone)
        }
        if (sameWording || alikeWithParticipant || rareWordsWithParticipant || sameWeapon) && parties.text != wordingText
            && parties.specific == 0 && parties.shared < 2 && !samePlace {
            if sameWording { words.append(wordingText) }
            else if sameWeapon && !alikeWithParticipant && !rareWordsWithParticipant {
                words.append("the same weapon \(a.weapons.intersection(b.weapons).sorted().joined(separator: ", ")) the same day")
            }
            else if alikeWithParticipant { words.append("much the same sentence (similarity \(Int((wording * 100).rounded())) %)") }
            else {
                words.append("the same rare words (\(SentenceSimilarity.sharedRareWords(a.sentences, b.sentences, idf: idf ?? [:]).joined(separator: ", ")); rare-word similarity \(Int((rareWording * 100).rounded())) %)")
            }
        }
        return (true, words.joined(separator: "; "), shared, false)
    }

    /// Whether two reports fall on the very same day as far as both tell it: one day the text names or one
    /// publication day in common, or publication days the midnight rule joins — not a dated day and a report
    /// published the day after, which may be the next day's act.
    static func sameDayOnly(_ a: Side, _ b: Side) -> Bool {
        sameDay(a, b) || (a.interval == nil && b.interval == nil)
    }

    /// The reason when a report without participants is of a person its document names and the other side has as
    /// a participant, or when two reports without participants come from documents naming one person; nil otherwise.
    /// Only people count (`EventRules.documentPeopleLimit` of them at most): a document's states, armies and
    /// ministries take part in too many acts a day.
    static func documentPeopleText(_ a: Side, _ b: Side) -> String? {
        switch (a.parties.isEmpty, b.parties.isEmpty) {
        case (true, true):
            let both = a.documentPeople.filter { p in b.documentPeople.contains { $0.id == p.id } }
            guard !both.isEmpty else { return nil }
            return "no participant in either report; both documents name \(both.map(\.name).joined(separator: ", "))"
        case (true, false), (false, true):
            let (bare, named) = a.parties.isEmpty ? (a, b) : (b, a)
            let shared = bare.documentPeople.filter { p in named.parties.contains { $0.id == p.id && $0.isSpecific } }
            guard !shared.isEmpty else { return nil }
            return "no participant in one report; its document names \(shared.map(\.name).joined(separator: ", ")), a participant of the other"
        case (false, false):
            return nil
        }
    }

    /// The reason when two reports, one of them without participants, are at one known place that is not a whole
    /// state (a city, a region, a plant: `Воронеж`) and share their rare words
    /// (`SentenceSimilarity.weightedThresholdWithParticipant`); nil otherwise. A state (`Россия`) is the place of
    /// too many events a day to recognise one by.
    static func placeAndRareWordsText(_ a: Side, _ b: Side, idf: [String: Double]?) -> String? {
        guard let idf, let ka = a.placeKey, ka == b.placeKey, !ka.hasPrefix("text:"), !a.placeIsState, !b.placeIsState
        else { return nil }
        var rare: Double = 0
        for x in a.sentences { for y in b.sentences { rare = max(rare, SentenceSimilarity.weightedSimilarity(x, y, idf: idf)) } }
        guard rare >= SentenceSimilarity.weightedThresholdWithParticipant else { return nil }
        let words = SentenceSimilarity.sharedRareWords(a.sentences, b.sentences, idf: idf).joined(separator: ", ")
        return "no participant on one side; the same place \(a.placeName ?? ka) and the same rare words (\(words); rare-word similarity \(Int((rare * 100).rounded())) %)"
    }

    static func compare(_ a: (record: DocumentRecord, mention: DocumentRecord.EventMention),
                        _ b: (record: DocumentRecord, mention: DocumentRecord.EventMention),
                        actors: ActorResolution) -> MergeDecision {
        let pa = prepare(record: a.record, index: 0, mention: a.mention, actors: actors)
        let pb = prepare(record: b.record, index: 1, mention: b.mention, actors: actors)
        if pa.block != pb.block {
            return MergeDecision(compatible: false, reason: "different blocks \(pa.block) and \(pb.block)")
        }
        let r = compare(side(pa), side(pb))
        return MergeDecision(compatible: r.ok, reason: r.text)
    }

    // MARK: Clustering

    /// Every mention of the blocks asked for, prepared once (a mention repeated in two records counts once).
    func preparedMentions() -> [Prepared] {
        var prepared: [Prepared] = []
        // Records sorted by id, so duplicates of an id resolve the same whatever their order.
        let order = records.indices.sorted { (records[$0].id, records[$0].textSHA256) < (records[$1].id, records[$1].textSHA256) }
        var seenMentions = Set<String>()
        for ri in order {
            let r = records[ri]
            for m in r.events where !seenMentions.contains(m.id) {
                // The block first (prepare would compute the same): a record's mentions of other blocks (other
                // types, other months) are not prepared at all, where a document's records are read for each block.
                if let blocks, !blocks.contains(EventClusterer.block(of: m, published: r.published)) { continue }
                let p = EventClusterer.prepare(record: r, index: ri, mention: m, actors: actors)
                seenMentions.insert(m.id)
                prepared.append(p)
            }
        }
        return prepared
    }

    /// The order mentions are clustered in: block, precision of date, first day, publication, mention id.
    static func precedes(_ a: Prepared, _ b: Prepared) -> Bool {
        if a.block != b.block { return a.block < b.block }
        let ra = a.date.rank, rb = b.date.rank
        if ra != rb { return ra < rb }
        if a.date.firstDay != b.date.firstDay { return a.date.firstDay < b.date.firstDay }
        if a.seenKey != b.seenKey { return a.seenKey < b.seenKey }
        return a.mention.id < b.mention.id
    }

    /// Why each report of `reports` (mention ids) would or would not join the event made of `event` (mention ids),
    /// by the rules `resolve` applies: the report compared with the event as a whole, its words weighed against its
    /// block's sentences. For `letopis show EVENT --against OTHER`, when a user asks why two events are apart.
    /// A mention id found in neither list of prepared mentions is reported as unknown.
    func explain(_ reports: [String], against event: [String]) -> [(mention: String, decision: MergeDecision)] {
        let prepared = preparedMentions()
        let byID = Dictionary(prepared.indices.map { (prepared[$0].mention.id, $0) }, uniquingKeysWith: { first, _ in first })
        let members = event.compactMap { byID[$0] }.sorted { EventClusterer.precedes(prepared[$0], prepared[$1]) }
        guard let first = members.first else {
            return reports.map { ($0, MergeDecision(compatible: false, reason: "the event's reports are not in the records read")) }
        }
        let cluster = Cluster(type: prepared[first].mention.type, mode: prepared[first].mention.mode, statusClass: prepared[first].statusClass)
        for i in members { cluster.add(prepared[i], index: i, reason: "") }
        let eventSide = EventClusterer.side(cluster)
        let idf = SentenceSimilarity.inverseFrequencies(prepared.filter { $0.block == prepared[first].block }.map(\.words))
        return reports.map { id in
            guard let i = byID[id] else { return (id, MergeDecision(compatible: false, reason: "not in the records read")) }
            let p = prepared[i]
            if p.block != prepared[first].block {
                return (id, MergeDecision.otherBlock(p.block.description, prepared[first].block.description))
            }
            let r = EventClusterer.compareWithStrength(EventClusterer.side(p), eventSide, idf: idf)
            if r.ok, r.onlyIfAlone {
                let why = cluster.records.contains(p.record)
                    ? "nothing identifying in common, and two events of one document are two acts its extraction told apart"
                    : "nothing identifying in common; it would join only as the one event of its type on its day that it fits"
                return (id, MergeDecision(compatible: false, reason: "\(why): \(r.text)"))
            }
            return (id, MergeDecision(compatible: r.ok, reason: r.text))
        }
    }

    func resolve() -> [CorpusEvent] {
        let prepared = preparedMentions()
        let sorted = prepared.indices.sorted { EventClusterer.precedes(prepared[$0], prepared[$1]) }

        // Candidates come from an index of participant keys by day: a mention looks only at events that share a
        // participant and could fall on one of its days, so a state in every report of a month costs that day's
        // events, not the month's. Events over long periods (a year) sit in a per-key list every mention checks.
        struct DayKey: Hashable { var key: String; var day: Int }
        var clusters: [Cluster] = []
        var registered: [Set<String>] = []       // keys each cluster is indexed under
        var clusterDays: [[Int]?] = []          // days each cluster is indexed under; nil for a long period
        var byDay: [DayKey: [Int]] = [:]
        var wide: [String: [Int]] = [:]          // clusters over long periods, by key
        var all: [String: [Int]] = [:]           // every cluster, by key: what a mention over a long period checks
        // Word rarity per block, over the sentences of its mentions: what the rare-word rule weighs words by.
        var blockSentences: [EventBlock: [Set<String>]] = [:]
        for p in prepared { blockSentences[p.block, default: []].append(p.words) }
        var idf: [String: Double] = [:]
        var currentBlock: EventBlock?
        for i in sorted {
            let p = prepared[i]
            if p.block != currentBlock {
                byDay.removeAll(keepingCapacity: true); wide.removeAll(keepingCapacity: true); all.removeAll(keepingCapacity: true)
                currentBlock = p.block
                idf = SentenceSimilarity.inverseFrequencies(blockSentences[p.block] ?? [])
            }
            let keys = EventClusterer.keys(p.parties) + SentenceSimilarity.keys(p.words)
                + EventClusterer.placeKeys(p.placeKey, isState: p.placeIsState) + p.documentPeople.map(\.id)
            let days = EventClusterer.indexDays(p.date)
            var candidates = Set<Int>()
            if p.block.window != "undated", !days.isEmpty {
                for k in keys {
                    if let days = days.list {
                        for d in days { for c in byDay[DayKey(key: k, day: d)] ?? [] { candidates.insert(c) } }
                        for c in wide[k] ?? [] { candidates.insert(c) }
                    } else {
                        for c in all[k] ?? [] { candidates.insert(c) }
                    }
                }
            }
            let mine = EventClusterer.side(p)
            var fits: [(cluster: Int, text: String, shared: Int)] = []
            // Events of the same day the mention agrees with in everything but identifying evidence.
            var fitsIfAlone: [(cluster: Int, text: String)] = []
            func consider(_ c: Int) {
                let r = EventClusterer.compareWithStrength(mine, EventClusterer.side(clusters[c]), idf: idf)
                guard r.ok else { return }
                if !r.onlyIfAlone { fits.append((c, r.text, r.shared)) }
                else if !clusters[c].records.contains(p.record) { fitsIfAlone.append((c, r.text)) }
            }
            for c in candidates.sorted() { consider(c) }
            // Nothing identifying found: the other events of its days, which it may fit alone. A day of more events than
            // `EventRules.dayEventsLimit` is not read (a report there fits one alone too rarely to pay for the comparisons).
            if fits.isEmpty, p.block.window != "undated", let list = days.list {
                var sameDays = Set<Int>()
                for d in list { for c in byDay[DayKey(key: EventClusterer.dayKey, day: d)] ?? [] where !candidates.contains(c) { sameDays.insert(c) } }
                if sameDays.count <= EventRules.dayEventsLimit { for c in sameDays.sorted() { consider(c) } }
            }
            fits.sort { $0.shared != $1.shared ? $0.shared > $1.shared : $0.cluster < $1.cluster }
            // A nominal recall that fits no one reported event of its own days (none, several, or only other recalls)
            // looks back for the act it recalls.
            var recall: (cluster: Int, text: String)?
            let ownDays = fits.first.flatMap { best in fits.count == 1 || fits[1].shared < best.shared ? best : nil }
            // So does a report (a finite verb, a noun under a light verb) dated only by its publication day that fits
            // nothing of its own days at all, but only to an act of the same two named participants (`lateReport`):
            // news that breaks days after the act (`Трамп провёл телефонный разговор с Путиным`, published three days
            // after the call).
            let lateReport = !p.isRecall && fits.isEmpty && fitsIfAlone.isEmpty
                && !EventRules.recallTypesExcluded.contains(p.mention.type)
            if p.isRecall || lateReport, !(ownDays.map { clusters[$0.cluster].reported } ?? false), case .published(let day) = p.date {
                var older = Set<Int>()
                let n = day.daysSinceEpoch
                for k in EventClusterer.keys(p.parties) {
                    for d in (n - EventRules.recallLookBack)...n { for c in byDay[DayKey(key: k, day: d)] ?? [] { older.insert(c) } }
                    for c in wide[k] ?? [] { older.insert(c) }
                }
                recall = EventClusterer.recallTarget(p, published: day, candidates: older.sorted(), clusters: clusters,
                                                     twoNamed: lateReport)
            }
            let target: Int
            if let recall {
                target = recall.cluster
                clusters[target].add(p, index: i, reason: "joined: \(recall.text)", dated: false)
            } else if let best = ownDays {
                target = best.cluster
                clusters[target].add(p, index: i, reason: "joined: \(best.text)")
            } else if fits.isEmpty, fitsIfAlone.count == 1, let only = fitsIfAlone.first, !p.isRecall {
                target = only.cluster
                clusters[target].add(p, index: i, reason: "joined: the one event of its type on its day that it fits; \(only.text)")
            } else {
                let c = Cluster(type: p.mention.type, mode: p.mention.mode, statusClass: p.statusClass)
                let why: String
                if fits.count > 1 { why = "founding: fits \(fits.count) events equally, kept apart" }
                else if fitsIfAlone.count > 1 {
                    why = "founding: nothing identifying in common with any event, and in the same rare words with \(fitsIfAlone.count) events of its day, kept apart"
                }
                else if p.parties.isEmpty {
                    why = "founding: no participant to recognise it by; only a report in near-identical words, at its place in "
                        + "the same rare words, or of a person its document names would join it"
                }
                else { why = "founding: the report the others were compared with (the most precisely dated, then the earliest)" }
                c.add(p, index: i, reason: why)
                clusters.append(c)
                registered.append([])
                // The founder's days cover every day a later member can have: members only narrow an event's days.
                clusterDays.append(days.list)
                target = clusters.count - 1
            }
            let placeKeys = EventClusterer.placeKeys(clusters[target].placeKey, isState: clusters[target].placeIsState)
                + EventClusterer.placeKeys(p.placeKey, isState: p.placeIsState)
            for k in EventClusterer.keys(clusters[target].parties) + SentenceSimilarity.keys(p.words) + placeKeys
                + p.documentPeople.map(\.id) + [EventClusterer.dayKey]
            where registered[target].insert(k).inserted {
                if k == EventClusterer.dayKey {
                    // Only events of listed days are read by day: a report can fit alone only on its very day.
                    for d in clusterDays[target] ?? [] { byDay[DayKey(key: k, day: d), default: []].append(target) }
                    continue
                }
                all[k, default: []].append(target)
                if let days = clusterDays[target] {
                    for d in days { byDay[DayKey(key: k, day: d), default: []].append(target) }
                } else {
                    wide[k, default: []].append(target)
                }
            }
        }
        return build(clusters, prepared: prepared)
    }

    /// The event a nominal recall published on `published` recalls: among the events of its block that some report
    /// tells (not recalls only), whose days all lie before that day and no more than `EventRules.recallLookBack`
    /// days before it, the compatible ones that share what identifies an act (`identifiesRecalledAct`: an army or a
    /// state recurs daily), the most recent; two equally recent and equally shared, or other fits whose participants
    /// conflict with the most recent one's (acts of other doers the recall cannot tell apart): none. Wording and place never
    /// stand in for participants here. The recall adds no date to the event, so it never carries one explicit date
    /// to another.
    ///
    /// `twoNamed`: only an event with two named participants of the recall in common will do (a late report).
    static func recallTarget(_ p: Prepared, published: CalendarDate, candidates: [Int],
                             clusters: [Cluster], twoNamed: Bool = false) -> (cluster: Int, text: String)? {
        var mine = side(p)
        let window = DayInterval(published.adding(days: -EventRules.recallLookBack), published)
        mine.interval = window
        mine.publishedDays = []
        mine.publishedMinutes = nil
        mine.publishedUntimed = false
        var fits: [(cluster: Int, last: Int, shared: Int, text: String)] = []
        for c in candidates where clusters[c].reported {
            let other = side(clusters[c])
            // An event the text dates happened on its date, whenever it was reported (a call of the 7th reported on the
            // 10th is an act of the 7th); one dated only by publication, on its reports' days.
            let last = other.interval.map { $0.latest.daysSinceEpoch }
                ?? other.publishedDays.map(\.daysSinceEpoch).max() ?? Int.min
            // Earlier days only: the same day is the ordinary rules' business, and an event with no day is no recall's.
            guard last != Int.min, last < published.daysSinceEpoch else { continue }
            let parties = compareParties(mine, other)
            guard parties.ok, twoNamed ? namedInCommon(mine, other) >= 2 : identifiesRecalledAct(mine, other) else { continue }
            let r = compare(mine, other)
            guard r.ok else { continue }
            let dates = compareDates(mine, other).text
            let checks = r.text.replacingOccurrences(of: "; " + dates, with: "")
            let lastDay = CalendarDate(daysSinceEpoch: last).iso
            let kind = twoNamed ? "late report" : "nominal recall"
            let partOfSpeech = twoNamed ? "a report" : p.mention.triggerPOS == "NOUN" ? "a noun" : "an infinitive"
            fits.append((c, last, r.shared,
                         "\(kind) «\(p.mention.trigger.text)» (\(partOfSpeech), "
                         + "no date of its own, published \(published.iso)) of the most recent earlier report of the act with the "
                         + "same named participants, last dated \(lastDay), within \(EventRules.recallLookBack) days; \(checks)"))
        }
        fits.sort { a, b in a.last != b.last ? a.last > b.last : (a.shared != b.shared ? a.shared > b.shared : a.cluster < b.cluster) }
        guard let best = fits.first else { return nil }
        if fits.count > 1, fits[1].last == best.last, fits[1].shared == best.shared { return nil }
        // The most recent is the recalled act only when the others are earlier acts of the same sides (sanctions on
        // one bank by one state, twice): a recall that names the receiver alone cannot choose between the acts of two
        // different doers (the court's warrant for Нетаньяху and Canada's promise to arrest him).
        let bestSide = side(clusters[best.cluster])
        for other in fits.dropFirst() where !compareParties(bestSide, side(clusters[other.cluster])).ok { return nil }
        return (best.cluster, best.text)
    }

    /// Whether a recall and an earlier event share what identifies an act across days: two named participants (a
    /// person, a particular organisation), or, in a directed act, a named receiver of both (`санкции против
    /// Газпромбанка`, `ордер на арест Нетаньяху`). One side of a meeting (`переговоры` with `Путин`, `беседа с SHOT`)
    /// or a doer alone recurs too often to say which act is recalled.
    static func identifiesRecalledAct(_ recall: Side, _ event: Side) -> Bool {
        if namedInCommon(recall, event) >= 2 { return true }
        let named = recall.parties.filter { p in p.isSpecific && event.parties.contains { $0.id == p.id && $0.isSpecific } }
        guard !EventRules.symmetricTypes.contains(recall.type) else { return false }
        return named.contains { p in p.role == "recipient" && event.parties.contains { $0.id == p.id && $0.role == "recipient" } }
    }

    /// How many named participants (people, particular organisations) two sides have in common.
    static func namedInCommon(_ a: Side, _ b: Side) -> Int {
        Set(a.parties.filter { p in p.isSpecific && b.parties.contains { $0.id == p.id && $0.isSpecific } }.map(\.id)).count
    }

    /// The days a mention is indexed under: those its date allows, and the day before a publication day (news of
    /// yesterday). `list` nil: a period too long to list (over two months); empty: nothing to compare by.
    static func indexDays(_ date: MentionDate) -> (list: [Int]?, isEmpty: Bool) {
        switch date {
        case .timex(let i, _, _):
            guard i.length <= 62 else { return (nil, false) }
            let first = i.earliest.daysSinceEpoch
            return (Array(first...(first + i.length - 1)), false)
        case .published(let d):
            let n = d.daysSinceEpoch
            return ([n - EventRules.publicationLag, n], false)
        case .reference, .none:
            return ([], true)
        }
    }

    /// Index key of a known place that is not a whole state, for the rule that a place and rare words stand in for
    /// participants a report lacks.
    static func placeKeys(_ key: String?, isState: Bool) -> [String] {
        guard let key, !key.hasPrefix("text:"), !isState else { return [] }
        return ["place " + key]
    }

    /// Index key every mention and event of a block is filed under by day: a report that shares nothing identifying
    /// with an event may still be the one event of its day it fits.
    static let dayKey = "day"

    /// Index keys of participants: their ids, and the state each is or speaks for.
    static func keys(_ parties: [Party]) -> [String] {
        var out: [String] = []
        for p in parties {
            out.append(p.id)
            if let s = p.state { out.append("state " + s) }
        }
        return out.uniqued()
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
