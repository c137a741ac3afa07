import Foundation
@testable import LetopisCorpus

/// Records written by hand in `Fixtures/NAME.json`.
enum Fixture {
    static func records(_ name: String) throws -> [DocumentRecord] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name).json")
        return try JSONDecoder().decode([DocumentRecord].self, from: Data(contentsOf: url))
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
}
