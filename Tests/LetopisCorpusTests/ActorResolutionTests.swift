import Testing
@testable import LetopisCorpus

@Suite("Corpus actors")
struct ActorResolutionTests {
    let resolution: ActorResolution

    init() throws {
        resolution = CorpusResolver().resolveActors(try Fixture.records("actors"))
    }

    func id(_ doc: String, _ actor: Int) -> String? { resolution.id(document: doc, actor: actor) }

    @Test("Путин, В. Путин, Владимира Путина and Владимир Владимирович Путин are one actor")
    func putin() throws {
        let putin = try #require(id("d1", 0))
        #expect(id("d2", 0) == putin)
        #expect(id("d3", 0) == putin)
        #expect(id("d3", 2) == putin)
        #expect(id("d4", 0) == putin)
        let actor = try #require(resolution.actor(id: putin))
        #expect(actor.name == "Владимир Владимирович Путин")
        #expect(actor.aliases.contains("Владимира Путина"))
        #expect(actor.aliases.contains("В. Путин"))
        #expect(actor.country == "RU")
        #expect(actor.documents == 4)
    }

    @Test("different first names or patronymics keep people apart, and a surname with several candidates joins none")
    func ivanov() throws {
        let alexey = try #require(id("d1", 1)), sergey = try #require(id("d2", 1))
        #expect(alexey != sergey)
        let petrovich = try #require(id("d4", 1)), sergeevich = try #require(id("d4", 2))
        #expect(petrovich != sergeevich)
        let bare = try #require(id("d3", 1))
        #expect(![alexey, sergey, petrovich, sergeevich].contains(bare))
        #expect(resolution.reasons[DocumentActorRef(document: "d3", actor: 1)]?.contains("kept apart") == true)
    }

    @Test("two people of one name from different countries are two actors")
    func countries() throws {
        let syrian = try #require(id("d1", 2)), egyptian = try #require(id("d2", 2))
        #expect(syrian != egyptian)
        #expect(resolution.actor(id: syrian)?.country == "SY")
        #expect(resolution.actor(id: egyptian)?.country == "EG")
    }

    @Test("an abbreviation joins its full name when a document links them; МИД alone stays apart from МИД of a country")
    func organisations() throws {
        let un = try #require(id("d1", 3))
        #expect(id("d2", 3) == un)
        #expect(resolution.actor(id: un)?.name == "Организация Объединенных Наций")
        let syria = try #require(id("d1", 4)), russia = try #require(id("d2", 4)), bare = try #require(id("d3", 3))
        #expect(Set([syria, russia, bare]).count == 3)
    }

    @Test("a company is one whatever country a report lends it; a ministry of one name is one per country")
    func companiesAndStateBodies() throws {
        #expect(id("d1", 5) != nil && id("d1", 5) == id("d2", 5))
        #expect(resolution.actor(id: try #require(id("d1", 5)))?.aliases == ["«Газпромбанк»", "Газпромбанк"])
        #expect(id("d1", 6) != nil && id("d2", 6) != nil && id("d1", 6) != id("d2", 6))
        #expect(id("d1", 6) == "ORG:минобороны|RU")
    }

    @Test("one report's country against many is taken as unknown, and reports without a country join the one person")
    func countryNoise() throws {
        let trump = try #require(id("t1", 0))
        #expect(["t2", "t3", "t4", "t5", "t6"].allSatisfy { id($0, 0) == trump })
        #expect(resolution.reasons[DocumentActorRef(document: "t4", actor: 0)]?.hasPrefix("country RU from one report against 3") == true)
    }

    @Test("with two countries each backed by reports, unplaced reports of the name gather in one unresolved actor")
    func ambiguousGather() throws {
        var records = try Fixture.records("actors")
        var second = try #require(records.first { $0.id == "t4" })
        second.id = "t7"
        records.append(second)
        let r = CorpusResolver().resolveActors(records)
        let us = try #require(r.id(document: "t1", actor: 0)), ru = try #require(r.id(document: "t4", actor: 0))
        #expect(us != ru && r.id(document: "t7", actor: 0) == ru)
        let unplaced = try #require(r.id(document: "t5", actor: 0))
        #expect(r.id(document: "t6", actor: 0) == unplaced)
        #expect(unplaced != us && unplaced != ru)
        #expect(r.reasons[DocumentActorRef(document: "t6", actor: 0)]?.contains("kept apart") == true)
    }

    @Test("the same documents in any order give the same actors")
    func orderIndependence() throws {
        let records = try Fixture.records("actors")
        var generator = SplitMix(seed: 11)
        for _ in 0..<5 {
            let shuffled = CorpusResolver().resolveActors(records.shuffled(using: &generator))
            #expect(shuffled.actors == resolution.actors)
            #expect(shuffled.assignment == resolution.assignment)
        }
    }
}
