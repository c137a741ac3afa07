import LetopisCore

/// The named word classes of `Lexicons/word-classes.tsv`: what each is for is written above its
/// rows there. Rules ask `isWord(t, .negation)`, never `lemma(t) == "не"`.
enum WordClass: String, CaseIterable, Sendable {
    case collectiveActor = "collective-actor", unnamedPerson = "unnamed-person", procedure, countedPeople = "counted-people", press
    case reportingVerb = "reporting-verb", reportingFrame = "reporting-frame", mediaNoun = "media-noun"
    case plannedMarker = "planned-marker", hypotheticalMarker = "hypothetical-marker", requestMarker = "request-marker"
    case offerMarker = "offer-marker", denialMarker = "denial-marker", preventionMarker = "prevention-marker", remarkVerb = "remark-verb"
    case occurrenceVerb = "occurrence-verb", chargingVerb = "charging-verb"
    case opposingVerb = "opposing-verb", repellingVerb = "repelling-verb", permissionMarker = "permission-marker"
    case negation, speakerPronoun = "speaker-pronoun", thirdPersonPronoun = "third-person-pronoun"
    case possessivePronoun = "possessive-pronoun", relativePronoun = "relative-pronoun", clauseOpener = "clause-opener"
    case relativeAdverb = "relative-adverb", whereAdverb = "where", companionPreposition = "companion-preposition"
    case placePreposition = "place-preposition", settingPreposition = "setting-preposition"
    case datingPreposition = "dating-preposition", framePreposition = "frame-preposition"
    case citationFrame = "citation-frame", citationPreposition = "citation-preposition"
    case placeNoun = "place-noun", capitalNoun = "capital-noun", sidesNoun = "sides-noun", delegation
    case deliberation, reflexivePassive = "reflexive-passive"
    // Classes the patterns of event-patterns.tsv refer to as `@class`.
    case term, conviction, competition, market, filing, partner, rejectableNoun = "rejectable-noun", rejectableAct = "rejectable-act"
    case greeted, signedStatement = "signed-statement", domesticAct = "domestic-act", privatePurpose = "private-purpose", kin
    // Political relevance (`EventExtractor+Relevance.swift`): actor sectors and means of violence.
    case politicalSector = "political-sector", privateSector = "private-sector", meansOfWar = "means-of-war"
    case officeNoun = "office-noun", territoryNoun = "territory-noun"
    // Verbs of approval whose negation is a refusal (`не одобрила` → REJECT).
    case approval
}

/// Folded words by class.
struct WordClasses: Sendable {
    let words: [WordClass: Set<String>]

    func contains(_ c: WordClass, _ folded: String) -> Bool { words[c]?.contains(folded) ?? false }
}

/// The role a dependent of a trigger fills (`Lexicons/argument-roles.tsv`).
enum ArgumentRole: String, CaseIterable, Sendable {
    case sideOwner = "side-owner", side, companion, target, object, addressee, genitive, destination, place, ignored = "none"
    /// `возбудили дело в отношении X`: the noun the phrase's head governs is the act's target.
    case targetOwner = "target-owner"
}

/// One row of `Lexicons/argument-roles.tsv`: preposition + relation + case + frame → role.
struct ArgumentRoleRule: Sendable {
    enum Condition: String, CaseIterable, Sendable {
        case place, notPlace = "not-place", fixedSide = "fixed-side", institution, fixedRegarding = "fixed-regarding", state
        case impersonalInstitution = "impersonal-institution"
    }

    let name: String
    let relation: UDRelation?
    /// Prepositions that mark the dependent; empty when it must have none (`-` in the table).
    let markers: Set<String>
    let grammaticalCase: UDCase?
    let frames: Set<ArgumentFrame>
    let lemmas: Set<String>
    let nounTriggerOnly: Bool
    let condition: Condition?
    let role: ArgumentRole
    let expands: Bool
}

/// One row of `Lexicons/sense-vetoes.tsv`: a sense of a trigger word that is no event between actors.
struct SenseVeto: Sendable {
    enum Precondition: String, CaseIterable, Sendable { case noDestination = "no-destination", noObject = "no-object" }
    /// The tokens a veto's pattern is anchored at.
    enum Anchor: String, CaseIterable, Sendable {
        case trigger, subject, object, companion, destination, signed, datedCompanion = "dated-companion"
    }

    let name: String
    let triggers: Set<String>
    let type: EventType?
    let frame: ArgumentFrame?
    let isNoun: Bool?
    let precondition: Precondition?
    let anchor: Anchor
    let all: Bool
    /// Name prefix of the patterns in `event-patterns.tsv`.
    let pattern: String
    let keeps: Bool
}

/// One row of `Lexicons/retypes.tsv`: a construction in which a trigger reports another event.
struct Retype: Sendable {
    /// Name prefix of the patterns in `event-patterns.tsv`, and the pattern the candidate fires.
    let pattern: String
    let type: EventType
    let mode: String?
    let frame: ArgumentFrame
    /// The object is the event's place, not a participant (the ground taken).
    let objectIsPlace: Bool
}

/// One row of `Lexicons/mode-cues.tsv`: a word that names the mode of a trigger given only a type.
struct ModeCue: Sendable {
    let name: String
    let type: EventType
    let mode: String
    /// The cue is a word of the trigger itself, not a dependent.
    let onTrigger: Bool
    let lemmas: Set<String>
}

/// The event layer's knowledge: the tables of `Sources/LetopisEvents/Lexicons/`, read once by the
/// validating loader (`LexiconTable`, `DependencyPatternTable`). See `Docs/events.md`.
struct EventLexicons: Sendable {
    let words: WordClasses
    /// Context of an event by topic lemma (`экономический` → economic).
    let contexts: [String: String]
    let roles: [ArgumentRoleRule]
    let vetoes: [SenseVeto]
    let retypes: [Retype]
    let patterns: DependencyPatternTable
    /// Organisations whose mention text names a news agency (`ТАСС`).
    let newsAgencies: Set<String>
    /// Modes named by the trigger's words or its dependents', for triggers given only a type, by type in table order
    /// (looked up for every candidate without a mode).
    let modeCues: [EventType: [ModeCue]]

    /// The tables of this build, or the error naming the malformed file and line (a test loads
    /// them, so a release never carries one).
    static let loaded: Result<EventLexicons, LetopisError> = Result { () throws(LetopisError) -> EventLexicons in
        try EventLexicons(triggers: TriggerLexicon.loaded.get())
    }

    init(triggers: TriggerLexicon) throws(LetopisError) {
        words = try Self.wordClasses()
        let contextTable = try LexiconTable(file: "contexts.tsv", bytes: PackageResources.contexts_tsv,
                                            columns: [.word("lemma"), .text("context")], key: ["lemma"])
        contexts = Dictionary(contextTable.rows.map { ($0["lemma"], $0["context"]) }, uniquingKeysWith: { a, _ in a })
        roles = try Self.argumentRoles()
        vetoes = try Self.senseVetoes()
        retypes = try Self.retypes()
        let agencies = try LexiconTable(file: "news-agencies.tsv", bytes: PackageResources.news_agencies_tsv,
                                        columns: [.text("name")], key: ["name"])
        newsAgencies = Set(agencies.rows.map { $0["name"] })
        modeCues = Dictionary(grouping: try Self.modeCues(), by: \.type)
        let heads = Set(triggers.entries.compactMap(\.lemmas.first))
        patterns = try Self.patterns(words: words, triggerHeads: heads)
        try checkReferences()
    }

    static func wordClasses() throws(LetopisError) -> WordClasses {
        let table = try LexiconTable(file: "word-classes.tsv", bytes: PackageResources.word_classes_tsv,
                                     columns: [.choice("class", Set(WordClass.allCases.map(\.rawValue))), .word("word")],
                                     key: ["class", "word"])
        var words: [WordClass: Set<String>] = [:]
        for row in table.rows { if let c = WordClass(rawValue: row["class"]) { words[c, default: []].insert(row["word"]) } }
        return WordClasses(words: words)
    }

    static func modeCues() throws(LetopisError) -> [ModeCue] {
        let file = "mode-cues.tsv"
        let table = try LexiconTable(file: file, bytes: PackageResources.mode_cues_tsv, columns: [
            .text("rule"), .choice("type", Set(PloverOntology.types.map(\.rawValue))), .text("mode"),
            .choice("where", ["trigger", "dependent"]), .phrase("lemmas"),
        ], key: ["rule"])
        var cues: [ModeCue] = []
        for row in table.rows {
            // A mode the ontology does not list would have no CAMEO code: a load error, not a silent gap.
            guard PloverOntology.modes[row["type"]]?.contains(row["mode"]) == true else {
                throw corrupt(file, row.line, "'\(row["mode"])' is not a mode of \(row["type"]) (PloverOntology.modes)")
            }
            cues.append(ModeCue(name: row["rule"], type: EventType(rawValue: row["type"]), mode: row["mode"],
                                onTrigger: row["where"] == "trigger", lemmas: Set(row.words("lemmas"))))
        }
        return cues
    }

    static let frameNames = Set(ArgumentFrame.allCases.map(\.rawValue))
    static let caseNames = Set(UDCase.allCases.map(\.rawValue))

    static func argumentRoles() throws(LetopisError) -> [ArgumentRoleRule] {
        let relations: Set<String> = ["obl", "nmod", "obj", "iobj", "det", "nsubj"]
        let table = try LexiconTable(file: "argument-roles.tsv", bytes: PackageResources.argument_roles_tsv, columns: [
            .text("rule"), .choice("relation", relations, optional: true), .phrase("markers"),
            .choice("case", caseNames, optional: true), .text("frames", optional: true), .phrase("lemmas", optional: true),
            .choice("head", ["noun-trigger"], optional: true),
            .choice("condition", Set(ArgumentRoleRule.Condition.allCases.map(\.rawValue)), optional: true),
            .choice("role", Set(ArgumentRole.allCases.map(\.rawValue))), .choice("expand", ["yes", "no"]),
        ], key: ["rule"])
        var rules: [ArgumentRoleRule] = []
        for row in table.rows {
            let markers = row.words("markers")
            rules.append(ArgumentRoleRule(
                name: row["rule"], relation: UDRelation(rawValue: row["relation"]),
                markers: markers == ["-"] ? [] : Set(markers), grammaticalCase: UDCase(rawValue: row["case"]),
                frames: try frames(row["frames"], "argument-roles.tsv", row.line), lemmas: Set(row.words("lemmas")),
                nounTriggerOnly: !row["head"].isEmpty, condition: ArgumentRoleRule.Condition(rawValue: row["condition"]),
                role: ArgumentRole(rawValue: row["role"]) ?? .ignored, expands: row["expand"] == "yes"))
        }
        return rules
    }

    static func frames(_ field: String, _ file: String, _ line: Int) throws(LetopisError) -> Set<ArgumentFrame> {
        var out = Set<ArgumentFrame>()
        for name in field.split(separator: "|") {
            guard let frame = ArgumentFrame(rawValue: String(name)) else {
                throw corrupt(file, line, "'\(name)' is not a frame (\(frameNames.sorted().joined(separator: ", ")))")
            }
            out.insert(frame)
        }
        return out
    }

    static func senseVetoes() throws(LetopisError) -> [SenseVeto] {
        let table = try LexiconTable(file: "sense-vetoes.tsv", bytes: PackageResources.sense_vetoes_tsv, columns: [
            .text("rule"), .phrase("triggers", optional: true), .text("type", optional: true),
            .choice("frame", frameNames, optional: true), .choice("part", ["v", "n"], optional: true),
            .choice("when", Set(SenseVeto.Precondition.allCases.map(\.rawValue)), optional: true),
            .choice("role", Set(SenseVeto.Anchor.allCases.map(\.rawValue))), .choice("quantifier", ["any", "all"]),
            .text("pattern"), .choice("effect", ["veto", "keep"]),
        ], key: ["rule"])
        return table.rows.map { row in
            SenseVeto(name: row["rule"], triggers: Set(row.words("triggers")),
                      type: row["type"].isEmpty ? nil : EventType(rawValue: row["type"]),
                      frame: ArgumentFrame(rawValue: row["frame"]), isNoun: row["part"].isEmpty ? nil : row["part"] == "n",
                      precondition: SenseVeto.Precondition(rawValue: row["when"]),
                      anchor: SenseVeto.Anchor(rawValue: row["role"]) ?? .trigger, all: row["quantifier"] == "all",
                      pattern: row["pattern"], keeps: row["effect"] == "keep")
        }
    }

    static func retypes() throws(LetopisError) -> [Retype] {
        let types = Set((PloverOntology.types + [PloverOntology.statement]).map(\.rawValue))
        let table = try LexiconTable(file: "retypes.tsv", bytes: PackageResources.retypes_tsv, columns: [
            .text("rule"), .choice("type", types), .text("mode", optional: true), .choice("frame", frameNames),
            .choice("object", ["place"], optional: true),
        ], key: ["rule"])
        var out: [Retype] = []
        for row in table.rows {
            let type = EventType(rawValue: row["type"])
            let mode = row["mode"].isEmpty ? nil : row["mode"]
            if let mode, !(PloverOntology.modes[type.rawValue] ?? []).contains(mode) {
                throw corrupt("retypes.tsv", row.line, "'\(mode)' is not a mode of \(type.rawValue) (PloverOntology.modes)")
            }
            guard let frame = ArgumentFrame(rawValue: row["frame"]) else { continue }
            out.append(Retype(pattern: row["rule"], type: type, mode: mode, frame: frame, objectIsPlace: row["object"] == "place"))
        }
        return out
    }

    /// The dependency patterns, with `@class` references replaced by the words of that class and
    /// `@trigger` by the first lemma of every trigger.
    static func patterns(words: WordClasses, triggerHeads: Set<String>) throws(LetopisError) -> DependencyPatternTable {
        let file = "event-patterns.tsv"
        guard let text = String(validating: PackageResources.event_patterns_tsv, as: UTF8.self) else {
            throw corrupt(file, nil, "not UTF-8 text")
        }
        var lines: [String] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            lines.append(try expandReferences(String(line), words, triggerHeads, file, i + 1))
        }
        return try DependencyPatternTable(file: file, text: lines.joined(separator: "\n"))
    }

    static func expandReferences(_ line: String, _ words: WordClasses, _ triggerHeads: Set<String>,
                                 _ file: String, _ number: Int) throws(LetopisError) -> String {
        guard !line.hasPrefix("#"), line.contains("@") else { return line }
        var out = ""
        var rest = Substring(line)
        while let at = rest.firstIndex(of: "@") {
            out += rest[..<at]
            let nameEnd = rest[rest.index(after: at)...].firstIndex { !($0.isLetter || $0 == "-") } ?? rest.endIndex
            let name = String(rest[rest.index(after: at)..<nameEnd])
            let list: Set<String>
            if name == "trigger" {
                list = triggerHeads
            } else if let c = WordClass(rawValue: name), let w = words.words[c] {
                list = w
            } else {
                throw corrupt(file, number, "'@\(name)' names no word class of word-classes.tsv (nor @trigger)")
            }
            out += list.sorted().joined(separator: "|")
            rest = rest[nameEnd...]
        }
        return out + rest
    }

    /// Every pattern prefix a veto names exists: a typo is a load error, not a rule that never fires.
    func checkReferences() throws(LetopisError) {
        for v in vetoes where !patterns.patterns.contains(where: { $0.name.hasPrefix(v.pattern) }) {
            throw Self.corrupt("sense-vetoes.tsv", nil, "rule '\(v.name)' names pattern '\(v.pattern)', which no pattern of event-patterns.tsv starts with")
        }
        for r in retypes where !patterns.patterns.contains(where: { $0.name.hasPrefix(r.pattern) }) {
            throw Self.corrupt("retypes.tsv", nil, "rule '\(r.pattern)' names no pattern of event-patterns.tsv")
        }
    }

    static func corrupt(_ file: String, _ line: Int?, _ message: String) -> LetopisError {
        LetopisError(.modelCorrupt, subject: line.map { "\(file):\($0)" } ?? file, message: message,
                     remedy: "fix the data file (format in Docs/lexicons.md) and rebuild Letopis")
    }
}
