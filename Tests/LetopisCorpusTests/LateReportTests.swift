import Foundation
import Testing
@testable import LetopisCorpus

/// News that breaks days after the act: a report dated only by its publication day that fits no event of its own
/// days joins the most recent earlier act of the same two named participants (Docs/corpus.md, "Late reports").
@Suite("A late report joins the earlier act of the same two named participants")
struct LateReportTests {
    let records: [DocumentRecord]
    let resolution: CorpusResolution

    init() throws {
        (records, resolution) = try Fixture.resolved("late-reports")
    }

    func event(_ mention: String) throws -> CorpusEvent { try resolution.requireEvent(of: mention) }

    @Test("a call of the 7th, reported undated on the 11th, is the call of the 7th; the report adds no date")
    func lateReportJoins() throws {
        let call = try event("t1-0")
        #expect(Set(call.mentions.map(\.event)) == ["t1-0", "t2-0"])
        #expect(call.date.value == "2024-11-07" && call.date.latest == "2024-11-07")
        let reason = try #require(call.mentions.first { $0.event == "t2-0" }?.reason)
        #expect(reason.hasPrefix("joined: late report «провёл телефонный разговор»"), "\(reason)")
    }

    @Test("one named participant in common, or an act beyond the look-back, is an act of its own day")
    func notLateReports() throws {
        let call = try event("t1-0").id
        #expect(try event("t3-0").id != call)    // Путин and Шольц: only Путин in common
        #expect(try event("t4-0").id != call)    // eighteen days later
    }

    @Test("the rules do not depend on the order of the documents")
    func orderIndependence() {
        var generator = SplitMix(seed: 2024)
        for _ in 0..<6 {
            #expect(CorpusResolver().resolve(records.shuffled(using: &generator)).events == resolution.events)
        }
    }
}
