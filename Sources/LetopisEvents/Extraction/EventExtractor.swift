import LetopisCore
import LetopisEntities

/// Finds event triggers and their arguments in one document.
///
/// Reads the document through one ``TokenView`` (tokens, sentences, lemmas, morphology, syntax,
/// mentions, time expressions). Works clause by clause: a trigger (`Lexicons/triggers.tsv`), the
/// clause it heads, the phrases that depend on it, which fill roles by `Lexicons/argument-roles.tsv`;
/// senses outside PLOVER are vetoed by `Lexicons/sense-vetoes.tsv` with the dependency patterns of
/// `Lexicons/event-patterns.tsv`. See `Docs/events.md` for the rules.
struct EventExtractor {
    let lexicon: TriggerLexicon
    let gazetteer: CountryGazetteer
    let tables: EventLexicons
    let view: TokenView
    /// The learned trigger model; nil runs the lexicon alone.
    let model: EventTriggerModel?
    var document: Document { view.document }

    init(view: TokenView, lexicon: TriggerLexicon, gazetteer: CountryGazetteer, tables: EventLexicons, model: EventTriggerModel? = nil) {
        self.view = view
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.tables = tables
        self.model = model
    }

    // MARK: - Token questions

    func lemma(_ t: TokenIndex) -> String { view.lemma(t) }
    func pos(_ t: TokenIndex) -> UPOS? { view.pos(t) }
    func features(_ t: TokenIndex) -> UDFeatures { view.features(t) }
    func text(_ t: TokenIndex) -> String { view.text(t) }
    func isWord(_ t: TokenIndex, _ c: WordClass) -> Bool { tables.words.contains(c, view.lemma(t)) }
    func isLemma(_ folded: String, _ c: WordClass) -> Bool { tables.words.contains(c, folded) }
    /// Whether the preposition marking `t` is of class `c`.
    func isMarked(_ t: TokenIndex, _ c: WordClass) -> Bool { view.caseMarker(t).map { tables.words.contains(c, $0) } ?? false }
    func range(_ tokens: [TokenIndex]) -> TextRange { EventExtractionStage.span(of: tokens, in: view) }
    func actor(_ e: Int?) -> Actor? { e.flatMap { $0 >= 0 && $0 < document.actors.count ? document.actors[$0] : nil } }
    func mentionType(at t: TokenIndex) -> EntityType? { view.mention(at: t).flatMap(view.mention)?.type }

    // MARK: - Triggers

    func candidates() -> [EventCandidate] { candidatesAndDropped().found }

    /// The candidates, and the triggers that found no event (a sense veto, a missing participant):
    /// `--trace` lists both, so a missed event can be told from a missed trigger.
    func candidatesAndDropped() -> (found: [EventCandidate], dropped: [DroppedTrigger]) {
        var out: [EventCandidate] = []
        var dropped: [DroppedTrigger] = []
        var used = Set<TokenIndex>()
        for s in document.sentences.indices {
            let sentence = SentenceIndex(s)
            for t in view.tokens(of: sentence) where !used.contains(t) {
                guard let (entry, matched) = trigger(at: t, used: used) else { continue }
                switch candidate(entry: entry, tokens: matched, sentence: sentence) {
                case .event(let c):
                    matched.forEach { used.insert($0) }
                    out.append(c)
                case .dropped(let reason):
                    dropped.append(DroppedTrigger(entry: entry, tokens: matched, sentence: sentence, reason: reason))
                }
            }
        }
        return (out, dropped)
    }

    /// The trigger starting at `t`: the lexicon's row and the learned model's judgement, combined
    /// by the model's policy (``EventTriggerModel/Policy``).
    func trigger(at t: TokenIndex, used: Set<TokenIndex>) -> (TriggerEntry, [TokenIndex])? {
        let found = lexicalOrLearnedTrigger(at: t, used: used)
        return refusal(at: t, found) ?? found
    }

    /// `Госдума не одобрила законопроект`, `Сербия не поддержала санкции`: approval negated by a `не` governing
    /// the verb is a refusal, an occurred REJECT (`../shared/event-annotation.md`: a refusal is a REJECT, not a
    /// negated event). The approving verbs are the class `approval` — triggers of their own (`поддержать` →
    /// SUPPORT) or not (`одобрить`, a vote for a bill, is not coded; voting it down is). Nil when `t` is no
    /// negated approval.
    func refusal(at t: TokenIndex, _ found: (TriggerEntry, [TokenIndex])?) -> (TriggerEntry, [TokenIndex])? {
        guard pos(t) == .verb, isWord(t, .approval), isNegated(t) else { return nil }
        if let found, found.1.count > 1 || !["SUPPORT", "AGREE"].contains(found.0.type) { return nil }
        return (TriggerEntry(lemmas: [lemma(t)], type: "REJECT", mode: nil, frame: .act, isNoun: false, isLearned: false, isRefusal: true), [t])
    }

    /// Whether a `не` governs `t` (its modifier, particle or auxiliary, or the word right before it).
    func isNegated(_ t: TokenIndex) -> Bool {
        view.children(t, [.adverbialModifier, .discourse, .auxiliary]).contains { isWord($0, .negation) }
            || view.peek(t - 1, within: t).map { isWord($0, .negation) } == true
    }

    func lexicalOrLearnedTrigger(at t: TokenIndex, used: Set<TokenIndex>) -> (TriggerEntry, [TokenIndex])? {
        let row = match(at: t, used: used)
        guard let model, model.policy != .rules, let judgement = model.judge(view, t, lexicon: lexicon) else { return row }
        switch model.policy {
        case .rules:
            return row
        case .combined:
            if let row { return judgement.none >= model.vetoThreshold ? nil : row }
        case .model:
            guard let best = judgement.best, best.probability >= model.addThreshold else { return nil }
            if let row, row.0.type == best.type { return row }
        }
        guard let best = judgement.best, best.probability >= model.addThreshold else { return nil }
        return (learnedEntry(best.type, at: t), [t])
    }

    /// A trigger the model proposes where no lexicon row matched. Its mode and frame are the
    /// lexicon's for this lemma and type — a longer row it begins (`возбудить дело` lends
    /// `возбудила` ACCUSE/investigate) or a `meaning` row (`искать`, never a trigger alone); with
    /// none, PLOVER's plain type, meeting roles for CONSULT and actor/target roles otherwise (the
    /// argument patterns of `Lexicons/argument-roles.tsv` then apply).
    func learnedEntry(_ type: EventType, at t: TokenIndex) -> TriggerEntry {
        let isNoun = pos(t) == .noun
        // A longer row lends its mode only when its other words are in the sentence (`дело было возбуждено` is an
        // investigation): `взяли без боя хутор` is no taking of prisoners (`взять в плен`), `подал иск` no
        // resignation (`подать в отставку`).
        lazy var sentence = view.sentence(of: t).map { Set(view.tokens(of: $0).map(lemma)) } ?? []
        let rows = lexicon.meanings(folded: lemma(t), type: type).filter {
            $0.lemmas.count == 1 || $0.lemmas.dropFirst().allSatisfy { sentence.contains($0) }
        }
        if let row = rows.first(where: { $0.isNoun == isNoun }) ?? rows.first {
            return TriggerEntry(lemmas: [lemma(t)], type: type, mode: row.mode, frame: row.frame, isNoun: isNoun, isLearned: true)
        }
        return TriggerEntry(lemmas: [lemma(t)], type: type, mode: nil, frame: type == "CONSULT" ? .meet : .act,
                            isNoun: isNoun, isLearned: true)
    }

    /// The longest lexicon entry starting at `t`; later words may be up to two tokens apart, within the sentence.
    func match(at t: TokenIndex, used: Set<TokenIndex>) -> (TriggerEntry, [TokenIndex])? {
        entries: for entry in lexicon.candidates(folded: lemma(t)) where !entry.isMeaningOnly {
            var matched = [t]
            var cursor = t
            for word in entry.lemmas.dropFirst() {
                guard let found = view.tokens(after: cursor).prefix(3).first(where: { lemma($0) == word && !used.contains($0) }) else {
                    continue entries
                }
                matched.append(found)
                cursor = found
            }
            if partOfSpeechFits(entry, t) { return (entry, matched) }
        }
        return nil
    }

    func partOfSpeechFits(_ entry: TriggerEntry, _ t: TokenIndex) -> Bool {
        guard let pos = view.pos(t) else { return true }
        if entry.lemmas.count > 1 && !entry.isNoun { return pos == .verb }
        // A noun phrase trigger (`телефонный разговор`) is judged by its head noun, the last word.
        if entry.isNoun { return entry.lemmas.count > 1 || pos == .noun }
        if pos != .verb { return false }
        // A statement is a finite verb: `отметив важность` belongs to the clause it modifies.
        if entry.type == PloverOntology.statement, let form = features(t).verbForm, form != .finite { return false }
        return true
    }

    // MARK: - One candidate

    /// The event a trigger reports, with its participants, place, time, status and contexts; or why there is
    /// none (a sense veto, a missing participant). Each step is a table or a named rule.
    func candidate(entry lexiconEntry: TriggerEntry, tokens: [TokenIndex], sentence: SentenceIndex) -> CandidateVerdict {
        guard let t = tokens.first else { return .dropped("no-token") }
        var (entry, retype) = retyped(lexiconEntry, trigger: t)
        let shape = ClauseShape(self, entry: entry, tokens: tokens)
        let cue = entry.mode == nil ? modeCue(entry.type, shape) : nil
        if let cue { entry.mode = cue.mode }
        var c = EventCandidate(entry: entry, tokens: tokens, clause: shape.clause, sentence: sentence)
        if let retype { c.fired(retype.pattern) }
        if let cue { c.fired("mode." + cue.name) }
        let args = arguments(entry, shape)
        args.fired.forEach { c.fired($0) }
        if let veto = senseVeto(entry, shape, args) { return .dropped("veto." + veto) }
        // Without a parse, fall back to the mentions around the trigger in its sentence.
        if !view.hasSyntax { return linearCandidate(c).map(CandidateVerdict.event) ?? .dropped("no-participant-near") }
        guard assignParticipants(&c, args, shape) else { return .dropped("host-without-guest") }
        if retype?.row.objectIsPlace == true {
            groundAsPlace(&c, args)
        }
        if entry.isRefusal { c.fired("retype.negated-approval") }
        let verdict = completed(c, args, shape)
        guard case .event(var done) = verdict else { return verdict }
        // The `не` that makes the refusal does not negate it.
        if entry.isRefusal, done.status == .negated { done.status = .occurred }
        return .event(done)
    }

    /// The mode a trigger given only a type gets from its own words or its dependents'
    /// (`Lexicons/mode-cues.tsv`): `подал в отставку` → resign, `ракетный удар` → missile.
    func modeCue(_ type: EventType, _ shape: ClauseShape) -> ModeCue? {
        guard let cues = tables.modeCues[type], !cues.isEmpty else { return nil }
        let own = Set(shape.tokens.map(lemma))
        let heads = Array(Set(shape.tokens + [shape.nounToken, shape.clause]))
        let near = heads.flatMap { view.children($0) }.filter { !shape.tokens.contains($0) }
        let dependents = Set((near + near.flatMap { view.children($0) }).map(lemma))
        return cues.first { cue in !cue.lemmas.isDisjoint(with: cue.onTrigger ? own : dependents) }
    }

    /// The lexicon entry, or another event the trigger reports in this construction (`Lexicons/retypes.tsv`:
    /// `осудил к пяти годам` is a sentence, `освободили село` an assault, `заочно арестовал` a threat).
    /// The second value is the row and the name of the pattern that matched, nil when none did.
    func retyped(_ entry: TriggerEntry, trigger t: TokenIndex) -> (TriggerEntry, (row: Retype, pattern: String)?) {
        for r in tables.retypes {
            guard let m = tables.patterns.firstMatch(view, anchor: t, prefix: r.pattern) else { continue }
            return (TriggerEntry(lemmas: entry.lemmas, type: r.type, mode: r.mode, frame: r.frame, isNoun: entry.isNoun,
                                 isLearned: entry.isLearned), (r, m.pattern))
        }
        return (entry, nil)
    }

    /// The ground an act takes (`освободила Селидово`, `освободили село Новодмитровка`) is where it happened, not
    /// whom it was done to: the object leaves the recipients and becomes the place.
    func groundAsPlace(_ c: inout EventCandidate, _ args: Arguments) {
        guard let ground = args.objects.first else { return }
        let tokens = view.subtree(ground)
        let phrase = range(tokens)
        c.recipients.removeAll { phrase.contains($0.range) }
        if c.place == nil { c.place = placePart(ground) }
        c.fired("place.ground-taken")
    }

    /// Roles to participants, by the trigger's frame; false when the frame's essential participant is missing.
    func assignParticipants(_ c: inout EventCandidate, _ args: Arguments, _ shape: ClauseShape) -> Bool {
        let t = shape.trigger
        let subjects = shape.nounIsSubject ? [] : args.subjects
        switch c.entry.frame {
        case .meet:
            // A reciprocal act (a meeting, a call, talks, an agreement between sides): every side acts and
            // nobody receives (`../shared/event-annotation.md`, Participants), in the order the sentence names them.
            // Each side is read on its own: a person outranks a country only within one side's phrase.
            let first = people(subjects + args.genitives, at: t)
            let others = people(args.companions + expand(args.inheritedCompanions), at: t).filter { p in !first.contains { same($0, p) } }
            c.actors = (first + others).sorted { $0.range.start < $1.range.start }
            if !first.isEmpty && !others.isEmpty { c.fired("role.reciprocal") }
        case .visit:
            assignVisit(&c, subjects + args.genitives, destinations: args.destinations, at: t)
        case .host:
            c.recipients = people(subjects, at: t)
            // `принять` hosts someone only when its object itself is a person, an organisation or a delegation
            // (`принял отставку X`, `принял решение` host no one, whoever hangs under the noun).
            let guests = args.objects.filter { o in
                features(o).animacy == .animate || isWord(o, .delegation) || mentionType(at: o).map { $0 == .person || $0 == .organization } == true
            }
            c.actors = people(guests + args.companions, at: t)
            if c.actors.isEmpty && !guests.contains(where: { isWord($0, .delegation) }) { return false }
        case .act, .target:
            // `визит`-like nouns take their genitive as the actor; `арест X`, `убийство X`, `обстрел территории
            // России` as the target (a transitive verb's noun: its genitive is the verb's object) — unless the noun
            // has its target already (`обстрел ВСУ по Донецку` has only the doer left for the genitive).
            let genitiveTarget = shape.nounTrigger && c.entry.frame == .target && args.targets.isEmpty
            let genitiveActors = shape.nounTrigger && !genitiveTarget ? args.genitives : []
            let actorHeads = subjects + args.agents + args.fromSide + genitiveActors
            c.actors = people(actorHeads, at: t)
            // An agentless passive or an impersonal plural (`задержали 35-летнего азербайджанца`, `математика
            // отпустили`): the one acted on, described by any person noun, is the recipient, and the act stands
            // without an actor (`Соседи задержали вора`, with a doer named, keeps to the listed nouns).
            c.recipients = people(args.objects + args.addressees + args.companions + args.targets + args.patients
                                  + (genitiveTarget ? args.genitives : []), at: t, describedPersons: actorHeads.isEmpty)
        case .say:
            c.actors = people(subjects, at: t)
            c.recipients = people(args.addressees, at: t)
        }
        return true
    }

    func assignVisit(_ c: inout EventCandidate, _ visitors: [TokenIndex], destinations: [TokenIndex], at t: TokenIndex) {
        c.actors = people(visitors, at: t)
        // `Муром посетят Ф. Олесси и Л. Парфенов`, parsed with the town as a subject: people, organisations
        // and states visit; a town or an island is the place visited.
        let visited = c.actors.filter { p in !isCountry(p) && actor(p.entity)?.type == .location }
        c.actors.removeAll { p in visited.contains { same($0, p) } }
        if destinations.isEmpty, let town = visited.first { c.place = FactPart(town.range, normal: town.normal) }
        if let d = destinations.first {
            c.place = placePart(d)
            // The host is the state of the place (`Москву` → Россия); a place whose state is unknown hosts
            // no one, and a trip within the visitor's own country (`Медведев прибыл в Екатеринбург`) has no host.
            if let host = host(of: d), let code = countryCode(of: host), !c.actors.contains(where: { countryCode(of: $0) == code }) {
                c.recipients = [host]
            }
        }
    }
}
