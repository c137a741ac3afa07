import Testing
import LetopisCore
@testable import LetopisEvents

@Suite("The event layer's tables")
struct EventLexiconTests {
    @Test("every table of Lexicons/ loads and every veto names patterns that exist")
    func loads() throws {
        let tables = try EventLexicons.loaded.get()
        #expect(!tables.contexts.isEmpty)
        #expect(!tables.roles.isEmpty)
        #expect(!tables.vetoes.isEmpty)
        #expect(!tables.patterns.patterns.isEmpty)
        #expect(tables.newsAgencies.contains("ТАСС"))
        for veto in tables.vetoes {
            #expect(tables.patterns.patterns.contains { $0.name.hasPrefix(veto.pattern) }, "\(veto.name)")
        }
    }

    @Test("every word class has words, folded by the one rule")
    func wordClasses() throws {
        let words = try EventLexicons.wordClasses()
        for c in WordClass.allCases { #expect(!(words.words[c] ?? []).isEmpty, "\(c.rawValue) is empty") }
        // Written `учёба` and `репортёр` in the table; token lemmas are folded the same way.
        #expect(words.contains(.privatePurpose, "учеба"))
        #expect(words.contains(.press, "репортер"))
        #expect(words.words.values.allSatisfy { $0.allSatisfy { !$0.contains("ё") } })
    }

    @Test("the preposition table decides by order, with a none row before the catch-all place row")
    func roleOrder() throws {
        let roles = try EventLexicons.argumentRoles()
        let names = roles.map(\.name)
        let none = try #require(names.firstIndex(of: "none.onto-thing"))
        let place = try #require(names.firstIndex(of: "place.in"))
        #expect(none < place)
        #expect(roles.first { $0.name == "object.direct" }?.markers.isEmpty == true)
        #expect(roles.first { $0.name == "target.against" }?.frames == [.act, .target])
    }

    @Test("a pattern naming an unknown word class is refused with its line")
    func unknownClass() throws {
        let words = try EventLexicons.wordClasses()
        #expect(throws: LetopisError.self) {
            try EventLexicons.expandReferences("p\tn\t\t\tlemma=@no-such-class", words, [], "event-patterns.tsv", 7)
        }
        let expanded = try EventLexicons.expandReferences("p\tn\t\t\tlemma=@kin|гость", words, [], "x.tsv", 1)
        #expect(expanded.contains("|мать|") && expanded.hasSuffix("|гость"))
    }

    @Test("the trigger rule names its lexicon row")
    func ruleNames() {
        let entry = TriggerLexicon.standard.candidates("провести").first
        #expect(entry?.rule == "trigger.провести_переговоры" || entry?.rule == "trigger.провести_встречу")
    }
}
