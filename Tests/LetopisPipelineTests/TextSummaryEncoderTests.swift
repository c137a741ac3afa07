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
}
