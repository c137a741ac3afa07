import LetopisCore

/// How a trigger's arguments map to PLOVER roles.
public enum ArgumentFrame: String, Sendable, Hashable, CaseIterable {
    /// `X встретился с Y`, `X и Y встретились`: subjects act, `с`-companions receive.
    case meet
    /// `X посетил Y`, `визит X в Y`: the visitor acts; the place visited (its country) receives.
    case visit
    /// `Y принял X`: the host is the recipient, the guest the actor.
    case host
    /// `X призвал Y`, `X обвинил Y`: subject acts, object or addressee receives.
    case act
    /// `X задержал Y`, `арест Y`, `убийство Y`: as `act`, but a noun trigger's genitive is the target
    /// (the one arrested or killed), not the actor as in `визит X`, `нападение боевиков`.
    case target
    /// `X сообщил Y`: a statement to the press; the addressee receives.
    case say
}

/// One trigger: the lemma(s) that report an event, and what event they report.
public struct TriggerEntry: Sendable, Hashable {
    /// Lemmas in order; one for a single word, more for `телефонный разговор`, `нанести удар`.
    public var lemmas: [String]
    public var type: EventType
    public var mode: String?
    public var frame: ArgumentFrame
    /// A noun trigger needs a light verb or a dependent participant to count (`переговоры` alone is a topic).
    public var isNoun: Bool
    /// Whether the learned trigger model (``EventTriggerModel``) proposed this trigger, not a lexicon row.
    public var isLearned: Bool
    /// A `meaning` row (part `m`): never a trigger by itself (`искать` is mostly no event), but the mode
    /// and frame of the word when the learned model gives it this type (`ищет` as ACCUSE → investigate).
    public var isMeaningOnly: Bool
    /// A negated approval read as a refusal (`не одобрила` → REJECT): its `не` does not negate the event.
    public var isRefusal: Bool

    public init(lemmas: [String], type: EventType, mode: String?, frame: ArgumentFrame, isNoun: Bool, isLearned: Bool = false,
                isMeaningOnly: Bool = false, isRefusal: Bool = false) {
        self.lemmas = lemmas
        self.type = type
        self.mode = mode
        self.frame = frame
        self.isNoun = isNoun
        self.isLearned = isLearned
        self.isMeaningOnly = isMeaningOnly
        self.isRefusal = isRefusal
    }

    /// The name of the lexicon row, recorded on the events it finds (`trigger.провести_переговоры`);
    /// `model.<lemma>` for a trigger the learned model proposed.
    public var rule: String { (isLearned ? "model." : "trigger.") + lemmas.joined(separator: "_") }
}

/// The trigger lexicon: `Lexicons/triggers.tsv` (`lemmas`, `type`, `mode`, `frame`, `part`), read by
/// the validating loader. Matching is on folded token lemmas, so every form of a word (and `ё` or
/// `е`) finds its entry.
public struct TriggerLexicon: Sendable {
    public static let file = "triggers.tsv"
    static let columns: [LexiconTable.Column] = [
        .phrase("lemmas"), .text("type"), .text("mode", optional: true),
        .choice("frame", Set(ArgumentFrame.allCases.map(\.rawValue))), .choice("part", ["v", "n", "vm", "nm"]),
    ]

    public let entries: [TriggerEntry]
    /// Entries by first lemma, longest first.
    private let byFirst: [String: [TriggerEntry]]

    /// The lexicon of this build, or the error naming its malformed line.
    public static let loaded: Result<TriggerLexicon, LetopisError> = Result { () throws(LetopisError) -> TriggerLexicon in
        try TriggerLexicon(LexiconTable(file: file, bytes: PackageResources.triggers_tsv, columns: columns, key: ["lemmas"]))
    }

    /// The lexicon of this build; empty if its table were malformed (``EventExtractionStage`` then
    /// throws the load error instead of finding nothing).
    public static let standard: TriggerLexicon = (try? loaded.get()) ?? TriggerLexicon(entries: [])

    /// A lexicon from TSV text in the format of `Lexicons/triggers.tsv`.
    public init(tsv text: String, file: String = "triggers.tsv") throws(LetopisError) {
        try self.init(LexiconTable(file: file, text: text, columns: Self.columns, key: ["lemmas"]))
    }

    init(_ table: LexiconTable) {
        self.init(entries: table.rows.compactMap { row in
            guard let frame = ArgumentFrame(rawValue: row["frame"]) else { return nil }
            return TriggerEntry(lemmas: row.words("lemmas"), type: EventType(rawValue: row["type"]),
                                mode: row["mode"].isEmpty ? nil : row["mode"], frame: frame, isNoun: row["part"].hasPrefix("n"),
                                isMeaningOnly: row["part"].hasSuffix("m"))
        })
    }

    public init(entries: [TriggerEntry]) {
        self.entries = entries
        var byFirst: [String: [TriggerEntry]] = [:]
        for e in entries { if let first = e.lemmas.first { byFirst[TextFolding.fold(first), default: []].append(e) } }
        self.byFirst = byFirst.mapValues { $0.sorted { $0.lemmas.count > $1.lemmas.count } }
    }

    /// Entries whose first lemma is `lemma` (folded), longest first.
    public func candidates(_ lemma: String) -> [TriggerEntry] { candidates(folded: TextFolding.fold(lemma)) }

    /// Entries whose first lemma is `lemma`, already folded (a ``TokenView`` lemma).
    func candidates(folded lemma: String) -> [TriggerEntry] { byFirst[lemma] ?? [] }

    /// Trigger rows (not `meaning` rows) whose first lemma is `lemma`, already folded.
    func triggerRows(folded lemma: String) -> [TriggerEntry] { candidates(folded: lemma).filter { !$0.isMeaningOnly } }

    /// What `lemma` (folded) means as an event of `type`: the rows of that type it begins, trigger or
    /// `meaning` rows, `meaning` rows and single words first.
    func meanings(folded lemma: String, type: EventType) -> [TriggerEntry] {
        candidates(folded: lemma).filter { $0.type == type }.sorted { a, b in
            (a.isMeaningOnly ? 0 : 1, a.lemmas.count) < (b.isMeaningOnly ? 0 : 1, b.lemmas.count)
        }
    }
}
