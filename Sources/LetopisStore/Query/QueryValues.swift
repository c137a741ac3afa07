import LetopisCore
import LetopisCorpus

// Read-side values of the event database: what `letopis events/actors/dyads/timeline/search/show`
// and `letopis serve` read. Plain `Sendable`, `Codable` values, so that the server can encode them
// as they are and a test can compare them across the SQLite and PostgreSQL adapters.
// Offsets are Unicode code points into the document's text, as in the JSON output of `extract`.

/// A page of results and the cursor of the next page (nil on the last page).
public struct Page<Item: Sendable & Codable & Hashable>: Sendable, Codable, Hashable {
    public var items: [Item]
    /// Opaque; pass it back as the `cursor` of the same query to get the next page.
    public var nextCursor: String?

    public init(items: [Item], nextCursor: String?) {
        self.items = items
        self.nextCursor = nextCursor
    }
}

/// The order of an event list.
public enum EventSort: String, Sendable, Codable, Hashable, CaseIterable {
    /// Latest event date first (the default).
    case dateDescending = "date-desc"
    case dateAscending = "date"
    /// Most distinct sources first.
    case sources
    /// Most recently first seen first.
    case firstSeen = "first-seen"
}

/// Filters of `letopis events` and `GET /events`. Every field narrows; nil means any.
public struct EventFilter: Sendable, Codable, Hashable {
    /// A corpus actor id or a name (matched against canonical names and aliases, case-insensitively).
    public var actor: String?
    /// PLOVER type (`CONSULT`).
    public var type: String?
    /// ISO country code of an actor, recipient or the place.
    public var country: String?
    /// Place name (substring, case-insensitive) or GeoNames id.
    public var place: String?
    /// Events whose date may fall on or after this day (`latest >= from`).
    public var from: String?
    /// Events whose date may fall on or before this day (`earliest <= to`).
    public var to: String?
    public var status: String?
    public var minSources: Int?
    /// Full-text over the texts of the documents that mention the event.
    public var text: String?
    public var sort: EventSort
    /// Page size (1...1000).
    public var limit: Int
    public var cursor: String?
    public var includeMentions: Bool
    public init(actor: String? = nil, type: String? = nil, country: String? = nil, place: String? = nil,
                from: String? = nil, to: String? = nil, status: String? = nil, minSources: Int? = nil,
                text: String? = nil, sort: EventSort = .dateDescending, limit: Int = 100, cursor: String? = nil,
                includeMentions: Bool = false) {
        self.actor = actor
        self.type = type
        self.country = country
        self.place = place
        self.from = from
        self.to = to
        self.status = status
        self.minSources = minSources
        self.text = text
        self.sort = sort
        self.limit = limit
        self.cursor = cursor
        self.includeMentions = includeMentions
    }
}

/// A corpus actor and how many events and mentions it takes part in.
public struct StoredActor: Sendable, Codable, Hashable {
    /// Id, type, canonical name, aliases, country, sector, name parts, roles, geo.
    public var actor: CorpusActor
    /// Corpus events it is an actor or recipient of.
    public var numEvents: Int
    /// Event mentions it is a participant of.
    public var numMentions: Int
    public init(actor: CorpusActor, numEvents: Int, numMentions: Int) {
        self.actor = actor
        self.numEvents = numEvents
        self.numMentions = numMentions
    }
}

/// Filters of `letopis actors` and `GET /actors`.
public struct ActorFilter: Sendable, Codable, Hashable {
    /// Name or alias substring, case-insensitive.
    public var name: String?
    public var type: String?
    public var country: String?
    /// Page size (1...1000).
    public var limit: Int
    public var cursor: String?
    public init(name: String? = nil, type: String? = nil, country: String? = nil, limit: Int = 100,
                cursor: String? = nil) {
        self.name = name
        self.type = type
        self.country = country
        self.limit = limit
        self.cursor = cursor
    }
}

/// Counts of events by pair of actors and type.
public struct DyadCount: Sendable, Codable, Hashable {
    public var actor: ActorRef
    public var counterpart: ActorRef
    public var type: String
    public var count: Int
    public init(actor: ActorRef, counterpart: ActorRef, type: String, count: Int) {
        self.actor = actor
        self.counterpart = counterpart
        self.type = type
        self.count = count
    }
}

/// Filters of `letopis dyads`: events between `from` and `to` (inclusive days).
public struct DyadFilter: Sendable, Codable, Hashable {
    /// Only pairs where one side is this actor (id or name).
    public var actor: String?
    public var type: String?
    public var from: String?
    public var to: String?
    public var limit: Int
    public init(actor: String? = nil, type: String? = nil, from: String? = nil, to: String? = nil, limit: Int = 100) {
        self.actor = actor
        self.type = type
        self.from = from
        self.to = to
        self.limit = limit
    }
}

/// Bucket size of a timeline.
public enum TimelineBucketSize: String, Sendable, Codable, Hashable, CaseIterable {
    case day, week
}

/// `letopis timeline --actor NAME [--by day|week]`.
public struct TimelineQuery: Sendable, Codable, Hashable {
    /// Corpus actor id or name.
    public var actor: String
    public var by: TimelineBucketSize
    public var from: String?
    public var to: String?
    public init(actor: String, by: TimelineBucketSize = .day, from: String? = nil, to: String? = nil) {
        self.actor = actor
        self.by = by
        self.from = from
        self.to = to
    }
}

/// Events of one type in one period (a day, or the ISO week starting on Monday `period`).
public struct TimelineBucket: Sendable, Codable, Hashable {
    /// First day of the bucket, `YYYY-MM-DD`.
    public var period: String
    public var type: String
    public var count: Int
    public init(period: String, type: String, count: Int) {
        self.period = period
        self.type = type
        self.count = count
    }
}

/// Everything about one corpus actor.
public struct ActorDetail: Sendable, Codable, Hashable {
    /// The actor with its aliases and roles.
    public var actor: StoredActor
    /// Its events per day and type.
    public var timeline: [TimelineBucket]
    /// The actors it shares most events with.
    public var topCounterparts: [DyadCount]
    public init(actor: StoredActor, timeline: [TimelineBucket], topCounterparts: [DyadCount]) {
        self.actor = actor
        self.timeline = timeline
        self.topCounterparts = topCounterparts
    }
}

/// One stored document.
public struct StoredDocument: Sendable, Codable, Hashable {
    public var id: String
    public var title: String?
    public var url: String?
    public var outlet: String?
    /// Publication date, `YYYY-MM-DD`.
    public var published: String?
    /// Publication timestamp as given (`time` of the JSON Lines input).
    public var time: String?
    /// Hex SHA-256 of the text.
    public var sha256: String
    public var extractorVersion: String
    /// `ok` or `failed`.
    public var state: String
    /// The one-line error of a failed extraction.
    public var error: String?
    public var text: String
    /// The document's extraction as `letopis extract --format json` writes it (one JSON object), when stored.
    public var layers: String?
    /// Mention ids (`<doc id>-<n>`) and the corpus events they belong to.
    public var events: [DocumentEventLink]
    public init(id: String, title: String?, url: String?, outlet: String?, published: String?, time: String?,
                sha256: String, extractorVersion: String, state: String, error: String?, text: String,
                layers: String?, events: [DocumentEventLink]) {
        self.id = id
        self.title = title
        self.url = url
        self.outlet = outlet
        self.published = published
        self.time = time
        self.sha256 = sha256
        self.extractorVersion = extractorVersion
        self.state = state
        self.error = error
        self.text = text
        self.layers = layers
        self.events = events
    }
}

/// A document's event mention and the corpus event it joined.
public struct DocumentEventLink: Sendable, Codable, Hashable {
    public var mention: String
    public var event: String
    public var type: String
    public var trigger: DocumentRecord.Span
    public init(mention: String, event: String, type: String, trigger: DocumentRecord.Span) {
        self.mention = mention
        self.event = event
        self.type = type
        self.trigger = trigger
    }
}

/// `letopis search "..."`: full-text over document texts (FTS5 on SQLite, tsvector on PostgreSQL).
public struct SearchQuery: Sendable, Codable, Hashable {
    /// Words to find; every word must occur (Russian word forms match by stem on PostgreSQL,
    /// by prefix on SQLite).
    public var text: String
    public var limit: Int
    public var cursor: String?
    public init(text: String, limit: Int = 20, cursor: String? = nil) {
        self.text = text
        self.limit = limit
        self.cursor = cursor
    }
}

/// One document found by a search.
public struct SearchHit: Sendable, Codable, Hashable {
    public var document: String
    public var title: String?
    public var outlet: String?
    public var published: String?
    /// A short piece of the text around the match.
    public var snippet: String
    public init(document: String, title: String?, outlet: String?, published: String?, snippet: String) {
        self.document = document
        self.title = title
        self.outlet = outlet
        self.published = published
        self.snippet = snippet
    }
}

/// Row counts of a database.
public struct StoreStatistics: Sendable, Codable, Hashable {
    public var documents: Int
    public var failedDocuments: Int
    public var mentions: Int
    public var events: Int
    public var actors: Int
    public var schemaVersion: Int
    public init(documents: Int, failedDocuments: Int, mentions: Int, events: Int, actors: Int, schemaVersion: Int) {
        self.documents = documents
        self.failedDocuments = failedDocuments
        self.mentions = mentions
        self.events = events
        self.actors = actors
        self.schemaVersion = schemaVersion
    }
}
