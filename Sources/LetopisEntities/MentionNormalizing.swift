import LetopisCore

/// Puts a mention into its nominative (dictionary) form: «Сергеем Лавровым» → «Сергей Лавров».
///
/// The entity stage asks this of every mention; the dictionary-backed
/// implementation lives with the morphology, and ``SurfaceNormalizer`` is the
/// fallback that keeps the text as written.
public protocol MentionNormalizing: Sendable {
    func normalize(_ mention: Mention, tokens: Range<Int>, in document: Document) -> String
    /// What the dictionary knows a word of a person's name to be (`Владимир` a first name,
    /// `Владимирович` a patronymic, `Путин` a surname); nil when it does not know.
    func nameClass(of word: String) -> NameClass?
    /// Whether the dictionary does not know the word but guesses it the name of one person by its ending (`Шольц`,
    /// `Байден`, `Набиуллина`), and knows no other reading of it (`Сегодня`, `Мать` are known words; `Экотропа`,
    /// `Вейпы` it guesses common nouns, `Зумеры` a plural).
    func isGuessedName(_ word: String) -> Bool
}

/// The part of a person's name a word is.
public enum NameClass: Sendable { case first, patronymic, surname }

extension MentionNormalizing {
    public func nameClass(of word: String) -> NameClass? { nil }
    public func isGuessedName(_ word: String) -> Bool { false }
}

/// Keeps the mention as written, with spaces collapsed and hyphens unified.
public struct SurfaceNormalizer: MentionNormalizing {
    public init() {}

    public func normalize(_ mention: Mention, tokens: Range<Int>, in document: Document) -> String {
        let text = document.text(of: mention.range)
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            .replacingOccurrences(of: "\u{2011}", with: "-")
    }
}
