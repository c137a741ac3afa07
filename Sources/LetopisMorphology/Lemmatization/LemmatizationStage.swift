import Foundation
import LetopisCore

/// Pipeline stage `lemmas.opencorpora.v1`: the dictionary form of every token.
///
/// Uses the tagger's part of speech and case, when the `morph` layer is present,
/// to choose among the dictionary's readings («стали» the noun or the verb).
/// Punctuation and numbers keep their text, lower-cased.
public struct LemmatizationStage: Stage {
    public let analyzer: MorphAnalyzer
    public var name: String { "lemmas.opencorpora.v1" }
    public var requires: Set<Layer> { [.tokens] }
    public var produces: Set<Layer> { [.lemmas] }

    public init(analyzer: MorphAnalyzer) { self.analyzer = analyzer }

    public init(modelsDirectory: URL) throws {
        analyzer = MorphAnalyzer(dictionary: try MorphDictionary(directory: modelsDirectory.appendingPathComponent("opencorpora")))
    }

    public func process(_ document: inout Document) throws {
        var lemmas: [String] = []
        lemmas.reserveCapacity(document.tokens.count)
        let tagged = document.morphTags.count == document.tokens.count
        for (i, token) in document.tokens.enumerated() {
            let text = document.text(of: token.range)
            guard token.kind == .word, text.utf8.count <= 200 else { lemmas.append(text.lowercased()); continue }
            // `Cолист` with a Latin C is the word `Солист`.
            let parses = analyzer.parse(MixedScript.cyrillicSpelling(text) ?? text)
            let parse = UDAgreement.best(parses, for: tagged ? document.morphTags[i] : nil)
            lemmas.append(parse?.normalForm ?? text.lowercased())
        }
        document.lemmas = lemmas
        document.layers.formUnion(produces)
    }
}
