import LetopisCore

/// The questions the entity rules ask of ``TokenView`` beyond Core's: the mention of a type at a
/// token, the case of a phrase's head, and the lemma as written for output. Every one is total.
extension TokenView {
    /// The mention covering `t` when it is of `type`.
    func mention(at t: TokenIndex, ofType type: EntityType) -> MentionIndex? {
        guard let m = mention(at: t), mention(m)?.type == type else { return nil }
        return m
    }

    /// The person mention covering `t`.
    func person(at t: TokenIndex) -> MentionIndex? { mention(at: t, ofType: .person) }

    /// The mention covering `t` when it is not a person's.
    func nonPerson(at t: TokenIndex) -> MentionIndex? {
        guard let m = mention(at: t), mention(m)?.type != .person else { return nil }
        return m
    }

    /// The person mention that starts exactly at `t`.
    func personStarting(at t: TokenIndex) -> MentionIndex? {
        guard let m = person(at: t), tokens(of: m).lowerBound == t else { return nil }
        return m
    }

    /// Whether a person mention covers `t`.
    func isPerson(_ t: TokenIndex) -> Bool { person(at: t) != nil }

    /// The type of a mention (nil for an unknown index).
    func type(of m: MentionIndex) -> EntityType? { mention(m)?.type }

    /// Case of a phrase's first noun (its head in a title: `генерального секретаря` → genitive).
    func headCase(of phrase: Range<TokenIndex>) -> UDCase? {
        guard let first = phrase.first else { return nil }
        let head = phrase.first { pos($0)?.isNominal ?? false } ?? first
        return features(head).case
    }

    /// Case of a name's last word that has one (`Билла Клинтона`: `Билла` may be read otherwise).
    func lastCase(of phrase: Range<TokenIndex>) -> UDCase? {
        phrase.reversed().lazy.compactMap { self.features($0).case }.first
    }

    /// The tokens of the mention covering `t`, else `t` alone.
    func mentionOrToken(_ t: TokenIndex) -> Range<TokenIndex> {
        mention(at: t).map { tokens(of: $0) } ?? t..<(t + 1)
    }

    /// The dictionary form as the lemma layer writes it (`режиссёр`), for output; the folded surface
    /// without a lemma layer. Rules compare ``lemma(_:)``, which is folded.
    func writtenLemma(_ t: TokenIndex) -> String {
        guard contains(t) else { return "" }
        let i = t.rawValue
        if i < document.lemmas.count, !document.lemmas[i].isEmpty { return document.lemmas[i] }
        return TextFolding.fold(text(t))
    }

    /// Whether `t` is a finite (not participle) appointment verb: `назначил`, not `назначенный`.
    func isActiveVerb(_ t: TokenIndex) -> Bool { features(t).verbForm != .participle }

    /// Sentences of the document, as token ranges.
    var sentenceRanges: [Range<TokenIndex>] {
        (0..<document.sentences.count).map { tokens(of: SentenceIndex($0)) }
    }

    /// Text range of a run of tokens; an empty range at the document's end when nothing is left.
    func span(of phrase: Range<TokenIndex>) -> TextRange {
        if let r = range(of: phrase) { return r }
        let end = document.tokens.last?.range.end ?? 0
        return TextRange(end, end)
    }
}

/// Title lookups of one document's tokens, made when first asked: the occupation rules ask
/// it of every token several times, and a lexicon lookup hashes a Cyrillic string.
final class TitleLookups {
    private enum Entry { case unknown, none, some([EntityLexicons.Title]) }
    private var entries: [Entry]

    init(tokenCount: Int) { entries = Array(repeating: .unknown, count: tokenCount) }

    /// The lexicon's titles that may start at `t` (by its folded lemma), longest first.
    func candidates(_ t: TokenIndex, _ view: TokenView) -> [EntityLexicons.Title]? {
        let i = t.rawValue
        guard i >= 0, i < entries.count else { return nil }
        switch entries[i] {
        case .none: return nil
        case .some(let c): return c
        case .unknown:
            let c = JobLexicon.candidates(view.lemma(t))
            entries[i] = c.map { .some($0) } ?? .none
            return c
        }
    }

    /// Whether a title of the lexicon may start at `t`.
    func startsTitle(_ t: TokenIndex, _ view: TokenView) -> Bool { candidates(t, view) != nil }
}

/// Text helpers shared by the entity stages.
enum EntityText {
    /// Capitals of the words of a name: `Министерство иностранных дел` → `МИД`.
    static func acronym(_ words: [String]) -> String {
        let skip = EntityLexicons.shared.acronymSkips
        return String(words.filter { !skip.contains(TextFolding.fold($0)) }.compactMap { $0.first }).uppercased()
    }
}
