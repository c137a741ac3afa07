import Foundation
import Testing
@testable import LetopisCorpus

/// Reports dated only by publication across UTC midnight, and modes one report names and another leaves out
/// (`Fixtures/midnight-and-modes.json`; the rules in `Docs/corpus.md`), and reports retold in much the same words.
@Suite("Corpus events, across midnight and modes")
struct MidnightAndModeTests {
    let resolution: CorpusResolution

    init() throws {
        resolution = CorpusResolver().resolve(try Fixture.records("midnight-and-modes"))
    }

    @Test("a night report and its morning pick-up on the next UTC day are one event, and the reason says so")
    func acrossMidnight() throws {
        let event = try #require(resolution.event(of: "m1-0"))
        #expect(Set(event.mentions.map(\.event)).isSuperset(of: ["m1-0", "m2-0"]))
        let reason = try #require(event.mentions.first { $0.event == "m2-0" }?.reason)
        #expect(reason.contains("published 2024-11-28 and 2024-11-29 within 7 hours"))
    }

    @Test("the next evening, over twelve hours later, is another day's report; a day with no hour does not cross midnight")
    func notTheNextEvening() throws {
        #expect(resolution.event(of: "m3-0")?.id != resolution.event(of: "m1-0")?.id)
        #expect(resolution.event(of: "m4-0")?.id != resolution.event(of: "m1-0")?.id)
    }

    @Test("two named people in common join reports of the next day whatever the hours between; two days later is apart")
    func namedAcrossDays() throws {
        let call = try #require(resolution.event(of: "n1-0"))
        #expect(Set(call.mentions.map(\.event)) == ["n1-0", "n2-0"], "\(call.mentions.map(\.reason))")
        let reason = try #require(call.mentions.first { $0.event == "n2-0" }?.reason)
        #expect(reason.contains("adjacent days, two named participants in common"), "\(reason)")
        #expect(resolution.event(of: "n3-0")?.id != call.id)
    }

    @Test("the publication timestamp is read in UTC")
    func minutes() {
        #expect(EventClusterer.publicationMinute("2024-11-29T05:30:00+00:00") == EventClusterer.publicationMinute("2024-11-29T08:30:00+03:00"))
        #expect(EventClusterer.publicationMinute("2024-11-29T00:10:00Z").map { $0 % 1440 } == 10)
        #expect(EventClusterer.publicationMinute("2024-11-29") == nil)
    }

    @Test("a call reported without the word for a call joins the call, and takes its mode")
    func phone() throws {
        let event = try #require(resolution.event(of: "c1-0"))
        #expect(Set(event.mentions.map(\.event)) == ["c1-0", "c2-0"])
        #expect(event.mode == "phone")
        #expect(event.mentions.contains { $0.reason.contains("mode phone named by one report only") })
    }

    @Test("a visit and a meeting during it stay two; two weapons stay two strikes")
    func otherActs() throws {
        #expect(resolution.event(of: "v1-0")?.id != resolution.event(of: "v2-0")?.id)
        #expect(resolution.event(of: "s1-0")?.id != resolution.event(of: "s2-0")?.id)
        #expect(EventRules.modesCompatible(type: "ASSAULT", nil, "artillery"))
        #expect(!EventRules.modesCompatible(type: "CONSULT", nil, "visit"))
        #expect(!EventRules.modesCompatible(type: "ASSAULT", "aerial", "artillery"))
    }

    @Test("an army in common and much of the wording is one report retold; the army and other words are not")
    func retold() throws {
        let event = try #require(resolution.event(of: "w1-0"))
        #expect(Set(event.mentions.map(\.event)) == ["w1-0", "w2-0"])
        #expect(event.mentions.contains { $0.reason.contains("much the same sentence") })
        #expect(resolution.event(of: "w3-0")?.id != event.id)
    }
}
