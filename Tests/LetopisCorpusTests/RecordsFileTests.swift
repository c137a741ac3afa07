import Foundation
import Testing
@testable import LetopisCorpus

/// Resolves a file of DocumentRecord JSON lines named by `LETOPIS_CORPUS_RECORDS` (a development check on real
/// extractions; skipped without it): every mention lands in exactly one event, and shuffled input resolves the
/// same. With `LETOPIS_CORPUS_OUT` the events are written there as JSON lines for reading.
@Suite("A corpus from a records file")
struct RecordsFileTests {
    @Test("every mention is in one event, and the order of documents changes nothing")
    func recordsFile() throws {
        guard let path = ProcessInfo.processInfo.environment["LETOPIS_CORPUS_RECORDS"] else {
            print("skipped: set LETOPIS_CORPUS_RECORDS to a file of DocumentRecord JSON lines to resolve it")
            return
        }
        let data = try String(contentsOfFile: path, encoding: .utf8)
        let decoder = JSONDecoder()
        var records: [DocumentRecord] = []
        for line in data.split(separator: "\n") where !line.isEmpty {
            records.append(try decoder.decode(DocumentRecord.self, from: Data(line.utf8)))
        }
        let resolver = CorpusResolver()
        let resolution = resolver.resolve(records)
        let mentions = records.flatMap(\.events).map(\.id)
        let placed = resolution.events.flatMap(\.mentions).map(\.event)
        #expect(placed.sorted() == mentions.sorted())

        var generator = SplitMix(seed: 7)
        let shuffled = resolver.resolve(records.shuffled(using: &generator))
        #expect(shuffled.events == resolution.events)
        #expect(shuffled.actors.actors == resolution.actors.actors)

        if let out = ProcessInfo.processInfo.environment["LETOPIS_CORPUS_OUT"] {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var text = ""
            for e in resolution.events { text += String(decoding: try encoder.encode(e), as: UTF8.self) + "\n" }
            try text.write(toFile: out, atomically: true, encoding: .utf8)
            var actorsText = ""
            for a in resolution.actors.actors { actorsText += String(decoding: try encoder.encode(a), as: UTF8.self) + "\n" }
            try actorsText.write(toFile: out + ".actors", atomically: true, encoding: .utf8)
        }
    }
}

/// A small seeded generator, so that a shuffle is the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
