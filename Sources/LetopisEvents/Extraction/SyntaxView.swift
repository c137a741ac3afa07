import LetopisCore

/// The dependency tree of a document as child lists, with the questions event
/// extraction asks: children by relation, subtrees, the case marker of a phrase.
struct SyntaxView {
    let document: Document
    let children: [[Int]]
    let hasSyntax: Bool

    init(_ document: Document) {
        self.document = document
        var children = [[Int]](repeating: [], count: document.tokens.count)
        let arcs = document.syntax
        hasSyntax = arcs.count == document.tokens.count && !arcs.isEmpty
        if hasSyntax {
            for (t, arc) in arcs.enumerated() {
                if let h = arc.head, h >= 0, h < children.count, h != t { children[h].append(t) }
            }
        }
        self.children = children
    }

    func head(_ t: Int) -> Int? {
        guard hasSyntax, let h = document.syntax[t].head, h >= 0, h < document.tokens.count, h != t else { return nil }
        return h
    }

    func relation(_ t: Int) -> String { hasSyntax ? document.syntax[t].relation : "" }

    /// Children whose relation (ignoring `:subtype`) is one of `relations`.
    func children(_ t: Int, _ relations: Set<String>) -> [Int] {
        children[t].filter { relations.contains(baseRelation($0)) || relations.contains(relation($0)) }
    }

    func baseRelation(_ t: Int) -> String {
        let r = relation(t)
        if let colon = r.firstIndex(of: ":") { return String(r[..<colon]) }
        return r
    }

    /// Tokens of the phrase under `t`, not descending into clauses of their own.
    func subtree(_ t: Int, stopAt: Set<String> = ["acl", "advcl", "ccomp", "parataxis", "csubj", "conj", "punct"]) -> [Int] {
        var out = [t]
        var stack = [t]
        var guardSteps = 0
        while let n = stack.popLast() {
            guardSteps += 1
            if guardSteps > 10_000 { break }  // malformed trees with cycles never loop forever
            for c in children[n] where !stopAt.contains(baseRelation(c)) {
                out.append(c)
                stack.append(c)
            }
        }
        return out.sorted()
    }

    /// The preposition marking a nominal (`с`, `в`, `по`), lower-cased.
    func caseMarker(_ t: Int, lemma: (Int) -> String) -> String? {
        children(t, ["case"]).first.map(lemma)
    }

    /// Heads from `t` up to the root (not including `t`), at most `limit`.
    func ancestors(_ t: Int, limit: Int = 8) -> [Int] {
        var out: [Int] = []
        var cur = t
        while out.count < limit, let h = head(cur), !out.contains(h) {
            out.append(h)
            cur = h
        }
        return out
    }
}
