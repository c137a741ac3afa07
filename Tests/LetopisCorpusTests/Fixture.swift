import Foundation
import Testing
@testable import LetopisCorpus

/// Records written by hand in `Fixtures/NAME.json`.
enum Fixture {
    static func records(_ name: String) throws -> [DocumentRecord] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name).json")
        return try JSONDecoder().decode([DocumentRecord].self, from: Data(contentsOf: url))
    }

    /// The records of `Fixtures/NAME.json` and their resolution as one corpus: where most suites start.
    static func resolved(_ name: String) throws -> (records: [DocumentRecord], resolution: CorpusResolution) {
        let records = try records(name)
        return (records, CorpusResolver().resolve(records))
    }

    static func only(_ records: [DocumentRecord], _ ids: Set<String>) -> [DocumentRecord] {
        records.filter { ids.contains($0.id) }
    }
}

extension CorpusResolution {
    /// The event holding a mention.
    func event(of mention: String) -> CorpusEvent? {
        events.first { $0.mentions.contains { $0.event == mention } }
    }

    /// The event holding a mention; a test failure when there is none.
    func requireEvent(of mention: String) throws -> CorpusEvent {
        try #require(event(of: mention))
    }
}
