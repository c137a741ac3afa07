import Foundation
import Testing
import LetopisCore
@testable import LetopisText

@Suite("Texts typed in lower case")
struct TextCasingTests {
    static let cases = Fixtures.lines("lowercase-sentences.txt")

    func casing(_ text: String) -> TextCasing {
        let utf8 = Array(text.utf8)
        return TextCasing.of(utf8, tokens: Tokenizer().tokenize(utf8))
    }

    func sentences(_ text: String) -> [String] {
        let utf8 = Array(text.utf8)
        let tokens = Tokenizer().tokenize(utf8)
        return SentenceSplitter().split(utf8, tokens: tokens, casing: TextCasing.of(utf8, tokens: tokens)).map {
            String(decoding: utf8[$0.range.start..<$0.range.end], as: UTF8.self)
        }
    }

    @Test("a text without capitals, or with one title-case word in fifty, is lower-case", arguments: [
        "путин встретился с си цзиньпином в москве.",
        "ПУТИН ВСТРЕТИЛСЯ С СИ ЦЗИНЬПИНОМ\nпереговоры прошли в кремле, заявил мид рф.",
        "новость дня: сша и МИД россии.",
        String(repeating: "слово ", count: 50) + "Москва",
    ])
    func lowerCase(_ text: String) {
        #expect(casing(text) == .lowerCase)
    }

    @Test("a text with no lower-case letter and three words in capitals is upper-case", arguments: [
        "ПРЕЗИДЕНТ ВЛАДИМИР ПУТИН ВСТРЕТИЛСЯ С ТРАМПОМ",
        "ПУТИН ПРИБЫЛ. В МОСКВУ. 12:00",
    ])
    func upperCase(_ text: String) {
        #expect(casing(text) == .upperCase)
    }

    @Test("ordinary texts, a shouted headline over an ordinary body, abbreviations alone, letterless and empty texts are ordinary", arguments: [
        "Путин встретился с Си Цзиньпином в Москве.",
        "ПРЕЗИДЕНТ ВЛАДИМИР ПУТИН ВСТРЕТИЛСЯ С ТРАМПОМ\nВстреча прошла в Хельсинки.",
        "МИД РФ",
        String(repeating: "слово ", count: 49) + "Москва",
        "12 345 678, 2024 — 15:30",
        "!!! ??? …",
        "",
    ])
    func ordinary(_ text: String) {
        #expect(casing(text) == .ordinary)
    }

    @Test("reads its fixtures")
    func fixturesExist() {
        #expect(Self.cases.count >= 10)
    }

    @Test("ends sentences of a lower-case text where each fixture's marks say", arguments: cases)
    func fixture(_ line: String) {
        let text = line.replacingOccurrences(of: "‖", with: "")
        #expect(casing(text) == .lowerCase)
        let expected = line.components(separatedBy: "‖").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(sentences(text) == expected)
    }

    @Test("an ordinary text keeps its lower-case continuations")
    func ordinaryUnchanged() {
        let text = "Он прибыл в г. москву. и ушёл. Потом вернулся\nеще строка"
        let utf8 = Array(text.utf8)
        let tokens = Tokenizer().tokenize(utf8)
        let plain = SentenceSplitter().split(utf8, tokens: tokens)
        #expect(SentenceSplitter().split(utf8, tokens: tokens, casing: .ordinary) == plain)
        #expect(plain.count == 2)
        #expect(SentenceSplitter().split(utf8, tokens: tokens, casing: .lowerCase).count > plain.count)
    }

    @Test("the segmentation stage records the casing; a text of digits alone or no letters splits without error", arguments: [
        ("путин прибыл в москву. он встретился с мэром.", TextCasing.lowerCase, 2),
        ("Путин прибыл в Москву. Он встретился с мэром.", TextCasing.ordinary, 2),
        ("ПУТИН ПРИБЫЛ В МОСКВУ. ОН ВСТРЕТИЛСЯ С МЭРОМ.", TextCasing.upperCase, 2),
        ("2024 12 31 15 30 100500", TextCasing.ordinary, 1),
        ("... !!! — «» ()", TextCasing.ordinary, nil),
    ] as [(String, TextCasing, Int?)])
    func stage(_ text: String, _ expected: TextCasing, _ count: Int?) throws {
        var doc = Document(id: "d", text: text)
        try SegmentationStage().process(&doc)
        #expect(doc.casing == expected)
        if let count { #expect(doc.sentences.count == count) }
        #expect(doc.sentences.first?.tokens.lowerBound == 0)
        #expect(doc.sentences.last?.tokens.upperBound == doc.tokens.count)
    }
}
