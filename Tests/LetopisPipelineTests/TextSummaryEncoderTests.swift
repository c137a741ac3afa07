import Testing
@testable import LetopisPipeline
import LetopisCore

@Suite("The text summary")
struct TextSummaryEncoderTests {
    @Test("gives one line an actor: name, country, roles with places, mentions and descriptors")
    func actors() {
        var doc = Document(id: "d", text: "Глава МИД России Сергей Лавров прибыл. Лавров заявил. Глава российского МИД уехал.")
        doc.mentions = [Mention(TextRange(31, 56), type: .person, normal: "Сергей Лавров", entity: 0),
                        Mention(TextRange(71, 83), type: .person, normal: "Лавров", entity: 0)]
        var lavrov = Actor(id: 0, type: .person, name: "Сергей Лавров", country: "RU", role: "министр иностранных дел", sector: "diplomatic", mentions: [0, 1])
        lavrov.roles = [ActorRole(title: "министр иностранных дел", place: "МИД России", country: "RU", sector: "diplomatic", facts: [0])]
        lavrov.descriptors = [TextRange(98, 138)]
        doc.actors = [lavrov, Actor(id: 1, type: .location, name: "Россия", country: "RU", mentions: [])]
        let text = TextSummaryEncoder().encode(doc)
        #expect(text.contains("actors:\n"))
        #expect(text.contains("  #0 PER\tСергей Лавров [RU, diplomatic] — министр иностранных дел (МИД России) · 2 mentions, also «Глава российского МИД»\n"))
        #expect(text.contains("  #1 LOC\tРоссия [RU] · 0 mentions\n"))
    }

    @Test("gives one line for the map: each resolved place with its GeoNames id, country and coordinates")
    func places() {
        var doc = Document(id: "d", text: "В Донецке и в Атлантиде.")
        var donetsk = Actor(id: 0, type: .location, name: "Донецк", country: "UA", mentions: [])
        donetsk.geo = GeoPlace(geonameID: 709717, name: "Donetsk", latitude: 48.023, longitude: 37.80224, country: "UA", featureClass: "P")
        var west = Actor(id: 2, type: .location, name: "Запад", mentions: [])
        west.geo = GeoPlace(geonameID: nil, name: "Westland", latitude: -0.5, longitude: -70.004, country: "XX", featureClass: "L")
        doc.actors = [donetsk, Actor(id: 1, type: .location, name: "Атлантида", mentions: []), west]
        let text = TextSummaryEncoder().encode(doc)
        #expect(text.contains("places: Донецк = Donetsk [geonames 709717, UA, 48.02, 37.80]; Запад = Westland [XX, -0.50, -70.00]\n"))
        #expect(!text.contains("Атлантида ="))
    }
}
