import Testing
@testable import LetopisCorpus

@Suite("A report with nothing identifying joins the one event of its day it fits in the same rare words")
struct OneOnItsDayTests {
    let records: [DocumentRecord]
    let resolution: CorpusResolution

    init() throws {
        (records, resolution) = try Fixture.resolved("one-on-its-day")
    }

    @Test("two reports of one arrest with no participant join by the words rare in the day's arrests")
    func rareWordsAlone() throws {
        let event = try #require(resolution.event(of: "c1-0"))
        #expect(Set(event.mentions.map(\.event)) == ["c1-0", "c2-0"])
        let joined = try #require(event.mentions.first { $0.event == "c2-0" })
        #expect(joined.reason.contains("the one event of its type on its day"), "\(joined.reason)")
        #expect(joined.reason.contains("охотников"), "\(joined.reason)")
        for other in ["c3-0", "c4-0", "c5-0"] { #expect(resolution.event(of: other)?.id != event.id) }
    }

    @Test("a place alone is not enough: a report of the injured at the attack's place, in other words, stays apart")
    func placeAloneApart() throws {
        #expect(resolution.event(of: "a1-0")?.id != resolution.event(of: "a2-0")?.id)
    }

    @Test("the same words on the next day are the next day's act")
    func nextDayApart() throws {
        #expect(resolution.event(of: "a1-0")?.id != resolution.event(of: "a4-0")?.id)
    }

    @Test("a report fitting two events of its day alone joins neither")
    func twoFitsNone() throws {
        let report = try #require(resolution.event(of: "x3-0"))
        #expect(report.mentions.map(\.event) == ["x3-0"])
        #expect(report.mentions.first?.reason.contains("with 2 events of its day, kept apart") == true, "\(report.mentions.first?.reason ?? "")")
        #expect(resolution.event(of: "x1-0")?.id != resolution.event(of: "x2-0")?.id)
    }

    @Test("two acts one document tells apart are never joined alone")
    func sameDocumentApart() throws {
        let first = try #require(resolution.event(of: "c7-0")), second = try #require(resolution.event(of: "c7-1"))
        #expect(first.id != second.id)
    }

    @Test("compared alone, two mentions that fit only as the one event of their day are not compatible")
    func pairwiseCompareIsStrict() throws {
        let c1 = try #require(records.first { $0.id == "c1" }), c2 = try #require(records.first { $0.id == "c2" })
        let decision = CorpusResolver().compare((c1, c1.events[0]), (c2, c2.events[0]), actors: resolution.actors)
        #expect(!decision.compatible, "\(decision.reason)")
    }

    @Test("the same records in any order give the same events")
    func orderIndependence() {
        var generator = SplitMix(seed: 11)
        for _ in 0..<6 {
            #expect(CorpusResolver().resolve(records.shuffled(using: &generator)).events == resolution.events)
        }
    }
}
