import Foundation
import Testing
import LetopisCore
import LetopisText
@testable import LetopisTime

/// One line of `Fixtures/timex.txt`: text | published | span | value | mod | type.
struct TimexFixture: CustomTestStringConvertible, Sendable {
    var line: Int
    var text: String
    var published: CalendarDate?
    var span: String?
    var value: String
    var mod: String?
    var type: String
    var testDescription: String { "line \(line): \(text)" }

    static let all: [TimexFixture] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/timex.txt")
        guard let content = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var out: [TimexFixture] = []
        for (n, raw) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let p = line.components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }
            guard p.count >= 5 else { continue }
            out.append(TimexFixture(line: n + 1, text: p[0], published: CalendarDate(iso: p[1]),
                                    span: p[2] == "-" ? nil : p[2], value: p[3], mod: p[4] == "-" ? nil : p[4],
                                    type: p.count > 5 ? p[5] : "DATE"))
        }
        return out
    }()
}

func tagged(_ text: String, published: String? = nil) -> (doc: Document, timexes: [Timex], warnings: [String]) {
    let doc = Document(id: "t", text: text)
    let tokens = Tokenizer().tokenize(doc.utf8)
    let (timexes, warnings) = TimeExpressionTagger().tag(doc.utf8, tokens: tokens, anchor: published.flatMap { CalendarDate(iso: $0) })
    return (doc, timexes, warnings)
}

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

@Suite("A time stage")
struct TimexStageTests {
    @Test("requires tokens, produces timexes, and anchors on the publication date")
    func stage() throws {
        var doc = Document(id: "s", text: "Аш-Шибани посещал Россию в конце июля.",
                           published: PublicationDate(CalendarDate(iso: "2025-12-23")!, source: .option))
        try SegmentationStage().process(&doc)
        let stage = TimexStage()
        #expect(stage.requires == [.tokens])
        #expect(stage.produces == [.timexes])
        try stage.process(&doc)
        #expect(doc.layers.contains(.timexes))
        #expect(doc.timexes.map(\.value) == ["2025-07"])
        #expect(doc.timexes.first?.mod == .end)
    }
}

@Suite("Dating an event")
struct DatingTests {
    @Test("picks the nearest date or time in the trigger's sentence, never a duration")
    func nearest() throws {
        var doc = Document(id: "e", text: "Делегация прибыла в Пекин в начале ноября, а 12 ноября состоялись переговоры. Учения длились три недели.",
                           published: PublicationDate(CalendarDate(iso: "2025-11-14")!, source: .option))
        try SegmentationStage().process(&doc)
        try TimexStage().process(&doc)
        func range(_ word: String) -> TextRange {
            let r = doc.text.range(of: word)!
            let start = doc.text.utf8.distance(from: doc.text.startIndex, to: r.lowerBound)
            return TextRange(start, start + word.utf8.count)
        }
        #expect(doc.timexIndex(dating: range("прибыла")).map { doc.timexes[$0].value } == "2025-11")
        #expect(doc.timexIndex(dating: range("состоялись")).map { doc.timexes[$0].value } == "2025-11-12")
        #expect(doc.timexIndex(dating: range("длились")) == nil)
    }
}

@Suite("The time lexicon")
struct TimeLexiconTests {
    @Test("knows every case form of every month")
    func months() {
        let lex = TimeLexicon.shared
        for (m, stem) in ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"].enumerated() {
            let soft = !["март", "август", "ма"].contains(stem)
            let forms = stem == "ма" ? ["май", "мая", "мае", "маю", "маем"]
                : soft ? ["ь", "я", "е", "ю", "ем"].map { stem + $0 } : ["", "а", "е", "у", "ом"].map { stem + $0 }
            for f in forms { #expect(lex.months[f] == m + 1, "\(f)") }
        }
    }

    @Test("lets every rule's first word through the start-word filter")
    func startWords() {
        let start = TimeLexicon.shared.startWords
        var firsts: [String] = TimeGrammar.vaguePhrases.map { $0.0[0] } + TimeExpressionTagger.prefixes.map { $0.0[0] }
        firsts += TimeGrammar.deicticDays.keys + TimeGrammar.partWords.keys + TimeGrammar.dayParts.keys
        firsts += TimeGrammar.setAdverbs.keys + TimeGrammar.halfUnits.keys + TimeGrammar.relativeForms.keys
        for w in firsts { #expect(start.contains(w), "\(w)") }
    }

    @Test("reads ordinals and cardinals in oblique cases")
    func numerals() {
        let lex = TimeLexicon.shared
        #expect(lex.ordinals["первого"] == 1)
        #expect(lex.ordinals["третьем"] == 3)
        #expect(lex.ordinals["двадцатого"] == 20)
        #expect(lex.cardinals["двумя"] == 2)
        #expect(lex.cardinals["пятидесяти"] == 50)
        #expect(lex.fractions["полутора"] == 1.5)
        #expect(lex.units["суток"] == .day)
        #expect(lex.units["лет"] == .year)
    }
}

@Suite("The tense detector")
struct TenseDetectorTests {
    func atom(_ w: String) -> TimeAtom {
        TimeAtom(range: TextRange(0, 1), kind: .word, text: w, capitalized: false, allUpper: false, number: nil, spaceBefore: true, lineBefore: false)
    }

    @Test("reads past forms from -л endings")
    func past() {
        for w in ["заявил", "прошла", "состоялись", "совершил", "подписали", "шли", "смогли", "было"] {
            #expect(TenseDetector.tense(ofWord: atom(w)) == .past, "\(w)")
        }
    }

    @Test("reads future from auxiliaries and present-future endings")
    func future() {
        for w in ["будет", "состоится", "планирует", "продлятся", "начнутся"] {
            #expect(TenseDetector.tense(ofWord: atom(w)) == .future, "\(w)")
        }
        for w in ["рассмотрят", "возобновятся", "сообщает", "проводится"] {
            #expect(TenseDetector.tense(ofWord: atom(w)) == .presentFuture, "\(w)")
        }
    }

    @Test("ignores nouns that look like verbs")
    func nouns() {
        for w in ["визит", "саммит", "комитет", "дела", "цели", "около", "министр", "переговоры"] {
            #expect(TenseDetector.tense(ofWord: atom(w)) == nil, "\(w)")
        }
    }
}

@Suite("The time resolver")
struct TimeResolverTests {
    @Test("numbers ISO weeks across the turn of the year")
    func weeks() {
        #expect(isoWeek(CalendarDate(iso: "2025-12-30")!) == (2026, 1))
        #expect(isoWeek(CalendarDate(iso: "2021-01-03")!) == (2020, 53))
        #expect(isoWeek(CalendarDate(iso: "2025-04-02")!) == (2025, 14))
    }

    @Test("labels a winter by the year of its December")
    func winter() {
        let r = TimeResolver(anchor: CalendarDate(iso: "2025-01-15"))
        #expect(r.resolve(.season(.winter, year: .byTense), tense: .none)?.value == "2024-WI")
        #expect(r.resolve(.season(.summer, year: .byTense), tense: .past)?.value == "2024-SU")
        #expect(r.resolve(.season(.summer, year: .byTense), tense: .future)?.value == "2025-SU")
    }

    @Test("chooses the nearest year for a bare month without a tense cue")
    func nearest() {
        let r = TimeResolver(anchor: CalendarDate(iso: "2025-12-23"))
        #expect(r.chooseYear(month: 1, day: nil, tense: .none) == 2026)
        #expect(r.chooseYear(month: 10, day: nil, tense: .none) == 2025)
        #expect(r.chooseYear(month: 12, day: 30, tense: .none) == 2025)
        #expect(r.chooseYear(month: 12, day: 30, tense: .past) == 2024)
    }
}
