/// The token-level questions every rule layer asks of a ``Document`` — text, folded lemma, part
/// of speech, typed features, dependency arcs, and which sentence, mention and time expression
/// hold a token — built once per document and answered totally.
///
/// Every accessor is total: past either end of the document (or of a layer that is absent) it
/// returns nil, an empty string or an empty range, never traps. Walks away from a token go
/// through ``peek(_:)``, ``peek(_:within:)``, ``tokens(before:)`` and ``tokens(after:)``, which
/// stop at the edges of the token's sentence; this is the pattern of swift-syntax's lexer cursor
/// (`peek` returns nothing past the end) rather than raw `[t - 1]` subscripts.
///
/// The view is a snapshot: a stage that changes the document's layers builds a new one.
public struct TokenView: Sendable {
    public let document: Document
    /// The token-level tables: shared by every view of the same tokens, lemmas, morphology, syntax
    /// and sentences (see ``Document/tokenView()``).
    private let tables: TokenTables
    private let mentionOfToken: [Int32]
    private let timexOfToken: [Int32]
    private let mentionSpans: [Range<TokenIndex>]
    private let timexSpans: [Range<TokenIndex>]

    private var foldedLemmas: [String] { tables.foldedLemmas }
    private var parts: [UPOS?] { tables.parts }
    private var typedFeatures: [UDFeatures] { tables.typedFeatures }
    private var sentenceOfToken: [Int32] { tables.sentenceOfToken }
    private var heads: [Int32] { tables.heads }
    private var labels: [DependencyLabel?] { tables.labels }
    private var childLists: [[TokenIndex]] { tables.childLists }

    /// Builds the view in one pass over each layer: O(tokens + mentions' tokens + timexes' tokens).
    /// A stage holding the document `inout` should call ``Document/tokenView()`` instead, which
    /// reuses the token-level tables while the layers they come from are unchanged.
    public init(_ document: Document) {
        self.init(document, tables: TokenTables(document))
    }

    init(_ document: Document, tables: TokenTables) {
        self.document = document
        self.tables = tables
        (mentionSpans, mentionOfToken) = Self.cover(document.mentions.map(\.range), tokens: document.tokens)
        (timexSpans, timexOfToken) = Self.cover(document.timexes.map(\.range), tokens: document.tokens)
    }

    /// Token span of each range, and for each token the first range (in layer order) covering it.
    private static func cover(_ ranges: [TextRange], tokens: [Token]) -> ([Range<TokenIndex>], [Int32]) {
        var owner = [Int32](repeating: -1, count: tokens.count)
        var spans: [Range<TokenIndex>] = []
        spans.reserveCapacity(ranges.count)
        for (i, range) in ranges.enumerated() {
            let span = tokens.indices(overlapping: range)
            spans.append(span.typed())
            for t in span where owner[t] < 0 { owner[t] = Int32(i) }
        }
        return (spans, owner)
    }

    // MARK: - Positions

    public var tokenCount: Int { document.tokens.count }
    /// Every token of the document.
    public var allTokens: Range<TokenIndex> { TokenIndex(0)..<TokenIndex(tokenCount) }

    /// Whether `t` is a token of the document.
    @inlinable public func contains(_ t: TokenIndex) -> Bool { t.rawValue >= 0 && t.rawValue < tokenCount }

    /// `t` when it is a token of the document, else nil.
    @inlinable public func peek(_ t: TokenIndex) -> TokenIndex? { contains(t) ? t : nil }

    /// `t` when it is a token of the same sentence as `anchor`, else nil: a walk away from
    /// `anchor` stops at its sentence's edges and at the document's.
    public func peek(_ t: TokenIndex, within anchor: TokenIndex) -> TokenIndex? {
        guard contains(t), let s = sentence(of: anchor), sentence(of: t) == s else { return nil }
        return t
    }

    /// The tokens of `t`'s sentence before `t`, nearest first.
    public func tokens(before t: TokenIndex) -> ReversedCollection<Range<TokenIndex>> {
        let sentence = sentenceTokens(of: t)
        return (sentence.lowerBound..<max(sentence.lowerBound, min(t, sentence.upperBound))).reversed()
    }

    /// The tokens of `t`'s sentence after `t`, nearest first.
    public func tokens(after t: TokenIndex) -> Range<TokenIndex> {
        let sentence = sentenceTokens(of: t)
        return min(sentence.upperBound, max(t + 1, sentence.lowerBound))..<sentence.upperBound
    }

    // MARK: - Token questions

    /// Surface text; empty past either end.
    public func text(_ t: TokenIndex) -> String {
        contains(t) ? document.text(of: document.tokens[t.rawValue].range) : ""
    }

    /// Dictionary form folded by ``TextFolding/fold(_:)`` (the folded surface when there is no
    /// lemma layer); empty past either end.
    public func lemma(_ t: TokenIndex) -> String { contains(t) ? foldedLemmas[t.rawValue] : "" }

    public func kind(_ t: TokenIndex) -> TokenKind? { contains(t) ? document.tokens[t.rawValue].kind : nil }

    public func range(_ t: TokenIndex) -> TextRange? { contains(t) ? document.tokens[t.rawValue].range : nil }

    /// Part of speech, nil without a morphology layer or past either end.
    public func pos(_ t: TokenIndex) -> UPOS? { contains(t) ? parts[t.rawValue] : nil }

    /// Typed features, ``UDFeatures/none`` without a morphology layer or past either end.
    public func features(_ t: TokenIndex) -> UDFeatures { contains(t) ? typedFeatures[t.rawValue] : .none }

    public func isPunctuation(_ t: TokenIndex) -> Bool { kind(t) == .punctuation }

    public func isCapitalised(_ t: TokenIndex) -> Bool { text(t).first?.isUppercase ?? false }

    /// Text range of a run of tokens clamped to the document; nil when nothing is left.
    public func range(of tokens: Range<TokenIndex>) -> TextRange? {
        let clamped = tokens.clamped(to: allTokens)
        guard let first = clamped.first, let last = clamped.last else { return nil }
        return TextRange(document.tokens[first.rawValue].range.start, document.tokens[last.rawValue].range.end)
    }

    // MARK: - Sentences

    /// The sentence holding `t`; nil for a token no sentence covers or past either end.
    public func sentence(of t: TokenIndex) -> SentenceIndex? {
        guard contains(t) else { return nil }
        let s = sentenceOfToken[t.rawValue]
        return s >= 0 ? SentenceIndex(Int(s)) : nil
    }

    /// Tokens of sentence `s`, clamped to the document; empty past either end.
    public func tokens(of s: SentenceIndex) -> Range<TokenIndex> {
        guard s.rawValue >= 0, s.rawValue < document.sentences.count else { return TokenIndex(0)..<TokenIndex(0) }
        return document.sentences[s.rawValue].tokens.clamped(to: 0..<tokenCount).typed()
    }

    /// Tokens of the sentence holding `t`; empty when no sentence holds it.
    public func sentenceTokens(of t: TokenIndex) -> Range<TokenIndex> {
        sentence(of: t).map { tokens(of: $0) } ?? t..<t
    }

    // MARK: - Mentions and time expressions

    /// The first mention (in layer order) covering `t`.
    public func mention(at t: TokenIndex) -> MentionIndex? {
        guard contains(t) else { return nil }
        let m = mentionOfToken[t.rawValue]
        return m >= 0 ? MentionIndex(Int(m)) : nil
    }

    public func mention(_ m: MentionIndex) -> Mention? {
        m.rawValue >= 0 && m.rawValue < document.mentions.count ? document.mentions[m.rawValue] : nil
    }

    /// Tokens a mention overlaps; empty for an unknown mention.
    public func tokens(of m: MentionIndex) -> Range<TokenIndex> {
        m.rawValue >= 0 && m.rawValue < mentionSpans.count ? mentionSpans[m.rawValue] : TokenIndex(0)..<TokenIndex(0)
    }

    /// The first time expression covering `t`.
    public func timex(at t: TokenIndex) -> TimexIndex? {
        guard contains(t) else { return nil }
        let x = timexOfToken[t.rawValue]
        return x >= 0 ? TimexIndex(Int(x)) : nil
    }

    public func tokens(of x: TimexIndex) -> Range<TokenIndex> {
        x.rawValue >= 0 && x.rawValue < timexSpans.count ? timexSpans[x.rawValue] : TokenIndex(0)..<TokenIndex(0)
    }

    // MARK: - Syntax

    /// Whether the document has a dependency layer covering every token.
    public var hasSyntax: Bool { document.syntax.count == tokenCount && tokenCount > 0 }

    /// Syntactic head of `t`; nil for the root, without syntax, or past either end.
    public func head(_ t: TokenIndex) -> TokenIndex? {
        guard contains(t) else { return nil }
        let h = heads[t.rawValue]
        return h >= 0 ? TokenIndex(Int(h)) : nil
    }

    /// Dependency label of `t`'s arc to its head.
    public func label(_ t: TokenIndex) -> DependencyLabel? { contains(t) ? labels[t.rawValue] : nil }

    /// Universal relation of `t`'s arc (`obl:agent` → `.obliqueNominal`).
    public func relation(_ t: TokenIndex) -> UDRelation? { label(t)?.relation }

    /// Dependents of `t` in text order.
    public func children(_ t: TokenIndex) -> [TokenIndex] { contains(t) ? childLists[t.rawValue] : [] }

    /// Dependents of `t` whose universal relation is one of `relations`.
    public func children(_ t: TokenIndex, _ relations: Set<UDRelation>) -> [TokenIndex] {
        children(t).filter { relation($0).map(relations.contains) ?? false }
    }

    /// Heads from `t` up toward the root (not including `t`), at most `limit`; a malformed
    /// tree with a cycle ends the walk.
    public func ancestors(_ t: TokenIndex, limit: Int = 8) -> [TokenIndex] {
        var out: [TokenIndex] = []
        var current = t
        while out.count < limit, let h = head(current), h != t, !out.contains(h) {
            out.append(h)
            current = h
        }
        return out
    }
}
