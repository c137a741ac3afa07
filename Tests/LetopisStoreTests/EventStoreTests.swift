import Foundation
import Testing
import LetopisCore
import LetopisCorpus
@testable import LetopisStore

@Suite("The event database, on SQLite and on PostgreSQL", .serialized)
struct EventStoreTests {
    @Test("in CI the PostgreSQL tests run: LETOPIS_TEST_POSTGRES_URL must be set")
    func postgresIsConfiguredInCI() {
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            #expect(StoreFixtures.postgresURL != nil, "CI=true but LETOPIS_TEST_POSTGRES_URL is not set: .ci/run must start PostgreSQL")
        }
    }

    @Test("two outlets reporting one meeting give one event with two articles and sources", arguments: StoreFixtures.backends())
    func oneMeetingTwoOutlets(_ backend: String) throws {
        let store = try StoreFixtures.open(backend)
        defer { store.close() }
        let outcome = try store.store([
            .extracted(StoreFixtures.meeting("a", day: "2025-10-15", outlet: "ria"), layers: nil),
            .extracted(StoreFixtures.meeting("b", day: "2025-10-15", outlet: "tass", published: "2025-10-16"), layers: nil),
        ])
        #expect(outcome.added == 2 && outcome.mentions == 2)
        #expect(try store.pendingBlocks() == 1)
        try store.resolvePending()
        #expect(try store.pendingBlocks() == 0)
        let page = try store.listEvents(EventFilter(includeMentions: true))
        #expect(page.items.count == 1)
        let event = try #require(page.items.first)
        #expect(event.numArticles == 2 && event.numSources == 2 && event.numMentions == 2)
        #expect(event.mentions.map(\.event).sorted() == ["a-0", "b-0"])
        #expect(event.mentions.allSatisfy { !$0.reason.isEmpty })
        let statistics = try store.counts()
        #expect(statistics.documents == 2 && statistics.mentions == 2 && statistics.events == 1)
        #expect(try store.findEvent(id: event.id)?.id == event.id)
        #expect(try store.findEvent(id: "no-such-event") == nil)
    }

    @Test("the same document again changes nothing", arguments: StoreFixtures.backends())
    func sameDocumentAgain(_ backend: String) throws {
        let store = try StoreFixtures.open(backend)
        defer { store.close() }
        let record = StoreFixtures.meeting("a", day: "2025-10-15", outlet: "ria")
        try store.store([.extracted(record, layers: nil)])
        try store.resolvePending()
        let before = try StoreFixtures.snapshot(store)
        let outcome = try store.store([.extracted(record, layers: nil)])
        #expect(outcome.unchanged == 1 && outcome.added == 0 && outcome.replaced == 0)
        #expect(try store.pendingBlocks() == 0)
        #expect(try StoreFixtures.snapshot(store) == before)
    }

    @Test("a changed text under a known id replaces its mentions and re-resolves the blocks they left", arguments: StoreFixtures.backends())
    func changedText(_ backend: String) throws {
        let store = try StoreFixtures.open(backend)
        defer { store.close() }
        try store.store([.extracted(StoreFixtures.meeting("a", day: "2025-10-15", outlet: "ria", extra: "ACCUSE"), layers: nil)])
        try store.resolvePending()
        #expect(try store.counts().events == 2)
        let changed = StoreFixtures.meeting("a", day: "2025-11-20", outlet: "ria", text: "Новый текст: Владимир Путин провёл переговоры с Ахмедом аш-Шараа в Москве.")
        let outcome = try store.store([.extracted(changed, layers: nil)])
        #expect(outcome.replaced == 1)
        try store.resolvePending()
        let events = try store.listEvents(EventFilter(includeMentions: true)).items
        #expect(events.count == 1)
        #expect(events.first?.date.earliest == "2025-11-20")
        #expect(try store.counts().mentions == 1)
    }

    @Test("a mention that moved to another block: resolving the two blocks in either order gives one database", arguments: StoreFixtures.backends())
    func movedMentionInEitherOrder(_ backend: String) throws {
        var snapshots: [[String]] = []
        for newBlockFirst in [true, false] {
            let store = try StoreFixtures.open(backend)
            defer { store.close() }
            try store.store([.extracted(StoreFixtures.meeting("a", day: "2025-10-15", outlet: "ria"), layers: nil)])
            try store.resolvePending()
            // The same document, its event now AGREE: the mention (and the id of the event it starts) moves block.
            try store.store([.extracted(StoreFixtures.meeting("a", day: "2025-10-15", outlet: "ria", type: "AGREE",
                                                              text: "Владимир Путин договорился с Ахмедом аш-Шараа в Москве 2025-10-15."),
                                        layers: nil)])
            let blocks = ["AGREE@2025-10", "CONSULT@2025-10"]
            try store.backend.write { session in
                for block in newBlockFirst ? blocks : blocks.reversed() {
                    try store.resolve(block: block, in: session)
                    try session.execute("DELETE FROM dirty_blocks WHERE block = ?", [.text(block)])
                }
            }
            #expect(try store.pendingBlocks() == 0)
            #expect(try store.listEvents(EventFilter()).items.map(\.type) == ["AGREE"])
            snapshots.append(try StoreFixtures.snapshot(store))
        }
        #expect(snapshots[0] == snapshots[1])
    }

    @Test("the same id twice in one batch with different texts: the first is kept", arguments: StoreFixtures.backends())
    func duplicateIDsInOneBatch(_ backend: String) throws {
        let store = try StoreFixtures.open(backend)
        defer { store.close() }
        let first = StoreFixtures.meeting("a", day: "2025-10-15", outlet: "ria")
        let second = StoreFixtures.meeting("a", day: "2025-10-15", outlet: "ria", text: "Другой текст про переговоры.")
        let outcome = try store.store([.extracted(first, layers: nil), .extracted(second, layers: nil)])
        #expect(outcome.added == 1 && outcome.duplicateIDs == ["a"])
        #expect(try store.findDocument(id: "a")?.sha256 == first.textSHA256)
    }

    @Test("a failed document is stored with its error and the rest of the batch goes on", arguments: StoreFixtures.backends())
    func failedDocument(_ backend: String) throws {
        let store = try StoreFixtures.open(backend)
        defer { store.close() }
        let outcome = try store.store([
            .failed(id: "broken", text: "текст", error: "broken: extraction failed — report this document", extractorVersion: "test/1"),
            .extracted(StoreFixtures.meeting("a", day: "2025-10-15", outlet: "ria"), layers: "{\"id\":\"a\"}"),
        ])
        #expect(outcome.failed == 1 && outcome.added == 1)
        let broken = try #require(try store.findDocument(id: "broken"))
        #expect(broken.state == "failed" && broken.error?.contains("extraction failed") == true && broken.text == "текст")
        #expect(try store.findDocument(id: "a")?.layers == "{\"id\":\"a\"}")
        #expect(try store.counts().failedDocuments == 1)
    }

    @Test("the order documents arrive in and an interrupted resolution do not change the result", arguments: StoreFixtures.backends())
    func orderIndependence(_ backend: String) throws {
        let records = [
            StoreFixtures.meeting("a", day: "2025-10-15", outlet: "ria"),
            StoreFixtures.meeting("b", day: "2025-10-15", outlet: "tass", published: "2025-10-16", extra: "ACCUSE"),
            StoreFixtures.meeting("c", day: "2025-10-20", outlet: "rbc"),
            StoreFixtures.meeting("d", day: "2025-12-01", outlet: "ria", type: "AGREE"),
        ]
        let one = try StoreFixtures.open(backend)
        try one.store(records.map { .extracted($0, layers: nil) })
        try one.resolvePending()
        let expected = try StoreFixtures.snapshot(one)
        one.close()
        let other = try StoreFixtures.open(backend)
        defer { other.close() }
        // Reversed, in two batches, resolved between them (as a restarted ingest does).
        try other.store(records.reversed().prefix(2).map { .extracted($0, layers: nil) })
        try other.resolvePending()
        try other.store(records.reversed().suffix(2).map { .extracted($0, layers: nil) })
        try other.store(records.map { .extracted($0, layers: nil) })
        try other.resolvePending()
        #expect(try StoreFixtures.snapshot(other) == expected)
        #expect(!expected.isEmpty)
    }

    @Test("queries: filters, actors, dyads, timeline, search and documents", arguments: StoreFixtures.backends())
    func queries(_ backend: String) throws {
        let store = try StoreFixtures.open(backend)
        defer { store.close() }
        try store.store([
            .extracted(StoreFixtures.meeting("a", day: "2025-10-15", outlet: "ria"), layers: nil),
            .extracted(StoreFixtures.meeting("b", day: "2025-10-15", outlet: "tass"), layers: nil),
            .extracted(StoreFixtures.meeting("c", day: "2025-12-01", outlet: "ria", type: "AGREE",
                                             text: "Владимир Путин провёл переговоры с Ахмедом аш-Шараа в Москве; стороны договорились о поставках зерна."), layers: nil),
        ])
        try store.resolvePending()
        #expect(try store.listEvents(EventFilter(type: "consult")).items.count == 1)
        #expect(try store.listEvents(EventFilter(actor: "путин")).items.count == 2)
        #expect(try store.listEvents(EventFilter(actor: "Никто")).items.isEmpty)
        #expect(try store.listEvents(EventFilter(from: "2025-11-01")).items.map(\.type) == ["AGREE"])
        #expect(try store.listEvents(EventFilter(to: "2025-10-31")).items.map(\.type) == ["CONSULT"])
        #expect(try store.listEvents(EventFilter(minSources: 2)).items.map(\.type) == ["CONSULT"])
        #expect(try store.listEvents(EventFilter(text: "зерна")).items.map(\.type) == ["AGREE"])
        #expect(try store.listEvents(EventFilter(sort: .dateAscending)).items.map(\.type) == ["CONSULT", "AGREE"])
        let firstPage = try store.listEvents(EventFilter(limit: 1))
        #expect(firstPage.items.count == 1 && firstPage.nextCursor != nil)
        let secondPage = try store.listEvents(EventFilter(limit: 1, cursor: firstPage.nextCursor))
        #expect(secondPage.items.count == 1 && secondPage.nextCursor == nil && secondPage.items != firstPage.items)
        #expect(throws: LetopisError.self) { try store.listEvents(EventFilter(cursor: "garbage")) }
        #expect(throws: LetopisError.self) { try store.listEvents(EventFilter(from: "15.10.2025")) }

        let actors = try store.listActors(ActorFilter(type: "PER")).items
        #expect(actors.count == 2)
        #expect(actors.allSatisfy { $0.numEvents == 2 })
        let detail = try #require(try store.findActor(id: "Путин"))
        #expect(detail.actor.actor.aliases.contains("Путин"))
        #expect(detail.timeline.map(\.period) == ["2025-10-15", "2025-12-01"])
        #expect(detail.topCounterparts.first?.count == 1)
        let dyads = try store.dyadCounts(DyadFilter())
        #expect(dyads.count == 2 && dyads.allSatisfy { $0.actor.name == "Владимир Путин" && $0.counterpart.name == "Ахмед аш-Шараа" })
        #expect(try store.dyadCounts(DyadFilter(type: "AGREE")).count == 1)
        let weeks = try store.timelineBuckets(TimelineQuery(actor: "Путин", by: .week))
        #expect(weeks.map(\.period) == ["2025-10-13", "2025-12-01"])
        #expect(try store.timelineBuckets(TimelineQuery(actor: "Никто")).isEmpty)

        let hits = try store.searchDocuments(SearchQuery(text: "зерна"))
        #expect(hits.items.map(\.document) == ["c"])
        #expect(try store.searchDocuments(SearchQuery(text: "переговоры")).items.count == 3)
        // Another case form of the word than the text has (Москве in the text).
        #expect(try store.searchDocuments(SearchQuery(text: "Москва")).items.count == 3)
        let document = try #require(try store.findDocument(id: "c"))
        #expect(document.outlet == "ria" && document.events.count == 1 && document.events.first?.trigger.text == "переговоры")
    }

    @Test("dyads: two sides of a meeting listed as actors are a dyad; two actors of a strike are not", arguments: StoreFixtures.backends())
    func reciprocalDyads(_ backend: String) throws {
        let store = try StoreFixtures.open(backend)
        defer { store.close() }
        func allActors(_ record: DocumentRecord) -> DocumentRecord {
            var record = record
            for e in record.events.indices {
                for p in record.events[e].participants.indices { record.events[e].participants[p].role = "actor" }
            }
            return record
        }
        try store.store([
            .extracted(allActors(StoreFixtures.meeting("a", day: "2025-10-15", outlet: "ria")), layers: nil),
            .extracted(allActors(StoreFixtures.meeting("b", day: "2025-10-20", outlet: "tass", type: "ASSAULT")), layers: nil),
        ])
        try store.resolvePending()
        let dyads = try store.dyadCounts(DyadFilter())
        #expect(dyads.map(\.type) == ["CONSULT"])
        #expect(Set(dyads.flatMap { [$0.actor.name, $0.counterpart.name] }) == ["Владимир Путин", "Ахмед аш-Шараа"])
        #expect(try store.dyadCounts(DyadFilter(actor: "аш-Шараа")).count == 1)
        #expect(try store.dyadCounts(DyadFilter(type: "ASSAULT")).isEmpty)
    }

    @Test("a path that is not a database: one line naming it and the fix")
    func notADatabase() throws {
        let path = StoreFixtures.temporaryPath("notes.sqlite")
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: path))
        do {
            _ = try EventStore.open(.sqlite(path: path))
            Issue.record("a text file opened as a database")
        } catch let error as LetopisError {
            #expect(error.code == .databaseUnusable)
            #expect(error.description.contains("not a SQLite database") && error.description.contains(path))
            #expect(!error.description.contains("\n"))
        }
        let directory = StoreFixtures.temporaryPath("dir")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        #expect(throws: LetopisError.self) { try EventStore.open(.sqlite(path: directory)) }
    }

    @Test("a read-only database is refused for writing with what to do")
    func readOnlyDatabase() throws {
        // Root ignores file modes; the read-only case needs an ordinary user (CI runs the suite as one or as root).
        guard getuid() != 0 else { return }
        let path = StoreFixtures.temporaryPath("events.sqlite")
        try EventStore.open(.sqlite(path: path)).close()
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: directory)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory) }
        #expect(throws: LetopisError.self) {
            let store = try EventStore.open(.sqlite(path: path))
            try store.store([.extracted(StoreFixtures.meeting("a", day: "2025-10-15", outlet: "ria"), layers: nil)])
        }
    }

    @Test("a NUL character in a filter finds nothing instead of failing the query", arguments: StoreFixtures.backends())
    func nulInFilters(_ backend: String) throws {
        let store = try StoreFixtures.open(backend)
        defer { store.close() }
        try store.store([.extracted(StoreFixtures.meeting("a", day: "2025-10-15", outlet: "ria"), layers: nil)])
        try store.resolvePending()
        #expect(try store.listEvents(EventFilter(actor: "Пут\u{0}ин")).items.isEmpty)
        #expect(try store.listEvents(EventFilter(text: "\u{0}")).items.isEmpty)
        #expect(try !store.listEvents(EventFilter()).items.isEmpty)
    }

    @Test("a schema from a newer Letopis is refused with what to do", arguments: StoreFixtures.backends())
    func newerSchema(_ backend: String) throws {
        let store: EventStore
        let location: StoreLocation
        if backend == "postgres" {
            location = .postgres(url: try StoreFixtures.freshPostgresURL(try #require(StoreFixtures.postgresURL)))
            store = try EventStore.open(location)
        } else {
            store = try StoreFixtures.open(backend)
            location = .sqlite(path: store.name)
        }
        try store.backend.write { session in
            switch session.dialect {
            case .sqlite: try session.execute("INSERT INTO grdb_migrations (identifier) VALUES ('v99')")
            case .postgres: try session.execute("INSERT INTO letopis_schema (version) VALUES (99)")
            }
        }
        store.close()
        do {
            _ = try EventStore.open(location)
            Issue.record("a newer schema was accepted")
        } catch let error as LetopisError {
            #expect(error.code == .databaseSchema)
            #expect(error.description.contains("newer Letopis") && error.description.contains("upgrade letopis"))
        }
    }

    @Test("an unreachable PostgreSQL server and a wrong password: one line each with the fix")
    func badPostgres() throws {
        do {
            _ = try EventStore.open(.postgres(url: "postgres://letopis:secret@127.0.0.1:1/none"))
            Issue.record("connected to port 1")
        } catch let error as LetopisError {
            #expect(error.code == .databaseUnusable && error.description.contains("cannot reach"))
            #expect(!error.description.contains("secret"))
        }
        guard let url = StoreFixtures.postgresURL, var components = URLComponents(string: url) else { return }
        components.password = "wrong-password"
        do {
            _ = try EventStore.open(.postgres(url: try #require(components.string)))
            Issue.record("a wrong password was accepted")
        } catch let error as LetopisError {
            #expect(error.code == .databaseAuthentication)
            #expect(error.description.contains("password") && !error.description.contains("wrong-password"))
        }
    }

    @Test("database locations: paths, sqlite: and postgres:// URLs, the default")
    func locations() throws {
        #expect(try StoreLocation(parsing: "events.db") == .sqlite(path: "events.db"))
        #expect(try StoreLocation(parsing: "sqlite:/tmp/x.db") == .sqlite(path: "/tmp/x.db"))
        #expect(try StoreLocation(parsing: "postgres://u:p@h/db") == .postgres(url: "postgres://u:p@h/db"))
        #expect(throws: LetopisError.self) { try StoreLocation(parsing: "mysql://h/db") }
        #expect(try StoreLocation.resolve(option: nil, environment: ["LETOPIS_DB": "a.db"]) == .sqlite(path: "a.db"))
        #expect(try StoreLocation.resolve(option: nil, environment: ["HOME": "/home/u"]) == .sqlite(path: "/home/u/.local/share/letopis/events.sqlite"))
        #expect(StoreLocation.postgres(url: "postgres://u:secret@h/db").description.contains("secret") == false)
        #expect(PostgresSession.numbered("SELECT ? WHERE a = '?' AND b = ?") == "SELECT $1 WHERE a = '?' AND b = $2")
        #expect(PostgresSession.numbered("INSERT INTO t VALUES (?, 'ё?'), (?, ?)") == "INSERT INTO t VALUES ($1, 'ё?'), ($2, $3)")
        #expect(PostgresSession.withoutNUL("а\u{0}б\u{0}") == "а\u{FFFD}б\u{FFFD}")
    }
}
