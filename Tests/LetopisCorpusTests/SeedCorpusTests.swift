import Foundation
import Testing
import LetopisPipeline
import LetopisTestSupport
@testable import LetopisCorpus

private let models = ModelsDirectory.resolve()
private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
private let seed = repository.deletingLastPathComponent().appendingPathComponent("shared/data/seed/000_720035ddf12cb8ee.txt")
private let seedPresent = FileManager.default.fileExists(atPath: seed.path)

/// The seed report (23 December 2025, recalling аш-Шараа's October visit and аш-Шибани's July one) in a corpus
/// with our own report of the October talks (`Examples/moscow-sharaa-talks.txt`), both run through the whole
/// pipeline.
@Suite("The seed in a corpus",
       .requiresModels(),
       .enabled(if: seedPresent, "needs ../shared/data/seed/000_720035ddf12cb8ee.txt"))
struct SeedCorpusTests {
    let seedRecord: DocumentRecord
    let talksRecord: DocumentRecord
    let resolution: CorpusResolution

    init() throws {
        let pipeline = try StageRegistry.standard.pipeline(StageRegistry.standard.defaultStages, models: models)
        var records: [DocumentRecord] = []
        for path in [seed.path, repository.appendingPathComponent("Examples/moscow-sharaa-talks.txt").path] {
            for item in DocumentReader().read(paths: [path]) {
                var document = try item.result.get()
                try pipeline.run(&document)
                records.append(DocumentRecord(document: document, outlet: "РИА Новости", time: nil, extractorVersion: "test"))
            }
        }
        guard records.count == 2 else { throw CocoaError(.fileReadCorruptFile) }
        seedRecord = records[0]
        talksRecord = records[1]
        resolution = CorpusResolver().resolve(records)
    }

    func mention(_ record: DocumentRecord, trigger: String) throws -> DocumentRecord.EventMention {
        try #require(record.events.first { $0.trigger.text.contains(trigger) }, "no event triggered by «\(trigger)» in \(record.id)")
    }

    @Test("the October talks are one CONSULT event reported by both documents, dated by the October report")
    func octoberTalks() throws {
        let recalled = try mention(seedRecord, trigger: "встреча")
        let reported = try mention(talksRecord, trigger: "переговоры")
        let event = try #require(resolution.event(of: reported.id))
        #expect(event.type == "CONSULT")
        #expect(event.mentions.contains { $0.event == recalled.id }, "\(event.mentions.map(\.reason))")
        #expect(event.numArticles == 2)
        #expect(event.date.value == "2025-10-15")
        #expect(event.actors.map(\.name).contains("Владимир Путин") || event.recipients.map(\.name).contains("Владимир Путин"))
    }

    @Test("аш-Шибани's July visit is its own event, dated 2025-07 END")
    func julyVisit() throws {
        let visit = try mention(seedRecord, trigger: "посещал")
        let event = try #require(resolution.event(of: visit.id))
        #expect(event.date.value == "2025-07")
        #expect(event.date.mod == "END")
        #expect(event.date.earliest == "2025-07-21" && event.date.latest == "2025-07-31")
        #expect(event.id != resolution.event(of: try mention(talksRecord, trigger: "переговоры").id)?.id)
    }

    @Test("nothing the seed's text dates otherwise becomes an event of 23 December")
    func nothingOnPublicationDay() throws {
        for m in seedRecord.events where m.time?.basis == "timex" && m.time?.value != "2025-12-23" {
            let event = try #require(resolution.event(of: m.id))
            #expect(event.date.value != "2025-12-23", "«\(m.trigger.text)» (\(m.time?.value ?? "")) became an event of 2025-12-23")
        }
    }

    @Test("a record survives the trip through JSON unchanged")
    func codable() throws {
        let data = try JSONEncoder().encode(seedRecord)
        #expect(try JSONDecoder().decode(DocumentRecord.self, from: data) == seedRecord)
        // Spans are code points: the trigger's text is what the code-point range of the text holds.
        let scalars = Array(seedRecord.text.unicodeScalars)
        for m in seedRecord.events {
            let slice = String(String.UnicodeScalarView(scalars[m.trigger.start..<m.trigger.end]))
            #expect(slice == m.trigger.text)
        }
    }
}
