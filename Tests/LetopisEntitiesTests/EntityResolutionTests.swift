import Testing
@testable import LetopisEntities
import LetopisCore

@Suite("Entity resolution")
struct EntityResolutionTests {
    let stage = EntityResolutionStage()

    @Test("joins a surname to the full name and keeps namesakes apart")
    func coreference() throws {
        var doc = fixture("Владимир Путин прибыл. Путин заявил. Ирина Путина и Сергей Путин тоже.",
                          mentions: [("Владимир Путин", .person), ("Путин", .person), ("Ирина Путина", .person), ("Сергей Путин", .person)])
        try stage.process(&doc)
        let e = doc.mentions.map(\.entity)
        #expect(e[0] == e[1])
        #expect(e[3] != e[0])
        #expect(e[2] != e[0])
        #expect(doc.actors[e[0]!].name == "Владимир Путин")
    }

    @Test("joins abbreviations to full names and country names to short forms")
    func organisations() throws {
        var doc = fixture("Министерство иностранных дел заявило. МИД добавил. Сирия и САР.",
                          mentions: [("Министерство иностранных дел", .organization), ("МИД", .organization),
                                     ("Сирия", .location), ("САР", .location)])
        try stage.process(&doc)
        #expect(doc.mentions[0].entity == doc.mentions[1].entity)
        #expect(doc.mentions[2].entity == doc.mentions[3].entity)
        #expect(doc.actors[doc.mentions[2].entity!].country == "SY")
        #expect(doc.actors[doc.mentions[2].entity!].name == "Сирия")
    }

    @Test("finds titles before names, with their place, and gives the person a role and country")
    func titlesBeforeNames() throws {
        var doc = fixture("Глава МИД Сирии Асаад аш-Шибани и министр обороны САР Мурхеф Абу Касра встретились в Москве с президентом России Владимиром Путиным.",
                          mentions: [("МИД Сирии", .organization), ("Асаад аш-Шибани", .person), ("Мурхеф Абу Касра", .person),
                                     ("Москве", .location), ("России", .location), ("Владимиром Путиным", .person)],
                          lemmas: fixtureLemmas)
        try stage.process(&doc)
        let byWho = Dictionary(doc.facts.map { (doc.text(of: $0.who.range), $0) }, uniquingKeysWith: { a, _ in a })
        let shibani = try #require(byWho["Асаад аш-Шибани"])
        #expect(shibani.job.normal == "министр иностранных дел")
        #expect(shibani.where.map { doc.text(of: $0.range) } == "МИД Сирии")
        let kasra = try #require(byWho["Мурхеф Абу Касра"])
        #expect(kasra.job.normal == "министр обороны")
        #expect(kasra.where?.normal == "Сирия")
        let putin = try #require(byWho["Владимиром Путиным"])
        #expect(putin.job.normal == "президент")
        #expect(doc.text(of: putin.job.range) == "президентом")
        #expect(putin.where.map { doc.text(of: $0.range) } == "России")
        let actor = { (name: String) in doc.actors.first { $0.mentions.contains { doc.text(of: doc.mentions[$0].range) == name } } }
        #expect(actor("Асаад аш-Шибани")?.country == "SY")
        #expect(actor("Асаад аш-Шибани")?.sector == "diplomatic")
        #expect(actor("Мурхеф Абу Касра")?.sector == "military")
        #expect(actor("Владимиром Путиным")?.country == "RU")
    }

    @Test("finds a title in apposition after a name")
    func titleAfterName() throws {
        var doc = fixture("Москву посетил Ахмед аш-Шараа, президент Сирии на переходный период.",
                          mentions: [("Москву", .location), ("Ахмед аш-Шараа", .person), ("Сирии", .location)],
                          lemmas: fixtureLemmas)
        try stage.process(&doc)
        #expect(doc.facts.count == 1)
        #expect(doc.facts.first?.job.normal == "президент")
        #expect(doc.facts.first?.where?.normal == "Сирии")
    }

    @Test("attaches a descriptive title to the actor who holds it")
    func descriptor() throws {
        var doc = fixture("Глава МИД Сирии Асаад аш-Шибани прибыл. Глава сирийского внешнеполитического ведомства сообщил РИА Новости.",
                          mentions: [("МИД Сирии", .organization), ("Асаад аш-Шибани", .person), ("РИА Новости", .organization)],
                          lemmas: fixtureLemmas)
        try stage.process(&doc)
        let shibani = try #require(doc.actors.first { $0.type == .person })
        #expect(shibani.descriptors.count == 1)
        #expect(shibani.descriptors.first.map { doc.text(of: $0) } == "Глава сирийского внешнеполитического ведомства")
    }

    @Test("gives an agency the country of the adjective before it")
    func agencyCountry() throws {
        var doc = fixture("сообщает сирийское государственное новостное агентство SANA.",
                          mentions: [("SANA", .organization)], lemmas: fixtureLemmas)
        try stage.process(&doc)
        #expect(doc.actors.first?.country == "SY")
    }

    @Test("survives documents with no mentions, only punctuation, or a mention with no tokens")
    func edgeCases() throws {
        var empty = fixture("...", mentions: [])
        try stage.process(&empty)
        #expect(empty.actors.isEmpty)
        var odd = fixture("Президент", mentions: [])
        odd.mentions.append(Mention(TextRange(0, 0), type: .person))
        try stage.process(&odd)
        #expect(odd.facts.isEmpty)
    }

    @Test("gives every coordinated title to the name after them")
    func coordinatedTitles() throws {
        var doc = fixture("В зале выступил сценарист и режиссер Александр Новопашин.",
                          mentions: [("Александр Новопашин", .person)],
                          lemmas: ["сценарист": "сценарист", "режиссер": "режиссер", "выступил": "выступить"])
        try stage.process(&doc)
        #expect(Set(doc.facts.map { $0.job.normal ?? "" }) == ["сценарист", "режиссер"])
    }

    @Test("reads a title after a dash and a title predicated by a copula")
    func dashAndPredicate() throws {
        var doc = fixture("Владимир Квачков — полковник в отставке. Маккаррик стал кардиналом.",
                          mentions: [("Владимир Квачков", .person), ("Маккаррик", .person)],
                          lemmas: ["полковник": "полковник", "стал": "стать", "кардиналом": "кардинал"])
        for (i, t) in doc.tokens.enumerated() where doc.text(of: t.range) == "кардиналом" {
            doc.morphTags[i] = MorphTag(pos: "NOUN", features: [("Case", "Ins")])
        }
        try stage.process(&doc)
        let jobs = Dictionary(doc.facts.map { (doc.text(of: $0.who.range), $0.job.normal ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(jobs["Владимир Квачков"] == "полковник")
        #expect(jobs["Маккаррик"] == "кардинал")
    }
}
