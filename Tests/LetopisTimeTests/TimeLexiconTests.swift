import Foundation
import Testing
import LetopisCore
import LetopisText
@testable import LetopisTime

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
