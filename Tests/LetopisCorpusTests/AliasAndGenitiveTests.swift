import Testing
@testable import LetopisCorpus

/// Names of one organisation that only data links (`Data/actor-aliases.tsv`), and a bare surname left in the
/// genitive (Docs/corpus.md, "Development on the dedup train set", session 7).
@Suite("The alias table joins one organisation's names, and a bare genitive surname joins its one person")
struct AliasAndGenitiveTests {
    let records: [DocumentRecord]
    let resolution: CorpusResolution

    init() throws {
        (records, resolution) = try Fixture.resolved("aliases-and-genitive")
    }

    func actor(_ document: String, _ index: Int = 0) throws -> CorpusActor {
        let id = try #require(resolution.actors.id(document: document, actor: index))
        return try #require(resolution.actors.actor(id: id))
    }

    @Test("the shipped alias table loads, and every canonical name is listed as itself with the same country and sector")
    func tableIsConsistent() throws {
        try ActorAliases.check()
        let table = ActorAliases.shared
        #expect(table.entries.count > 10)
        for (_, entry) in table.entries {
            let own = try #require(table.entry(type: "ORG", name: entry.canonical), "\(entry.canonical) is not listed as itself")
            #expect(own == entry, "\(entry.canonical)")
        }
    }

    @Test("ВСУ, Силы обороны Украины and ВСУ in a report that lent it Russia are one actor, Ukraine's army")
    func ukraineArmyAliases() throws {
        let a1 = try actor("a1"), a2 = try actor("a2"), a3 = try actor("a3")
        #expect(a1.id == a2.id && a2.id == a3.id)
        #expect(a1.name == "Вооружённые силы Украины")
        #expect(a1.country == "UA")
        #expect(a1.sector == "military")
        let reason = try #require(resolution.actors.reasons[DocumentActorRef(document: "a2", actor: 0)])
        #expect(reason.contains("alias table"), "\(reason)")
    }

    @Test("Russia's army under two names is one actor and not Ukraine's; Минобороны alone is not Минобороны России")
    func otherArmiesStayApart() throws {
        let ru1 = try actor("a4"), ru2 = try actor("a5")
        #expect(ru1.id == ru2.id)
        #expect(ru1.country == "RU")
        #expect(ru1.id != (try actor("a1")).id)
        #expect(try actor("a6").id != (try actor("a7")).id)
    }

    @Test("the ATACMS strike told as by ВСУ and by Силы обороны Украины is one event; Ukraine's drone attack the same day is another")
    func oneStrikeUnderTwoNames() throws {
        let event = try #require(resolution.event(of: "a1-0"))
        #expect(Set(event.mentions.map(\.event)) == ["a1-0", "a2-0"])
        #expect(try #require(resolution.event(of: "a3-0")).id != event.id)
        #expect(try #require(resolution.event(of: "a4-0")).id != event.id)
    }

    @Test("a bare Галланта joins the one Йоав Галлант, МУС the court, and the two warrant reports are one event")
    func bareGenitiveSurname() throws {
        #expect(try actor("g2", 1).id == (try actor("g1", 2)).id)
        #expect(try actor("g2", 0).id == (try actor("g1", 0)).id)
        let reason = try #require(resolution.actors.reasons[DocumentActorRef(document: "g2", actor: 1)])
        #expect(reason.contains("genitive of Галлант"), "\(reason)")
        let event = try #require(resolution.event(of: "g1-0"))
        #expect(Set(event.mentions.map(\.event)) == ["g1-0", "g2-0"])
    }

    @Test("Олаф Шолец, the lemmatiser's reading of Шольца, is Олаф Шольц, and the two reports of the call are one event; Анна Шолец is not")
    func fleetingVowelSurname() throws {
        #expect(NameKey.fleetingVowelBase(NameKey.spelling("Шолец")) == NameKey.spelling("Шольц"))
        #expect(NameKey.fleetingVowelBase(NameKey.spelling("Мерец")) == NameKey.spelling("Мерц"))
        #expect(NameKey.fleetingVowelBase(NameKey.spelling("Кранц")) == nil)   // no vowel to take out
        #expect(NameKey.fleetingVowelBase(NameKey.spelling("Шоец")) == nil)    // a vowel before: not a fleeting one
        let scholz = try actor("f1", 0)
        #expect(try actor("f2", 1).id == scholz.id)
        #expect(scholz.name == "Олаф Шольц")
        let reason = try #require(resolution.actors.reasons[DocumentActorRef(document: "f2", actor: 1)])
        #expect(reason.contains("fleeting vowel"), "\(reason)")
        #expect(try actor("f3", 0).id != scholz.id)
        let call = try #require(resolution.event(of: "f1-0"))
        #expect(Set(call.mentions.map(\.event)) == ["f1-0", "f2-0"])
    }

    @Test("a bare ВСУ, which its report gives no sector, is Ukraine's army by the alias table: one strike with Украина at the same place and day")
    func armyFromCorpusActor() throws {
        #expect(try actor("u1").sector == "military" && (try actor("u1")).country == "UA")
        let strike = try #require(resolution.event(of: "u1-0"))
        #expect(Set(strike.mentions.map(\.event)) == ["u1-0", "u2-0"], "\(strike.mentions.map(\.reason))")
        let joined = try #require(strike.mentions.first { $0.reasonCode == "joined" })
        #expect(joined.reason.contains("(state and its official)"), "\(joined.reason)")
    }

    @Test("a bare Петрова (maybe a woman), a Кранца of two Кранцы and a Мердока with a given name of its own stay apart")
    func genitiveNearMisses() throws {
        #expect(try actor("n2").id != (try actor("n1")).id)
        #expect(try resolution.event(of: "n2-0")?.id != (try #require(resolution.event(of: "n1-0"))).id)
        #expect(try actor("n4").id != (try actor("n3", 0)).id)
        #expect(try actor("n4").id != (try actor("n3", 1)).id)
        #expect(try actor("n6").id != (try actor("n5", 0)).id)
    }

    @Test("the rules do not depend on the order of the documents")
    func orderIndependence() {
        var generator = SplitMix(seed: 13)
        for _ in 0..<4 {
            let shuffled = CorpusResolver().resolve(records.shuffled(using: &generator))
            #expect(shuffled.events == resolution.events)
            #expect(shuffled.actors.assignment == resolution.actors.assignment)
        }
    }
}
