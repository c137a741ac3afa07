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
            #expect(try EventStore.decode(DocumentRecord.self, back.recordJSON) == record)
        }
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
