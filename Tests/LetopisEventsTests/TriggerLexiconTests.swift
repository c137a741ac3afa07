import Testing
@testable import LetopisEvents

@Suite("The trigger lexicon")
struct TriggerLexiconTests {
    let lexicon = TriggerLexicon.standard

    @Test("parses every line of its data")
    func parsesAll() {
        let lines = TriggerLexicon.data.split(separator: "\n").count
        #expect(lexicon.entries.count == lines)
    }

    @Test("offers the longest entry first")
    func longestFirst() {
        let c = lexicon.candidates("провести")
        #expect(c.allSatisfy { $0.lemmas.count >= 2 })
        #expect(lexicon.candidates("выделить").first?.lemmas == ["выделить", "помощь"])
    }

    @Test("uses only PLOVER types and modes, plus STATEMENT")
    func ontology() {
        for e in lexicon.entries {
            #expect(PloverOntology.types.contains(e.type) || e.type == PloverOntology.statement, "\(e.lemmas)")
            if let mode = e.mode { #expect(PloverOntology.modes[e.type.rawValue]?.contains(mode) == true, "\(e.lemmas) \(mode)") }
        }
    }

    @Test("maps types and modes to CAMEO codes")
    func cameo() {
        #expect(PloverOntology.cameo(type: "CONSULT", mode: "visit") == "042")
        #expect(PloverOntology.cameo(type: "ASSAULT", mode: nil) == "190")
        #expect(PloverOntology.cameo(type: "CONSULT", mode: "phone") == "041")
        #expect(PloverOntology.cameo(type: PloverOntology.statement, mode: nil) == "010")
    }
}
