/// A named pattern over a sentence's tokens and dependency tree, kept as data: the rule layers'
/// sense vetoes, role tables and occupation vetoes are rows of a TSV table, not branches of code.
///
/// Modelled on spaCy's `DependencyMatcher`: a pattern is a list of nodes; the first node is the
/// anchor the caller names (a trigger, a title), and every later node is reached from an earlier
/// one by an operator and must satisfy its constraints. Nodes bind distinct tokens.
///
/// Table format (`pattern`, `node`, `from`, `op`, `constraints`; see `Docs/lexicons.md`):
/// ```
/// pattern	node	from	op	constraints
/// veto.провести.concert	trigger			lemma=провести|проводить
/// veto.провести.concert	object	trigger	>	rel=obj lemma=концерт|выставка|матч
/// ```
/// Operators: `>` child, `<` head, `>>` descendant, `<<` ancestor, `.` next token, `;` previous
/// token, `.*` any later token of the sentence, `;*` any earlier one, `$` sibling (same head).
/// Constraints: `attribute=value|value` or `attribute!=value|value`, space-separated, all must hold;
/// attributes `lemma` (folded), `text` (folded surface), `pos` (UPOS), `rel` (universal relation),
/// `label` (relation with subtype), `case`, `number`, `gender`, `animacy`, `verbform`, `voice`,
/// `tense`, `aspect`, `mood`, `person`, `mention` (entity type or `none`), `kind` (token kind),
/// `capitalised` (`yes`/`no`).
public struct DependencyPattern: Sendable {
    public enum Operator: String, Sendable, CaseIterable {
        case child = ">", head = "<", descendant = ">>", ancestor = "<<"
        case next = ".", previous = ";", after = ".*", before = ";*", sibling = "$"
    }

    public enum Attribute: String, Sendable, CaseIterable {
        case lemma, text, pos, rel, label, `case`, number, gender, animacy, verbform, voice, tense, aspect, mood, person
        case mention, kind, capitalised
    }

    public struct Constraint: Sendable {
        public let attribute: Attribute
        public let values: Set<String>
        public let negated: Bool
    }

    public struct Node: Sendable {
        public let id: String
        /// Index of the earlier node this one is reached from; nil for the anchor.
        public let from: Int?
        public let op: Operator?
        public let constraints: [Constraint]
    }

    public let name: String
    public let nodes: [Node]

    /// Tokens bound to the pattern's nodes, by node id.
    public struct Match: Sendable, Equatable {
        public let pattern: String
        public let tokens: [String: TokenIndex]
        public subscript(_ node: String) -> TokenIndex? { tokens[node] }
    }

    /// The upper bound of candidate bindings tried per match: a pattern on a long sentence costs
    /// bounded work, never a search over every token combination.
    static let stepLimit = 4_096

    /// Matches the pattern with its first node bound to `anchor`; nil when it does not match.
    public func match(_ view: TokenView, anchor: TokenIndex) -> Match? {
        guard let first = nodes.first, first.satisfied(by: anchor, in: view) else { return nil }
        var bound = [TokenIndex](repeating: anchor, count: nodes.count)
        var steps = 0
        guard bind(1, &bound, view, &steps) else { return nil }
        var tokens: [String: TokenIndex] = [:]
        for (node, token) in zip(nodes, bound) { tokens[node.id] = token }
        return Match(pattern: name, tokens: tokens)
    }

    private func bind(_ k: Int, _ bound: inout [TokenIndex], _ view: TokenView, _ steps: inout Int) -> Bool {
        guard k < nodes.count else { return true }
        let node = nodes[k]
        guard let from = node.from, let op = node.op, from < k else { return false }
        for candidate in Self.candidates(op, from: bound[from], in: view) {
            steps += 1
            if steps > Self.stepLimit { return false }
            guard !bound[..<k].contains(candidate), node.satisfied(by: candidate, in: view) else { continue }
            bound[k] = candidate
            if bind(k + 1, &bound, view, &steps) { return true }
        }
        return false
    }

    static func candidates(_ op: Operator, from t: TokenIndex, in view: TokenView) -> [TokenIndex] {
        switch op {
        case .child: return view.children(t)
        case .head: return view.head(t).map { [$0] } ?? []
        case .ancestor: return view.ancestors(t, limit: 16)
        case .descendant:
            var out: [TokenIndex] = []
            var frontier = view.children(t)
            while let n = frontier.popLast(), out.count < 256 {
                guard n != t, !out.contains(n) else { continue }
                out.append(n)
                frontier += view.children(n)
            }
            return out.sorted()
        case .next: return view.peek(t + 1, within: t).map { [$0] } ?? []
        case .previous: return view.peek(t - 1, within: t).map { [$0] } ?? []
        case .after: return Array(view.tokens(after: t))
        case .before: return Array(view.tokens(before: t))
        case .sibling:
            guard let h = view.head(t) else { return [] }
            return view.children(h).filter { $0 != t }
        }
    }
}

extension DependencyPattern.Node {
    func satisfied(by t: TokenIndex, in view: TokenView) -> Bool {
        guard view.contains(t) else { return false }
        for c in constraints where c.values.contains(value(c.attribute, of: t, in: view)) == c.negated { return false }
        return true
    }

    /// The token's value of an attribute as the table writes it; empty when the layer is absent.
    private func value(_ attribute: DependencyPattern.Attribute, of t: TokenIndex, in view: TokenView) -> String {
        let f = view.features(t)
        switch attribute {
        case .lemma: return view.lemma(t)
        case .text: return TextFolding.fold(view.text(t))
        case .pos: return view.pos(t)?.rawValue ?? ""
        case .rel: return view.relation(t)?.rawValue ?? ""
        case .label: return view.label(t)?.label ?? ""
        case .case: return f.case?.rawValue ?? ""
        case .number: return f.number?.rawValue ?? ""
        case .gender: return f.gender?.rawValue ?? ""
        case .animacy: return f.animacy?.rawValue ?? ""
        case .verbform: return f.verbForm?.rawValue ?? ""
        case .voice: return f.voice?.rawValue ?? ""
        case .tense: return f.tense?.rawValue ?? ""
        case .aspect: return f.aspect?.rawValue ?? ""
        case .mood: return f.mood?.rawValue ?? ""
        case .person: return f.person?.rawValue ?? ""
        case .mention: return view.mention(at: t).flatMap(view.mention).map(\.type.rawValue) ?? "none"
        case .kind: return view.kind(t).map { "\($0)" } ?? ""
        case .capitalised: return view.isCapitalised(t) ? "yes" : "no"
        }
    }
}

/// The patterns of one table, in file order, with lookup by name.
public struct DependencyPatternTable: Sendable {
    public let patterns: [DependencyPattern]
    private let byName: [String: Int]
    /// Patterns whose anchor requires one of a set of lemmas, by lemma; the rest are tried at
    /// every anchor. A lookup costs one hash, not a pass over the table.
    private let byAnchorLemma: [String: [Int]]
    private let unanchored: [Int]

    public static let columns: [LexiconTable.Column] = [
        .text("pattern"), .text("node"), .text("from", optional: true),
        .choice("op", Set(DependencyPattern.Operator.allCases.map(\.rawValue)), optional: true), .text("constraints", optional: true),
    ]

    public init(file: String, bytes: [UInt8]) throws(LetopisError) {
        try self.init(LexiconTable(file: file, bytes: bytes, columns: Self.columns, key: ["pattern", "node"]))
    }

    public init(file: String, text: String) throws(LetopisError) {
        try self.init(LexiconTable(file: file, text: text, columns: Self.columns, key: ["pattern", "node"]))
    }

    init(_ table: LexiconTable) throws(LetopisError) {
        var order: [String] = []
        var rowsOf: [String: [LexiconTable.Row]] = [:]
        for row in table.rows {
            if rowsOf[row["pattern"]] == nil { order.append(row["pattern"]) }
            rowsOf[row["pattern"], default: []].append(row)
        }
        var patterns: [DependencyPattern] = []
        for name in order {
            var nodes: [DependencyPattern.Node] = []
            var indexOf: [String: Int] = [:]
            for row in rowsOf[name] ?? [] {
                let node = try Self.node(row, nodes.isEmpty, indexOf, table.file)
                indexOf[node.id] = nodes.count
                nodes.append(node)
            }
            patterns.append(DependencyPattern(name: name, nodes: nodes))
        }
        self.patterns = patterns
        var byName: [String: Int] = [:]
        var byAnchorLemma: [String: [Int]] = [:]
        var unanchored: [Int] = []
        for (i, p) in patterns.enumerated() {
            byName[p.name] = i
            if let lemmas = p.nodes.first?.constraints.first(where: { $0.attribute == .lemma && !$0.negated })?.values {
                for lemma in lemmas { byAnchorLemma[lemma, default: []].append(i) }
            } else {
                unanchored.append(i)
            }
        }
        self.byName = byName
        self.byAnchorLemma = byAnchorLemma
        self.unanchored = unanchored
    }

    /// Patterns that may match at `anchor`, in file order.
    private func candidates(_ view: TokenView, _ anchor: TokenIndex) -> [DependencyPattern] {
        let keyed = byAnchorLemma[view.lemma(anchor)] ?? []
        if keyed.isEmpty { return unanchored.map { patterns[$0] } }
        if unanchored.isEmpty { return keyed.map { patterns[$0] } }
        return (keyed + unanchored).sorted().map { patterns[$0] }
    }

    private static func node(_ row: LexiconTable.Row, _ isAnchor: Bool, _ indexOf: [String: Int], _ file: String) throws(LetopisError) -> DependencyPattern.Node {
        var from: Int? = nil
        var op: DependencyPattern.Operator? = nil
        if isAnchor {
            guard row["from"].isEmpty, row["op"].isEmpty else {
                throw LexiconTable.corrupt(file, row.line, "the first node of pattern '\(row["pattern"])' is its anchor and has no 'from' or 'op'")
            }
        } else {
            guard let f = indexOf[row["from"]] else {
                throw LexiconTable.corrupt(file, row.line, "node '\(row["node"])' comes from '\(row["from"])', which is not an earlier node of pattern '\(row["pattern"])'")
            }
            guard let o = DependencyPattern.Operator(rawValue: row["op"]) else {
                throw LexiconTable.corrupt(file, row.line, "node '\(row["node"])' needs an operator (\(DependencyPattern.Operator.allCases.map(\.rawValue).joined(separator: " ")))")
            }
            from = f
            op = o
        }
        var constraints: [DependencyPattern.Constraint] = []
        for term in row["constraints"].split(separator: " ") {
            constraints.append(try constraint(String(term), row.line, file))
        }
        return DependencyPattern.Node(id: row["node"], from: from, op: op, constraints: constraints)
    }

    private static func constraint(_ term: String, _ line: Int, _ file: String) throws(LetopisError) -> DependencyPattern.Constraint {
        let negated = term.contains("!=")
        let parts = term.split(separator: negated ? "!=" : "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let attribute = DependencyPattern.Attribute(rawValue: parts[0].lowercased()), !parts[1].isEmpty else {
            throw LexiconTable.corrupt(file, line, "'\(term)' is not 'attribute=value|value' with an attribute of \(DependencyPattern.Attribute.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var values = parts[1].split(separator: "|").map(String.init)
        if attribute == .lemma || attribute == .text { values = values.map { TextFolding.fold($0) } }
        return DependencyPattern.Constraint(attribute: attribute, values: Set(values), negated: negated)
    }

    public subscript(_ name: String) -> DependencyPattern? { byName[name].map { patterns[$0] } }

    /// Every pattern whose name starts with `prefix` that matches at `anchor`, in file order.
    public func matches(_ view: TokenView, anchor: TokenIndex, prefix: String = "") -> [DependencyPattern.Match] {
        candidates(view, anchor).filter { $0.name.hasPrefix(prefix) }.compactMap { $0.match(view, anchor: anchor) }
    }

    /// The first pattern (in file order) whose name starts with `prefix` that matches at `anchor`.
    public func firstMatch(_ view: TokenView, anchor: TokenIndex, prefix: String = "") -> DependencyPattern.Match? {
        for p in candidates(view, anchor) where p.name.hasPrefix(prefix) { if let m = p.match(view, anchor: anchor) { return m } }
        return nil
    }
}
