import Testing
@testable import LetopisCore

@Suite("A document's sentences")
struct DocumentSentenceTests {
    @Test("finds the sentence of a token by binary search, and none for a token outside every sentence")
    func sentenceOfToken() {
        var doc = Document(id: "d", text: String(repeating: "а ", count: 10))
        doc.tokens = (0..<10).map { Token(TextRange($0 * 2, $0 * 2 + 1), kind: .word) }
        doc.sentences = [Sentence(TextRange(0, 5), tokens: 0..<3), Sentence(TextRange(6, 13), tokens: 3..<7),
                         Sentence(TextRange(14, 17), tokens: 7..<9)]
        #expect((0..<10).map { doc.sentenceIndex(ofToken: $0) } == [0, 0, 0, 1, 1, 1, 1, 2, 2, nil])
        #expect(doc.sentenceIndex(ofToken: -1) == nil)
    }
}
