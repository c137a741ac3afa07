import LetopisCore

/// Types that are acts of speech: coded only with the one who speaks.
private let eventsNeedingActor: Set<EventType> = ["ACCUSE", "SUPPORT", "REQUEST", "REJECT", "THREATEN"]
/// Rules that lend a clause a subject from another clause (coordinated, governing or preceding verb, speaker).
private let borrowedSubjectPatterns: Set<String> = [
    "subject.coordinated-verb", "subject.previous-root", "subject.lost", "subject.controlling-verb",
    "actor.governing-speaker", "actor.setting-verb-subject", "actor.setting-verb-object",
]
/// Types coded from a trigger and a place alone, when nobody is named.
private let eventsWithoutParticipants: Set<EventType> = ["PROTEST", "ASSAULT"]

extension EventExtractor {
    /// Place, sides, time, status and contexts; then the rules that drop a candidate whose essential
    /// participant is missing or that inherit one from the governing clause.
    func completed(_ candidate: EventCandidate, _ args: Arguments, _ shape: ClauseShape) -> CandidateVerdict {
        var c = candidate
        let entry = c.entry
        let t = shape.trigger
        if c.place == nil, let p = args.places.first(where: { isPlace($0) }) { c.place = placePart(p) }
        if c.place == nil { c.place = relativePlace(shape.clause) }
        let subjects = shape.nounIsSubject ? [] : args.subjects
        c.sides = (subjects + args.genitives).contains {
            isWord($0, .sidesNoun) && features($0).number == .plural && !hasCountry($0)
        }
        c.anaphoric = c.actors.isEmpty && c.recipients.isEmpty
        c.timex = time(for: t, clause: shape.clause)
        c.tense = features(shape.clause).tense
        // One chain of governing words serves both readings of modality.
        let chain = modalityChain(t, clause: shape.clause)
        // A verb whose subject the noun is lends it its `не` only when it tells whether the act took place or is to (`встреча
        // не состоялась`, `акция не прошла`, `визит не планируется`); `задержание не оказало влияния` tells of an arrest
        // that did happen.
        let tellsOfAct = isWord(shape.clause, .occurrenceVerb) || isWord(shape.clause, .plannedMarker)
        let negatable = shape.nounIsSubject && !tellsOfAct ? [t] : [t, shape.clause]
        c.status = status(t, clause: shape.clause, negatable: negatable, timex: c.timex, chain: chain,
                          speechAct: eventsNeedingActor.contains(entry.type))
        c.offered = offered(t, chain: chain)
        c.contexts = contexts(shape.clause, trigger: t)
        // `в телефонном разговоре с X Лавров призвал`, `на встрече с X он заявил`: the verb's subject took part
        // (in a meeting, beside the companions, who are its other side).
        let ownSideEmpty = entry.frame == .meet ? (subjects + args.genitives).isEmpty : c.actors.isEmpty
        if shape.nounTrigger, ownSideEmpty, shape.lightVerb == nil, isMarked(shape.nounToken, .settingPreposition),
           let h = view.head(shape.nounToken), pos(h) == .verb {
            let others = c.actors
            // Unless the verb charges someone, its object, with the act: `США обвинили Иран в поставках оружия`,
            // `подозревают X в организации теракта` — the act is the object's, and the subject only speaks of it.
            let objectSide = isWord(h, .chargingVerb) ? people(expand(view.children(h, [.object])), at: h) : []
            let side = objectSide.isEmpty ? people(expand(view.children(h, [.nominalSubject])), at: h) : objectSide
            c.actors = (side + others.filter { p in !side.contains { same($0, p) } }).sorted { $0.range.start < $1.range.start }
            c.anaphoric = c.actors.isEmpty && c.recipients.isEmpty
            if !side.isEmpty { c.fired(objectSide.isEmpty ? "actor.setting-verb-subject" : "actor.setting-verb-object") }
        }
        // The speaker lends a subject only to a clause that has none (`сообщил, что не исключает визита`);
        // `не ожидал, что к нему приедут родные` has its own, if unnamed, visitors.
        if c.actors.isEmpty && !c.anaphoric, entry.frame != .meet, view.children(shape.clause, [.nominalSubject]).isEmpty, !shape.passive {
            c.actors = inheritedSpeaker(shape.clause)
            if !c.actors.isEmpty { c.fired("actor.governing-speaker") }
        }
        // A visit needs its visitor: `приехали в Иллинойс` with an unnamed subject codes nothing.
        if entry.frame == .visit && !shape.nounTrigger && c.actors.isEmpty { return .dropped("visit-without-visitor") }
        if shape.nounTrigger && c.actors.isEmpty && c.recipients.isEmpty && entry.frame == .visit {
            c.actors = inheritedSpeaker(shape.clause)
            c.anaphoric = c.actors.isEmpty
        }
        // `Шварц публично обсуждал желание ...`, `Совет федерации обсуждал проект`: one side alone deliberates; a
        // consultation needs a second side (`с X`, `X и Y обсудили`).
        if entry.lemmas.first.map({ isLemma($0, .deliberation) }) == true, !c.anaphoric, c.actors.count == 1, c.recipients.isEmpty,
           features(t).voice != .passive, !lemma(t).hasSuffix("ся") { return .dropped("one-side-deliberates") }
        separateRoles(&c)
        return participantsRequired(c, args, shape)
    }

    /// Nobody acts on themselves and no town acts at all: a subject borrowed from a coordinated or
    /// governing clause that is also the object (`Куракин провел в СИЗО…, — его задержали`) stays the
    /// recipient only; a town or region that is not a state or a capital standing for one (`Власти →
    /// Нью-Йорк`) is no participant, unless a person noun holds it (`мэр Калуги`; a visit's destination
    /// is handled by ``assignVisit(_:_:destinations:at:)``).
    func separateRoles(_ c: inout EventCandidate) {
        // Only a borrowed subject: a clause's own subject equal to its object is a coreference or parse
        // error whose right side is unknown, and a meeting's sides are all its own.
        if c.entry.frame != .meet, c.patterns.contains(where: borrowedSubjectPatterns.contains) {
            let before = c.actors.count
            c.actors.removeAll { a in c.recipients.contains { same($0, a) } }
            if c.actors.count < before { c.fired("role.actor-is-recipient") }
        }
        guard c.entry.frame != .visit else { return }
        func isSettlement(_ p: EventParticipant) -> Bool {
            // A state is known by its entity's name too: a title over it (`Президенты России и Турции`) gives another normal.
            guard let a = actor(p.entity), a.type == .location, !isCountry(p), gazetteer.lookup(surface: a.name) == nil else { return false }
            // Nor by its words' dictionary forms (`России` → `россия`).
            guard let m = document.mentions.firstIndex(where: { $0.range == p.range }) else { return true }
            return !view.tokens(of: MentionIndex(m)).contains { gazetteer.lookup(lemma: lemma($0)) != nil }
        }
        guard (c.actors + c.recipients).contains(where: isSettlement) else { return }
        func settled(_ list: [EventParticipant]) -> [EventParticipant] {
            list.compactMap { p in
                guard isSettlement(p) else { return p }
                // `мэр Калуги`, `замглавы администрации Бронницы`: the person the town's name describes.
                if let person = describedPerson(p) { c.fired("role.descriptor-of-place"); return person }
                // Not made the event's place: a town named beside an act is often not where it happened.
                c.fired("role.place-not-participant")
                return nil
            }
        }
        c.actors = settled(c.actors)
        c.recipients = settled(c.recipients)
    }

    /// The animate noun whose genitive chain holds the place (`первый замглавы администрации округа
    /// Бронницы` → that deputy head), as a participant named by its phrase; nil when no person noun holds it.
    func describedPerson(_ p: EventParticipant) -> EventParticipant? {
        guard let m = document.mentions.firstIndex(where: { $0.range == p.range }) else { return nil }
        let span = view.tokens(of: MentionIndex(m))
        guard var cur = span.first(where: { t in view.head(t).map { !span.contains($0) } ?? true }) else { return nil }
        for _ in 0..<4 {
            // A town's name stands in apposition to `города`, `округа` (`мэр города Бронницы`), the rest in the genitive.
            guard let r = view.relation(cur), r == .nominalModifier || r == .appositional,
                  let h = view.head(cur), pos(h) == .noun else { return nil }
            if features(h).animacy == .animate { return describedParticipant(view.subtree(h), role: p.role) }
            cur = h
        }
        return nil
    }

    /// Crowds and gunmen are seldom named; words are someone's.
    func participantsRequired(_ candidate: EventCandidate, _ args: Arguments, _ shape: ClauseShape) -> CandidateVerdict {
        var c = candidate
        // A protest or an attack told with its place is an event even without a named participant
        // (`митинг на Пушкинской площади`, `стрельба в Керчи`).
        if c.anaphoric, c.place != nil, eventsWithoutParticipants.contains(c.entry.type) { c.anaphoric = false }
        // `задержали 39 человек`, `убиты два человека`: an arrest or an attack on a counted crowd is told, not referred
        // back to; the crowd is no actor in PLOVER's sense and is not listed.
        if c.anaphoric, [.act, .target].contains(c.entry.frame), ["COERCE", "ASSAULT"].contains(c.entry.type),
           (args.objects + args.patients + args.genitives + view.children(shape.clause, [.nominalSubject])).contains(where: isCountedCrowd) {
            c.anaphoric = false
        }
        // `его обвиняли в коррупции`, `отказался` with nobody named codes no accusation or refusal (an arrest
        // or a killing is an event even when only its target is named).
        // A procedure of investigators and courts (`возбуждено дело`, `предъявлены обвинения`, `объявлен в розыск`:
        // class `procedure`) is coded with only its target, as an arrest is (PLOVER: ACCUSE needs no recipient and
        // covers all investigations).
        if !c.anaphoric, c.actors.isEmpty, eventsNeedingActor.contains(c.entry.type),
           !(c.entry.lemmas.first.map { isLemma($0, .procedure) } ?? false), !isCharge(c) { return .dropped("needs-actor") }
        // Told to the press is attribution, not a statement to another actor (the stage drops a statement left
        // with no recipient).
        if c.entry.type == PloverOntology.statement {
            let before = c.recipients.count
            c.recipients.removeAll(where: isPress)
            if c.recipients.count < before { c.fired("statement.to-press") }
        }
        // `В беседе с SHOT депутат рассказал`, `в интервью РИА Новости`: a talk with the press is an interview, the
        // outlet's attribution, not a consultation between actors (#17: interviews coded as CONSULT).
        if c.entry.type == "CONSULT" {
            let before = c.participants.count
            c.actors.removeAll(where: isPress)
            c.recipients.removeAll(where: isPress)
            if c.participants.count < before {
                c.fired("consult.press-interview")
                if c.participants.count < 2 { return .dropped("interview") }
            }
        }
        // A murder, an accident or a brawl between private people is not coded (`isPoliticallyRelevant`).
        if !c.anaphoric, !isPoliticallyRelevant(c) {
            return .dropped("not-political A=\(c.actors.map { $0.normal ?? "" }) R=\(c.recipients.map { $0.normal ?? "" })")
        }
        return .event(c)
    }

    /// `Стросс-Кан был обвинен в …`, `33-летнего Селезнёва обвиняют в хищении`: an accusation with nobody
    /// accusing whose target is a person the sentence names reports a charge, the authorities' procedure, as
    /// `предъявлены обвинения` does. Not a pronoun's target (`его обвинили`: who, the text said before, may be
    /// an accuser), nor the imperfective past (`Петрова обвиняли в коррупции`: habitual talk, not coded), nor a
    /// full participle describing someone (`обвиняемого Попова`, `подозреваемую Шатову`: a charge made before).
    func isCharge(_ c: EventCandidate) -> Bool {
        guard c.entry.type == "ACCUSE", c.entry.mode == "allege" else { return false }
        let f = features(c.trigger)
        if f.aspect == .imperfective && f.tense == .past || f.verbForm == .participle && f.case != nil { return false }
        return c.recipients.contains { p in p.antecedent == nil && actor(p.entity)?.type == .person }
    }

    /// `39 человек`, `пять участников`: people named by their number.
    func isCountedCrowd(_ h: TokenIndex) -> Bool {
        isWord(h, .countedPeople) && !view.children(h, [.numericModifier]).isEmpty
    }

    // MARK: - Where

    /// A place phrase: a location mention in its subtree, or a place noun (`столица`, `резиденция`).
    func isPlace(_ t: TokenIndex) -> Bool {
        view.subtree(t).contains { mentionType(at: $0) == .location } || isWord(t, .placeNoun)
    }

    func placePart(_ t: TokenIndex) -> FactPart {
        let firstCase = view.children(t, [.caseMarker]).first
        let phrase = view.subtree(t).filter { view.relation($0) != .caseMarker || $0 != firstCase }
        let tokens = phrase.isEmpty ? [t] : phrase
        let r = range(tokens)
        // `столица России` is the capital by name.
        if isWord(t, .capitalNoun) {
            for u in tokens {
                if let c = gazetteer.lookup(lemma: lemma(u)) ?? gazetteer.lookup(surface: text(u)), let capital = gazetteer.capital(of: c.code) {
                    return FactPart(r, normal: capital)
                }
            }
        }
        if let m = tokens.lazy.compactMap(view.mention(at:)).first, let mention = view.mention(m) {
            return FactPart(mention.range, normal: actor(mention.entity)?.name ?? mention.normal)
        }
        return FactPart(r, normal: tokens.map(text).joined(separator: " "))
    }

    /// `..., где состоялась встреча`: the place named by the clause's antecedent.
    func relativePlace(_ clause: TokenIndex) -> FactPart? {
        guard view.relation(clause) == .clausalModifierOfNoun, let antecedent = view.head(clause),
              view.children(clause, [.adverbialModifier]).contains(where: { isWord($0, .whereAdverb) }), isPlace(antecedent) else { return nil }
        return placePart(antecedent)
    }

    // MARK: - When

    /// The time expression dating the clause: its own, else the clause it belongs to.
    func time(for trigger: TokenIndex, clause: TokenIndex) -> TimexIndex? {
        guard !document.timexes.isEmpty else { return nil }
        let heads = datedHeads(trigger, clause: clause)
        // `похитил и убил X в июне 2017 года`: a phrase after the last of coordinated verbs dates them all.
        let conjuncts = view.children(clause, [.conjunct]).filter { pos($0) == .verb && $0 > clause }
        let stops: Set<UDRelation> = [.clausalModifierOfNoun, .adverbialClause, .clausalComplement, .parataxis, .clausalSubject, .conjunct]
        for h in heads + conjuncts {
            let phrase = Set(view.subtree(h, stopAt: stops))
            let dated = datingPhrases(h)
            for (i, timex) in document.timexes.enumerated() {
                let x = TimexIndex(i)
                let r = view.tokens(of: x)
                // A duration or a repetition (`к 1,5 годам`, `каждый год`) says how long or how often, not when.
                guard [.date, .time].contains(timex.type) else { continue }
                if conjuncts.contains(h) && r.lowerBound < h { continue }
                if datesAnotherNoun(r, heads: heads) { continue }
                if r.contains(where: { phrase.contains($0) }) && !dated.contains(r.lowerBound) { return x }
            }
        }
        return nil
    }

    /// The expression hangs on a noun that is not the event (`удар по усадьбе XIX века`): it dates
    /// that thing, not the act.
    func datesAnotherNoun(_ r: Range<TokenIndex>, heads: [TokenIndex]) -> Bool {
        guard let root = r.first(where: { t in view.head(t).map { !r.contains($0) } ?? true }),
              view.relation(root) == .nominalModifier, let h = view.head(root) else { return false }
        return pos(h) == .noun && !heads.contains(h)
    }

    /// The trigger, its clause and the heads above them whose time dates the event.
    func datedHeads(_ trigger: TokenIndex, clause: TokenIndex) -> [TokenIndex] {
        var heads = [trigger]
        if clause != trigger { heads.append(clause) }
        // A noun's own relative clause dates it (`визита ..., который может состояться в начале апреля`).
        if pos(trigger) == .noun { heads += view.children(trigger, [.clausalModifierOfNoun]) }
        // Climb through nominal and relative attachments, not into another event's clause; a noun
        // trigger (`возможность визита ... в ближайшее время`) reaches the first verb above it.
        var cur = clause
        // A relative or coordinated clause (`посещал Анкару, где встретился ...`) takes its head clause's time.
        let dependentClause = view.relation(clause) == .clausalModifierOfNoun || view.relation(clause) == .conjunct
        for a in view.ancestors(clause, limit: 3) {
            let relation = view.relation(cur)
            if pos(a) == .verb {
                let nounComplement = pos(trigger) == .noun && relation.map { [.nominalModifier, .object, .obliqueNominal].contains($0) } == true && cur != clause
                    || (pos(clause) == .noun && relation == .nominalModifier)
                if dependentClause || nounComplement { heads.append(a) }
                break
            }
            heads.append(a)
            cur = a
        }
        return heads
    }

    /// Token positions where a time expression dates a temporal phrase rather than the event:
    /// `посетил Россию после смены власти в Дамаске в конце прошлого года` — the end of last year
    /// is when power changed, not when he visited. These are the tokens right after a
    /// `после`/`до`/`перед` phrase of the clause.
    func datingPhrases(_ h: TokenIndex) -> Set<TokenIndex> {
        var out = Set<TokenIndex>()
        for d in view.children(h, [.obliqueNominal, .nominalModifier]) where isMarked(d, .datingPreposition) {
            let phrase = view.subtree(d)
            if let last = phrase.last {
                // The phrase may already swallow the timex, or the timex may follow it directly.
                out.insert(last + 1)
                for t in phrase where view.timex(at: t).map({ view.tokens(of: $0).lowerBound == t }) == true { out.insert(t) }
            }
        }
        return out
    }

    // MARK: - Status and contexts

    /// `chain`: the trigger's ``modalityChain(_:clause:)``; `negatable`: the words whose `не` negates the act (the
    /// trigger, and its clause unless that only says something of it).
    func status(_ trigger: TokenIndex, clause: TokenIndex, negatable: [TokenIndex], timex: TimexIndex?, chain: [TokenIndex],
                speechAct: Bool) -> EventStatus {
        let negated = negatable.contains { h in
            view.children(h, [.adverbialModifier, .discourse, .auxiliary]).contains { isWord($0, .negation) }
                || view.peek(h - 1, within: h).map { isWord($0, .negation) } == true
        }
        var hypothetical = false
        // `будет поддерживать`, `будем добиваться`: the analytic future is a finite `быть` over an infinitive (the tagger
        // gives that `будет` the present tense, as UD Russian does).
        var planned = features(clause).tense == .future || isAnalyticFuture(clause)
        // `опроверг сообщения о том, что X нанёс удар`, `опроверг удар по Одессе`: what a denial governs is told as not
        // having happened — but an accusation or a demand the denial answers (`отверг обвинения`) was made.
        let answered = speechAct && view.head(trigger).map { isWord($0, .denialMarker) } == true
        if !answered, chain.contains(where: { $0 != trigger && isWord($0, .denialMarker) }) { return .negated }
        // `предотвратил теракт`, `отменил визит`: the act did not take place.
        if chain.contains(where: { $0 != trigger && isWord($0, .preventionMarker) }) { return .negated }
        for a in chain {
            // A marker does not qualify itself: `Минфин предложил` is a proposal made (REQUEST, occurred); it makes
            // hypothetical only what is proposed (`предложил встретиться`).
            if a != trigger, isWord(a, .hypotheticalMarker) { hypothetical = true }
            if a != trigger, isWord(a, .plannedMarker) { planned = true }
            for d in view.children(a, [.adjectivalModifier, .auxiliary, .adverbialModifier, .openClausalComplement]) {
                if isWord(d, .plannedMarker) { planned = true }
                if isWord(d, .hypotheticalMarker) { hypothetical = true }
            }
        }
        // `призывы освободить X`, `добиваются его экстрадиции`: what is asked for has not happened.
        if clause != trigger, isWord(clause, .requestMarker) { hypothetical = true }
        // Only complements count: `призвал X, заявив, что встреча состоялась` tells of a meeting that took place. So for
        // what a permission allows (`позволили Украине наносить удары`), not for what it dates (`позволит впервые с
        // момента вторжения`).
        var asked = clause
        for _ in 0..<2 {
            guard let r = view.relation(asked), [.openClausalComplement, .object, .nominalModifier, .clausalComplement].contains(r),
                  let h = view.head(asked) else { break }
            if isWord(h, .requestMarker) || isWord(h, .permissionMarker) { hypothetical = true; break }
            asked = h
        }
        if let x = timex, x.rawValue < document.timexes.count {
            let value = document.timexes[x.rawValue].value
            if value == "FUTURE_REF" { planned = true }
            if let published = document.published?.date.iso, value.count == 10, value > published { planned = true }
        }
        if hypothetical { return .hypothetical }
        if negated { return .negated }
        if planned { return .planned }
        return .occurred
    }

    /// `будет поддерживать`, `будет продолжать поддерживать`: the infinitive, or the infinitive it completes, has a
    /// finite `быть` as its auxiliary.
    func isAnalyticFuture(_ clause: TokenIndex) -> Bool {
        var cur = clause
        for _ in 0..<3 {
            guard features(cur).verbForm == .infinitive else { return false }
            if view.children(cur, [.auxiliary]).contains(where: {
                lemma($0) == "быть" && features($0).verbForm == .finite && features($0).tense != .past
            }) { return true }
            guard view.relation(cur) == .openClausalComplement, let h = view.head(cur) else { return false }
            cur = h
        }
        return false
    }

    /// Whether a word of readiness or offer governs the trigger, as planning words do (`готов к переговорам`,
    /// `заявили о готовности сотрудничать`, `о решимости поддерживать`): the conventions code the offer.
    func offered(_ trigger: TokenIndex, chain: [TokenIndex]) -> Bool {
        chain.contains { a in
            (a != trigger && isWord(a, .offerMarker))
                || view.children(a, [.adjectivalModifier, .openClausalComplement]).contains { isWord($0, .offerMarker) }
        }
    }

    /// The trigger, its clause, the governing clauses and a noun's own relative clause: where a
    /// modal or planning word changes what is told.
    func modalityChain(_ trigger: TokenIndex, clause: TokenIndex) -> [TokenIndex] {
        // A noun's own relative clause speaks of it too (`визит, который может состояться`).
        let relatives = view.children(trigger, [.clausalModifierOfNoun]).flatMap { [$0] + view.children($0, [.openClausalComplement, .auxiliary]) }
        // Climb the governing clauses, but not from a reporting verb into the quote it is attached to
        // (`«Не могу исключать ...», — сказал в этой беседе Андрей`: the quote's modality is not the talk's).
        var governing: [TokenIndex] = []
        var cur = clause
        while governing.count < 3, view.relation(cur) != .parataxis, let h = view.head(cur) {
            governing.append(h)
            cur = h
        }
        return [trigger, clause] + governing + relatives
    }

    func contexts(_ clause: TokenIndex, trigger: TokenIndex) -> [String] {
        var out: [String] = []
        let phrase = view.subtree(clause, stopAt: [.parataxis, .clausalComplement, .adverbialClause, .conjunct])
        for t in phrase {
            if let c = tables.contexts[lemma(t)], !out.contains(c) { out.append(c) }
        }
        if trigger != clause {
            for t in view.subtree(trigger) { if let c = tables.contexts[lemma(t)], !out.contains(c) { out.append(c) } }
        }
        return out
    }

    // MARK: - Without a parse

    /// With no syntax layer: person mentions before the trigger act, those after `с` receive.
    func linearCandidate(_ c0: EventCandidate) -> EventCandidate? {
        var c = c0
        let sentence = view.tokens(of: c.sentence)
        let t = c.trigger
        var seen = Set<MentionIndex>()
        for u in sentence {
            guard let m = view.mention(at: u), !seen.contains(m), let mention = view.mention(m) else { continue }
            seen.insert(m)
            let before = view.peek(u - 1, within: u)
            let afterWith = before.map { isWord($0, .companionPreposition) } ?? false
            if mention.type == .person {
                guard let p = fromMention(m) else { continue }
                let subject = u < t && !afterWith
                // A reciprocal act's sides, the subject and the `с`-companion, all act.
                if c.entry.frame == .meet {
                    if subject || afterWith { c.actors.append(p) }
                } else if subject { c.actors.append(p) } else { c.recipients.append(p) }
            } else if mention.type == .location, c.place == nil, let b = before, isWord(b, .placePreposition) {
                c.place = FactPart(mention.range, normal: actor(mention.entity)?.name ?? mention.normal)
            }
        }
        c.anaphoric = c.actors.isEmpty && c.recipients.isEmpty
        c.timex = document.timexes.indices.lazy.map { TimexIndex($0) }.first { sentence.contains(view.tokens(of: $0).lowerBound) }
        return c
    }
}
