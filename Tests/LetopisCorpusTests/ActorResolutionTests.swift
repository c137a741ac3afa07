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
