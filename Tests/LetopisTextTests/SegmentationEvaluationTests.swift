import Foundation
import Testing
import LetopisCore
@testable import LetopisText

@Suite("A segmentation evaluation")
struct SegmentationEvaluationTests {
    // "Он пришёл. Всё." — code points: Он 0..<2, пришёл 3..<9, . 9..<10, Всё 11..<14, . 14..<15
    static let gold = """
        1 0 2 Он
        2 3 6 пришёл
        3 9 1 .

        4 11 3 Всё
        5 14 1 .

        """

    @Test("parses FactRuEval .tokens files")
    func parses() throws {
        let g = try GoldSegmentation(factRuEvalTokens: Self.gold)
        #expect(g.tokens.count == 5)
        #expect(g.sentences == [0..<3, 3..<5])
        #expect(g.tokens[1] == 3..<9)
    }

    @Test("rejects a malformed line, naming it")
    func malformed() {
        #expect(throws: LetopisError.self) { try GoldSegmentation(factRuEvalTokens: "1 x 2 Он\n") }
    }

    @Test("counts code points, not bytes, and scores a perfect match as 1")
    func perfect() throws {
        var evaluation = SegmentationEvaluation()
        evaluation.add(id: "a", text: "Он пришёл. Всё.", gold: try GoldSegmentation(factRuEvalTokens: Self.gold))
        #expect(evaluation.tokens.f1 == 1)
        #expect(evaluation.sentenceBoundaries == PRF(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        #expect(evaluation.disagreements.isEmpty)
    }

    @Test("reports missed and extra tokens and boundaries")
    func errors() throws {
        // Gold joins "пришёл." into one token and has no sentence boundary.
        let gold = "1 0 2 Он\n2 3 7 пришёл.\n3 11 3 Всё\n4 14 1 .\n"
        var evaluation = SegmentationEvaluation()
        evaluation.add(id: "a", text: "Он пришёл. Всё.", gold: try GoldSegmentation(factRuEvalTokens: gold))
        #expect(evaluation.tokens == PRF(truePositives: 3, falsePositives: 2, falseNegatives: 1))
        #expect(evaluation.sentenceBoundaries.falsePositives == 1)
        #expect(evaluation.disagreements.contains { $0.kind == .extraBoundary && $0.rule == "terminal-mark" })
    }
}
