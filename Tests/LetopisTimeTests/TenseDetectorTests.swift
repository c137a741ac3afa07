import Foundation
import Testing
import LetopisCore
import LetopisText
@testable import LetopisTime

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
