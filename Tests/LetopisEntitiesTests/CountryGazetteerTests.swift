import Testing
@testable import LetopisEntities

@Suite("The country gazetteer")
struct CountryGazetteerTests {
    let g = CountryGazetteer.shared

    @Test("knows names from Foundation's Russian locale", arguments: [
        ("Сирия", "SY"), ("Россия", "RU"), ("Турция", "TR"), ("Великобритания", "GB"), ("КНДР", "KP"),
    ])
    func names(_ name: String, _ code: String) {
        #expect(g.lookup(surface: name)?.code.rawValue == code)
    }

    @Test("knows short forms, adjectives, capitals and seats of government")
    func aliases() {
        #expect(g.lookup(surface: "САР")?.code == "SY")
        #expect(g.lookup(surface: "РФ")?.evidence == .shortForm)
        #expect(g.lookup(surface: "США")?.code == "US")
        #expect(g.lookup(lemma: "сирийский") == .init(code: "SY", evidence: .adjective))
        #expect(g.lookup(lemma: "российский")?.code == "RU")
        #expect(g.lookup(lemma: "Дамаск") == .init(code: "SY", evidence: .capital))
        #expect(g.lookup(lemma: "кремль")?.evidence == .seat)
        #expect(g.lookup(lemma: "белый дом")?.code == "US")
    }

    @Test("treats abbreviations as case-sensitive and folds ё")
    func folding() {
        #expect(g.lookup(surface: "сар") == nil)
        #expect(g.lookup(surface: "Соединённые Штаты")?.code == "US")
        #expect(g.lookup(surface: "Москва́") == nil)  // a capital is not a country name
        #expect(g.lookup(lemma: "москва́")?.code == "RU")
    }

    @Test("names countries in Russian")
    func displayNames() {
        #expect(g.name(of: "SY") == "Сирия")
        #expect(g.name(of: "RU") == "Россия")
    }
}
