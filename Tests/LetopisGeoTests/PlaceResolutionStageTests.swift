import Foundation
import LetopisCore
import Testing
@testable import LetopisGeo

/// The stage on a hand-built document (no models): which names it tries and what it fills.
@Suite("Place resolution stage")
struct PlaceResolutionStageTests {
    /// A document whose mentions and actors are laid out by hand, byte ranges found by searching the text.
    func document(_ text: String, places: [(surface: String, name: String, country: String?)], type: EntityType = .location) -> Document {
        var doc = Document(id: "t", text: text)
        for (i, p) in places.enumerated() {
            guard let r = text.range(of: p.surface) else { continue }
            let start = text.utf8.distance(from: text.utf8.startIndex, to: r.lowerBound)
            let range = TextRange(start, start + p.surface.utf8.count)
            doc.mentions.append(Mention(range, type: type, normal: p.name, entity: i))
            doc.actors.append(Actor(id: i, type: type, name: p.name, country: p.country, mentions: [doc.mentions.count - 1]))
            doc.tokens.append(Token(range, kind: .word))
            doc.lemmas.append(p.name.lowercased())
        }
        doc.layers.formUnion([.tokens, .sentences, .entities, .actors])
        return doc
    }

    let stage: PlaceResolutionStage
    init() throws { stage = PlaceResolutionStage(resolver: PlaceResolver(gazetteer: try TinyGazetteer.file)) }

    @Test("resolves place actors, sets a missing country and keeps one the entities stage gave")
    func actors() throws {
        var doc = document("Встреча в Донецке и в Новограде.", places: [("Донецке", "Донецк", nil), ("Новограде", "Новоград", "RU")])
        try stage.process(&doc)
        #expect(doc.actors[0].geo?.geonameID == 709717)
        #expect(doc.actors[0].country == "UA")
        #expect(doc.actors[1].country == "RU", "the entities stage's country is kept")
        #expect(doc.layers.contains(.places))
    }

    @Test("countries the entities stage gave are context; without any, the larger town")
    func context() throws {
        var doc = document("Новоград и Троя.", places: [("Новоград", "Новоград", nil), ("Троя", "Троя", "TR")])
        try stage.process(&doc)
        #expect(doc.actors[0].geo?.country == "UA", "no Russian context: the larger")
        #expect(doc.actors[1].geo?.country == "TR", "the actor's own country counts as context")
    }

    @Test("a case form the normaliser left is found by its lemma")
    func lemmaFallback() throws {
        var doc = document("В Пекине.", places: [("Пекине", "Пекине", nil)])
        doc.lemmas = ["пекин"]
        try stage.process(&doc)
        #expect(doc.actors[0].geo?.geonameID == 1816670)
    }

    @Test("an event place takes the geo of the place it mentions; people are not places")
    func events() throws {
        var doc = document("Переговоры в Париже.", places: [("Париже", "Париж", nil)])
        let place = doc.mentions[0].range
        doc.events.append(Event(type: "CONSULT", trigger: TextRange(0, 20), place: FactPart(place, normal: "Париж")))
        doc.events.append(Event(type: "CONSULT", trigger: TextRange(0, 20), place: nil))
        try stage.process(&doc)
        #expect(doc.events[0].placeGeo?.geonameID == 2988507)
        #expect(doc.events[1].placeGeo == nil)
        var people = document("Париж Хилтон.", places: [("Париж", "Париж", nil)], type: .person)
        try stage.process(&people)
        #expect(people.actors[0].geo == nil)
    }
}
