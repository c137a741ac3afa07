import Testing
@testable import LetopisEntities
import LetopisCore

/// Walks over tokens that step past the document's or the sentence's edge. The first two broke the
/// whole batch of a real Telegram stream (an index out of range in `titlesBefore`, via `DocumentView.text`).
@Suite("Token walks at the edges")
struct TokenWalkRegressionTests {
    let stage = EntityResolutionStage()

    @Test("a document opening with a quote right before a name does not trap")
    func quoteOpensDocumentBeforeName() throws {
        var doc = fixture("«Мистер Трамп, прикажите сложить оружие», — заявил он.", mentions: [("Трамп", .person)])
        try stage.process(&doc)
        #expect(doc.mentions.map { doc.text(of: $0.range) }.contains("Трамп"))
    }

    @Test("a document that is a quote and a name only does not trap")
    func quoteAndNameOnly() throws {
        var doc = fixture("«Трамп", mentions: [("Трамп", .person)])
        try stage.process(&doc)
        #expect(doc.mentions.count == 1)
    }

    @Test("a quote opening a later sentence is not matched with a quote of the sentence before")
    func quoteOpensLaterSentence() throws {
        var doc = fixture("Глава «Газпрома» выступил. «Иван Петров пришёл», — сообщил он.",
                          mentions: [("Иван Петров", .person)], lemmas: ["Глава": "глава"])
        try stage.process(&doc)
        // The title of the sentence before must not reach across the sentence boundary to the name.
        #expect(factsByWho(doc)["Иван Петров"] == nil)
    }

    @Test("the view's token questions are total past both ends of the document")
    func viewIsTotal() {
        let doc = fixture("Иван пришёл. Пётр ушёл.", mentions: [("Иван", .person)])
        let view = DocumentView(doc)
        #expect(view.text(-1) == "" && view.text(view.tokenCount) == "")
        #expect(view.lemma(-1) == "" && view.pos(-1) == nil && view.feature(view.tokenCount, "Case") == nil)
        #expect(!view.isPunctuation(-5) && view.mentionIndex(-1) == -1)
        #expect(view.sentenceTokens(of: -1).isEmpty)
        #expect(view.peek(0, within: 1) == 0)
        // Token 3 (Пётр) is in the second sentence: a walk from token 1 does not reach it.
        #expect(view.peek(3, within: 1) == nil)
        #expect(view.peek(-1, within: 0) == nil && view.peek(view.tokenCount, within: 0) == nil)
    }
}
