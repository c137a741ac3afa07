import Testing
import LetopisCore
@testable import LetopisText

@Suite("The segmentation word lists")
struct SegmentationLexiconTests {
    @Test("load from Lexicons/ without an error")
    func tablesLoad() throws {
        let lex = try SegmentationLexicon.shipped.get()
        #expect(lex.abbreviationHashes.count == 98)
        #expect(lex.abbreviationHashes.contains(Abbreviations.hash("проф")))
        #expect(lex.abbreviationHashes.contains(Abbreviations.hash("Б-Р")))
        #expect(!lex.abbreviationHashes.contains(Abbreviations.hash("путин")))
        #expect(lex.pairHashes.contains(Abbreviations.hash("т") &* 31 &+ Abbreviations.hash("е")))
        #expect(lex.listCloserHashes == [Abbreviations.hash("и")])
        #expect(lex.domainZoneHashes.contains(Abbreviations.hash("РФ")))
        #expect(lex.monthStems.count == 11)
    }

    @Test("read month names as datelines write them")
    func months() {
        #expect(RussianMonths.month("апреля") == 4)
        #expect(RussianMonths.month("Сент") == 9)
        #expect(RussianMonths.month("мая") == 5)
        #expect(RussianMonths.month("маем") == 5)
        #expect(RussianMonths.month("машина") == nil)
        #expect(RussianMonths.month("январскому") == nil)
    }

    @Test("keep an abbreviation's stop inside the sentence and a list closer's at its end")
    func abbreviationsInSentences() {
        let text = Array("Он живёт на ул. Тверской. Там магазины и пр. Дальше парк.".utf8)
        let sentences = SentenceSplitter().split(text, tokens: Tokenizer().tokenize(text))
        #expect(sentences.count == 3)
    }
}
