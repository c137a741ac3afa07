import Testing
@testable import LetopisCorpus

@Suite("Spellings of one name, and reports that list different targets of one act")
struct SpellingAndListsTests {
    let records: [DocumentRecord]
    let resolution: CorpusResolution

    init() throws {
        (records, resolution) = try Fixture.resolved("spelling-and-lists")
    }

    func id(_ doc: String, _ actor: Int) -> String? { resolution.actors.id(document: doc, actor: actor) }

    @Test("spelling forms: ь, е/э/ы/й as и, doubled letters as one; other names stay other")
    func spellingForms() {
        #expect(NameKey.spelling("Беньямин") == NameKey.spelling("Биньямин"))
        #expect(NameKey.spelling("Галлант") == NameKey.spelling("Галант"))
        #expect(NameKey.spelling("Йоав") == NameKey.spelling("Иоав"))
        #expect(NameKey.spelling("Семён") != NameKey.spelling("Симон"))
        #expect(NameKey.spelling("Александр") != NameKey.spelling("Александра"))
        #expect(NameKey.genitiveBase(NameKey.spelling("Галланта")) == NameKey.spelling("Галлант"))
        #expect(NameKey.genitiveBase("петрова") == "петров")
        #expect(NameKey.genitiveBase("шоя") == nil)        // too short to be a declined surname
        #expect(NameKey.genitiveBase("гарсия") == nil)     // a vowel before the ending: not a genitive
    }

    @Test("Беньямин and Биньямин Нетаньяху are one person, and the bare Нетаньяху then has one candidate")
    func spellingVariantsOfOnePerson() throws {
        let netanyahu = try #require(id("n1", 0))
        #expect(id("n2", 0) == netanyahu)
        #expect(id("n3", 0) == netanyahu)
        #expect(resolution.actors.actor(id: netanyahu)?.name == "Биньямин Нетаньяху" || resolution.actors.actor(id: netanyahu)?.name == "Беньямин Нетаньяху")
        let reason = try #require(resolution.actors.reasons[DocumentActorRef(document: "n2", actor: 0)]
            ?? resolution.actors.reasons[DocumentActorRef(document: "n1", actor: 0)])
        #expect(reason.contains("another spelling") || reason.contains("first of its name"))
        #expect(resolution.actors.reasons[DocumentActorRef(document: "n3", actor: 0)]?.contains("one candidate") == true)
    }

    @Test("a surname left in the genitive joins its nominative when the given name is the same, and names it")
    func genitiveSurname() throws {
        let gallant = try #require(id("n1", 1))
        #expect(id("n2", 1) == gallant)
        #expect(id("n3", 1) == gallant)
        #expect(resolution.actors.actor(id: gallant)?.name == "Йоав Галлант")
        #expect(resolution.actors.reasons[DocumentActorRef(document: "n3", actor: 1)]?.contains("genitive of Галлант") == true)
    }

    @Test("another given name keeps a surname in -а apart (Александра Петрова is not Александр Петров), as does Семён against Симон")
    func genitiveNeedsTheSameGivenName() throws {
        #expect(try #require(id("p1", 0)) != (try #require(id("p1", 1))))
        #expect(try #require(id("p1", 2)) != (try #require(id("p1", 3))))
    }

    @Test("two reports of one sanction that list different banks besides the one they share are one event")
    func doerAndReceiverInCommon() throws {
        let event = try #require(resolution.event(of: "s1-0"))
        #expect(Set(event.mentions.map(\.event)) == ["s1-0", "s2-0"])
        let joined = try #require(event.mentions.first { $0.reasonCode == "joined" })
        #expect(joined.reason.contains("doer and receiver in common"), "\(joined.reason)")
        #expect(joined.reason.contains("Газпромбанк"))
    }

    @Test("two strikes by one army on one city the same day, on different targets, stay two events")
    func twoStrikesOnOneCity() throws {
        let morning = try #require(resolution.event(of: "k1-0")), evening = try #require(resolution.event(of: "k2-0"))
        #expect(morning.id != evening.id)
    }

    @Test("the rules do not depend on the order of the documents")
    func orderIndependence() {
        var generator = SplitMix(seed: 5)
        for _ in 0..<4 {
            let shuffled = CorpusResolver().resolve(records.shuffled(using: &generator))
            #expect(shuffled.events == resolution.events)
            #expect(shuffled.actors.assignment == resolution.actors.assignment)
        }
    }
}
