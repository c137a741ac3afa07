import Foundation
import Testing
import LetopisCore
@testable import LetopisText

@Suite("A sentence splitter")
struct SentenceSplitterTests {
    static let cases = Fixtures.lines("sentences.txt")

    func sentences(_ text: String) -> [String] {
        let utf8 = Array(text.utf8)
        let tokens = Tokenizer().tokenize(utf8)
        return SentenceSplitter().split(utf8, tokens: tokens).map {
            String(decoding: utf8[$0.range.start..<$0.range.end], as: UTF8.self)
        }
    }

    @Test("reads its fixtures")
    func fixturesExist() {
        #expect(Self.cases.count > 30)
    }

    @Test("ends sentences where each fixture's marks say", arguments: cases)
    func fixture(_ line: String) {
        let text = line.replacingOccurrences(of: "‖", with: "")
        let expected = line.components(separatedBy: "‖").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(sentences(text) == expected)
    }

    @Test("covers every token exactly once, in order")
    func coverage() {
        let utf8 = Array("Он пришёл. Она ушла!\n\nИ всё? Да… т.е. нет.".utf8)
        let tokens = Tokenizer().tokenize(utf8)
        let result = SentenceSplitter().split(utf8, tokens: tokens)
        #expect(result.first?.tokens.lowerBound == 0)
        #expect(result.last?.tokens.upperBound == tokens.count)
        for (a, b) in zip(result, result.dropFirst()) { #expect(a.tokens.upperBound == b.tokens.lowerBound) }
    }

    @Test("reports the rule at every candidate boundary")
    func trace() {
        let utf8 = Array("Президент В. В. Путин прибыл на ул. Тверскую. «Уходим!» — сказал он.".utf8)
        var trace: [SentenceDecision] = []
        let result = SentenceSplitter().split(utf8, tokens: Tokenizer().tokenize(utf8), trace: &trace)
        #expect(result.count == 2)
        let decided = trace.map { "\($0.rule.rawValue):\($0.boundary)" }
        #expect(decided == ["initial:false", "initial:false", "abbreviation:false", "terminal-mark:true",
                            "speech-attribution:false", "end-of-text:true"])
    }

    @Test("keeps a quoted sentence after a colon when told to")
    func colonOption() {
        let utf8 = Array("Он заявил: «Мы не боимся».".utf8)
        let tokens = Tokenizer().tokenize(utf8)
        #expect(SentenceSplitter().split(utf8, tokens: tokens).count == 2)
        #expect(SentenceSplitter(splitsBeforeQuotedSentence: false).split(utf8, tokens: tokens).count == 1)
    }

    @Test("returns nothing for no tokens, tokens past the text or out of order")
    func badTokens() {
        #expect(SentenceSplitter().split([], tokens: []).isEmpty)
        #expect(SentenceSplitter().split(Array("а".utf8), tokens: [Token(TextRange(0, 10), kind: .word)]).isEmpty)
        let utf8 = Array("а б".utf8)
        #expect(SentenceSplitter().split(utf8, tokens: [Token(TextRange(3, 4), kind: .word), Token(TextRange(0, 2), kind: .word)]).isEmpty)
    }

    @Test("reads Windows line breaks as one break each")
    func crlf() {
        #expect(sentences("Заголовок\r\n\r\nТекст.") == ["Заголовок", "Текст."])
        #expect(sentences("Это было\r\nдавно.") == ["Это было\r\nдавно."])
        #expect(sentences("Заголовок\r\nТекст.") == ["Заголовок", "Текст."])
    }

    @Test("splits 10,000 full stops and 1 MB without spaces in linear time")
    func bigInputs() {
        #expect(sentences(String(repeating: "Да. ", count: 10_000)).count == 10_000)
        #expect(sentences(String(repeating: "а.", count: 350_000)).count == 1)
        #expect(sentences(String(repeating: "!", count: 10_000)).count == 1)
    }
}

@Suite("The segmentation stage")
struct SegmentationStageTests {
    @Test("segments the body after a date header")
    func header() throws {
        let text = "date 2025-12-23 БЕЙРУТ, 23 - РИА Новости. Глава МИД Сирии прибыл."
        var document = Document(id: "seed", text: text)
        document.bodyStart = Array("date 2025-12-23 ".utf8).count
        try SegmentationStage().process(&document)
        #expect(document.text(ofToken: 0) == "БЕЙРУТ")
        #expect(document.sentences.count == 2)
        #expect(document.text(of: document.sentences[0].range) == "БЕЙРУТ, 23 - РИА Новости.")
        #expect(document.layers.isSuperset(of: [.tokens, .sentences]))
    }
}
