import LetopisMorphology
import LetopisNeural

/// How the OpenCorpora dictionary says a word of an all-capitals headline or of a lower-case text is written
/// in ordinary text, for the neural stage. The dictionary is loaded only when the first such sentence comes (most batches
/// have none); without it every word is taken for a name, as the models would read it.
struct DictionaryCasing: OrdinaryCasing {
    let models: ModelsDirectory

    func ordinaryCase(of word: String) -> OrdinaryCase {
        guard let analyzer = try? SharedModels.analyzer(models) else { return .title }
        return Self.of(word, analyzer)
    }

    /// An abbreviation (`МИД`, `США`, `мид`) is in capitals; a name, a place, an organisation or a word the
    /// dictionary does not know (`ТРАМПОМ`, `цзиньпином`) is capitalised; any other word is lower-case. The dictionary's
    /// likeliest reading decides (`ВЕРА` is faith before it is a woman).
    static func of(_ word: String, _ analyzer: MorphAnalyzer) -> OrdinaryCase {
        guard let best = analyzer.parse(word).first, best.isKnown else { return .title }
        if best.tag.contains(.Abbr) { return .upper }
        if best.isProperName { return .title }
        return .lower
    }
}
