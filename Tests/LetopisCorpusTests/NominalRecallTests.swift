import Foundation
import Testing
@testable import LetopisCorpus

/// A report that recalls an act as a noun days later, with no date of its own (`ордер МУС на арест Нетаньяху`,
/// `санкции против Газпромбанка`), joins the act it recalls (Docs/corpus.md, "Nominal recalls").
@Suite("A nominal recall joins the most recent earlier report of the act with the same named participants")
struct NominalRecallTests {
    let records: [DocumentRecord]
    let resolution: CorpusResolution

    init() throws {
        (records, resolution) = try Fixture.resolved("nominal-recalls")
    }

    func event(_ mention: String) throws -> CorpusEvent { try resolution.requireEvent(of: mention) }

    @Test("the warrant recalled as a noun two and four days later joins the warrant, dated by the warrant's report")
    func warrantRecalls() throws {
        let warrant = try event("w1-0")
        let w3 = try event("w3-0").mentions.map(\.reason)
        #expect(Set(warrant.mentions.map(\.event)) == ["w1-0", "w2-0", "w3-0"], "w3: \(w3)")
        #expect(warrant.date.value == "2024-11-21" && warrant.date.latest == "2024-11-21")
        let reason = try #require(warrant.mentions.first { $0.event == "w2-0" }?.reason)
        #expect(reason.hasPrefix("joined: nominal recall «арест» (a noun"), "\(reason)")
        #expect(reason.contains("last dated 2024-11-21"), "\(reason)")
    }

    @Test("a verb dated by publication, a noun beyond the look-back and a record without the part of speech stay apart")
    func notRecalls() throws {
        let warrant = try event("w1-0").id
        #expect(try event("w4-0").id != warrant)    // `арестовала`, five days later: a report of its own day
        #expect(try event("w5-0").id != warrant)    // nine days later
        #expect(try event("w6-0").id != warrant)    // stored before the field: no recall rule
    }

    @Test("of two sanctions on one bank the recall joins the more recent and never changes its date")
    func mostRecent() throws {
        let recent = try event("s2-0")
        #expect(Set(recent.mentions.map(\.event)) == ["s2-0", "s3-0"])
        #expect(recent.date.value == "2024-11-21")
        #expect(try event("s1-0").mentions.map(\.event) == ["s1-0"])
    }

    @Test("a recall naming only the receiver of two acts by two doers joins neither")
    func twoDoersAmbiguous() throws {
        let recall = try event("x3-0")
        #expect(recall.mentions.map(\.event) == ["x3-0"])
        #expect(try event("x1-0").id != (try event("x2-0")).id)
    }

    @Test("one side of a meeting recalled alone joins nothing; both sides recalled join the meeting")
    func meetingNeedsBothSides() throws {
        let meeting = try event("c1-0")
        #expect(Set(meeting.mentions.map(\.event)) == ["c1-0", "c3-0"])
        #expect(try event("c2-0").id != meeting.id)
    }

    @Test("a strike named as a noun later may be another strike: attacks never look back")
    func attacksDoNotLookBack() throws {
        #expect(try event("a2-0").id != (try event("a1-0")).id)
    }

    @Test("a recall published in the next month is in another block and joins nothing of the last month")
    func monthBoundary() throws {
        #expect(try event("m2-0").id != (try event("m1-0")).id)
        let resolver = CorpusResolver()
        let m1 = try #require(records.first { $0.id == "m1" }), m2 = try #require(records.first { $0.id == "m2" })
        #expect(resolver.block(of: m1.events[0], in: m1) != resolver.block(of: m2.events[0], in: m2))
    }

    @Test("the rules do not depend on the order of the documents")
    func orderIndependence() {
        var generator = SplitMix(seed: 1313)
        for _ in 0..<6 {
            let shuffled = CorpusResolver().resolve(records.shuffled(using: &generator))
            #expect(shuffled.events == resolution.events)
        }
    }

    @Test("the trigger's part of speech survives encoding; a record written before the field decodes with none")
    func recordField() throws {
        let w2 = try #require(records.first { $0.id == "w2" })
        #expect(w2.events[0].triggerPOS == "NOUN" && w2.events[0].isNominalTrigger)
        let again = try JSONDecoder().decode(DocumentRecord.self, from: JSONEncoder().encode(w2))
        #expect(again == w2)
        let old = try #require(records.first { $0.id == "w6" })
        #expect(old.events[0].triggerPOS == nil && !old.events[0].isNominalTrigger)
        let json = String(decoding: try JSONEncoder().encode(old), as: UTF8.self)
        #expect(!json.contains("triggerPOS"))
    }
}
