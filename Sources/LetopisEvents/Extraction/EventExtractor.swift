import LetopisCore
import LetopisEntities

/// Finds event triggers and their arguments in one document.
///
/// Needs tokens, sentences, lemmas, morphology and syntax; actors and time
/// expressions when present. Works clause by clause: a trigger, the clause it
/// heads, the phrases that depend on it. See `Docs/events.md` for the rules.
struct EventExtractor {
    let lexicon: TriggerLexicon
    let gazetteer: CountryGazetteer
    let document: Document
    let syntax: SyntaxView
    /// Mention index covering each token, or -1.
    let mentionOfToken: [Int]
    let sentenceOfToken: [Int]
    /// Token range of each time expression.
    let timexTokens: [Range<Int>]

    init(document: Document, lexicon: TriggerLexicon, gazetteer: CountryGazetteer) {
        self.document = document
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.syntax = SyntaxView(document)
        var mentionOfToken = [Int](repeating: -1, count: document.tokens.count)
        for (m, mention) in document.mentions.enumerated() {
            for t in Self.tokenRange(of: mention.range, in: document.tokens) where mentionOfToken[t] < 0 { mentionOfToken[t] = m }
        }
        self.mentionOfToken = mentionOfToken
        var sentenceOfToken = [Int](repeating: 0, count: document.tokens.count)
        for (s, sentence) in document.sentences.enumerated() {
            for t in sentence.tokens where t < sentenceOfToken.count { sentenceOfToken[t] = s }
        }
        self.sentenceOfToken = sentenceOfToken
        self.timexTokens = document.timexes.map { Self.tokenRange(of: $0.range, in: document.tokens) }
        self.lemmas = Self.foldedLemmas(document)
    }

    static func tokenRange(of range: TextRange, in tokens: [Token]) -> Range<Int> { tokens.indices(overlapping: range) }

    // MARK: - Token questions

    /// Lemma of every token, lower-cased with `ё` folded, computed once: rules ask for lemmas many times.
    let lemmas: [String]

    func lemma(_ t: Int) -> String { lemmas[t] }

    static func foldedLemmas(_ document: Document) -> [String] {
        document.tokens.indices.map { t in
            let raw = t < document.lemmas.count && !document.lemmas[t].isEmpty
                ? document.lemmas[t] : document.text(of: document.tokens[t].range).lowercased()
            guard raw.unicodeScalars.contains("ё") else { return raw }
            return String(String.UnicodeScalarView(raw.unicodeScalars.map { $0 == "ё" ? "е" : $0 }))
        }
    }

    func pos(_ t: Int) -> String? { t < document.morphTags.count ? document.morphTags[t].pos : nil }
    func feature(_ t: Int, _ name: String) -> String? { t < document.morphTags.count ? document.morphTags[t].feature(name) : nil }
    func text(_ t: Int) -> String { document.text(of: document.tokens[t].range) }
    func range(_ tokens: [Int]) -> TextRange {
        EventExtractionStage.span(of: tokens, in: document)
    }

    // MARK: - Triggers

    func candidates() -> [EventCandidate] {
        var out: [EventCandidate] = []
        var used = Set<Int>()
        for sentence in document.sentences {
            let tokens = sentence.tokens.clamped(to: 0..<document.tokens.count)
            for t in tokens where !used.contains(t) {
                guard let (entry, matched) = match(at: t, limit: tokens.upperBound, used: used) else { continue }
                if let c = candidate(entry: entry, tokens: matched) {
                    matched.forEach { used.insert($0) }
                    out.append(c)
                }
            }
        }
        return out
    }

    /// The longest lexicon entry starting at `t`; later words may be up to two tokens apart.
    func match(at t: Int, limit: Int, used: Set<Int>) -> (TriggerEntry, [Int])? {
        let first = lemma(t)
        for entry in lexicon.candidates(first) {
            var matched = [t]
            var cursor = t
            var ok = true
            for word in entry.lemmas.dropFirst() {
                var found = -1
                var u = cursor + 1
                while u < limit && u <= cursor + 3 {
                    if lemma(u) == word && !used.contains(u) { found = u; break }
                    u += 1
                }
                if found < 0 { ok = false; break }
                matched.append(found)
                cursor = found
            }
            guard ok else { continue }
            if !partOfSpeechFits(entry, matched[0]) { continue }
            return (entry, matched)
        }
        return nil
    }

    func partOfSpeechFits(_ entry: TriggerEntry, _ t: Int) -> Bool {
        guard let pos = pos(t) else { return true }
        if entry.lemmas.count > 1 && !entry.isNoun { return pos == "VERB" }
        // A noun phrase trigger (`телефонный разговор`) is judged by its head noun, the last word.
        if entry.isNoun { return entry.lemmas.count > 1 || pos == "NOUN" }
        if pos != "VERB" { return false }
        // A statement is a finite verb: `отметив важность` belongs to the clause it modifies.
        if entry.type == PloverOntology.statement, let form = feature(t, "VerbForm"), form != "Fin" { return false }
        return true
    }

    // MARK: - Arguments

    func candidate(entry lexiconEntry: TriggerEntry, tokens: [Int]) -> EventCandidate? {
        let t = tokens[0]
        var entry = lexiconEntry
        // `осуждены на полтора года`, `осудил к пяти годам колонии`: condemning to a term is a sentence, not disapproval.
        if entry.lemmas == ["осудить"], syntax.children(t, ["obl"]).contains(where: { d in
            ["на", "к"].contains(syntax.caseMarker(d, lemma: lemma) ?? "") && Self.termWords.contains(lemma(d))
        }) {
            entry = TriggerEntry(lemmas: entry.lemmas, type: "SANCTION", mode: "convict", frame: .act, isNoun: false)
        }
        let nounTrigger = entry.isNoun || pos(tokens.last ?? t) == "NOUN" && entry.lemmas.count == 1
        // The noun that heads the trigger: the last word of `телефонный разговор`, of `провести переговоры`.
        let nounToken = tokens.count > 1 ? tokens.last ?? t : t
        var clause = t
        var lightVerb: Int?
        // A light verb carries a noun trigger (`провели переговоры`, `состоялась встреча`, `совершил визит`);
        // a verb the noun merely modifies (`после визита ... посетил`) does not.
        // The head noun decides (`провели телефонный разговор`: `разговор`, not its adjective, is the object).
        if nounTrigger, let h = syntax.head(nounToken), pos(h) == "VERB" || pos(h) == "AUX",
           ["obj", "nsubj"].contains(syntax.baseRelation(nounToken)) {
            lightVerb = h
            clause = h
        }
        var c = EventCandidate(entry: entry, tokens: tokens, clause: clause, sentence: sentenceOfToken[t])
        let passive = feature(clause, "Voice") == "Pass" || lemma(clause).hasSuffix("ся") && entry.lemmas[0] == "обсудить"
        var subjects = passive ? [] : expand(syntax.children(clause, ["nsubj"]).filter { syntax.relation($0) != "nsubj:pass" })
        // A subject after a post-posed reporting verb belongs to it (`..., информирует агентство SANA`).
        subjects.removeAll { s in s > clause + 1 && (clause + 1 ..< s).contains { ReportingLexicon.verbs.contains(lemma($0)) && pos($0) == "VERB" } }
        // `X встретились ... и обсудили`: a coordinated verb shares its first conjunct's subject and companions.
        var inheritedCompanions: [Int] = []
        if subjects.isEmpty && !passive {
            var cur = clause
            var steps = 0
            while subjects.isEmpty, steps < 4, let h = syntax.head(cur) {
                var verb = h
                if syntax.baseRelation(cur) == "conj", pos(h) == "VERB" {
                    inheritedCompanions = syntax.children(h, ["obl"]).filter { ["с", "со"].contains(syntax.caseMarker($0, lemma: lemma) ?? "") }
                } else if syntax.baseRelation(cur) == "acl",
                          syntax.children(cur, ["advmod"]).contains(where: { ["где", "когда", "куда"].contains(lemma($0)) }),
                          let v = syntax.head(h), pos(v) == "VERB" {
                    // `X посетил Анкару, где встретился с Y`: the relative clause's subject is the main clause's.
                    verb = v
                } else if ["xcomp", "advcl"].contains(syntax.baseRelation(cur)), ["Inf", "Conv"].contains(feature(cur, "VerbForm") ?? ""),
                          pos(h) == "VERB" || pos(h) == "AUX" {
                    // `планирует встретиться`, `прибыл, чтобы обсудить`, `прибыв в Москву, встретился`: an infinitive
                    // or converb has its head verb's subject — but after `призвал X`, `предложил X-у` that verb's object.
                    if syntax.baseRelation(cur) == "xcomp" {
                        let controllers = syntax.children(h, ["obj", "iobj"]) + syntax.children(h, ["obl"]).filter {
                            feature($0, "Case") == "Dat" && syntax.caseMarker($0, lemma: lemma) == nil
                        }
                        if !controllers.isEmpty { subjects = expand(controllers); break }
                    }
                } else {
                    break
                }
                subjects = expand(syntax.children(verb, ["nsubj"]).filter { syntax.relation($0) != "nsubj:pass" })
                cur = verb
                steps += 1
            }
            if subjects.isEmpty, let previous = previousRoot(of: clause) {
                subjects = expand(syntax.children(previous, ["nsubj"]).filter { syntax.relation($0) != "nsubj:pass" })
            }
            if subjects.isEmpty, !nounTrigger, let lost = lostSubject(of: clause) { subjects = expand([lost]) }
        }
        // `X был задержан полицией`: the passive subject undergoes the act; an instrumental without a
        // preposition performs it.
        var patients: [Int] = []
        var agents: [Int] = []
        if passive && [.act, .target].contains(entry.frame) {
            patients = expand(syntax.children(clause, ["nsubj"]))
            agents = expand(syntax.children(clause, ["obl"]).filter {
                syntax.relation($0) == "obl:agent" || feature($0, "Case") == "Ins" && syntax.caseMarker($0, lemma: lemma) == nil
            })
        }
        // The noun of a light-verb construction (`состоялась встреча`) is the subject, not an actor.
        let nounIsSubject = lightVerb != nil && syntax.baseRelation(nounToken) == "nsubj"
        let verbSubjects = nounIsSubject ? [] : subjects
        // Dependents of the trigger's noun (`провели переговоры с X`) count as much as the verb's.
        let nounHeads = Array(Set([t, nounToken])).sorted()
        var companions: [Int] = []
        var genitives: [Int] = []
        var objects: [Int] = []
        var addressees: [Int] = []
        var destinations: [Int] = []
        var places: [Int] = []
        // `санкции против X`, `напал на X`, `покушение на X`: the target of an act.
        var targets: [Int] = []
        var fromSide: [Int] = []
        // In token order: a Set's order changes from run to run, and the first place found wins.
        for h in Array(Set(nounHeads + [clause])).sorted() {
            for d in syntax.children(h, ["obl", "nmod", "obj", "iobj", "det", "nsubj"]) where !tokens.contains(d) {
                let marker = syntax.caseMarker(d, lemma: lemma)
                let rel = syntax.baseRelation(d)
                switch (rel, marker) {
                // `нападения на израильтян со стороны палестинцев`: the side the act comes from performs it.
                // Parsed either as a noun `стороны` with the actor under it or as a fixed preposition `со стороны`.
                case (_, "с"?) where lemma(d) == "сторона" && feature(d, "Case") == "Gen",
                     (_, "со"?) where lemma(d) == "сторона" && feature(d, "Case") == "Gen":
                    fromSide += expand(syntax.children(d, ["nmod"]).filter { syntax.caseMarker($0, lemma: lemma) == nil })
                case (_, "с"?) where isFromSide(d), (_, "со"?) where isFromSide(d):
                    fromSide += expand([d])
                case (_, "с"?), (_, "со"?): companions += expand([d])
                case (_, "между"?): companions += expand([d])
                case (_, "против"?) where [.act, .target].contains(entry.frame): targets += expand([d])
                case (_, "на"?) where [.act, .target].contains(entry.frame) && feature(d, "Case") == "Acc" && !isPlace(d): targets += expand([d])
                case ("obj", nil): objects += expand([d])
                case ("iobj", nil): addressees += expand([d])
                case ("obl", nil) where feature(d, "Case") == "Dat": addressees += expand([d])
                case ("nmod", nil) where nounHeads.contains(h) && pos(h) == "NOUN": genitives += expand([d])
                case ("det", nil) where nounHeads.contains(h) && pos(h) == "NOUN" && ["он", "она", "они", "его", "ее", "их"].contains(lemma(d)): genitives.append(d)
                case (_, "в"?), (_, "во"?), (_, "на"?):
                    let toPlace = marker != "на" || isPlace(d)
                    if feature(d, "Case") == "Acc" && entry.frame == .visit { if toPlace { destinations.append(d) } } else { places.append(d) }
                default: break
                }
            }
        }
        // `принимает в Белом доме своего коллегу`, parsed with `коллегу` under `доме`: an accusative noun
        // without a preposition never modifies another noun, so it is the verb's lost object.
        if objects.isEmpty && !nounTrigger && entry.frame != .meet && entry.frame != .say {
            for d in syntax.children(clause, ["obl"]) {
                objects += syntax.children(d, ["nmod"]).filter {
                    feature($0, "Case") == "Acc" && feature(d, "Case") != "Acc" && syntax.caseMarker($0, lemma: lemma) == nil
                }
            }
            objects = expand(objects)
        }
        if entry.frame == .visit && nounTrigger == false { destinations = objects + destinations }
        // `подписал указ`: a decree or a law is a domestic act, not an agreement between actors.
        if entry.type == "AGREE", objects.contains(where: { Self.domesticActs.contains(lemma($0)) }) { return nil }
        // `встретился в Женеве с X` parsed with `с X` under `Женеве`: a companion one level down still counts.
        if entry.frame == .meet && companions.isEmpty {
            for d in syntax.children(clause, ["obl"]) {
                companions += syntax.children(d, ["nmod"]).filter { ["с", "со"].contains(syntax.caseMarker($0, lemma: lemma) ?? "") }
            }
            companions = expand(companions)
        }
        // `в беседе с австралийским изданием`, `встретился с журналистами`: talking to the press is an interview,
        // the source of what follows, not a consultation between actors.
        if entry.frame == .meet, !companions.isEmpty, companions.allSatisfy({ c in
            let l = lemma(c)
            return ReportingLexicon.mediaNouns.contains(l) || Self.pressNouns.contains(l)
                || syntax.children(c, ["amod", "nmod", "appos"]).contains { ReportingLexicon.mediaNouns.contains(lemma($0)) }
        }) { return nil }
        if isOtherSense(entry, trigger: t, subjects: subjects, objects: objects, companions: companions, destinations: destinations) { return nil }
        // Without a parse, fall back to the mentions around the trigger in its sentence.
        if !syntax.hasSyntax { return linearCandidate(c) }

        switch entry.frame {
        case .meet:
            c.actors = people(verbSubjects + genitives, at: t)
            c.recipients = people(companions + expand(inheritedCompanions), at: t)
            if c.actors.isEmpty, c.recipients.count >= 2 { c.actors = [c.recipients.removeFirst()] }
            if c.recipients.isEmpty, c.actors.count >= 2 { c.recipients = [c.actors.removeLast()] }
        case .visit:
            c.actors = people(verbSubjects + genitives, at: t)
            // `Муром посетят Ф. Олесси и Л. Парфенов`, parsed with the town as a subject: people, organisations
            // and states visit; a town or an island is the place visited.
            let visited = c.actors.filter { p in
                !isCountry(p) && (p.entity.map { $0 < document.actors.count && document.actors[$0].type == .location } ?? false)
            }
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
        case .host:
            c.recipients = people(verbSubjects, at: t)
            // `принять` hosts someone only when its object itself is a person, an organisation or a delegation
            // (`принял отставку X`, `принял решение` host no one, whoever hangs under the noun).
            let guests = objects.filter { o in
                feature(o, "Animacy") == "Anim" || lemma(o) == "делегация"
                    || mentionOfToken[o] >= 0 && [.person, .organization].contains(document.mentions[mentionOfToken[o]].type)
            }
            c.actors = people(guests + companions, at: t)
            if c.actors.isEmpty && !guests.contains(where: { lemma($0) == "делегация" }) { return nil }
        case .act, .target:
            // `визит`-like nouns take their genitive as the actor; `арест X`, `убийство X` as the target.
            let genitiveTarget = nounTrigger && entry.frame == .target
            c.actors = people(verbSubjects + agents + fromSide + (nounTrigger && !genitiveTarget ? genitives : []), at: t)
            c.recipients = people(objects + addressees + companions + targets + patients + (genitiveTarget ? genitives : []), at: t)
        case .say:
            c.actors = people(verbSubjects, at: t)
            c.recipients = people(addressees, at: t)
        }
        if c.place == nil, let p = places.first(where: { isPlace($0) }) { c.place = placePart(p) }
        if c.place == nil { c.place = relativePlace(clause) }
        c.sides = (verbSubjects + genitives).contains { lemma($0) == "сторона" && feature($0, "Number") == "Plur" && !hasCountry($0) }
        c.anaphoric = c.actors.isEmpty && c.recipients.isEmpty
        c.timex = time(for: t, clause: clause)
        c.status = status(t, clause: clause, timex: c.timex)
        c.contexts = contexts(clause, trigger: t)
        // `в телефонном разговоре с X Лавров призвал`, `на встрече с X он заявил`: the verb's subject took part.
        if nounTrigger, c.actors.isEmpty, lightVerb == nil, ["в", "во", "на"].contains(syntax.caseMarker(nounToken, lemma: lemma) ?? ""),
           let h = syntax.head(nounToken), pos(h) == "VERB" {
            c.actors = people(expand(syntax.children(h, ["nsubj"])), at: h)
            c.anaphoric = c.actors.isEmpty && c.recipients.isEmpty
        }
        // The speaker lends a subject only to a clause that has none (`сообщил, что не исключает визита`);
        // `не ожидал, что к нему приедут родные` has its own, if unnamed, visitors.
        if c.actors.isEmpty && !c.anaphoric, entry.frame != .meet, syntax.children(clause, ["nsubj"]).isEmpty, !passive {
            c.actors = inheritedSpeaker(clause)
        }
        // A visit needs its visitor: `приехали в Иллинойс` with an unnamed subject codes nothing.
        if entry.frame == .visit && !nounTrigger && c.actors.isEmpty { return nil }
        if nounTrigger && c.actors.isEmpty && c.recipients.isEmpty && entry.frame == .visit {
            c.actors = inheritedSpeaker(clause)
            c.anaphoric = c.actors.isEmpty
        }
        // `Шварц публично обсуждал желание ...`, `Совет федерации обсуждал проект`: one side alone deliberates; a
        // consultation needs a second side (`с X`, `X и Y обсудили`).
        if ["обсудить", "обсуждать"].contains(entry.lemmas[0]), !c.anaphoric, c.actors.count == 1, c.recipients.isEmpty,
           feature(t, "Voice") != "Pass", !lemma(t).hasSuffix("ся") { return nil }
        // Crowds and gunmen are seldom named: a protest or an attack told with its place is an event even
        // without a named participant (`митинг на Пушкинской площади`, `стрельба в Керчи`).
        if c.anaphoric, c.place != nil, Self.eventsWithoutParticipants.contains(entry.type) { c.anaphoric = false }
        // `задержали 39 человек`, `убиты два человека`: an arrest or an attack on a counted crowd is told, not referred
        // back to; the crowd is no actor in PLOVER's sense and is not listed.
        if c.anaphoric, [.act, .target].contains(entry.frame), ["COERCE", "ASSAULT"].contains(entry.type),
           (objects + patients + genitives + syntax.children(clause, ["nsubj"])).contains(where: isCountedCrowd) { c.anaphoric = false }
        // Words are someone's: `его обвиняли в коррупции`, `отказался` with nobody named codes no accusation
        // or refusal (an arrest or a killing is an event even when only its target is named).
        if !c.anaphoric, c.actors.isEmpty, Self.eventsNeedingActor.contains(entry.type) { return nil }
        return c
    }

    // MARK: - Senses outside PLOVER

    /// Whether the trigger word is used in a sense that is no event between political actors: a match
    /// between teams (`встретятся в финале`), a personal relationship (`встречается с девушкой`), declining
    /// to comment or a personal choice (`отказался от комментариев`, `отказался от госпитализации`), a
    /// greeting (`приветствовал собравшихся`), signing a letter (`подписал письмо`), a family visit
    /// (`к нему приедут родные`).
    func isOtherSense(_ entry: TriggerEntry, trigger t: Int, subjects: [Int], objects: [Int], companions: [Int], destinations: [Int]) -> Bool {
        let head = entry.lemmas[0]
        let obliques = syntax.children(t, ["obl"])
        switch head {
        case "встретиться", "встречаться", "встреча":
            // Sports reports call a match `встреча` and its sides `встретились`.
            // Within the sentence, and no farther than 50 tokens: a run-on text without full stops must not make
            // every trigger read the whole document.
            let sentence = document.sentences[sentenceOfToken[t]].tokens.clamped(to: 0..<document.tokens.count)
                .clamped(to: max(0, t - 50)..<(t + 51))
            if sentence.contains(where: { Self.competitionWords.contains(lemma($0)) }) { return true }
            // `встречается с девушкой`, `встречалась с кавалерами`: a couple, not a meeting.
            if companions.contains(where: { Self.partnerNouns.contains(lemma($0)) }) { return true }
            if head == "встречаться" {
                // `с которой он встречается с 2017 года`: a relationship that lasts since a date.
                if obliques.contains(where: { d in
                    ["с", "со"].contains(syntax.caseMarker(d, lemma: lemma) ?? "") && timexTokens.contains { $0.contains(d) }
                }) { return true }
                // `стал встречаться с X`: began going out with someone.
                if syntax.baseRelation(t) == "xcomp", let h = syntax.head(t), ["стать", "начать"].contains(lemma(h)) { return true }
            }
        case "отказаться":
            // PLOVER's REJECT refuses a proposal, a demand or an act between actors. `отказался от комментариев`,
            // `отказался назвать`, `отказался от госпитализации` refuse nothing of the kind.
            let refused = obliques.filter { syntax.caseMarker($0, lemma: lemma) == "от" }
            let isRejectable = { (n: Int) in Self.rejectableNouns.contains(self.lemma(n)) || !self.lexicon.candidates(self.lemma(n)).isEmpty }
            if refused.contains(where: isRejectable) { return false }
            // `отказался от участия в переговорах` (not `в публичных мероприятиях`).
            if refused.contains(where: { lemma($0) == "участие" && syntax.children($0, ["nmod"]).contains(where: isRejectable) }) { return false }
            let infinitives = syntax.children(t, ["xcomp"])
            if infinitives.contains(where: { Self.rejectableActs.contains(lemma($0)) || !lexicon.candidates(lemma($0)).isEmpty }) { return false }
            return true
        case "приветствовать":
            // `приветствовал собравшихся`: greeting people is not praise (`приветствовал решение` is).
            if objects.contains(where: { feature($0, "Animacy") == "Anim" || Self.greetedPeople.contains(lemma($0)) }) { return true }
        case "подписать", "подписание":
            // `подписал письмо`, `подписал обращение`: a letter or a petition is a statement, not an agreement;
            // `подписанный закон`, `указ вступает в силу со дня подписания указа`, `распоряжение подписано`: a
            // domestic act, whether the document is the object, the passive subject, the genitive or the noun
            // the participle modifies.
            var signed = objects + syntax.children(t, ["nsubj", "nmod"])
            if ["acl", "amod"].contains(syntax.baseRelation(t)), let h = syntax.head(t) { signed.append(h) }
            if signed.contains(where: { Self.signedStatements.contains(lemma($0)) || Self.domesticActs.contains(lemma($0)) }) { return true }
            // `на канал подписаны 1,3 млн пользователей`: a subscription.
            if head == "подписать", objects.isEmpty, obliques.contains(where: { syntax.caseMarker($0, lemma: lemma) == "на" && feature($0, "Case") == "Acc" }) { return true }
        default:
            break
        }
        // `приговорил за соучастие в убийстве`, `получил срок за убийство`, `признал виновным в убийстве`: the crime
        // a sentence is passed for is its ground, told before; the sentence is the event (SANCTION). A crime under
        // investigation or suspicion (`расследование убийства`) is still news and stays.
        if entry.type == "ASSAULT", pos(t) == "NOUN" {
            var cur = t
            for _ in 0..<3 {
                guard ["nmod", "obl", "obj"].contains(syntax.baseRelation(cur)), let h = syntax.head(cur) else { break }
                // `получил срок за убийство`: the sentence may be the verb's object rather than the crime's head.
                if Self.convictionWords.contains(lemma(h))
                    || syntax.children(h, ["obj"]).contains(where: { Self.convictionWords.contains(lemma($0)) }) { return true }
                cur = h
            }
        }
        // `к нему приедут родные`: relatives visiting a person.
        if entry.frame == .visit, !entry.isNoun {
            // `прибыл работать в Сирию`, `приехал на учёбу`, `прибыл в Италию в возрасте 22 лет`: moving to live, work
            // or study is a private journey, not a visit between actors.
            if syntax.children(t, ["xcomp", "advcl"]).contains(where: { Self.privatePurposes.contains(lemma($0)) }) { return true }
            if obliques.contains(where: { d in
                ["на", "в"].contains(syntax.caseMarker(d, lemma: lemma) ?? "") && Self.privatePurposes.contains(lemma(d))
                    || lemma(d) == "возраст" && syntax.caseMarker(d, lemma: lemma) == "в"
            }) { return true }
            if subjects.contains(where: { Self.kinNouns.contains(lemma($0)) }) { return true }
            if destinations.isEmpty, obliques.contains(where: { d in
                syntax.caseMarker(d, lemma: lemma) == "к" && (pos(d) == "PRON" || feature(d, "Animacy") == "Anim")
            }) { return true }
        }
        return false
    }

    /// `со стороны X` parsed as a compound preposition: `со` with `стороны` fixed to it.
    func isFromSide(_ d: Int) -> Bool {
        syntax.children(d, ["case"]).contains { c in syntax.children(c, ["fixed"]).contains { lemma($0) == "сторона" } }
            || syntax.children(d, ["case"]).contains { lemma($0) == "сторона" }
    }

    /// Forces and institutions that act without a name: police, courts, prosecutors, armies, armed groups.
    static let collectiveActors: Set<String> = ["полиция", "полицейский", "милиция", "милиционер", "карабинер", "жандармерия", "суд",
                                                "прокуратура", "следователь", "власть", "правительство", "армия", "войско",
                                                "военный", "военнослужащий", "силовик", "спецназ", "пограничник", "спецслужба",
                                                "боевик", "террорист", "повстанец", "мятежник", "экстремист", "демонстрант", "протестующий",
                                                "манифестант", "оппозиция"]
    /// `39 человек`, `пять участников`: people named by their number.
    func isCountedCrowd(_ h: Int) -> Bool {
        Self.countedPeople.contains(lemma(h)) && !syntax.children(h, ["nummod", "nummod:gov"]).isEmpty
    }

    /// People named by their number (`39 человек`, `пять участников`).
    static let countedPeople: Set<String> = ["человек", "люди", "житель", "гражданин", "участник", "активист", "журналист",
                                             "заложник", "мирный", "пассажир", "сторонник"]
    /// Terms a court condemns to (`на 5 лет`, `к пожизненному заключению`).
    static let termWords: Set<String> = ["год", "месяц", "срок", "заключение", "лишение", "колония", "тюрьма", "арест", "штраф", "работа"]
    /// Words of a verdict or a sentence: a crime under them is the ground of the sentence.
    static let convictionWords: Set<String> = ["приговор", "приговорить", "осудить", "срок", "наказание", "виновный", "виновен", "вина"]
    /// Words of a sports competition: in their sentence `встреча` is a match.
    static let competitionWords: Set<String> = ["матч", "финал", "полуфинал", "четвертьфинал", "турнир", "чемпионат", "первенство",
                                                "плей-офф", "тайм", "гол", "шайба", "поединок", "лига", "кубок", "вратарь", "голкипер",
                                                "дуэль", "стадион", "футбольный", "хоккейный", "теннисный", "баскетбольный", "волейбольный"]
    /// Partners of a couple: `встречаться с` them is a relationship.
    static let partnerNouns: Set<String> = ["девушка", "парень", "подруга", "бойфренд", "кавалер", "возлюбленная", "возлюбленный",
                                            "любовник", "любовница", "невеста", "жених"]
    /// What one can reject in PLOVER's sense (`отказался от предложения`, `от переговоров`).
    static let rejectableNouns: Set<String> = ["предложение", "требование", "просьба", "приглашение", "план", "инициатива", "идея",
                                               "сделка", "соглашение", "договор", "договоренность", "условие", "ультиматум", "сотрудничество",
                                               "помощь", "поддержка", "обязательство", "резолюция", "претензия", "проект"]
    /// Acts whose refusal is a REJECT (`отказался признать обвинения`, `выдать`, `выполнить требования`).
    static let rejectableActs: Set<String> = ["признать", "выполнить", "выдать", "исполнить", "соблюдать", "прекратить", "вывести",
                                              "отменить", "освободить", "выплатить", "платить", "сотрудничать", "признавать", "подчиниться",
                                              "уйти", "покинуть", "принять", "поддержать", "вести"]
    /// People one greets.
    static let greetedPeople: Set<String> = ["собравшийся", "гость", "участник", "зритель", "житель", "болельщик", "выпускник", "делегат"]
    /// Documents whose signing is a statement, not an agreement.
    static let signedStatements: Set<String> = ["письмо", "обращение", "петиция", "заявление", "воззвание"]
    /// Purposes of a private journey (`прибыл работать`, `приехал на учёбу`, `на лечение`, `на ПМЖ`).
    static let privatePurposes: Set<String> = ["работать", "учиться", "жить", "отдыхать", "лечиться", "поселиться", "работа", "учеба",
                                               "учёба", "лечение", "отдых", "каникулы", "пмж", "жительство", "гастроли", "заработок"]
    /// Relatives: their visit is a family matter.
    static let kinNouns: Set<String> = ["родной", "родные", "родственник", "родитель", "мать", "отец", "сын", "дочь", "жена", "муж",
                                        "брат", "сестра", "бабушка", "дедушка", "семья", "мама", "папа"]

    /// People of the press: a talk with them is an interview.
    static let pressNouns: Set<String> = ["журналист", "корреспондент", "репортер", "репортёр", "интервьюер", "сми", "пресса", "блогер"]

    /// Types that are acts of speech: coded only with the one who speaks.
    static let eventsNeedingActor: Set<EventType> = ["ACCUSE", "SUPPORT", "REQUEST", "REJECT", "THREATEN"]

    /// Types coded from a trigger and a place alone, when nobody is named.
    static let eventsWithoutParticipants: Set<EventType> = ["PROTEST", "ASSAULT"]

    /// A token and its coordinated siblings (`X и Y`).
    func expand(_ tokens: [Int]) -> [Int] {
        var out: [Int] = []
        var stack = tokens
        while let t = stack.popLast(), out.count < 50 {
            if out.contains(t) { continue }
            out.append(t)
            stack.append(contentsOf: syntax.children(t, ["conj"]))
        }
        return out.sorted()
    }

    // MARK: - Who

    /// The participants a list of argument heads stands for.
    func people(_ heads: [Int], at trigger: Int) -> [EventParticipant] {
        var out: [EventParticipant] = []
        var personFound = false
        for h in heads {
            for p in participant(h, at: trigger) where !out.contains(where: { same($0, p) }) {
                if isPerson(p) { personFound = true }
                out.append(p)
            }
        }
        // In one role, a named person outranks the country in a title beside them
        // (`президент Сирии ... Ахмед аш-Шараа` when the parser splits the phrase).
        if personFound { out.removeAll { !isPerson($0) && isCountry($0) } }
        return out
    }

    func isPerson(_ p: EventParticipant) -> Bool {
        if let e = p.entity, e < document.actors.count { return document.actors[e].type == .person }
        return false
    }

    func isCountry(_ p: EventParticipant) -> Bool {
        guard let normal = p.normal else { return false }
        return gazetteer.lookup(surface: normal) != nil
    }

    func same(_ a: EventParticipant, _ b: EventParticipant) -> Bool {
        if let x = a.entity, let y = b.entity { return x == y }
        return a.range == b.range
    }

    func participant(_ h: Int, at trigger: Int) -> [EventParticipant] {
        // `министр, который встретился с X`: the relative pronoun stands for the noun its clause modifies.
        if lemma(h) == "который", let antecedent = relativeAntecedent(h), lemma(antecedent) != "который" {
            return participant(antecedent, at: trigger)
        }
        // The phrase itself, not the prepositional phrases hanging from it
        // (`Лавров в разговоре с Гутеррешем` names one actor, not two).
        let phrase = syntax.subtree(h).filter { t in t == h || !pathHasPreposition(from: t, to: h) }
        let mentions = Array(Set(phrase.compactMap { mentionOfToken[$0] >= 0 ? mentionOfToken[$0] : nil })).sorted()
        // A name in another case than the phrase's head is not the same person (`глава ... Лавров` with
        // `Гутеррешем` misattached as an apposition).
        let headCase = feature(h, "Case")
        let people = mentions.filter { m in
            guard document.mentions[m].type == .person else { return false }
            guard let headCase, let first = EventExtractor.tokenRange(of: document.mentions[m].range, in: document.tokens).first,
                  let c = feature(first, "Case") else { return true }
            return c == headCase
        }
        if !people.isEmpty { return people.map(fromMention) }
        // A descriptor of a known actor (`глава сирийского внешнеполитического ведомства`).
        let phraseRange = range(phrase)
        for (a, actor) in document.actors.enumerated() where actor.descriptors.contains(where: { $0.overlaps(phraseRange) && $0.start <= document.tokens[h].range.start && document.tokens[h].range.end <= $0.end }) {
            return [EventParticipant(phraseRange, normal: actor.name, entity: a, role: .actor)]
        }
        // A title the document gives to a named person (`генеральным секретарем ООН` → Гутерреш).
        let headRange = document.tokens[h].range
        if let fact = document.facts.first(where: { $0.job.range.contains(headRange) }),
           let m = document.mentions.firstIndex(where: { $0.range == fact.who.range }) {
            return [fromMention(m)]
        }
        let l = lemma(h)
        // `«Мы договорились ...», — заявил Фидан`: the first person is the speaker of the sentence.
        if ["мы", "я"].contains(l), h < sentenceOfToken.count, sentenceOfToken[h] < document.sentences.count {
            let sentence = document.sentences[sentenceOfToken[h]].tokens.clamped(to: 0..<document.tokens.count)
            for v in sentence where v != trigger && ReportingLexicon.verbs.contains(lemma(v)) {
                let speakers = syntax.children(v, ["nsubj"]).filter { !["мы", "я"].contains(lemma($0)) }
                if !speakers.isEmpty { return self.people(expand(speakers), at: v) }
            }
            return []
        }
        if ["он", "она", "его", "ее", "её"].contains(l) || (pos(h) == "PRON" && feature(h, "Person") == "3" && feature(h, "Number") == "Sing") {
            // `Кристенсен признал, что он убил`: a name earlier in the same sentence is the better span for the
            // same person; a pronoun whose antecedent lies in an earlier sentence keeps its own words.
            if let m = previousPerson(before: h), let first = EventExtractor.tokenRange(of: document.mentions[m].range, in: document.tokens).first,
               first < sentenceOfToken.count, sentenceOfToken[first] == sentenceOfToken[h] { return [fromMention(m)] }
            if let m = previousPerson(before: h) { return [EventParticipant(document.tokens[h].range, normal: document.mentions[m].normal ?? text(h), entity: document.mentions[m].entity, role: .actor)] }
            return []
        }
        // `президенты России и Турции`, `министры иностранных дел России, Китая и Индии`: a plural title over
        // coordinated names stands for one participant per name.
        // Only names coordinated with each other count (not `отношения Америки с Пакистаном`).
        if ["NOUN", "PROPN"].contains(pos(h) ?? "") {
            let wide = syntax.subtree(h, stopAt: ["acl", "advcl", "ccomp", "parataxis", "csubj", "punct"])
                .filter { t in t == h || !pathHasPreposition(from: t, to: h) }
            var named: [Int] = []
            for t in wide where syntax.baseRelation(t) == "conj" && mentionOfToken[t] >= 0 {
                guard let first = syntax.head(t), mentionOfToken[first] >= 0 else { continue }
                for m in [mentionOfToken[first], mentionOfToken[t]] where !named.contains(m) { named.append(m) }
            }
            if named.count > 1 { return named.sorted().map(countryOrMention) }
        }
        if let m = mentions.first(where: { mentionOfToken[h] == $0 }) ?? mentions.first {
            return [countryOrMention(m)]
        }
        // `российская сторона`: a country adjective on a generic head.
        for t in phrase {
            if let c = gazetteer.lookup(lemma: lemma(t)), c.evidence == .adjective {
                return [countryParticipant(c.code, range: phraseRange)]
            }
        }
        // `его застрелила полиция`, `полицейские задержали`, `суд приговорил`: forces and institutions act unnamed
        // more often than named; the phrase itself is the participant (`Суд в Италии` → `Суд`, the head and its
        // modifiers without prepositional phrases or clauses).
        if Self.collectiveActors.contains(l) {
            let core = syntax.subtree(h, stopAt: ["acl", "advcl", "ccomp", "parataxis", "punct", "conj", "appos", "cc"])
                .filter { t in
                    t == h || t != trigger && !["case", "fixed"].contains(syntax.baseRelation(t))
                        && !pathHasPreposition(from: t, to: h) && mentionOfToken[t] < 0
                }
            let contiguous = core.sorted().reduce(into: [Int]()) { run, t in if run.isEmpty || t == run.last! + 1 || t == h { run.append(t) } }
            let span = contiguous.contains(h) ? contiguous.filter { abs($0 - h) <= 3 } : [h]
            return [EventParticipant(range(span.isEmpty ? [h] : span), normal: l, entity: nil, role: .actor)]
        }
        return []
    }

    /// The noun a relative clause modifies, for its pronoun `который` (`министр, который встретился`).
    func relativeAntecedent(_ pronoun: Int) -> Int? {
        var cur = pronoun
        for _ in 0..<4 {
            guard let h = syntax.head(cur) else { return nil }
            if syntax.baseRelation(cur) == "acl" { return h }
            cur = h
        }
        return nil
    }

    /// `посол Италии ... Виторио Сандали встретился с заместителем министра`, parsed with `посол` hung under
    /// `заместителем`: a finite verb with no subject takes the nearest nominative noun before it in its clause
    /// that the parser attached across the verb or as a modifier of a non-nominative noun — both are
    /// parse errors, since a nominative noun modifies nothing in Russian. The number must agree.
    func lostSubject(of verb: Int) -> Int? {
        guard feature(verb, "VerbForm") == "Fin", pos(verb) == "VERB", verb < sentenceOfToken.count,
              sentenceOfToken[verb] < document.sentences.count else { return nil }
        let start = document.sentences[sentenceOfToken[verb]].tokens.lowerBound
        var u = verb - 1
        while u >= start && verb - u < 40 {
            // Another clause begins: its nouns are not this verb's.
            if pos(u) == "VERB" && feature(u, "VerbForm") == "Fin" || pos(u) == "SCONJ" || ["который", "что"].contains(lemma(u)) { return nil }
            if ["NOUN", "PROPN"].contains(pos(u) ?? ""), feature(u, "Case") == "Nom", syntax.children(u, ["case"]).isEmpty,
               syntax.baseRelation(u) != "nsubj", let h = syntax.head(u),
               h > verb || syntax.baseRelation(u) == "nmod" && feature(h, "Case") != "Nom" {
                if let a = feature(u, "Number"), let b = feature(verb, "Number"), a != b { return nil }
                return u
            }
            u -= 1
        }
        return nil
    }

    /// `Обама посетит саммит, проведёт встречу с X и посетит Польшу`, parsed as two sentences' roots in one:
    /// a second root verb with no subject of its own continues the first, when their number agrees.
    func previousRoot(of verb: Int) -> Int? {
        guard syntax.head(verb) == nil, pos(verb) == "VERB", verb < sentenceOfToken.count,
              sentenceOfToken[verb] < document.sentences.count else { return nil }
        let start = document.sentences[sentenceOfToken[verb]].tokens.lowerBound
        guard let root = (start..<verb).last(where: { syntax.head($0) == nil && pos($0) == "VERB" }) else { return nil }
        if let a = feature(root, "Number"), let b = feature(verb, "Number"), a != b { return nil }
        return root
    }

    /// The country of a participant: its actor's, or the state its name is.
    func countryCode(of p: EventParticipant) -> String? {
        if let e = p.entity, e < document.actors.count, let c = document.actors[e].country { return c }
        return p.normal.flatMap { gazetteer.lookup(surface: $0)?.code.rawValue }
    }

    /// Objects that make `подписать` a domestic act rather than an agreement.
    static let domesticActs: Set<String> = ["указ", "закон", "постановление", "распоряжение", "приказ", "законопроект"]

    /// Whether some token between `t` and its ancestor `h` (inclusive of `t`) is marked by a preposition.
    func pathHasPreposition(from t: Int, to h: Int) -> Bool {
        var cur = t
        var steps = 0
        while cur != h, steps < 50 {
            if !syntax.children(cur, ["case"]).isEmpty { return true }
            guard let up = syntax.head(cur) else { return false }
            cur = up
            steps += 1
        }
        return false
    }

    func fromMention(_ m: Int) -> EventParticipant {
        let mention = document.mentions[m]
        let name = mention.entity.map { document.actors[$0].name } ?? mention.normal
        return EventParticipant(mention.range, normal: name, entity: mention.entity, role: .actor)
    }

    /// A place or organisation mention; a capital or state name becomes its state's actor.
    func countryOrMention(_ m: Int) -> EventParticipant {
        let mention = document.mentions[m]
        if mention.type == .location {
            let surface = document.text(of: mention.range)
            let normal = mention.normal ?? surface
            if let c = gazetteer.lookup(surface: normal) ?? gazetteer.lookup(lemma: normal) ?? gazetteer.lookup(surface: surface) {
                var p = countryParticipant(c.code, range: mention.range)
                if p.entity == nil { p.entity = mention.entity }
                return p
            }
        }
        return fromMention(m)
    }

    func countryParticipant(_ code: CountryCode, range: TextRange) -> EventParticipant {
        // The actor that is the state itself (`Турция`), not a city in it (`Анкара`).
        let actor = document.actors.firstIndex { $0.type == .location && $0.country == code.rawValue && gazetteer.lookup(surface: $0.name)?.code == code }
            ?? document.actors.firstIndex { $0.type == .location && $0.country == code.rawValue && gazetteer.lookup(lemma: $0.name)?.evidence != .capital }
        return EventParticipant(range, normal: gazetteer.name(of: code) ?? code.rawValue, entity: actor, role: .actor)
    }

    func hasCountry(_ h: Int) -> Bool {
        syntax.subtree(h).contains { gazetteer.lookup(lemma: lemma($0))?.evidence == .adjective }
    }

    func previousPerson(before t: Int) -> Int? {
        var u = t - 1
        while u >= 0 && t - u < 400 {
            let m = mentionOfToken[u]
            if m >= 0, document.mentions[m].type == .person { return m }
            u -= 1
        }
        return nil
    }

    /// For `X сообщил, что не исключает визита`: the speaker of the governing clause.
    /// Climbs only through complements (`возможность визита`, `не исключает ...`, `сообщил, что ...`),
    /// never out of a circumstance (`после визита X ... посетил Y` is not Y's visit).
    func inheritedSpeaker(_ clause: Int) -> [EventParticipant] {
        var cur = clause
        for _ in 0..<4 {
            guard ["nmod", "obj", "xcomp", "ccomp", "acl"].contains(syntax.baseRelation(cur)), let a = syntax.head(cur) else { return [] }
            let subjects = syntax.children(a, ["nsubj"])
            if !subjects.isEmpty { return people(expand(subjects), at: a) }
            cur = a
        }
        return []
    }

    /// The state that hosts a visit to `destination` (`Россию` → Russia, `Москву` → Russia).
    func host(of destination: Int) -> EventParticipant? {
        let phrase = syntax.subtree(destination)
        for t in phrase {
            let m = mentionOfToken[t]
            if m >= 0 { return countryOrMention(m) }
        }
        for t in phrase {
            if let c = gazetteer.lookup(lemma: lemma(t)) { return countryParticipant(c.code, range: range(phrase)) }
        }
        return nil
    }

    // MARK: - Where

    func isPlace(_ t: Int) -> Bool {
        syntax.subtree(t).contains { u in
            let m = mentionOfToken[u]
            return m >= 0 && document.mentions[m].type == .location
        } || ["столица", "город", "резиденция"].contains(lemma(t))
    }

    func placePart(_ t: Int) -> FactPart {
        let phrase = syntax.subtree(t).filter { syntax.baseRelation($0) != "case" || $0 != syntax.children(t, ["case"]).first }
        let tokens = phrase.isEmpty ? [t] : phrase
        let r = range(tokens)
        // `столица России` is the capital by name.
        if lemma(t) == "столица" {
            for u in tokens {
                if let c = gazetteer.lookup(lemma: lemma(u)) ?? gazetteer.lookup(surface: text(u)), let capital = gazetteer.capital(of: c.code) {
                    return FactPart(r, normal: capital)
                }
            }
        }
        if let m = tokens.lazy.compactMap({ self.mentionOfToken[$0] >= 0 ? self.mentionOfToken[$0] : nil }).first {
            let mention = document.mentions[m]
            return FactPart(mention.range, normal: mention.entity.map { document.actors[$0].name } ?? mention.normal)
        }
        return FactPart(r, normal: tokens.map(text).joined(separator: " "))
    }

    /// `..., где состоялась встреча`: the place named by the clause's antecedent.
    func relativePlace(_ clause: Int) -> FactPart? {
        guard syntax.baseRelation(clause) == "acl", let antecedent = syntax.head(clause),
              syntax.children(clause, ["advmod"]).contains(where: { lemma($0) == "где" }), isPlace(antecedent) else { return nil }
        return placePart(antecedent)
    }

    // MARK: - When

    /// The time expression dating the clause: its own, else the clause it belongs to.
    func time(for trigger: Int, clause: Int) -> Int? {
        guard !timexTokens.isEmpty else { return nil }
        var heads = [trigger]
        if clause != trigger { heads.append(clause) }
        // A noun's own relative clause dates it (`визита ..., который может состояться в начале апреля`).
        if pos(trigger) == "NOUN" { heads += syntax.children(trigger, ["acl"]) }
        // Climb through nominal and relative attachments, not into another event's clause; a noun
        // trigger (`возможность визита ... в ближайшее время`) reaches the first verb above it.
        var cur = clause
        // A relative or coordinated clause (`посещал Анкару, где встретился ...`) takes its head clause's time.
        let dependentClause = ["acl", "conj"].contains(syntax.baseRelation(clause))
        for a in syntax.ancestors(clause, limit: 3) {
            let relation = syntax.baseRelation(cur)
            if pos(a) == "VERB" {
                let nounComplement = pos(trigger) == "NOUN" && ["nmod", "obj", "obl"].contains(relation) && cur != clause || (pos(clause) == "NOUN" && relation == "nmod")
                if dependentClause || nounComplement { heads.append(a) }
                break
            }
            heads.append(a)
            cur = a
        }
        // `похитил и убил X в июне 2017 года`: a phrase after the last of coordinated verbs dates them all.
        let conjuncts = syntax.children(clause, ["conj"]).filter { pos($0) == "VERB" && $0 > clause }
        for h in heads + conjuncts {
            let phrase = Set(syntax.subtree(h, stopAt: ["acl", "advcl", "ccomp", "parataxis", "csubj", "conj"]))
            let dated = datingPhrases(h)
            if let i = timexTokens.indices.first(where: { i in
                let r = timexTokens[i]
                // A duration or a repetition (`к 1,5 годам`, `каждый год`) says how long or how often, not when.
                guard [.date, .time].contains(document.timexes[i].type) else { return false }
                if conjuncts.contains(h) && r.lowerBound < h { return false }
                return r.contains { phrase.contains($0) } && !dated.contains(r.lowerBound)
            }) { return i }
        }
        return nil
    }

    /// Token positions where a time expression dates a temporal phrase rather than the event:
    /// `посетил Россию после смены власти в Дамаске в конце прошлого года` — the end of last year
    /// is when power changed, not when he visited. These are the tokens right after a
    /// `после`/`до`/`перед` phrase of the clause.
    func datingPhrases(_ h: Int) -> Set<Int> {
        var out = Set<Int>()
        for d in syntax.children(h, ["obl", "nmod"]) where ["после", "до", "перед"].contains(syntax.caseMarker(d, lemma: lemma) ?? "") {
            let phrase = syntax.subtree(d)
            if let last = phrase.last {
                // The phrase may already swallow the timex, or the timex may follow it directly.
                out.insert(last + 1)
                for t in phrase where timexTokens.contains(where: { $0.lowerBound == t }) { out.insert(t) }
            }
        }
        return out
    }

    // MARK: - Status and contexts

    static let plannedMarkers: Set<String> = ["планировать", "планироваться", "намереваться", "собираться", "предстоять", "готовиться", "готовность", "намерение", "план", "предстоящий", "запланировать", "ожидаться", "подготовка", "готовить", "подготовить"]
    static let hypotheticalMarkers: Set<String> = ["мочь", "возможность", "возможный", "исключать", "вероятно", "если", "бы", "предложить"]

    /// Words that ask for an act: the act under them is not told as done.
    static let requestMarkers: Set<String> = ["призыв", "призывать", "призвать", "требовать", "потребовать", "требование", "просить",
                                              "попросить", "просьба", "добиваться", "предлагать", "настаивать"]

    func status(_ trigger: Int, clause: Int, timex: Int?) -> EventStatus {
        let negated = ([trigger, clause] as [Int]).contains { h in
            syntax.children(h, ["advmod", "discourse", "aux"]).contains { lemma($0) == "не" } || (h > 0 && lemma(h - 1) == "не")
        }
        // A noun's own relative clause speaks of it too (`визит, который может состояться`).
        let relatives = syntax.children(trigger, ["acl"]).flatMap { [$0] + syntax.children($0, ["xcomp", "aux"]) }
        // Climb the governing clauses, but not from a reporting verb into the quote it is attached to
        // (`«Не могу исключать ...», — сказал в этой беседе Андрей`: the quote's modality is not the talk's).
        var governing: [Int] = []
        var cur = clause
        while governing.count < 3, syntax.baseRelation(cur) != "parataxis", let h = syntax.head(cur) {
            governing.append(h)
            cur = h
        }
        let chain = [trigger, clause] + governing + relatives
        var hypothetical = false
        var planned = feature(clause, "Tense") == "Fut"
        for a in chain {
            let l = lemma(a)
            if Self.hypotheticalMarkers.contains(l) { hypothetical = true }
            if Self.plannedMarkers.contains(l) { planned = true }
            for d in syntax.children(a, ["amod", "aux", "advmod", "xcomp"]) {
                if Self.plannedMarkers.contains(lemma(d)) { planned = true }
                if Self.hypotheticalMarkers.contains(lemma(d)) { hypothetical = true }
            }
        }
        // `призывы освободить X`, `добиваются его экстрадиции`: what is asked for has not happened.
        if clause != trigger, Self.requestMarkers.contains(lemma(clause)) { hypothetical = true }
        // Only complements count: `призвал X, заявив, что встреча состоялась` tells of a meeting that took place.
        var asked = clause
        for _ in 0..<2 {
            guard ["xcomp", "obj", "nmod", "ccomp"].contains(syntax.baseRelation(asked)), let h = syntax.head(asked) else { break }
            if Self.requestMarkers.contains(lemma(h)) { hypothetical = true; break }
            asked = h
        }
        if let i = timex, document.timexes[i].value == "FUTURE_REF" { planned = true }
        if let i = timex, let published = document.published?.date.iso, document.timexes[i].value.count == 10,
           document.timexes[i].value > published { planned = true }
        if hypothetical { return .hypothetical }
        if negated { return .negated }
        if planned { return .planned }
        return .occurred
    }

    func contexts(_ clause: Int, trigger: Int) -> [String] {
        var out: [String] = []
        let phrase = syntax.subtree(clause, stopAt: ["parataxis", "ccomp", "advcl", "conj"])
        for t in phrase {
            if let c = ContextLexicon.byLemma[lemma(t)], !out.contains(c) { out.append(c) }
        }
        if trigger != clause {
            for t in syntax.subtree(trigger) { if let c = ContextLexicon.byLemma[lemma(t)], !out.contains(c) { out.append(c) } }
        }
        return out
    }

    // MARK: - Without a parse

    /// With no syntax layer: person mentions before the trigger act, those after `с` receive.
    func linearCandidate(_ c0: EventCandidate) -> EventCandidate? {
        var c = c0
        guard c.sentence < document.sentences.count else { return nil }
        let sentence = document.sentences[c.sentence].tokens
        let t = c.tokens[0]
        var seen = Set<Int>()
        for u in sentence {
            let m = mentionOfToken[u]
            guard m >= 0, !seen.contains(m) else { continue }
            seen.insert(m)
            let mention = document.mentions[m]
            let afterWith = u > sentence.lowerBound && ["с", "со"].contains(lemma(u - 1))
            if mention.type == .person {
                if u < t && !afterWith { c.actors.append(fromMention(m)) }
                else if afterWith || c.entry.frame != .meet { c.recipients.append(fromMention(m)) }
            } else if mention.type == .location, c.place == nil, u > sentence.lowerBound, ["в", "во"].contains(lemma(u - 1)) {
                c.place = FactPart(mention.range, normal: mention.entity.map { document.actors[$0].name } ?? mention.normal)
            }
        }
        c.anaphoric = c.actors.isEmpty && c.recipients.isEmpty
        c.timex = timexTokens.firstIndex { r in sentence.contains(r.lowerBound) }
        return c
    }
}
