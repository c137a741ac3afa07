import Testing
import LetopisCore
@testable import LetopisEvents

@Suite("The trigger lexicon")
struct TriggerLexiconTests {
    let lexicon = TriggerLexicon.standard

    @Test("loads every row of Lexicons/triggers.tsv")
    func parsesAll() throws {
        let loaded = try TriggerLexicon.loaded.get()
        let text = String(decoding: PackageResources.triggers_tsv, as: UTF8.self)
        let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.count - 1  // minus the header
        #expect(loaded.entries.count == rows)
        #expect(lexicon.entries.count == rows)
    }

    @Test("matches a later word written with ё in the table against a lemma written with е")
    func foldsLaterWords() {
        let c = lexicon.candidates("достигнуть")
        #expect(c.contains { $0.lemmas == ["достигнуть", "договоренность"] })
    }

    @Test("refuses a row with an unknown frame, naming the file and line")
    func refusesUnknownFrame() {
        let tsv = "lemmas\ttype\tmode\tframe\tpart\nвстретиться\tCONSULT\t\tmeeting\tv\n"
        #expect(throws: LetopisError.self) { try TriggerLexicon(tsv: tsv, file: "bad.tsv") }
        do { _ = try TriggerLexicon(tsv: tsv, file: "bad.tsv"); Issue.record("accepted a bad frame") } catch {
            #expect("\(error)".contains("bad.tsv:2"))
        }
    }

    @Test("refuses two rows for one trigger (after folding ё)")
    func refusesDuplicates() {
        let tsv = "lemmas\ttype\tmode\tframe\tpart\nдостичь договорённость\tAGREE\t\tmeet\tv\nдостичь договоренность\tAGREE\t\tmeet\tv\n"
        #expect(throws: LetopisError.self) { try TriggerLexicon(tsv: tsv) }
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
