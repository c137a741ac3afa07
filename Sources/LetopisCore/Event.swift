/// A PLOVER event type (`CONSULT`, `AGREE`, ...).
public struct EventType: RawRepresentable, Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
}

/// A participant of an event and its PLOVER role.
public struct EventParticipant: Hashable, Sendable {
    public enum Role: String, Sendable, Hashable { case actor, recipient }
    public var range: TextRange
    public var normal: String?
    /// Index into ``Document/actors``.
    public var entity: Int?
    public var role: Role
    /// The earlier mention a pronoun participant stands for (`его задержали` → `Куракин`): `range` is the
    /// pronoun, `normal` and `entity` the antecedent's; nil when the participant names itself.
    public var antecedent: TextRange?

    public init(_ range: TextRange, normal: String?, entity: Int?, role: Role) {
        self.range = range
        self.normal = normal
        self.entity = entity
        self.role = role
        self.antecedent = nil
    }

    /// A pronoun participant: its own span, and the span of the mention it stands for.
    public init(_ range: TextRange, normal: String?, entity: Int?, role: Role, antecedent: TextRange?) {
        self.init(range, normal: normal, entity: entity, role: role)
        self.antecedent = antecedent
    }
}

/// When an event happened, and on what basis Letopis says so.
public struct EventTime: Hashable, Sendable {
    public enum Basis: String, Sendable, Hashable {
        /// A time expression governs the event's clause.
        case timex
        /// Nothing in the text dates it: the publication date stands in.
        case published
        /// Nothing in the text dates it and the publication date cannot stand in: `FUTURE_REF` for a
        /// planned or hypothetical act, `PAST_REF` for an act told in the past tense by a text with no
        /// publication date (TIMEX3's values for an undated future and past).
        case tense
    }
    public var value: String
    public var mod: TimexMod?
    public var basis: Basis
    /// Index into ``Document/timexes`` when `basis == .timex`.
    public var timex: Int?

    public init(value: String, mod: TimexMod?, basis: Basis, timex: Int?) {
        self.value = value
        self.mod = mod
        self.basis = basis
        self.timex = timex
    }
}

/// Whether the text says the event happened.
public enum EventStatus: String, Sendable, Hashable {
    case occurred, planned, negated, hypothetical
}

/// The act itself, when the conventions code its announcement or offer under another type: a planned meeting
/// is an AGREE whose intended act is a planned CONSULT, a readiness to negotiate an occurred AGREE whose intended
/// act is a planned CONSULT (`../shared/event-annotation.md`). The corpus files a mention under this act, so that
/// a plan links to the meeting that later took place, and an offer is no meeting.
public struct IntendedAct: Hashable, Sendable {
    public var type: EventType
    public var mode: String?
    public var cameo: String?
    public var status: EventStatus
    /// The act's own date (`FUTURE_REF` for an offered meeting, where the offer is dated by publication).
    public var time: EventTime?

    public init(type: EventType, mode: String?, cameo: String?, status: EventStatus, time: EventTime? = nil) {
        self.type = type
        self.mode = mode
        self.cameo = cameo
        self.status = status
        self.time = time
    }
}

/// One happening reported by the text, with every field tied to its words.
public struct Event: Hashable, Sendable {
    public var type: EventType
    public var mode: String?
    public var cameo: String?
    public var trigger: TextRange
    /// Further trigger spans of clauses merged into this event.
    public var evidence: [TextRange]
    public var participants: [EventParticipant]
    public var place: FactPart?
    /// The gazetteer entry of ``place``, when resolved.
    public var placeGeo: GeoPlace?
    public var time: EventTime?
    /// Who reports it (`агентство SANA`).
    public var source: FactPart?
    public var contexts: [String]
    public var status: EventStatus
    /// Name of the rule that found the event: its trigger lexicon row (`trigger.провести_переговоры`).
    public var rule: String?
    /// Names of the table rows and dependency patterns that shaped it (`role.companion.with`,
    /// `subject.coordinated-verb`, `retype.convict-to-term`, `merge.same-happening`), in firing order.
    public var patterns: [String]
    /// The act as the text tells it, when ``type`` and ``status`` are the conventions' coding of its announcement
    /// or offer (`встретится` → AGREE planned, intended CONSULT planned; `покинет пост` → CONCEDE planned, intended
    /// RETREAT/resign planned; `готов к переговорам` → AGREE occurred, intended CONSULT planned).
    public var intended: IntendedAct?

    public init(type: EventType, mode: String? = nil, cameo: String? = nil, trigger: TextRange,
                evidence: [TextRange] = [], participants: [EventParticipant] = [], place: FactPart? = nil,
                time: EventTime? = nil, source: FactPart? = nil, contexts: [String] = [],
                status: EventStatus = .occurred, rule: String? = nil, patterns: [String] = [], intended: IntendedAct? = nil) {
        self.type = type
        self.mode = mode
        self.cameo = cameo
        self.trigger = trigger
        self.evidence = evidence
        self.participants = participants
        self.place = place
        self.time = time
        self.source = source
        self.contexts = contexts
        self.status = status
        self.rule = rule
        self.patterns = patterns
        self.intended = intended
    }
}
