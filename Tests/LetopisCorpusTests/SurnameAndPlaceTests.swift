import Testing
@testable import LetopisCorpus

/// A surname alone that the period gives to one person, and a known place with the same rare words where a
/// report names no participant (Docs/corpus.md, "Development on the dedup train set", session 6).
@Suite("A lone surname of one person, and a place with rare words, identify a happening")
struct SurnameAndPlaceTests {
    let records: [DocumentRecord]
    let resolution: CorpusResolution

    init() throws {
        (records, resolution) = try Fixture.resolved("surname-and-place")
    }

    @Test("Путин's call with Эрдоган, once with the bare surname only, is one event with the phone mode")
    func loneSurnameOfOnePerson() throws {
        let event = try #require(resolution.event(of: "c1-0"))
        #expect(Set(event.mentions.map(\.event)) == ["c1-0", "c2-0"])
        #expect(event.mode == "phone")
        let joined = try #require(event.mentions.first { $0.reasonCode == "joined" })
        #expect(joined.reason.contains("Эрдоган"), "\(joined.reason)")
    }

    @Test("the same surname on another day stays another event")
    func sameSurnameAnotherDay() throws {
        #expect(try #require(resolution.event(of: "c3-0")).id != (try #require(resolution.event(of: "c1-0"))).id)
    }

    @Test("a surname the period gives to two people names no one: two detentions of Иванов the same day stay apart")
    func ambiguousSurnameIdentifiesNothing() throws {
        let bare = try #require(resolution.actors.id(document: "i3", actor: 0))
        #expect(resolution.actors.unresolved.contains(bare))
        #expect(resolution.actors.id(document: "i4", actor: 0) == bare)
        let ids = try ["i1-0", "i2-0", "i3-0", "i4-0"].map { try #require(resolution.event(of: $0)).id }
        #expect(Set(ids).count == 4)
    }

    @Test("two reports with no participant, at one city and with the same rare words, are one attack")
    func placeAndRareWords() throws {
        let event = try #require(resolution.event(of: "p1-0"))
        #expect(Set(event.mentions.map(\.event)) == ["p1-0", "p2-0"])
        let joined = try #require(event.mentions.first { $0.reasonCode == "joined" })
        #expect(joined.reason.contains("the same place Воронеж"), "\(joined.reason)")
        #expect(joined.reason.contains("майонез") || joined.reason.contains("йогуртов"), "\(joined.reason)")
    }

    @Test("another attack on that city in other words, the same words at another city, and a whole state as the place stay apart")
    func placeNearMisses() throws {
        let ids = try ["p1-0", "p3-0", "p4-0", "p5-0"].map { try #require(resolution.event(of: $0)).id }
        #expect(Set(ids).count == 4)
        // Two reports at a whole state join only as the one event of their day whose rare words they share
        // (`OneOnItsDayTests`), never by the state as their place.
        let state = try #require(resolution.event(of: "p6-0"))
        let p6 = try #require(state.mentions.first { $0.event == "p6-0" })
        #expect(!p6.reason.contains("the same place"), "\(p6.reason)")
        #expect(state.mentions.count == 1 || p6.reason.contains("the one event of its type on its day"), "\(p6.reason)")
    }

    @Test("the rules do not depend on the order of the documents")
    func orderIndependence() {
        var generator = SplitMix(seed: 11)
        for _ in 0..<4 {
            let shuffled = CorpusResolver().resolve(records.shuffled(using: &generator))
            #expect(shuffled.events == resolution.events)
            #expect(shuffled.actors.assignment == resolution.actors.assignment)
        }
    }
}
