import Testing
import LetopisCore
@testable import LetopisCorpus

/// An army alone identifies no strike, but an army and the same weapon on the same day do; two weapons are two
/// strikes (Docs/corpus.md, "The same weapon").
@Suite("The same weapon on the same day identifies a strike; different weapons keep two apart")
struct SameWeaponTests {
    let records: [DocumentRecord]
    let resolution: CorpusResolution

    init() throws {
        (records, resolution) = try Fixture.resolved("same-weapon")
    }

    func event(_ mention: String) throws -> CorpusEvent { try resolution.requireEvent(of: mention) }

    @Test("the weapon table loads; sentences name weapons as written, by lemma or inflected")
    func table() throws {
        let table = try WeaponNames.loaded.get()
        #expect(table.names.count > 10)
        #expect(table.weapons(inText: "ударили ракетами ATACMS") == ["atacms"])
        #expect(table.weapons(inText: "британскими Storm Shadow и ракетой «Искандером»") == ["storm-shadow", "iskander"])
        #expect(table.weapons(inWords: ["выпустили", "ракеты"], lemmas: ["выпустить", "ракета"]).isEmpty)
        #expect(table.weapons(inText: "Калибровка приборов").isEmpty)
    }

    @Test("ВСУ with ATACMS and Силы обороны Украины with ATACMS on one day are one strike")
    func sameWeaponSameDay() throws {
        let strike = try event("t1-0")
        #expect(Set(strike.mentions.map(\.event)) == ["t1-0", "t2-0"])
        let reason = try #require(strike.mentions.first { $0.event == "t2-0" }?.reason)
        #expect(reason.contains("the same weapon atacms the same day"), "\(reason)")
    }

    @Test("Storm Shadow the same day and ATACMS the next day are other strikes")
    func otherWeaponOrDay() throws {
        let strike = try event("t1-0").id
        #expect(try event("t3-0").id != strike)
        #expect(try event("t4-0").id != strike)
        let t1 = try #require(records.first { $0.id == "t1" }), t3 = try #require(records.first { $0.id == "t3" })
        let verdict = CorpusResolver().compare((t1, t1.events[0]), (t3, t3.events[0]), actors: resolution.actors)
        #expect(!verdict.compatible && verdict.reason.contains("different weapons"), "\(verdict.reason)")
    }

    @Test("the rules do not depend on the order of the documents")
    func orderIndependence() {
        var generator = SplitMix(seed: 1331)
        for _ in 0..<6 {
            #expect(CorpusResolver().resolve(records.shuffled(using: &generator)).events == resolution.events)
        }
    }
}
