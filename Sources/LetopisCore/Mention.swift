/// The type of a named-entity mention.
public struct EntityType: RawRepresentable, Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    public static let person: EntityType = "PER"
    public static let location: EntityType = "LOC"
    public static let organization: EntityType = "ORG"
}

/// A mention of a named entity in the text.
public struct Mention: Hashable, Sendable {
    public var range: TextRange
    public var type: EntityType
    /// Nominative (dictionary) form of the whole mention, when known.
    public var normal: String?
    /// Index into ``Document/actors`` of the document-level entity this mention refers to.
    public var entity: Int?

    public init(_ range: TextRange, type: EntityType, normal: String? = nil, entity: Int? = nil) {
        self.range = range
        self.type = type
        self.normal = normal
        self.entity = entity
    }
}

/// A document-level entity: the mentions that refer to one person, organisation or place.
public struct Actor: Hashable, Sendable {
    public var id: Int
    public var type: EntityType
    /// Canonical name (the fullest normalised mention).
    public var name: String
    /// ISO 3166-1 alpha-2 code of the country the actor is or belongs to.
    public var country: String?
    /// Role such as `министр иностранных дел`, with its sector (`government`, `military`, ...).
    public var role: String?
    public var sector: String?
    /// Indexes into ``Document/mentions``.
    public var mentions: [Int]
    /// Phrases without a name that refer to this actor (`глава сирийского внешнеполитического ведомства`).
    public var descriptors: [TextRange] = []
    /// The parts of a person's name; nil for organisations and places.
    public var person: PersonName?
    /// Every distinct title the document gives the actor, with its place, once each; the occupation facts
    /// stating it are listed (facts are per mention, roles per actor).
    public var roles: [ActorRole] = []
    /// For a place (or a country or region), its gazetteer entry, when resolved.
    public var geo: GeoPlace?

    public init(id: Int, type: EntityType, name: String, country: String? = nil, role: String? = nil,
                sector: String? = nil, mentions: [Int] = []) {
        self.id = id
        self.type = type
        self.name = name
        self.country = country
        self.role = role
        self.sector = sector
        self.mentions = mentions
    }
}

/// A piece of a fact: a range and its normal form.
public struct FactPart: Hashable, Sendable {
    public var range: TextRange
    public var normal: String?

    public init(_ range: TextRange, normal: String? = nil) {
        self.range = range
        self.normal = normal
    }
}

/// A fact stated by the text. Occupations today; the type is open for more.
public struct Fact: Hashable, Sendable {
    public var type: String
    public var who: FactPart
    public var job: FactPart
    public var `where`: FactPart?
    /// The name of the rule that found the fact (`title-before-name`, `appointed`), as ``Timex/rule``
    /// names a time rule; written with `--trace`.
    public var rule: String?
    /// The pair scorer's probability that `who` holds `job` (`OccupationPairScorer`), nil when no model decided.
    public var score: Double?

    public init(type: String = "occupation", who: FactPart, job: FactPart, where place: FactPart?, rule: String? = nil) {
        self.type = type
        self.who = who
        self.job = job
        self.where = place
        self.rule = rule
    }
}

/// A person's name in its parts, as the canonical name gives them: `Владимир Владимирович Путин`,
/// `Ахмед аш-Шараа` (particle `аш`), `Пан Ги Мун` (surname first), `В. В. Путин` (initials kept as written).
public struct PersonName: Hashable, Sendable {
    /// Given name or names (`Реджеп Тайип`, `Жан-Мари`), or an initial (`В.`).
    public var first: String?
    /// A Russian patronymic (`Владимирович`) or its initial.
    public var patronymic: String?
    /// Family name with its particles (`аш-Шибани`, `Абу Касра`, `фон Браун`).
    public var last: String?
    /// Particles inside the family name, lower-cased: `аш`, `абу`, `фон`, `ибн`.
    public var particles: [String]

    public init(first: String? = nil, patronymic: String? = nil, last: String? = nil, particles: [String] = []) {
        self.first = first
        self.patronymic = patronymic
        self.last = last
        self.particles = particles
    }
}

/// One title an actor holds, as the document states it one or more times: `министр обороны` of `САР`.
public struct ActorRole: Hashable, Sendable {
    /// Canonical title (`министр иностранных дел`).
    public var title: String
    /// Normal form of the place the title is held in (`МИД Сирии`, `Россия`), if the text gives one.
    public var place: String?
    /// ISO 3166-1 alpha-2 code of the place's country, when known.
    public var country: String?
    public var sector: String?
    /// Indexes into ``Document/facts`` of the occupation facts that state it.
    public var facts: [Int]

    public init(title: String, place: String?, country: String? = nil, sector: String?, facts: [Int]) {
        self.title = title
        self.place = place
        self.country = country
        self.sector = sector
        self.facts = facts
    }
}
