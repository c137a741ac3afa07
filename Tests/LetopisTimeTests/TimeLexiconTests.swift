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
        let lex = TimeLexicon.shared
        var firsts: [String] = lex.vaguePhrases.keys + lex.prefixes.keys
        firsts += lex.deicticDays.keys + lex.partWords.keys + lex.dayParts.keys
        firsts += lex.setAdverbs.keys + lex.halfUnits.keys + lex.relativeForms.keys
        #expect(firsts.count > 100)
        for w in firsts { #expect(lex.canStart(w), "\(w)") }
    }

    @Test("loads every table of Lexicons/ without an error")
    func tablesLoad() throws {
        let lex = try TimeLexicon.shipped.get()
        #expect(TimeLexicon.files.count == 24)
        #expect(lex.months.keys.count == 60)
        #expect(lex.weekdays["среду"] == 3)
        #expect(lex.seasons["зимой"] == .winter)
        #expect(lex.units["полугодии"] == .halfYear)
        #expect(lex.tenseWords["состоится"] == .future)
        #expect(lex.tenseWords["шли"] == .past)
        #expect(lex.partWords["исходе"] == .end)
        #expect(lex.halfUnits["полвека"]?.1 == .decade)
        #expect(lex.prefixes["не"]?.count == 4)
        #expect(lex.vaguePhrases["на"]?.first?.value == .nearDays)
        #expect(lex.durationAdjectives["трехдневного"]?.0 == 3)
        #expect(lex.durationAdjectives["годичный"]?.0 == 1)
        #expect(lex.deicticAdjectives["прошлогоднем"]?.1 == -1)
        #expect(lex.relativeForms["этих"] == 0 && lex.relativeForms["позапрошлой"] == -2)
    }

    @Test("has a row for every word class the grammar names, and bits for all of them")
    func wordClasses() throws {
        let lex = try TimeLexicon.shipped.get()
        #expect(TimeWordClass.allCases.count <= 128)
        for c in TimeWordClass.allCases { #expect(!lex.words(c).isEmpty, "\(c.name)") }
        #expect(lex.classes(of: "около").contains(.approximator))
        #expect(lex.classes(of: "около").contains(.durationPreposition))
        #expect(!lex.classes(of: "около").contains(.ago))
        #expect(lex.classes(of: "ёжик") == .none)
    }

    @Test("folds ё in the tables as atoms are folded: a form written with ё matches")
    func folding() throws {
        let atoms = TimeAtom.atoms(of: Array("трёхдневный".utf8), tokens: Tokenizer().tokenize(Array("трёхдневный".utf8)))
        let lex = try TimeLexicon.shipped.get()
        #expect(atoms.count == 1)
        #expect(lex.durationAdjectives[atoms[0].text]?.0 == 3)
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
