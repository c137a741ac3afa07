import Foundation
import Testing
import LetopisTestSupport
import LetopisCore
import LetopisEvents
import LetopisMorphology
@testable import LetopisPipeline

/// Trigger rows match token lemmas, so a word written in another form (`ввести санкции`, `вывести войска`)
/// is a row that can never fire. Until session 10 fourteen multi-word rows were such dead rows.
@Suite("Trigger rows are written in lemmas")
struct TriggerLemmaTests {
    @Test("every word of every trigger row is a lemma the dictionary gives one of its forms", .requiresModels(.dictionary))
    func everyWordIsALemma() throws {
        let models = ModelsDirectory.resolve()
        let analyzer = MorphAnalyzer(dictionary: try MorphDictionary(directory: models.url.appendingPathComponent("opencorpora")))
        let lexicon = try TriggerLexicon.loaded.get()
        var notLemmas: [String] = []
        for entry in lexicon.entries {
            for word in entry.lemmas {
                let lemmas = Set(analyzer.parse(word).map { TextFolding.fold($0.normalForm) })
                if !lemmas.contains(TextFolding.fold(word)) { notLemmas.append("\(entry.lemmas.joined(separator: " ")): \(word)") }
            }
        }
        #expect(lexicon.entries.count > 100)
        #expect(notLemmas.isEmpty, "words that are no lemma of themselves: \(notLemmas)")
    }
}
