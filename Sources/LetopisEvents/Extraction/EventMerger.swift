import LetopisCore

/// Merges clauses that tell the same happening into one event.
///
/// Rules, in document order:
/// - a clause with no participants of its own (`в ходе встречи`, `обсуждалось`)
///   or whose subject is `стороны` joins the latest event of its kind told
///   within the last three sentences;
/// - a clause joins an earlier event of the same type and mode that shares a
///   participant, when neither is dated differently from the other; in one sentence, a mode that says
///   only how (`LetopisCore.MannerModes`: by phone) is the same mode as none, except for attacks, and the
///   event takes it;
/// - statements merge only with statements of the same speaker in one sentence;
/// - two attacks at two different places, or told in two sentences that name different weapons and none in
///   common (`LetopisCore/Data/weapons.tsv`), are two attacks (`ATACMS` on Bryansk, `Storm Shadow` on Kursk).
struct EventMerger {
    let document: Document
    /// Weapons named in each sentence, computed on first use (`weaponsOfSentence`).
    private var sentenceWeapons: [Int: Set<String>] = [:]
    let weaponNames: WeaponNames

    init(document: Document, weaponNames: WeaponNames = WeaponNames.table) {
        self.document = document
        self.weaponNames = weaponNames
    }

    /// Types whose acts are told apart by where and with what they were done: an attack on Bryansk and one on
    /// Kursk by one army on one night are two attacks, whereas a meeting or a sanction keeps its identity by who
    /// takes part.
    static let placeBoundTypes: Set<EventType> = ["ASSAULT"]

    mutating func merge(_ candidates: [EventCandidate]) -> [EventCandidate] {
        var events: [EventCandidate] = []
        for var c in candidates {
            if c.sides, let i = events.lastIndex(where: { $0.entry.type == "CONSULT" && !$0.participants.isEmpty }),
               events[i].sentence.distance(to: c.sentence) <= 3 {
                absorb(&events[i], c, by: "merge.sides")
                continue
            }
            if c.anaphoric {
                // Only into an event told the same way: `следующий раунд консультаций запланирован` is another round.
                // A manner is the same way (`беседа состоялась в четверг` after `провели телефонный разговор`), but not
                // for an attack: one told with no doer near another is as often an earlier one (`11 октября украинцы уже
                // наносили удар по этому месту` after `нанесли ракетный удар`).
                if let i = events.indices.last(where: { k in
                    let e = events[k]
                    return e.entry.type == c.entry.type && (e.entry.mode == c.entry.mode || differOnlyInManner(e, c))
                        && e.sentence.distance(to: c.sentence) <= 3
                        && e.status == c.status && sameDate(c.timex, e.timex) && !apartByPlaceOrWeapon(e, c)
                }) {
                    absorb(&events[i], c, by: "merge.anaphoric")
                }
                continue  // no event without participants
            }
            if let i = events.indices.first(where: { sameHappening(events[$0], c) && !apartByPlaceOrWeapon(events[$0], c) }) {
                absorb(&events[i], c, by: "merge.same-happening")
                continue
            }
            // `после первого визита аш-Шибани`: a later mention of an earlier, dated event.
            c.contexts = Array(c.contexts)
            events.append(c)
        }
        return events
    }

    func sameHappening(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        guard a.entry.type == b.entry.type else { return false }
        if a.entry.type == PloverOntology.statement { return a.sentence == b.sentence && sharesParticipant(a.actors, b.actors) }
        // A visit and the talks held during it are two records, as PLOVER codes them. A call and what was discussed
        // in it, told in one sentence (`провели телефонный разговор и обсудили`), are one, the mode saying only how;
        // in other sentences a meeting without a mode is as often another, face-to-face one (`встречался в сентябре`),
        // and two means of attack in one sentence are two attacks (`атаки дронов и два артиллерийских удара`).
        if a.entry.mode != b.entry.mode {
            guard a.sentence == b.sentence, differOnlyInManner(a, b) else { return false }
        }
        guard a.status == b.status || a.status == .occurred && b.status == .occurred else { return false }
        // Two protests or attacks with nobody named are one when told at the same place.
        if a.participants.isEmpty || b.participants.isEmpty {
            guard a.participants.isEmpty && b.participants.isEmpty, let pa = a.place?.normal, pa == b.place?.normal else { return false }
            return sameDate(a.timex, b.timex)
        }
        // The same visitor, the same accuser...: sharing only a host or a target is not enough — unless
        // neither report names who acted (`Моторолу убили` ... `Арсен Павлов убит`): one act told twice,
        // as a headline and the body sentence that restates it, is one event (event-annotation.md).
        let toldByTargetOnly = (a.actors.isEmpty || b.actors.isEmpty) && sharesParticipant(a.recipients, b.recipients)
        guard sharesParticipant(a.actors, b.actors) || a.entry.frame == .meet && sharesParticipant(a.participants, b.participants)
                || toldByTargetOnly else { return false }
        // Different dates are different happenings.
        if a.timex != nil, b.timex != nil, !sameDate(a.timex, b.timex) { return false }
        // A meeting merges with one whose participants it covers (same people, not just one of them).
        if a.entry.type == "CONSULT" && a.entry.mode == nil {
            let ka = Set(a.participants.compactMap(\.entity)), kb = Set(b.participants.compactMap(\.entity))
            if !(ka.isSubset(of: kb) || kb.isSubset(of: ka)) { return false }
        }
        return true
    }

    /// Whether two clauses of one type differ in mode only by a manner one of them names (`LetopisCore.MannerModes`:
    /// by phone), for a type whose acts are not told apart by how they were done (not attacks, `placeBoundTypes`).
    func differOnlyInManner(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        !Self.placeBoundTypes.contains(a.entry.type) && MannerModes.compatible(type: a.entry.type.rawValue, a.entry.mode, b.entry.mode)
    }

    /// Whether two attacks are told as two: at two different places (`Курская область` and `Брянская область`; a
    /// city and its region, `Курск` and `Курская область`, are not different), or in two sentences that each name
    /// a weapon and none in common (`ATACMS` against `Storm Shadow`). An attack keeps the place and date of every
    /// clause it absorbs, so joining two would date one by the other.
    mutating func apartByPlaceOrWeapon(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        guard Self.placeBoundTypes.contains(a.entry.type) else { return false }
        if let pa = a.place?.normal, let pb = b.place?.normal, !Self.samePlaceFamily(pa, pb) { return true }
        guard a.sentence != b.sentence else { return false }
        let wa = weapons(inSentence: a.sentence.rawValue), wb = weapons(inSentence: b.sentence.rawValue)
        return !wa.isEmpty && !wb.isEmpty && wa.isDisjoint(with: wb)
    }

    /// Two place names of one place family: equal once folded, or their first words sharing a stem of four letters
    /// (`Курск`, `Курская область`; `Брянская область`, `Брянской области`).
    static func samePlaceFamily(_ a: String, _ b: String) -> Bool {
        let fa = TextFolding.foldWords(a), fb = TextFolding.foldWords(b)
        if fa == fb { return true }
        guard let x = fa.first, let y = fb.first else { return true }
        return x.prefix(4) == y.prefix(4)
    }

    /// The weapons a sentence names (ids of `LetopisCore/Data/weapons.tsv`), by the words as written or their lemmas.
    mutating func weapons(inSentence s: Int) -> Set<String> {
        if let known = sentenceWeapons[s] { return known }
        var found = Set<String>()
        if s >= 0, s < document.sentences.count, !weaponNames.names.isEmpty {
            let range = document.sentences[s].tokens.clamped(to: 0..<document.tokens.count)
            var words: [String] = [], lemmas: [String] = []
            for t in range where document.tokens[t].kind == .word || document.tokens[t].kind == .number {
                words.append(TextFolding.fold(document.text(of: document.tokens[t].range)))
                lemmas.append(t < document.lemmas.count ? TextFolding.fold(document.lemmas[t]) : "")
            }
            found = weaponNames.weapons(inWords: words, lemmas: lemmas)
        }
        sentenceWeapons[s] = found
        return found
    }

    /// Whether two time expressions date alike; an undated side agrees with any date.
    func sameDate(_ a: TimexIndex?, _ b: TimexIndex?) -> Bool {
        guard let a, let b else { return true }
        return value(a) == value(b)
    }

    func value(_ x: TimexIndex) -> String? {
        x.rawValue >= 0 && x.rawValue < document.timexes.count ? document.timexes[x.rawValue].value : nil
    }

    func sharesParticipant(_ a: [EventParticipant], _ b: [EventParticipant]) -> Bool {
        a.contains { x in b.contains { y in
            if let ex = x.entity, let ey = y.entity { return ex == ey }
            return x.normal != nil && x.normal == y.normal
        } }
    }

    func absorb(_ e: inout EventCandidate, _ c: EventCandidate, by rule: String) {
        e.fired(rule)
        c.patterns.forEach { e.fired($0) }
        e.evidence.append(c.tokens)
        e.evidence += c.evidence
        func add(_ list: inout [EventParticipant], _ p: EventParticipant, excluding other: [EventParticipant]) {
            let known = (list + other).contains { x in
                if let a = x.entity, let b = p.entity { return a == b }
                return x.range == p.range
            }
            if !known { list.append(p) }
        }
        for p in c.actors { add(&e.actors, p, excluding: e.recipients) }
        for p in c.recipients { add(&e.recipients, p, excluding: e.actors) }
        // A clause that says how (`по телефону`, `ракетами`) makes a mode-less event more precise.
        if e.entry.mode == nil, c.entry.type == e.entry.type, let mode = c.entry.mode,
           MannerModes.isManner(type: e.entry.type.rawValue, mode) {
            e.entry.mode = mode
        }
        if e.place == nil { e.place = c.place }
        if e.timex == nil { e.timex = c.timex }
        if e.source == nil { e.source = c.source }
        for x in c.contexts where !e.contexts.contains(x) { e.contexts.append(x) }
    }
}

