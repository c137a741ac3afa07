/// Everything the corpus needs of one extracted document, as plain values.
///
/// A record is what an ingest worker hands to the store and to ``CorpusResolver``: the document's
/// metadata, its actors and its events ("mentions" at corpus level), with every span in Unicode code
/// points as in Letopis's JSON output. It is `Codable` so that it can travel from an isolated worker
/// process as JSON, and it carries the text so the store can keep and search it.
///
/// ```swift
/// let record = DocumentRecord(document: doc, outlet: "ria", time: "2025-10-15T12:00:00+00:00",
///                             extractorVersion: "letopis 0.9")
/// record.events.first?.id  // "doc-0"
/// ```
public struct DocumentRecord: Codable, Sendable, Hashable {
    /// Document id (a file's name without extension, or a JSON Lines `id`).
    public var id: String
    /// Lower-case hex SHA-256 of the text's UTF-8 bytes: the same id with the same digest is the same document.
    public var textSHA256: String
    /// The text exactly as read.
    public var text: String
    /// Publication day `YYYY-MM-DD`, if known.
    public var published: String?
    /// How the publication day was learnt (`header`, `field`, `option`, `inferred`).
    public var publishedSource: String?
    /// Publication timestamp as the input gave it (JSON Lines `time`), ISO 8601.
    public var time: String?
    /// The outlet (JSON Lines `source`): a channel, an agency.
    public var outlet: String?
    public var title: String?
    public var url: String?
    /// Version of the extractor that produced the layers below.
    public var extractorVersion: String
    /// The document's actors, indexed as ``Actor/index`` (the document's actor ids).
    public var actors: [Actor]
    /// The document's events, in text order; the n-th has id `<document id>-<n>`.
    public var events: [EventMention]

    public init(id: String, textSHA256: String, text: String, published: String? = nil,
                publishedSource: String? = nil, time: String? = nil, outlet: String? = nil,
                title: String? = nil, url: String? = nil, extractorVersion: String,
                actors: [Actor] = [], events: [EventMention] = []) {
        self.id = id
        self.textSHA256 = textSHA256
        self.text = text
        self.published = published
        self.publishedSource = publishedSource
        self.time = time
        self.outlet = outlet
        self.title = title
        self.url = url
        self.extractorVersion = extractorVersion
        self.actors = actors
        self.events = events
    }
}

extension DocumentRecord {
    /// A span of the text in Unicode code points (end exclusive) and the text under it.
    public struct Span: Codable, Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var text: String

        public init(start: Int, end: Int, text: String) {
            self.start = start
            self.end = end
            self.text = text
        }
    }

    /// A person's name in parts, as ``LetopisCore/PersonName`` has them.
    public struct NameParts: Codable, Sendable, Hashable {
        public var first: String?
        public var patronymic: String?
        public var last: String?
        public var particles: [String]

        public init(first: String? = nil, patronymic: String? = nil, last: String? = nil, particles: [String] = []) {
            self.first = first
            self.patronymic = patronymic
            self.last = last
            self.particles = particles
        }
    }

    /// A gazetteer entry (``LetopisCore/GeoPlace``) as a plain value.
    public struct Geo: Codable, Sendable, Hashable {
        public var geonameID: Int?
        public var name: String
        public var nameRu: String?
        public var latitude: Double
        public var longitude: Double
        public var country: String?
        public var admin1: String?
        public var featureClass: String
        public var featureCode: String?

        public init(geonameID: Int?, name: String, nameRu: String? = nil, latitude: Double, longitude: Double,
                    country: String?, admin1: String? = nil, featureClass: String, featureCode: String? = nil) {
            self.geonameID = geonameID
            self.name = name
            self.nameRu = nameRu
            self.latitude = latitude
            self.longitude = longitude
            self.country = country
            self.admin1 = admin1
            self.featureClass = featureClass
            self.featureCode = featureCode
        }
    }

    /// A title the document gives an actor (`министр иностранных дел` of `Сирия`).
    public struct Role: Codable, Sendable, Hashable {
        public var title: String
        public var place: String?
        public var country: String?
        public var sector: String?

        public init(title: String, place: String? = nil, country: String? = nil, sector: String? = nil) {
            self.title = title
            self.place = place
            self.country = country
            self.sector = sector
        }
    }

    /// One document-level actor: a person, organisation or place and the names the document calls it by.
    public struct Actor: Codable, Sendable, Hashable {
        /// The document's actor id (index into the document's actors).
        public var index: Int
        /// `PER`, `ORG` or `LOC`.
        public var type: String
        /// Canonical name in the document (its fullest normalised mention).
        public var name: String
        /// Distinct normal forms of its mentions, sorted; a bracketed abbreviation the document ties to a
        /// full name is among them, which is how the corpus learns that the two are one.
        public var aliases: [String]
        /// ISO 3166-1 alpha-2 country the actor is or belongs to.
        public var country: String?
        public var role: String?
        public var sector: String?
        public var person: NameParts?
        public var roles: [Role]
        public var geo: Geo?
        /// How many times the document names it.
        public var mentionCount: Int

        public init(index: Int, type: String, name: String, aliases: [String] = [], country: String? = nil,
                    role: String? = nil, sector: String? = nil, person: NameParts? = nil, roles: [Role] = [],
                    geo: Geo? = nil, mentionCount: Int = 1) {
            self.index = index
            self.type = type
            self.name = name
            self.aliases = aliases
            self.country = country
            self.role = role
            self.sector = sector
            self.person = person
            self.roles = roles
            self.geo = geo
            self.mentionCount = mentionCount
        }
    }

    /// A participant of an event mention.
    public struct Participant: Codable, Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var text: String
        /// Normal form (`Владимир Путин` for `Владимиром Путиным`).
        public var normal: String?
        /// `actor` or `recipient`.
        public var role: String
        /// Index into the record's ``DocumentRecord/actors`` (the document's actor id), when resolved.
        public var actor: Int?

        public init(start: Int, end: Int, text: String, normal: String?, role: String, actor: Int?) {
            self.start = start
            self.end = end
            self.text = text
            self.normal = normal
            self.role = role
            self.actor = actor
        }
    }

    /// Where an event mention took place.
    public struct Place: Codable, Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var text: String
        public var normal: String?
        public var geo: Geo?

        public init(start: Int, end: Int, text: String, normal: String?, geo: Geo? = nil) {
            self.start = start
            self.end = end
            self.text = text
            self.normal = normal
            self.geo = geo
        }
    }

    /// When an event mention happened, from the time layer.
    public struct Time: Codable, Sendable, Hashable {
        /// TIMEX3 value (`2025-07`, `2025-10-15`, `FUTURE_REF`).
        public var value: String
        /// TIMEX3 modifier (`END`, `MID`, ...).
        public var mod: String?
        /// `timex` when a time expression dates it, `published` when only the publication date does.
        public var basis: String
        /// The first and last day the value and modifier allow (`2025-07 END` → 2025-07-21 ... 2025-07-31);
        /// nil when the value is open (`PAST_REF`) or unanchored (`XXXX-07`).
        public var earliest: String?
        public var latest: String?
        /// The time expression, when one dates it.
        public var timex: Span?

        public init(value: String, mod: String?, basis: String, earliest: String?, latest: String?, timex: Span? = nil) {
            self.value = value
            self.mod = mod
            self.basis = basis
            self.earliest = earliest
            self.latest = latest
            self.timex = timex
        }
    }

    /// Who reports the event (`агентство SANA`).
    public struct Attribution: Codable, Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var text: String
        public var normal: String?

        public init(start: Int, end: Int, text: String, normal: String?) {
            self.start = start
            self.end = end
            self.text = text
            self.normal = normal
        }
    }

    /// One event of the document: at corpus level, a mention of a happening.
    public struct EventMention: Codable, Sendable, Hashable {
        /// `<document id>-<n>`, n the event's index in the document.
        public var id: String
        public var index: Int
        /// PLOVER type (`CONSULT`).
        public var type: String
        /// PLOVER mode (`visit`), if any.
        public var mode: String?
        public var cameo: String?
        /// `occurred`, `planned`, `negated` or `hypothetical`.
        public var status: String
        public var contexts: [String]
        /// Index of the sentence holding the trigger, and the sentence.
        public var sentenceIndex: Int?
        public var sentence: Span?
        public var trigger: Span
        public var participants: [Participant]
        public var place: Place?
        public var time: Time?
        public var source: Attribution?
        /// Whether the trigger is in the lead: the first sentence of the body past any dateline.
        public var inLead: Bool
        /// UD part of speech of the trigger's head word (`NOUN` for `ордер на арест`, `VERB` for `арестовали`), from
        /// the tagger; nil when the document was not tagged or the record predates the field. A noun (or an
        /// infinitive) dated only by publication is a *recall* of an act rather than a report of the day
        /// (`Docs/corpus.md`, "Nominal recalls").
        public var triggerPOS: String?
        /// UD `VerbForm` of the trigger's head word when it is a verb (`Fin`, `Inf`, `Part`, `Conv`), else nil.
        public var triggerVerbForm: String?
        /// Lemma of the verb whose direct object a noun trigger is (`ввести` for `ввёл санкции`, `нанести` for
        /// `нанесли удар`), else nil: a light verb makes the noun a report of the act, not a recall of it.
        public var triggerGovernor: String?

        public init(id: String, index: Int, type: String, mode: String? = nil, cameo: String? = nil,
                    status: String = "occurred", contexts: [String] = [], sentenceIndex: Int? = nil,
                    sentence: Span? = nil, trigger: Span, participants: [Participant] = [], place: Place? = nil,
                    time: Time? = nil, source: Attribution? = nil, inLead: Bool = false,
                    triggerPOS: String? = nil, triggerVerbForm: String? = nil, triggerGovernor: String? = nil) {
            self.id = id
            self.index = index
            self.type = type
            self.mode = mode
            self.cameo = cameo
            self.status = status
            self.contexts = contexts
            self.sentenceIndex = sentenceIndex
            self.sentence = sentence
            self.trigger = trigger
            self.participants = participants
            self.place = place
            self.time = time
            self.source = source
            self.inLead = inLead
            self.triggerPOS = triggerPOS
            self.triggerVerbForm = triggerVerbForm
            self.triggerGovernor = triggerGovernor
        }

        /// Whether the trigger names the act as a noun or an infinitive (`ордер на арест`, `санкции против`,
        /// `ордер, чтобы арестовать`): words that recall an act without telling when it happened.
        public var isNominalTrigger: Bool {
            triggerPOS == "NOUN" || (triggerPOS == "VERB" && triggerVerbForm == "Inf")
        }
    }
}
