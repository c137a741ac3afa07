import Foundation
import Testing
import LetopisCore
import LetopisText
@testable import LetopisTime

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
