import Foundation
import Testing
import LetopisCore
import LetopisText
@testable import LetopisTime

@Suite("A time expression tagger")
struct TimeExpressionTaggerTests {
    @Test("has its fixture table")
    func fixturesLoad() {
        #expect(TimexFixture.all.count >= 150)
    }

    @Test("resolves every fixture of the table", arguments: TimexFixture.all)
    func fixture(_ f: TimexFixture) {
        let doc = Document(id: "f", text: f.text)
        let tokens = Tokenizer().tokenize(doc.utf8)
        let (timexes, _) = TimeExpressionTagger().tag(doc.utf8, tokens: tokens, anchor: f.published)
        guard let span = f.span else {
            #expect(timexes.isEmpty, "expected nothing, got \(timexes.map { doc.text(of: $0.range) })")
            return
        }
        let hit = timexes.first { doc.text(of: $0.range) == span }
        #expect(hit != nil, "no expression «\(span)»; got \(timexes.map { doc.text(of: $0.range) + " " + $0.value })")
        #expect(hit?.value == f.value)
        #expect(hit?.mod?.rawValue == f.mod)
        #expect(hit?.type.rawValue == f.type)
    }

    @Test("finds the same expressions with and without the start-word filter")
    func startFilter() {
        for f in TimexFixture.all {
            let doc = Document(id: "f", text: f.text)
            let tokens = Tokenizer().tokenize(doc.utf8)
            let fast = TimeExpressionTagger().tag(doc.utf8, tokens: tokens, anchor: f.published).timexes
            let slow = TimeExpressionTagger(useFilter: false).tag(doc.utf8, tokens: tokens, anchor: f.published).timexes
            #expect(fast == slow, "\(f.text)")
        }
    }

    @Test("reads the same expressions whether the tokenizer keeps 15:30 and 1990-х whole or splits them")
    func tokenizationIndependence() {
        let text = "в 15:30 и в 1990-х"
        let utf8 = Array(text.utf8)
        // Whole: every whitespace-separated run is one token.
        var whole: [Token] = []
        var start: Int? = nil
        for (i, b) in utf8.enumerated() {
            if b == 0x20 { if let s = start { whole.append(Token(TextRange(s, i), kind: .word)); start = nil } }
            else if start == nil { start = i }
        }
        if let s = start { whole.append(Token(TextRange(s, utf8.count), kind: .word)) }
        let split = Tokenizer().tokenize(utf8)
        let anchor = CalendarDate(iso: "2025-04-02")
        let a = TimeExpressionTagger().tag(utf8, tokens: whole, anchor: anchor).timexes
        let b = TimeExpressionTagger().tag(utf8, tokens: split, anchor: anchor).timexes
        #expect(a.map(\.value) == ["2025-04-02T15:30", "199"])
        #expect(a == b)
    }

    @Test("never reads the clock when the publication date is unknown")
    func noAnchor() {
        let r = tagged("Вчера, в конце июля и 7 декабря, а также в следующем году.")
        #expect(r.timexes.map(\.value) == ["XXXX-XX-XX", "XXXX-07", "XXXX-12-07", "XXXX"])
    }

    @Test("reports an impossible date as a warning and tags nothing for it")
    func impossibleDate() {
        let r = tagged("Встреча назначена на 31 февраля 2025 года.", published: "2025-12-23")
        #expect(r.timexes.isEmpty)
        #expect(r.warnings.count == 1)
        #expect(r.warnings.first?.contains("31 февраля") == true)
    }

    @Test("keeps a leap day only in a leap year")
    func leapDay() {
        #expect(tagged("Закон принят 29 февраля 2024 года.", published: "2025-12-23").timexes.map(\.value) == ["2024-02-29"])
        #expect(tagged("Закон принят 29 февраля 2023 года.", published: "2025-12-23").timexes.isEmpty)
    }

    @Test("handles a sentence of a thousand tokens without stopping or slowing")
    func longSentence() {
        var parts: [String] = []
        for i in 0..<250 { parts.append(i % 10 == 0 ? "в конце июля" : "слово, 12") }
        let text = parts.joined(separator: " ")
        let clock = ContinuousClock()
        var count = 0
        let elapsed = clock.measure { count = tagged(text, published: "2025-12-23").timexes.count }
        #expect(count >= 25)
        #expect(elapsed < .seconds(5))
    }

    @Test("survives garbage: marks, digits, emoji and lone prepositions")
    func garbage() {
        let inputs = ["", " ", "в", "в в в в", "::::", "12:", ":30", "1990-", "-х", "99999999999999999999 года",
                      "🙂 в 🙂 конце 🙂", "31.02.2025", "00/00/0000", "в 25:99", "XXXXXXXXXXXX век", "в начале", "через"]
        for s in inputs { _ = tagged(s, published: "2025-12-23") }
        #expect(tagged("31.02.2025", published: "2025-12-23").timexes.isEmpty)
    }

    @Test("survives random sequences of time words around extreme anchors")
    func fuzz() {
        let words = ["в", "на", "с", "до", "конце", "начале", "2019", "года", "1990", "-", "х", "XXI", "век", "12", ":", "30", ".",
                     "/", "05", "31", "февраля", "декабря", "через", "назад", "неделю", "две", "сегодня", "утром", "ночь", "по",
                     "понедельникам", "каждые", "около", "часов", "\n", ",", "(", ")", "ЧМ", "COVID", "19", "первой", "половине",
                     "дня", "квартале", "весной", "прошлого", "полтора", "лет", "45", "9999999999999", "00", "ё", "—", "«"]
        let anchors = ["2025-12-23", "2024-02-29", "0001-01-01", "9999-12-31"].compactMap { CalendarDate(iso: $0) } + [nil]
        var state: UInt64 = 42
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var total = 0
        for _ in 0..<80 {
            var text = ""
            for _ in 0..<(1 + next(120)) { text += (next(5) == 0 ? "" : " ") + words[next(words.count)] }
            let doc = Document(id: "z", text: text)
            let (timexes, _) = TimeExpressionTagger().tag(doc.utf8, tokens: Tokenizer().tokenize(doc.utf8), anchor: anchors[next(anchors.count)])
            for t in timexes { #expect(t.range.start >= 0 && t.range.end <= doc.utf8.count && !t.value.isEmpty) }
            total += timexes.count
        }
        #expect(total > 0)
    }

    @Test("names the rule that found each expression")
    func ruleNames() {
        let r = tagged("в конце июля", published: "2025-12-23")
        #expect(r.timexes.first?.rule == "prep+date.part")
        let names = TimeGrammar.rules.map(\.name)
        #expect(Set(names).count == names.count)
    }

    @Test("dates anaphoric expressions from the last date the text gave")
    func anaphora() {
        let r = tagged("Договор подписан 5 августа 2008 года, на следующий день его ратифицировали.", published: "2025-12-23")
        #expect(r.timexes.map(\.value) == ["2008-08-05", "2008-08-06"])
    }
}
