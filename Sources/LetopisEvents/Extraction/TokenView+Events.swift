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
    /// - Complexity: O(size of the subtree); a malformed tree with a cycle stops after 10,000 steps.
    func subtree(_ t: TokenIndex, stopAt: Set<UDRelation> = clauseRelations) -> [TokenIndex] {
        guard contains(t) else { return [] }
        var out = [t]
        var stack = [t]
        var steps = 0
        while let n = stack.popLast(), steps < 10_000 {
            steps += 1
            for c in children(n) where !(relation(c).map(stopAt.contains) ?? false) {
                out.append(c)
                stack.append(c)
            }
        }
        return out.sorted()
    }
}
