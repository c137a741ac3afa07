import Foundation
import LetopisCore
import LetopisCorpus

/// The read side of the event database, as the CLI query commands and `letopis serve` use it.
///
/// Implemented by the SQLite and PostgreSQL stores (and usable through ``EventStore``);
/// every method is safe to call from many tasks at once. Unknown ids give `nil`, never an error;
/// errors are ``LetopisError``s (`database-*` codes) naming the problem and its fix.
///
/// ```swift
/// let store = try await StoreLocation(parsing: "sqlite:events.db").open()
/// let page = try await store.events(EventFilter(actor: "Путин", type: "CONSULT", limit: 20))
/// for event in page.items { print(event.id, event.date.value, event.numSources) }
/// ```
public protocol EventStoreReader: Sendable {
    /// Corpus events matching `filter` (with their mentions only when `filter.includeMentions`; the
    /// counts are always current), in `filter.sort` order, one page at a time.
    /// - Throws: `bad-argument` for a malformed cursor or date.
    func events(_ filter: EventFilter) async throws -> Page<CorpusEvent>

    /// One corpus event with all its mentions (each with its sentence's text and why it joined), or nil.
    func event(id: String) async throws -> CorpusEvent?

    /// Corpus actors matching `filter`, most events first.
    func actors(_ filter: ActorFilter) async throws -> Page<StoredActor>

    /// One corpus actor with aliases, roles, timeline and top counterparts, or nil.
    /// `id` may also be a name or alias; the actor with most events of that name is taken.
    func actor(id: String) async throws -> ActorDetail?

    /// Event counts by pair of actors (actor → recipient) and type, largest first.
    func dyads(_ filter: DyadFilter) async throws -> [DyadCount]

    /// Event counts of one actor per day or week and type, in date order (empty for an unknown actor).
    func timeline(_ query: TimelineQuery) async throws -> [TimelineBucket]

    /// One document with its text, stored layers and its mentions' events, or nil.
    func document(id: String) async throws -> StoredDocument?

    /// Documents whose text matches, best first.
    func search(_ query: SearchQuery) async throws -> Page<SearchHit>

    /// Row counts.
    func statistics() async throws -> StoreStatistics

    /// The page `events(filter)` gives (never with mentions), each event already encoded as the API
    /// lists it (``ResponseJSON/summary(_:encoder:)``). The database stores these fragments when it
    /// resolves a block, so a page is read without decoding a single event.
    func eventSummaries(_ filter: EventFilter) async throws -> FragmentPage

    /// One event's ``LetopisCorpus/EventDetail`` already encoded as the API sends it, or nil.
    func eventDetail(id: String) async throws -> JSONFragment?
}

extension EventStoreReader {
    /// Encodes the page `events(filter)` gives, for readers that store no fragments.
    public func eventSummaries(_ filter: EventFilter) async throws -> FragmentPage {
        var filter = filter
        filter.includeMentions = false
        let page = try await events(filter)
        return FragmentPage(items: try page.items.map { try ResponseJSON.summary($0) }, nextCursor: page.nextCursor)
    }

    /// Builds the detail of `event(id:)` without document records (mentions without place, time and
    /// source spans), for readers that store no fragments.
    public func eventDetail(id: String) async throws -> JSONFragment? {
        guard let event = try await event(id: id) else { return nil }
        return try ResponseJSON.fragment(EventDetail(event: event, records: [:]))
    }
}
