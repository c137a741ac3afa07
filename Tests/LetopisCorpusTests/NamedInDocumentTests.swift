import Testing
import LetopisCore
@testable import LetopisCorpus

/// A report of an arrest without participants (`Министр транспорта Ростовской области задержан`, the names in the
/// next sentence) joins the arrest of a person its document names; other people, other days, digests and attacks do
/// not (Docs/corpus.md, "People the document names").
@Suite("People a short report names stand in for the participants of an arrest it tells without them")
struct NamedInDocumentTests {
    let records: [DocumentRecord]
    let resolution: CorpusResolution

    init() throws {
        (records, resolution) = try Fixture.resolved("named-in-document")
    }

    func event(_ mention: String) throws -> CorpusEvent { try resolution.requireEvent(of: mention) }

    @Test("a report without participants joins the arrest of the people its document names, with the reason")
    func joinsNamedArrest() throws {
        let arrest = try event("d2-0")
        #expect(Set(arrest.mentions.map(\.event)) == ["d1-0", "d2-0", "d3-0"])
        let reasons = arrest.mentions.filter { $0.event != arrest.mentions.first?.event }.map(\.reason)
        #expect(reasons.contains { $0.contains("its document names Виталий Кушнарёв") }, "\(reasons)")
    }

    @Test("two reports without participants join when both documents name the person")
    func bothWithoutParticipants() throws {
        let pair = CorpusResolver().resolve(Fixture.only(records, ["d1", "d3"]))
        let arrest = try pair.requireEvent(of: "d1-0")
        #expect(Set(arrest.mentions.map(\.event)) == ["d1-0", "d3-0"])
        #expect(arrest.mentions.contains { $0.reason.contains("both documents name Виталий Кушнарёв") })
    }

    @Test("another person the same day, the same person two days later, and a digest of four people stay apart")
    func nearMisses() throws {
        let arrest = try event("d2-0").id
        for other in ["d4-0", "d5-0", "d6-0"] {
            #expect(try event(other).id != arrest, "\(other) joined the arrest")
            #expect(try event(other).mentions.count == 1, "\(other) joined another report")
        }
    }

    @Test("attacks without a doer are not recognised by the people their posts quote")
    func attacksNotByPeople() throws {
        #expect(try event("d7-0").id != event("d8-0").id)
        let d7 = try #require(records.first { $0.id == "d7" }), d8 = try #require(records.first { $0.id == "d8" })
        let verdict = CorpusResolver().compare((d7, d7.events[0]), (d8, d8.events[0]), actors: resolution.actors)
        #expect(!verdict.compatible, "\(verdict.reason)")
    }

    @Test("the rule does not depend on the order of the documents")
    func orderIndependence() {
        var generator = SplitMix(seed: 2611)
        for _ in 0..<6 {
            #expect(CorpusResolver().resolve(records.shuffled(using: &generator)).events == resolution.events)
        }
    }
}
