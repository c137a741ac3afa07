import Foundation
import LetopisCore

/// The three slovnet news models loaded together, sharing one navec table and
/// one word vocabulary (their packs carry identical copies).
///
/// Immutable and `Sendable`: one instance serves every task of a batch. Load
/// time is dominated by indexing the word vocabulary; the arrays are mapped.
public struct NeuralModels: Sendable {
    public enum Task: String, Sendable, CaseIterable { case morph, syntax, ner }

    public let morph: MorphModel?
    public let syntax: SyntaxModel?
    public let ner: NERModel?

    /// Loads the models of `tasks` from `<modelsDirectory>/slovnet/*_news_v1` and `navec/`.
    public init(modelsDirectory: URL, tasks: Set<Task> = Set(Task.allCases), syntaxDecoding: SyntaxModel.Decoding = .argmax) throws {
        var navec: NavecPack? = nil
        var words: WordVocabulary? = nil
        func remember(_ base: SlovnetBase) {
            navec = base.encoder.navec
            words = base.tokens.words
        }
        if tasks.contains(.ner) {
            let m = try NERModel(modelsDirectory: modelsDirectory, navec: navec, words: words)
            remember(m.base)
            ner = m
        } else { ner = nil }
        if tasks.contains(.morph) {
            let m = try MorphModel(modelsDirectory: modelsDirectory, navec: navec, words: words)
            remember(m.base)
            morph = m
        } else { morph = nil }
        if tasks.contains(.syntax) {
            let m = try SyntaxModel(modelsDirectory: modelsDirectory, navec: navec, words: words, decoding: syntaxDecoding)
            remember(m.base)
            syntax = m
        } else { syntax = nil }
    }
}
