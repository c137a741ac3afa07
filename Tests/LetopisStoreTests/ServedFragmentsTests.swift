import Foundation
import Testing
import LetopisCore
import LetopisCorpus
@testable import LetopisStore

/// The API responses the store keeps with each event (Schema version 2) and the reads that serve them.
/// In the serialized store suite: the PostgreSQL tests share one database.
extension EventStoreTests {
    static func filledForServing(_ backend: String) throws -> EventStore {
        let store = try StoreFixtures.open(backend)
        try store.store([
            .extracted(StoreFixtures.meeting("a", day: "2025-10-15", outlet: "ria"), layers: nil),
            .extracted(StoreFixtures.meeting("b", day: "2025-10-15", outlet: "tass", published: "2025-10-16"), layers: nil),
            .extracted(StoreFixtures.meeting("c", day: "2025-12-01", outlet: "ria", type: "AGREE"), layers: nil),
        ])
        try store.resolvePending()
        return store
    }

    static func jsonObject(_ fragment: JSONFragment?) throws -> [String: Any] {
        let text = try #require(fragment?.text)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("a listed event is the event without mentions, encoded as the API encodes it", arguments: StoreFixtures.backends())
    func summariesAreTheEncodedEvents(_ backend: String) throws {
        let store = try Self.filledForServing(backend)
        defer { store.close() }
        for sort in EventSort.allCases {
            let filter = EventFilter(sort: sort, limit: 2)
            let events = try store.listEvents(filter)
            let summaries = try store.listEventSummaries(filter)
            let encoded = try events.items.map { try ResponseJSON.summary($0) }
            #expect(summaries.items == encoded, "sort \(sort): \(summaries.items.first.map { String(describing: $0) } ?? "") vs \(encoded.first.map { String(describing: $0) } ?? "")")
            #expect(summaries.nextCursor == events.nextCursor)
        }
        let first = try Self.jsonObject(try store.listEventSummaries(EventFilter(type: "AGREE")).items.first)
        #expect(first["type"] as? String == "AGREE")
        #expect((first["mentions"] as? [Any])?.isEmpty == true)
        #expect(first["num_sources"] as? Int == 1)
    }

    @Test("an event's detail gives each mention's document and its place and time from the record", arguments: StoreFixtures.backends())
    func detailCarriesTheEvidence(_ backend: String) throws {
        let store = try Self.filledForServing(backend)
        defer { store.close() }
        let event = try #require(try store.listEvents(EventFilter(type: "CONSULT")).items.first)
        let detail = try Self.jsonObject(try store.findEventDetail(id: event.id))
        #expect(detail["id"] as? String == event.id)
        let mentions = try #require(detail["mentions"] as? [[String: Any]])
        #expect(mentions.count == 2)
        #expect(Set(mentions.compactMap { ($0["document"] as? [String: Any])?["outlet"] as? String }) == ["ria", "tass"])
        for mention in mentions {
            let place = try #require(mention["place"] as? [String: Any])
            #expect(place["text"] as? String == "Москве" && place["normal"] as? String == "Москва")
            #expect((mention["time"] as? [String: Any])?["value"] as? String == "2025-10-15")
            #expect((mention["trigger"] as? [String: Any])?["text"] as? String == "переговоры")
        }
        #expect(try store.findEventDetail(id: "no-such-event") == nil)
    }

    @Test("events stored before the fragments existed are served the same, built from their bodies and records",
          arguments: StoreFixtures.backends())
    func missingFragmentsAreBuilt(_ backend: String) throws {
        let store = try Self.filledForServing(backend)
        defer { store.close() }
        let filter = EventFilter(limit: 10)
        let stored = try store.listEventSummaries(filter)
        let ids = try store.listEvents(filter).items.map(\.id)
        let details = try ids.map { try store.findEventDetail(id: $0) }
        try store.backend.write { session in try session.execute("UPDATE events SET summary = NULL, detail = NULL") }
        #expect(try store.listEventSummaries(filter) == stored)
        #expect(try ids.map { try store.findEventDetail(id: $0) } == details)
    }

    @Test("every sort of the event list walks an index instead of sorting the table")
    func everySortHasItsIndex() throws {
        let store = try Self.filledForServing("sqlite")
        defer { store.close() }
        for sort in EventSort.allCases {
            let query = try store.eventListQuery(EventFilter(sort: sort))
            let plan = try store.backend.read { session in
                try session.query("EXPLAIN QUERY PLAN SELECT summary FROM events \(query.clause)", query.arguments)
            }.map { $0.values.compactMap(\.string).joined(separator: " ") }.joined(separator: "\n")
            #expect(!plan.contains("TEMP B-TREE"), "sort \(sort.rawValue) sorts: \(plan)")
        }
    }

    @Test("a version-1 database gains the columns and marks its blocks for resolution")
    func migrationFromVersionOne() throws {
        let statements = Schema.statements(version: 2, dialect: .sqlite)
        #expect(statements.contains { $0.contains("ADD COLUMN summary") } && statements.contains { $0.contains("ADD COLUMN detail") })
        let store = try Self.filledForServing("sqlite")
        defer { store.close() }
        // Running the version-2 data step again over resolved events marks every block dirty once.
        try store.backend.write { session in
            if let mark = statements.last { try session.execute(mark) }
        }
        #expect(try store.pendingBlocks() == 2)
        try store.resolvePending()
        #expect(try store.pendingBlocks() == 0)
        #expect(try store.backend.query("SELECT COUNT(*) FROM events WHERE summary IS NULL OR detail IS NULL", []).first?.int(0) == 0)
    }

    @Test("a PostgreSQL reader whose connection the server closed connects again on its next read")
    func postgresReadersReconnect() throws {
        guard let url = StoreFixtures.postgresURL else { return }
        let store = try StoreFixtures.freshPostgres(url)
        defer { store.close() }
        try store.store([.extracted(StoreFixtures.meeting("a", day: "2025-10-15", outlet: "ria"), layers: nil)])
        try store.resolvePending()
        let backend = try #require(store.backend as? PostgresBackend)
        for connection in backend.readers.all { connection.dropConnection() }
        #expect(try store.listEventSummaries(EventFilter()).items.count == 1)
        #expect(try store.counts().events == 1)
    }
}
