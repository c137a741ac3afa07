/// One real-world happening, with every mention that reports it.
///
/// Encoded as JSON it is the line `letopis events --format json` prints (snake_case keys, offsets in Unicode
/// code points): `id`, `type`, `mode`, `cameo`, `quad_class`, `date`, `place`, `actors`, `recipients`,
/// `contexts`, `status`, `first_seen`, `num_mentions`, `num_articles`, `num_sources`, `lead`, `mentions`,
/// and `history` / `occurrence` linking a planned event with its later occurrence.
public struct CorpusEvent: Codable, Sendable, Hashable, Identifiable {
    /// `ev-` and the id of its first-seen mention (earliest publication, then mention id): stable while
    /// that mention stays in the corpus.
    public var id: String
    public var type: String
    public var mode: String?
    public var cameo: String?
    /// GDELT QuadClass of the CAMEO root: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict.
    public var quadClass: Int?
    public var date: EventDate
    public var place: EventPlace?
    public var actors: [ActorRef]
    public var recipients: [ActorRef]
    public var contexts: [String]
    /// `occurred`, `planned`, `hypothetical` or `negated`.
    public var status: String
    /// Earliest publication among its mentions (timestamp when known, else day).
    public var firstSeen: String?
    public var numMentions: Int
    public var numArticles: Int
    public var numSources: Int
    /// Whether some article reports it in its lead sentence.
    public var lead: Bool
    public var mentions: [MentionLink]
    /// For an occurred event: the planned (or announced) events that foretold it. Empty otherwise.
    public var history: [HistoryEntry]
    /// For a planned event: the id of the event in which it later happened.
    public var occurrence: String?

    public init(id: String, type: String, mode: String?, cameo: String?, quadClass: Int?, date: EventDate,
                place: EventPlace?, actors: [ActorRef], recipients: [ActorRef], contexts: [String], status: String,
                firstSeen: String?, numMentions: Int, numArticles: Int, numSources: Int, lead: Bool,
                mentions: [MentionLink], history: [HistoryEntry] = [], occurrence: String? = nil) {
        self.id = id
        self.type = type
        self.mode = mode
        self.cameo = cameo
        self.quadClass = quadClass
        self.date = date
        self.place = place
        self.actors = actors
        self.recipients = recipients
        self.contexts = contexts
        self.status = status
        self.firstSeen = firstSeen
        self.numMentions = numMentions
        self.numArticles = numArticles
        self.numSources = numSources
        self.lead = lead
        self.mentions = mentions
        self.history = history
        self.occurrence = occurrence
    }

    enum CodingKeys: String, CodingKey {
        case id, type, mode, cameo, quadClass = "quad_class", date, place, actors, recipients, contexts, status
        case firstSeen = "first_seen", numMentions = "num_mentions", numArticles = "num_articles"
        case numSources = "num_sources", lead, mentions, history, occurrence
    }

    /// Every key is written, absent values as `null`, so that a reader sees the same fields on every line.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(type, forKey: .type); try c.encode(mode, forKey: .mode)
        try c.encode(cameo, forKey: .cameo); try c.encode(quadClass, forKey: .quadClass); try c.encode(date, forKey: .date)
        try c.encode(place, forKey: .place); try c.encode(actors, forKey: .actors); try c.encode(recipients, forKey: .recipients)
        try c.encode(contexts, forKey: .contexts); try c.encode(status, forKey: .status); try c.encode(firstSeen, forKey: .firstSeen)
        try c.encode(numMentions, forKey: .numMentions); try c.encode(numArticles, forKey: .numArticles)
        try c.encode(numSources, forKey: .numSources); try c.encode(lead, forKey: .lead); try c.encode(mentions, forKey: .mentions)
        try c.encode(history, forKey: .history); try c.encode(occurrence, forKey: .occurrence)
    }
}

/// When a corpus event happened: the narrowest date its mentions agree on.
public struct EventDate: Codable, Sendable, Hashable {
    /// TIMEX3 value of the most precise mention (`2025-10-15`, `2025-07`), or the publication day.
    public var value: String
    /// `day`, `week`, `month`, ... of ``value``.
    public var granularity: String
    /// First and last day every dated mention allows (`YYYY-MM-DD`).
    public var earliest: String
    public var latest: String
    /// TIMEX3 modifier of ``value`` (`END`), if any.
    public var mod: String?
    /// `timex` when some mention's text dates it, `published` when only publication days do.
    public var basis: String

    public init(value: String, granularity: String, earliest: String, latest: String, mod: String? = nil, basis: String) {
        self.value = value
        self.granularity = granularity
        self.earliest = earliest
        self.latest = latest
        self.mod = mod
        self.basis = basis
    }

    enum CodingKeys: String, CodingKey { case value, granularity, earliest, latest, mod, basis }

    /// Every key is written, `mod` as `null` when there is none.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value, forKey: .value); try c.encode(granularity, forKey: .granularity)
        try c.encode(earliest, forKey: .earliest); try c.encode(latest, forKey: .latest)
        try c.encode(mod, forKey: .mod); try c.encode(basis, forKey: .basis)
    }
}

/// Where a corpus event happened.
public struct EventPlace: Codable, Sendable, Hashable {
    public var name: String
    /// Corpus actor id of the place, when it is a known place actor.
    public var actor: String?
    public var geo: DocumentRecord.Geo?

    public init(name: String, actor: String? = nil, geo: DocumentRecord.Geo? = nil) {
        self.name = name
        self.actor = actor
        self.geo = geo
    }

    enum CodingKeys: String, CodingKey { case name, actor, geo }

    /// Every key is written, absent values as `null`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name); try c.encode(actor, forKey: .actor); try c.encode(geo, forKey: .geo)
    }
}

/// A corpus actor as an event lists it.
public struct ActorRef: Codable, Sendable, Hashable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// One mention of a corpus event: where in which document it is reported, and why it joined.
public struct MentionLink: Codable, Sendable, Hashable {
    /// Document id.
    public var document: String
    /// Mention id, `<document id>-<n>`.
    public var event: String
    public var sentence: DocumentRecord.Span?
    public var trigger: DocumentRecord.Span
    public var participants: [LinkedParticipant]
    /// Who the document says reports it (`агентство SANA`).
    public var attribution: String?
    public var outlet: String?
    public var published: String?
    public var time: String?
    /// The mention's own date as its text gives it (`2025-10 MID`, or the publication day).
    public var date: String?
    public var status: String
    public var lead: Bool
    /// Why this mention is in this event, in words (`founding mention` for the first).
    public var reason: String
    /// The same, as a code: `founding`, `joined`, `planned-link`.
    public var reasonCode: String

    public init(document: String, event: String, sentence: DocumentRecord.Span?, trigger: DocumentRecord.Span,
                participants: [LinkedParticipant], attribution: String?, outlet: String?, published: String?,
                time: String?, date: String?, status: String, lead: Bool, reason: String, reasonCode: String) {
        self.document = document
        self.event = event
        self.sentence = sentence
        self.trigger = trigger
        self.participants = participants
        self.attribution = attribution
        self.outlet = outlet
        self.published = published
        self.time = time
        self.date = date
        self.status = status
        self.lead = lead
        self.reason = reason
        self.reasonCode = reasonCode
    }

    enum CodingKeys: String, CodingKey {
        case document, event, sentence, trigger, participants, attribution, outlet, published, time, date, status, lead
        case reason, reasonCode = "reason_code"
    }

    /// Every key is written, absent values as `null`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(document, forKey: .document); try c.encode(event, forKey: .event); try c.encode(sentence, forKey: .sentence)
        try c.encode(trigger, forKey: .trigger); try c.encode(participants, forKey: .participants)
        try c.encode(attribution, forKey: .attribution); try c.encode(outlet, forKey: .outlet)
        try c.encode(published, forKey: .published); try c.encode(time, forKey: .time); try c.encode(date, forKey: .date)
        try c.encode(status, forKey: .status); try c.encode(lead, forKey: .lead); try c.encode(reason, forKey: .reason)
        try c.encode(reasonCode, forKey: .reasonCode)
    }
}

/// A participant of a mention, with the corpus actor it resolved to.
public struct LinkedParticipant: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String
    public var role: String
    /// Corpus actor id; nil when the participant has no actor.
    public var actor: String?

    public init(start: Int, end: Int, text: String, role: String, actor: String?) {
        self.start = start
        self.end = end
        self.text = text
        self.role = role
        self.actor = actor
    }

    enum CodingKeys: String, CodingKey { case start, end, text, role, actor }

    /// Every key is written, a participant without an actor as `"actor": null`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(start, forKey: .start); try c.encode(end, forKey: .end); try c.encode(text, forKey: .text)
        try c.encode(role, forKey: .role); try c.encode(actor, forKey: .actor)
    }
}

/// A step in an event's history: a planned event that foretold it.
public struct HistoryEntry: Codable, Sendable, Hashable {
    /// Id of the planned event.
    public var event: String
    public var status: String
    public var firstSeen: String?
    public var date: String
    public var mentions: [String]

    public init(event: String, status: String, firstSeen: String?, date: String, mentions: [String]) {
        self.event = event
        self.status = status
        self.firstSeen = firstSeen
        self.date = date
        self.mentions = mentions
    }

    enum CodingKeys: String, CodingKey { case event, status, firstSeen = "first_seen", date, mentions }

    /// Every key is written, absent values as `null`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(event, forKey: .event); try c.encode(status, forKey: .status); try c.encode(firstSeen, forKey: .firstSeen)
        try c.encode(date, forKey: .date); try c.encode(mentions, forKey: .mentions)
    }
}

/// A type family × month window: the unit the store recomputes when a document arrives or changes.
///
/// A mention belongs to the block of its type and the month of its date's first day (or of its
/// publication day when only that dates it). Mentions of different blocks never join one event, so
/// resolving a block needs only the mentions in it.
public struct EventBlock: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The PLOVER type.
    public var family: String
    /// `YYYY-MM`, or `undated`.
    public var window: String

    public init(family: String, window: String) {
        self.family = family
        self.window = window
    }

    public static func < (a: EventBlock, b: EventBlock) -> Bool { (a.family, a.window) < (b.family, b.window) }
    public var description: String { "\(family)@\(window)" }
}

/// Everything resolved over a set of documents.
public struct CorpusResolution: Sendable {
    public var actors: ActorResolution
    /// Corpus events sorted by id.
    public var events: [CorpusEvent]

    public init(actors: ActorResolution, events: [CorpusEvent]) {
        self.actors = actors
        self.events = events
    }
}
