import LetopisCore

/// The syntactic questions event rules ask of a ``TokenView``.
extension TokenView {
    /// Relations that open a phrase of its own: a phrase's subtree does not descend into them.
    static let clauseRelations: Set<UDRelation> = [
        .clausalModifierOfNoun, .adverbialClause, .clausalComplement, .parataxis, .clausalSubject, .conjunct, .punctuation,
    ]

    /// The preposition marking a nominal (`с`, `в`, `по`): the folded lemma of its first `case` dependent.
    func caseMarker(_ t: TokenIndex) -> String? { children(t, [.caseMarker]).first.map(lemma) }

    /// Whether `t` is a passive subject (`nsubj:pass`).
    func isPassiveSubject(_ t: TokenIndex) -> Bool { label(t)?.label == "nsubj:pass" }

    /// Whether `t` is a passive's agent (`obl:agent`).
    func isAgent(_ t: TokenIndex) -> Bool { label(t)?.label == "obl:agent" }

    /// Tokens of the phrase under `t` in text order, not descending through `stopAt` relations.
    /// - Complexity: O(size of the subtree); each token is visited once, so a malformed tree with a
    ///   cycle neither loops nor repeats a token (a repeated token once made a participant's name of
    ///   one word written hundreds of times).
    func subtree(_ t: TokenIndex, stopAt: Set<UDRelation> = clauseRelations) -> [TokenIndex] {
        guard contains(t) else { return [] }
        var out = [t]
        var seen: Set<TokenIndex> = [t]
        var stack = [t]
        while let n = stack.popLast() {
            for c in children(n) where !(relation(c).map(stopAt.contains) ?? false) && seen.insert(c).inserted {
                out.append(c)
                stack.append(c)
            }
        }
        return out.sorted()
    }
}
