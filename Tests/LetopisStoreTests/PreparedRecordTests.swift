import Foundation
import Testing
import LetopisCore
import LetopisCorpus
@testable import LetopisStore

@Suite("Records prepared in a worker process", .serialized)
struct PreparedRecordTests {
    @Test("a prepared record survives its wire form unchanged, with and without layers")
    func wireRoundTrip() throws {
        let record = StoreFixtures.meeting("a", day: "2025-10-15", outlet: "ria", extra: "ACCUSE")
        for layers in [nil, "{\"id\":\"a\",\"text\":\"«кавычки» и \\\\ слэш\"}"] {
            let prepared = try PreparedRecord(record: record, layers: layers)
            let back = try PreparedRecord(wireBytes: prepared.wireBytes)
            #expect(back == prepared)
            #expect(back.layers == layers)
            #expect(back.mentions.map(\.id) == ["a-0", "a-1"])
            #expect(back.mentions.map(\.block) == record.events.map { CorpusResolver().block(of: $0, in: record).key })
            #expect(try EventStore.record(json: back.recordJSON, text: back.text) == record)
        }
    }

    @Test("the stored record leaves its text to the text column; a record stored with its text keeps it")
    func recordWithoutText() throws {
        let record = StoreFixtures.meeting("a", day: "2025-10-15", outlet: "ria")
        let prepared = try PreparedRecord(record: record, layers: nil)
        #expect(!record.text.isEmpty)
        #expect(try EventStore.json(record).count - prepared.recordJSON.count >= record.text.count)
        #expect(try EventStore.decode(DocumentRecord.self, prepared.recordJSON).text.isEmpty)
        #expect(try EventStore.record(json: prepared.recordJSON, text: record.text) == record)
        // A database written before: the record holds its text, and the column's is not needed.
        #expect(try EventStore.record(json: EventStore.json(record), text: nil) == record)
    }

    @Test("garbled or cut-short bytes are refused with one line saying what to do")
    func garbledBytes() throws {
        let bytes = try PreparedRecord(record: StoreFixtures.meeting("a", day: "2025-10-15", outlet: "ria"), layers: nil).wireBytes
        for bad in [[], Array("JSON{}".utf8), Array(bytes.dropLast(3)), bytes + [0]] {
            do {
                _ = try PreparedRecord(wireBytes: bad)
                Issue.record("garbled bytes of \(bad.count) were read")
            } catch let error as LetopisError {
                #expect(error.code == .databaseUnusable && error.description.contains("--no-isolation"))
                #expect(!error.description.contains("\n"))
            }
        }
    }

    @Test("storing prepared records gives exactly the database that storing the records gives", arguments: StoreFixtures.backends())
    func preparedEqualsExtracted(_ backend: String) throws {
        let records = [
            StoreFixtures.meeting("a", day: "2025-10-15", outlet: "ria", extra: "ACCUSE"),
            StoreFixtures.meeting("b", day: "2025-10-15", outlet: "tass", published: "2025-10-16"),
        ]
        let direct = try StoreFixtures.open(backend)
        try direct.store(records.map { .extracted($0, layers: "{\"id\":\"\($0.id)\"}") })
        try direct.resolvePending()
        let expected = try StoreFixtures.snapshot(direct)
        direct.close()
        let prepared = try StoreFixtures.open(backend)
        defer { prepared.close() }
        let outcome = try prepared.store(records.map {
            .prepared(try PreparedRecord(wireBytes: try PreparedRecord(record: $0, layers: "{\"id\":\"\($0.id)\"}").wireBytes))
        })
        #expect(outcome.added == 2 && outcome.mentions == 3)
        try prepared.resolvePending()
        #expect(try StoreFixtures.snapshot(prepared) == expected)
        #expect(expected.contains { $0.hasPrefix("events: ") })
    }
}

@Suite("Resolution that reads the next block ahead", .serialized)
struct ReadAheadTests {
    @Test("resolving with read-ahead gives the database that resolving each block in its transaction gives", arguments: StoreFixtures.backends())
    func readAheadEqualsInline(_ backend: String) throws {
        let records = ["2025-07-15", "2025-08-15", "2025-09-15", "2025-10-15", "2025-11-15", "2025-12-15"].enumerated().flatMap { i, day in
            [StoreFixtures.meeting("a\(i)", day: day, outlet: "ria", extra: "ACCUSE"),
             StoreFixtures.meeting("b\(i)", day: day, outlet: "tass")]
        }
        let inline = try StoreFixtures.open(backend)
        try inline.store(records.map { .extracted($0, layers: nil) })
        let blocks = try inline.backend.read { session in try session.query("SELECT block FROM dirty_blocks ORDER BY block", []).map { $0.text(0) } }
        #expect(blocks.count == 12)
        for block in blocks {
            try inline.backend.write { session in
                try inline.resolve(block: block, in: session)
                try session.execute("DELETE FROM dirty_blocks WHERE block = ?", [.text(block)])
            }
        }
        let expected = try StoreFixtures.snapshot(inline)
        inline.close()
        let ahead = try StoreFixtures.open(backend)
        defer { ahead.close() }
        try ahead.store(records.map { .extracted($0, layers: nil) })
        #expect(try ahead.resolvePending() == 12)
        #expect(try StoreFixtures.snapshot(ahead) == expected)
        #expect(try ahead.pendingBlocks() == 0)
    }

    @Test("an in-memory database (one connection for reads and writes) resolves with read-ahead without waiting on itself")
    func inMemory() throws {
        let store = try EventStore.open(.sqlite(path: ":memory:"))
        defer { store.close() }
        try store.store((0..<4).map { .extracted(StoreFixtures.meeting("m\($0)", day: "2025-0\($0 + 6)-15", outlet: "ria"), layers: nil) })
        #expect(try store.resolvePending() == 4)
        #expect(try store.counts().events == 4)
    }
}
