import Foundation
import Testing
import LetopisCore
import LetopisText
@testable import LetopisTime

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
