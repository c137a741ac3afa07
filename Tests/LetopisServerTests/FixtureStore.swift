import Foundation
import LetopisCore
import LetopisCorpus
import LetopisStore
import Testing

/// An in-memory event database read from `Fixtures/store.json`: the reader protocol over plain
/// arrays, so that route tests need no SQLite file (the SQLite-backed tests are in
/// `SQLiteRouteTests`). Filters mirror the store's documented meaning.
struct FixtureStore: EventStoreReader {
    struct Contents: Codable {
        var events: [CorpusEvent]
        var documents: [StoredDocument]
        var actors: [ActorDetail]
        /// The records of the documents whose mentions carry place, time and source spans.
        var records: [DocumentRecord]
    }

    let contents: Contents

    static func load() throws -> FixtureStore {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/store", withExtension: "json"))
        return FixtureStore(contents: try JSONDecoder().decode(Contents.self, from: Data(contentsOf: url)))
    }

    func page<T>(_ items: [T], limit: Int, cursor: String?) throws -> Page<T> {
        var start = 0
        if let cursor {
            guard let offset = Int(cursor), offset >= 0 else {
                throw LetopisError(.badArgument, subject: "cursor \(cursor)", message: "not a cursor of this query",
                                   remedy: "pass the next_cursor of the previous page")
            }
            start = offset
        }
        let end = min(items.count, start + limit)
        let slice = start < end ? Array(items[start..<end]) : []
        return Page(items: slice, nextCursor: end < items.count ? String(end) : nil)
    }

    func events(_ filter: EventFilter) async throws -> Page<CorpusEvent> {
        var list = contents.events.filter { event in
            if let type = filter.type, event.type != type { return false }
            if let actor = filter.actor, !(event.actors + event.recipients).contains(where: { $0.id == actor || $0.name == actor }) { return false }
            if let country = filter.country, event.place?.geo?.country != country { return false }
            if let from = filter.from, event.date.latest < from { return false }
            if let to = filter.to, event.date.earliest > to { return false }
            if let status = filter.status, event.status != status { return false }
            if let text = filter.text, !event.mentions.contains(where: { ($0.sentence?.text ?? "").localizedCaseInsensitiveContains(text) }) { return false }
            return true
        }.map { event -> CorpusEvent in
            var event = event
            if !filter.includeMentions { event.mentions = [] }
            return event
        }
        switch filter.sort {
        case .dateDescending: list.sort { ($0.date.earliest, $0.id) > ($1.date.earliest, $1.id) }
        case .dateAscending: list.sort { ($0.date.earliest, $0.id) < ($1.date.earliest, $1.id) }
        case .sources: list.sort { ($0.numSources, $0.id) > ($1.numSources, $1.id) }
        case .firstSeen: list.sort { ($0.firstSeen ?? "", $0.id) > ($1.firstSeen ?? "", $1.id) }
        }
        return try page(list, limit: filter.limit, cursor: filter.cursor)
    }

    func event(id: String) async throws -> CorpusEvent? { contents.events.first { $0.id == id } }

    func eventDetail(id: String) async throws -> JSONFragment? {
        guard let event = try await event(id: id) else { return nil }
        let records = Dictionary(contents.records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return try ResponseJSON.fragment(EventDetail(event: event, records: records))
    }

    func actors(_ filter: ActorFilter) async throws -> Page<StoredActor> {
        let list = contents.actors.map(\.actor).filter { stored in
            let actor = stored.actor
            if let name = filter.name, !actor.name.localizedCaseInsensitiveContains(name) { return false }
            if let type = filter.type, actor.type != type { return false }
            if let country = filter.country, actor.country != country { return false }
            return true
        }
        return try page(list, limit: filter.limit, cursor: filter.cursor)
    }

    func actor(id: String) async throws -> ActorDetail? {
        contents.actors.first { $0.actor.actor.id == id || $0.actor.actor.name == id }
    }

    func dyads(_ filter: DyadFilter) async throws -> [DyadCount] {
        Array(contents.actors.flatMap(\.topCounterparts).filter { dyad in
            if let type = filter.type, dyad.type != type { return false }
            if let actor = filter.actor, dyad.actor.id != actor && dyad.counterpart.id != actor { return false }
            return true
        }.prefix(filter.limit))
    }

    func timeline(_ query: TimelineQuery) async throws -> [TimelineBucket] {
        try await actor(id: query.actor)?.timeline ?? []
    }

    func document(id: String) async throws -> StoredDocument? { contents.documents.first { $0.id == id } }

    func search(_ query: SearchQuery) async throws -> Page<SearchHit> {
        let hits = contents.documents.filter { $0.text.localizedCaseInsensitiveContains(query.text) }.map {
            SearchHit(document: $0.id, title: $0.title, outlet: $0.outlet, published: $0.published, snippet: String($0.text.prefix(80)))
        }
        return try page(hits, limit: query.limit, cursor: query.cursor)
    }

    func statistics() async throws -> StoreStatistics {
        StoreStatistics(documents: contents.documents.count, failedDocuments: 0,
                        mentions: contents.events.reduce(0) { $0 + $1.mentions.count },
                        events: contents.events.count, actors: contents.actors.count, schemaVersion: 1)
    }
}

/// A database that has gone away: every read fails as the SQLite adapter fails on a missing file.
struct VanishedStore: EventStoreReader {
    var failure: LetopisError {
        LetopisError(LetopisError.Code(rawValue: "database-unavailable"), subject: "events.db",
                     message: "unable to open database file", remedy: "check that the database file still exists")
    }
    func events(_ filter: EventFilter) async throws -> Page<CorpusEvent> { throw failure }
    func event(id: String) async throws -> CorpusEvent? { throw failure }
    func actors(_ filter: ActorFilter) async throws -> Page<StoredActor> { throw failure }
    func actor(id: String) async throws -> ActorDetail? { throw failure }
    func dyads(_ filter: DyadFilter) async throws -> [DyadCount] { throw failure }
    func timeline(_ query: TimelineQuery) async throws -> [TimelineBucket] { throw failure }
    func document(id: String) async throws -> StoredDocument? { throw failure }
    func search(_ query: SearchQuery) async throws -> Page<SearchHit> { throw failure }
    func statistics() async throws -> StoreStatistics { throw failure }
}

/// A store that fails with an error nobody anticipated (not a `LetopisError`).
struct BrokenStore: EventStoreReader {
    struct Secret: Error { var detail = "SQL: SELECT * FROM secret_table at /home/user/events.db" }
    func events(_ filter: EventFilter) async throws -> Page<CorpusEvent> { throw Secret() }
    func event(id: String) async throws -> CorpusEvent? { throw Secret() }
    func actors(_ filter: ActorFilter) async throws -> Page<StoredActor> { throw Secret() }
    func actor(id: String) async throws -> ActorDetail? { throw Secret() }
    func dyads(_ filter: DyadFilter) async throws -> [DyadCount] { throw Secret() }
    func timeline(_ query: TimelineQuery) async throws -> [TimelineBucket] { throw Secret() }
    func document(id: String) async throws -> StoredDocument? { throw Secret() }
    func search(_ query: SearchQuery) async throws -> Page<SearchHit> { throw Secret() }
    func statistics() async throws -> StoreStatistics { throw Secret() }
}
