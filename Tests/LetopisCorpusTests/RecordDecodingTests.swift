import Foundation
import Testing
import LetopisCore
@testable import LetopisCorpus

/// Stored records are read back by `TreeJSONDecoder` (resolution, the API): on every fixture record, written by
/// hand (fields left out) and as the store writes them, it must give `JSONDecoder`'s record.
@Suite("Records decode the same with the tree decoder as with JSONDecoder")
struct RecordDecodingTests {
    static let fixtures = ["actors", "aliases-and-genitive", "events", "midnight-and-modes", "named-in-document",
                           "nominal-recalls", "rare-words", "same-weapon", "spelling-and-lists", "surname-and-place"]

    func text(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name).json")
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test("hand-written fixture files", arguments: fixtures)
    func handWritten(name: String) throws {
        let json = try text(name)
        let expected = try JSONDecoder().decode([DocumentRecord].self, from: Data(json.utf8))
        #expect(!expected.isEmpty)
        #expect(try TreeJSONDecoder().decode([DocumentRecord].self, from: json) == expected)
    }

    @Test("each record as the store writes it", arguments: fixtures)
    func asStored(name: String) throws {
        let records = try JSONDecoder().decode([DocumentRecord].self, from: Data(try text(name).utf8))
        for record in records {
            let stored = try SortedKeysJSONEncoder().string(record)
            let decoded = try TreeJSONDecoder().decode(DocumentRecord.self, from: stored)
            #expect(decoded == record, "\(record.id)")
            #expect(decoded == (try JSONDecoder().decode(DocumentRecord.self, from: Data(stored.utf8))))
        }
    }
}
