/// What a ``TokenView`` knows of each token that does not depend on mentions or time expressions:
/// folded lemma, part of speech, typed features, sentence and dependency arcs.
///
/// Building these is most of a view's cost (every lemma folded, every feature string parsed), and
/// the entity and event stages each need a view several times per document while changing only
/// mentions, actors, facts and events. So the tables are kept with the document
/// (``Document/tokenView()``) and used again only while they are built from the very arrays the
/// document holds.
final class TokenTables: Sendable {
    /// The layers the tables were built from. Holding them makes the check exact: while these copies
    /// live, any write to the document's arrays copies them first (copy on write), so an unchanged
    /// storage address means unchanged contents, and a freed buffer cannot be reused at that address.
    private let tokens: [Token]
    private let sentences: [Sentence]
    private let lemmas: [String]
    private let morphTags: [MorphTag]
    private let syntax: [DependencyArc]

    let foldedLemmas: [String]
    let parts: [UPOS?]
    let typedFeatures: [UDFeatures]
    let sentenceOfToken: [Int32]
    let heads: [Int32]
    let labels: [DependencyLabel?]
    let childLists: [[TokenIndex]]

    /// One pass over each token layer: O(tokens).
    init(_ document: Document) {
        tokens = document.tokens
        sentences = document.sentences
        lemmas = document.lemmas
        morphTags = document.morphTags
        syntax = document.syntax
        let n = document.tokens.count
        foldedLemmas = (0..<n).map { t in
            let lemma = t < document.lemmas.count ? document.lemmas[t] : ""
            return TextFolding.fold(lemma.isEmpty ? document.text(of: document.tokens[t].range) : lemma)
        }
        let tagged = document.morphTags.count == n
        parts = tagged ? document.morphTags.map { UPOS(rawValue: $0.pos) } : Array(repeating: nil, count: n)
        typedFeatures = tagged ? document.morphTags.map { UDFeatures($0.features) } : Array(repeating: .none, count: n)

        var sentenceOfToken = [Int32](repeating: -1, count: n)
        for (s, sentence) in document.sentences.enumerated() {
            for t in sentence.tokens.clamped(to: 0..<n) { sentenceOfToken[t] = Int32(s) }
        }
        self.sentenceOfToken = sentenceOfToken

        let parsed = document.syntax.count == n && n > 0
        var heads = [Int32](repeating: -1, count: n)
        var children = [[TokenIndex]](repeating: [], count: n)
        if parsed {
            for (t, arc) in document.syntax.enumerated() {
                guard let h = arc.head, h >= 0, h < n, h != t else { continue }
                heads[t] = Int32(h)
                children[h].append(TokenIndex(t))
            }
        }
        self.heads = heads
        childLists = children
        labels = parsed ? document.syntax.map { DependencyLabel($0.relation) } : Array(repeating: nil, count: n)
    }

    /// Whether the document still holds the very layers these tables were built from.
    func isBuilt(from document: Document) -> Bool {
        Self.same(tokens, document.tokens) && Self.same(sentences, document.sentences)
            && Self.same(lemmas, document.lemmas) && Self.same(morphTags, document.morphTags)
            && Self.same(syntax, document.syntax)
    }

    private static func same<Element>(_ a: [Element], _ b: [Element]) -> Bool {
        guard a.count == b.count else { return false }
        guard !a.isEmpty else { return true }
        return a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
    }
}
