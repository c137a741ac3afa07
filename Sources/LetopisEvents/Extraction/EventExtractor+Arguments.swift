import LetopisCore

/// The shape of a trigger's clause: which token heads it, whether a light verb carries a noun trigger.
struct ClauseShape {
    let trigger: TokenIndex
    let tokens: [TokenIndex]
    /// The trigger is a noun (`визит`, `телефонный разговор`).
    let nounTrigger: Bool
    /// The noun that heads the trigger: the last word of `телефонный разговор`, of `провести переговоры`.
    let nounToken: TokenIndex
    /// The token whose dependents are the event's arguments: the trigger or its light verb.
    let clause: TokenIndex
    let lightVerb: TokenIndex?
    /// A verb that opposes the noun trigger's act (`отражена атака`, `предотвратил теракт`): not its light verb, nor is a
    /// verb that remarks on it (`не комментировали атаку`).
    let opposingVerb: TokenIndex?
    let passive: Bool
    /// Trigger and head noun: their dependents (`провели переговоры с X`) count as much as the verb's.
    let nounHeads: [TokenIndex]
    /// The noun of a light-verb construction (`состоялась встреча`) is the subject, not an actor.
    let nounIsSubject: Bool

    init(_ x: EventExtractor, entry: TriggerEntry, tokens: [TokenIndex]) {
        let t = tokens.first ?? TokenIndex(0)
        trigger = t
        self.tokens = tokens
        nounTrigger = entry.isNoun || x.pos(tokens.last ?? t) == .noun && entry.lemmas.count == 1
        nounToken = entry.isNoun ? Self.phraseHead(x, tokens) : tokens.count > 1 ? tokens.last ?? t : t
        // A light verb carries a noun trigger (`провели переговоры`, `состоялась встреча`, `совершил визит`);
        // a verb the noun merely modifies (`после визита ... посетил`) does not, nor one that opposes the act
        // (`ПВО отразила атаку`: the subject is the other side, and only the verb's place is the act's).
        var governor: TokenIndex?
        if nounTrigger, let h = x.view.head(nounToken), x.pos(h) == .verb || x.pos(h) == .auxiliary,
           x.view.relation(nounToken).map({ $0 == .object || $0 == .nominalSubject }) == true {
            governor = h
        }
        opposingVerb = governor.flatMap { x.isWord($0, .opposingVerb) ? $0 : nil }
        // Nor a verb that remarks on the act (`Россия не комментировала атаку`): the commenter is not the attacker, and
        // the `не` is the comment's — the act is told as having happened.
        let remarking = governor.map { x.isWord($0, .remarkVerb) } ?? false
        lightVerb = opposingVerb == nil && !remarking ? governor : nil
        clause = lightVerb ?? t
        passive = x.features(clause).voice == .passive
            || x.lemma(clause).hasSuffix("ся") && entry.lemmas.first.map { x.isLemma($0, .reflexivePassive) } == true
        // A noun phrase's dependents may hang on any of its words (`акция протеста против X`).
        nounHeads = Array(Set([t, nounToken] + (entry.isNoun ? tokens : []))).sorted()
        nounIsSubject = lightVerb != nil && x.view.relation(nounToken) == .nominalSubject
    }
}

extension ClauseShape {
    /// The word of a noun trigger the rest of the sentence hangs on: the head noun of `телефонный разговор`, of `акция
    /// протеста`, of `поставка оружия` — the one word whose head lies outside the phrase. When the parse gives none or
    /// several, the last word, as for an adjective and its noun.
    static func phraseHead(_ x: EventExtractor, _ tokens: [TokenIndex]) -> TokenIndex {
        guard let last = tokens.last else { return TokenIndex(0) }
        guard tokens.count > 1 else { return last }
        let outer = tokens.filter { t in x.view.head(t).map { !tokens.contains($0) } ?? true }
        return outer.count == 1 ? outer[0] : last
    }
}

/// The argument heads of one clause, by role, and the names of the rules that found them.
struct Arguments {
    var subjects: [TokenIndex] = []
    /// Companions of the first of coordinated verbs (`X встретились ... и обсудили`).
    var inheritedCompanions: [TokenIndex] = []
    var patients: [TokenIndex] = []
    var agents: [TokenIndex] = []
    var companions: [TokenIndex] = []
    var genitives: [TokenIndex] = []
    var objects: [TokenIndex] = []
    var addressees: [TokenIndex] = []
    var destinations: [TokenIndex] = []
    var places: [TokenIndex] = []
    /// `санкции против X`, `напал на X`, `покушение на X`: the target of an act.
    var targets: [TokenIndex] = []
    /// `со стороны X`: the side an act comes from performs it.
    var fromSide: [TokenIndex] = []
    var fired: [String] = []
    /// Dependents of the trigger marked `с`/`со` that are time expressions (`встречается с 2017 года`).
    var datedCompanions: [TokenIndex] = []
}

extension EventExtractor {
    /// Relations of the dependents that may fill a role.
    static let argumentRelations: Set<UDRelation> = [.obliqueNominal, .nominalModifier, .object, .indirectObject, .determiner, .nominalSubject]

    func arguments(_ entry: TriggerEntry, _ shape: ClauseShape) -> Arguments {
        var args = Arguments()
        let found = subjects(shape)
        args.subjects = found.subjects
        args.inheritedCompanions = found.companions
        if let rule = found.rule { args.fired.append(rule) }
        // `X был задержан полицией`: the passive subject undergoes the act; an instrumental without a
        // preposition performs it.
        if shape.passive && [.act, .target].contains(entry.frame) {
            args.patients = expand(view.children(shape.clause, [.nominalSubject]))
            // `задержанного полицией Навального`: a passive participle modifying a noun says what was done to it.
            if args.patients.isEmpty, let noun = participleNoun(shape.clause) {
                args.patients = expand([noun])
                args.fired.append("patient.participle-noun")
            }
            args.agents = passiveAgents(of: shape.clause)
        }
        applyRoleTable(entry, shape, &args)
        recoverMisattached(entry, shape, &args)
        args.datedCompanions = view.children(shape.trigger, [.obliqueNominal]).filter {
            isMarked($0, .companionPreposition) && view.timex(at: $0) != nil
        }
        return args
    }

    /// Each dependent of the trigger, its head noun and its clause takes the role of the first row of
    /// `argument-roles.tsv` that fits it; in token order, since the first place found wins.
    func applyRoleTable(_ entry: TriggerEntry, _ shape: ClauseShape, _ args: inout Arguments) {
        for h in Array(Set(shape.nounHeads + [shape.clause])).sorted() {
            for d in view.children(h, Self.argumentRelations) where !shape.tokens.contains(d) {
                guard let rule = roleRule(d, head: h, entry, shape) else { continue }
                let heads = rule.expands ? expand([d]) : [d]
                switch rule.role {
                case .sideOwner: args.fromSide += expand(view.children(d, [.nominalModifier]).filter { view.caseMarker($0) == nil })
                case .targetOwner: args.targets += expand(view.children(d, [.nominalModifier]).filter { view.caseMarker($0) == nil })
                case .side: args.fromSide += heads
                case .companion: args.companions += heads
                case .target: args.targets += heads
                case .object: args.objects += heads
                case .addressee: args.addressees += heads
                case .genitive: args.genitives += heads
                case .destination: args.destinations += heads
                case .place: args.places += heads
                case .ignored: continue
                }
                if !args.fired.contains("role." + rule.name) { args.fired.append("role." + rule.name) }
            }
        }
        // `Украина отразила атаку`, `Силами ПВО отражена атака`: who repels an attack is its target.
        if let verb = shape.opposingVerb, isWord(verb, .repellingVerb) {
            let defenders = activeSubjects(of: verb) + (features(verb).voice == .passive ? passiveAgents(of: verb) : [])
            if !defenders.isEmpty {
                args.targets += defenders
                args.fired.append("role.target.repelling-subject")
            }
        }
        // `в Раменском городском округе отражена атака`: where the act was opposed is where it took place.
        if let verb = shape.opposingVerb, args.places.isEmpty {
            for d in view.children(verb, Self.argumentRelations) where !shape.tokens.contains(d) {
                guard let rule = roleRule(d, head: verb, entry, shape), rule.role == .place else { continue }
                args.places += rule.expands ? expand([d]) : [d]
                args.fired.append("role.place.opposing-verb")
                break
            }
        }
    }

    /// The first row of `argument-roles.tsv` that fits the dependent `d` of `h`.
    func roleRule(_ d: TokenIndex, head h: TokenIndex, _ entry: TriggerEntry, _ shape: ClauseShape) -> ArgumentRoleRule? {
        let marker = view.caseMarker(d)
        return tables.roles.first { fits($0, d, marker: marker, head: h, entry, shape) }
    }

    /// Who performs a passive verb's act: `obl:agent`, or an instrumental without a preposition (`задержан полицией`).
    func passiveAgents(of verb: TokenIndex) -> [TokenIndex] {
        expand(view.children(verb, [.obliqueNominal]).filter {
            view.isAgent($0) || features($0).case == .instrumental && view.caseMarker($0) == nil
        })
    }

    func fits(_ rule: ArgumentRoleRule, _ d: TokenIndex, marker: String?, head h: TokenIndex, _ entry: TriggerEntry, _ shape: ClauseShape) -> Bool {
        if let r = rule.relation, view.relation(d) != r { return false }
        if rule.markers.isEmpty { guard marker == nil else { return false } } else {
            guard let marker, rule.markers.contains(marker) else { return false }
        }
        if let c = rule.grammaticalCase, features(d).case != c { return false }
        if !rule.frames.isEmpty, !rule.frames.contains(entry.frame) { return false }
        if !rule.lemmas.isEmpty, !rule.lemmas.contains(lemma(d)) { return false }
        if rule.nounTriggerOnly, !(shape.nounHeads.contains(h) && pos(h) == .noun) { return false }
        switch rule.condition {
        case .place?: return isPlace(d)
        case .notPlace?: return !isPlace(d)
        case .fixedSide?: return tables.patterns.firstMatch(view, anchor: d, prefix: "side.") != nil
        case .institution?: return isInstitution(d)
        case .fixedRegarding?: return tables.patterns.firstMatch(view, anchor: d, prefix: "regarding.") != nil
        case .state?: return isStateByName(d)
        case .impersonalInstitution?: return isImpersonalSpeaker(d, shape)
        case nil: return true
        }
    }

    /// A state named by its name or short form (`на Украину`, `на США`), not by a capital or a seat: a state is an
    /// actor wherever it stands, so an act directed onto it has it as its target (`напала на Украину`), where a
    /// city or a region there would be only where the act happened.
    func isStateByName(_ d: TokenIndex) -> Bool {
        let match = gazetteer.lookup(lemma: lemma(d)) ?? gazetteer.lookup(surface: text(d))
        return match.map { $0.evidence == .name || $0.evidence == .shortForm } ?? false
    }

    /// `В Кремле призвали Запад ...`, `в Роспотребнадзоре предложили штрафовать`: a plural verb with no subject,
    /// told of a public institution (an organisation of a political sector, a seat of government, or the plain word
    /// for one: `в полиции`, `в правительстве`) in a
    /// `в`-phrase, has the institution as its doer — the way Russian news reports what an office said or did
    /// without naming who. A town, an airport or a firm there is where it happened (`в Шереметьево задержали`).
    func isImpersonalSpeaker(_ d: TokenIndex, _ shape: ClauseShape) -> Bool {
        guard !shape.passive, !shape.nounTrigger, features(shape.clause).number == .plural,
              view.children(shape.clause, [.nominalSubject]).isEmpty else { return false }
        if gazetteer.lookup(lemma: lemma(d))?.evidence == .seat { return true }
        // `в полиции сообщили`, `в правительстве предложили`: an institution by the plain word for it.
        if view.mention(at: d) == nil, isWord(d, .collectiveActor), pos(d) == .noun, features(d).animacy != .animate { return true }
        guard isInstitution(d), let m = view.mention(at: d), let e = view.mention(m)?.entity,
              let sector = actor(e)?.sector else { return false }
        return isLemma(sector, .politicalSector)
    }

    /// Arguments the parser hung one level too low.
    func recoverMisattached(_ entry: TriggerEntry, _ shape: ClauseShape, _ args: inout Arguments) {
        // `принимает в Белом доме своего коллегу`, parsed with `коллегу` under `доме`: an accusative noun
        // without a preposition never modifies another noun, so it is the verb's lost object.
        if args.objects.isEmpty && !shape.nounTrigger && entry.frame != .meet && entry.frame != .say {
            var lost: [TokenIndex] = []
            for d in view.children(shape.clause, [.obliqueNominal]) {
                lost += view.children(d, [.nominalModifier]).filter {
                    features($0).case == .accusative && features(d).case != .accusative && view.caseMarker($0) == nil
                }
            }
            args.objects = expand(lost)
            if !lost.isEmpty { args.fired.append("object.under-oblique") }
        }
        // `внесла в Госдуму` matched as one trigger row: the institution the row names is the act's addressee.
        for t in shape.tokens.dropFirst() where features(t).case == .accusative && isInstitution(t) {
            args.addressees.append(t)
            args.fired.append("addressee.institution-in-trigger")
        }
        if entry.frame == .visit && !shape.nounTrigger { args.destinations = args.objects + args.destinations }
        // `встретился в Женеве с X` parsed with `с X` under `Женеве`: a companion one level down still counts.
        if entry.frame == .meet && args.companions.isEmpty {
            var lost: [TokenIndex] = []
            for d in view.children(shape.clause, [.obliqueNominal]) {
                lost += view.children(d, [.nominalModifier]).filter { isMarked($0, .companionPreposition) }
            }
            args.companions = expand(lost)
            if !lost.isEmpty { args.fired.append("companion.under-oblique") }
        }
    }

    /// `в Госдуму`, `в ООН`, `в МИД`: a phrase headed by an organisation's name, not a place — where a bill, a
    /// request or a case is sent is its addressee, not the act's location.
    func isInstitution(_ t: TokenIndex) -> Bool {
        mentionType(at: t) == .organization && !isWord(t, .placeNoun)
    }

    // MARK: - Subjects

    /// Active subjects of a verb, with their coordinated siblings.
    func activeSubjects(of verb: TokenIndex) -> [TokenIndex] {
        expand(view.children(verb, [.nominalSubject]).filter { !view.isPassiveSubject($0) })
    }

    /// The clause's subjects: its own, else one inherited from the clause it depends on, a previous
    /// root, or a nominative the parser lost; with the name of the rule that found them.
    func subjects(_ shape: ClauseShape) -> (subjects: [TokenIndex], companions: [TokenIndex], rule: String?) {
        guard !shape.passive else { return ([], [], nil) }
        let clause = shape.clause
        var own = activeSubjects(of: clause)
        // A subject after a post-posed reporting verb belongs to it (`..., информирует агентство SANA`).
        own.removeAll { s in
            s > clause + 1 && (clause + 1 ..< s).contains { isWord($0, .reportingVerb) && pos($0) == .verb }
        }
        if !own.isEmpty { return (own, [], nil) }
        let inherited = inheritedSubjects(of: clause)
        if !inherited.subjects.isEmpty { return inherited }
        if let previous = previousRoot(of: clause) {
            let s = activeSubjects(of: previous)
            if !s.isEmpty { return (s, inherited.companions, "subject.previous-root") }
        }
        if !shape.nounTrigger, let lost = lostSubject(of: clause) { return (expand([lost]), inherited.companions, "subject.lost") }
        return ([], inherited.companions, nil)
    }

    /// `X встретились ... и обсудили`: a coordinated verb shares its first conjunct's subject and
    /// companions; `X посетил Анкару, где встретился с Y`: a relative clause has the main clause's;
    /// `планирует встретиться`, `прибыв в Москву, встретился`: an infinitive or converb its head verb's —
    /// but after `призвал X`, `предложил X-у` that verb's object.
    func inheritedSubjects(of clause: TokenIndex) -> (subjects: [TokenIndex], companions: [TokenIndex], rule: String?) {
        var companions: [TokenIndex] = []
        var cur = clause
        for _ in 0..<4 {
            guard let h = view.head(cur) else { break }
            var verb = h
            let rule: String
            switch view.relation(cur) {
            case .conjunct? where pos(h) == .verb:
                companions = view.children(h, [.obliqueNominal]).filter { isMarked($0, .companionPreposition) }
                rule = "subject.coordinated-verb"
            case .clausalModifierOfNoun? where participleNoun(cur) != nil && features(cur).voice != .passive:
                // `ушедшего в отставку Гейтса`, `атаковавшие село боевики`: an active participle's noun is its doer.
                return (expand([h]), companions, "subject.participle-noun")
            case .clausalModifierOfNoun? where view.children(cur, [.adverbialModifier]).contains(where: { isWord($0, .relativeAdverb) }):
                guard let v = view.head(h), pos(v) == .verb else { return ([], companions, nil) }
                verb = v
                rule = "subject.relative-clause"
            case .openClausalComplement?, .adverbialClause?:
                let nonFinite = features(cur).verbForm == .infinitive || features(cur).verbForm == .converb
                // `намерен встретиться`, `готов поддержать`: a predicative adjective controls its infinitive as a verb does.
                let predicative = pos(h) == .adjective && view.relation(cur) == .openClausalComplement
                guard nonFinite, pos(h) == .verb || pos(h) == .auxiliary || predicative else { return ([], companions, nil) }
                if view.relation(cur) == .openClausalComplement {
                    let controllers = view.children(h, [.object, .indirectObject]) + view.children(h, [.obliqueNominal]).filter {
                        features($0).case == .dative && view.caseMarker($0) == nil
                    }
                    if !controllers.isEmpty { return (expand(controllers), companions, "subject.controller-object") }
                }
                rule = "subject.controlling-verb"
            default:
                return ([], companions, nil)
            }
            let subjects = activeSubjects(of: verb)
            if !subjects.isEmpty { return (subjects, companions, rule) }
            // `Мушарраф был вынужден уйти`, `обязан явиться`: a passive predicate's subject is the one made to act,
            // and so the infinitive's doer.
            if view.relation(cur) == .openClausalComplement, features(verb).voice == .passive {
                let made = expand(view.children(verb, [.nominalSubject]))
                if !made.isEmpty { return (made, companions, "subject.controlling-passive") }
            }
            cur = verb
        }
        return ([], companions, nil)
    }

    /// The noun a participle modifies (`задержанного ... Навального`, `ушедшего в отставку Гейтса`), when the
    /// participle is attached to it as a clause.
    func participleNoun(_ t: TokenIndex) -> TokenIndex? {
        guard features(t).verbForm == .participle, view.relation(t) == .clausalModifierOfNoun,
              let h = view.head(t), pos(h)?.isNominal == true else { return nil }
        return h
    }

    /// `посол Италии ... Виторио Сандали встретился с заместителем министра`, parsed with `посол` hung under
    /// `заместителем`: a finite verb with no subject takes the nearest nominative noun before it in its clause
    /// that the parser attached across the verb or as a modifier of a non-nominative noun — both are
    /// parse errors, since a nominative noun modifies nothing in Russian. The number must agree.
    func lostSubject(of verb: TokenIndex) -> TokenIndex? {
        guard features(verb).verbForm == .finite, pos(verb) == .verb else { return nil }
        for u in view.tokens(before: verb).prefix(39) {
            // Another clause begins: its nouns are not this verb's.
            if pos(u) == .verb && features(u).verbForm == .finite || pos(u) == .subordinatingConjunction || isWord(u, .clauseOpener) { return nil }
            guard pos(u)?.isNominal == true, features(u).case == .nominative, view.children(u, [.caseMarker]).isEmpty,
                  view.relation(u) != .nominalSubject, let h = view.head(u),
                  h > verb || view.relation(u) == .nominalModifier && features(h).case != .nominative else { continue }
            if let a = features(u).number, let b = features(verb).number, a != b { return nil }
            return u
        }
        return nil
    }

    /// `Обама посетит саммит, проведёт встречу с X и посетит Польшу`, parsed as two sentences' roots in one:
    /// a second root verb with no subject of its own continues the first, when their number agrees.
    func previousRoot(of verb: TokenIndex) -> TokenIndex? {
        guard view.hasSyntax, view.head(verb) == nil, pos(verb) == .verb,
              let root = view.tokens(before: verb).first(where: { view.head($0) == nil && pos($0) == .verb }) else { return nil }
        if let a = features(root).number, let b = features(verb).number, a != b { return nil }
        return root
    }

    /// A token and its coordinated siblings (`X и Y`), in text order.
    func expand(_ tokens: [TokenIndex]) -> [TokenIndex] {
        var out: [TokenIndex] = []
        var stack = tokens
        while let t = stack.popLast(), out.count < 50 {
            if out.contains(t) { continue }
            out.append(t)
            stack.append(contentsOf: view.children(t, [.conjunct]))
        }
        return out.sorted()
    }
}
