import LetopisCore

/// Finds time expressions in a document's tokens and resolves them to TIMEX3
/// values against an anchor (the publication date).
///
/// ```swift
/// let tagger = TimeExpressionTagger()
/// let doc = Document(id: "d", text: "Визит состоялся в конце июля.")
/// let timexes = tagger.tag(doc.utf8, tokens: Tokenizer().tokenize(doc.utf8),
///                          anchor: CalendarDate(iso: "2025-12-23"))
/// // [Timex(«в конце июля», DATE, "2025-07", mod: END, rule: "prep+date.part")]
/// ```
///
/// The tagger reads atoms (letter runs, digit runs, single marks) cut from the
/// tokens, so it does not depend on how the tokenizer groups `10:35` or `1990-х`.
/// At each atom it tries an optional preposition chain (``prefixes``) and every
/// rule of ``TimeGrammar/rules``; the longest match wins and scanning resumes
/// after it. Spans include the preposition (`в начале ноября`, `с 2012 года`).
///
/// - Complexity: O(n · r) in atoms n and rules r; rules look a few atoms ahead.
public struct TimeExpressionTagger: Sendable {
    /// A found expression with its source atoms, before conversion to ``Timex``.
    public struct Trace: Sendable {
        public var timex: Timex
        public var tense: Tense
    }

    /// Skip atoms no rule can start on (off only in the test that checks the filter).
    let useFilter: Bool

    public init() { self.useFilter = true }

    init(useFilter: Bool) { self.useFilter = useFilter }

    /// Prepositions and quantifiers that may precede an expression (`Lexicons/prefixes.tsv`),
    /// and the mod they add.
    enum PrefixEffect: Sendable { case none, after, before, approx, moreThan, lessThan }

    /// Time expressions of `utf8` (tokens from the ``Tokenizer``), resolved against `anchor`.
    /// Impossible dates (`31 февраля`) are skipped and reported in `warnings`; so is a time
    /// lexicon that failed to load (nothing is tagged then; ``TimexStage`` throws its error).
    public func tag(_ utf8: [UInt8], tokens: [Token], anchor: CalendarDate?) -> (timexes: [Timex], warnings: [String]) {
        let traced = trace(utf8, tokens: tokens, anchor: anchor)
        return (traced.traces.map(\.timex), traced.warnings)
    }

    /// Like ``tag(_:tokens:anchor:)``, with the tense used for each expression.
    public func trace(_ utf8: [UInt8], tokens: [Token], anchor: CalendarDate?) -> (traces: [Trace], warnings: [String]) {
        let lexicon: TimeLexicon
        switch TimeLexicon.shipped {
        case .success(let l): lexicon = l
        case .failure(let error): return ([], ["time expressions not tagged: \(error)"])
        }
        let atoms = TimeAtom.atoms(of: utf8, tokens: tokens)
        let grammar = TimeGrammar(atoms: atoms, lexicon: lexicon)
        let tenses = TenseDetector(lexicon: lexicon)
        var resolver = TimeResolver(anchor: anchor)
        var out: [Trace] = []
        var warnings: [String] = []
        var lastExplicitYear: (year: Int, atom: Int)? = nil
        var i = 0
        while i < atoms.count {
            guard grammar.canStart[i] || !useFilter, let (match, effect, prefixRule) = best(grammar, at: i) else { i += 1; continue }
            defer { i = max(match.end, i + 1) }  // always progress
            for (n, piece) in match.pieces.enumerated() {
                let start = n == 0 ? i : piece.start
                guard start < piece.end, let first = grammar.atom(start), let last = grammar.atom(piece.end - 1) else { continue }
                let tense = tenses.tense(of: atoms, span: start..<piece.end)
                let range = TextRange(first.range.start, last.range.end)
                resolver.sentenceYear = nil
                if let last = lastExplicitYear, !TimeExpressionTagger.sentenceEnds(atoms, from: last.atom, to: start) {
                    resolver.sentenceYear = last.year
                }
                // Only a sentence-opening year frames the sentence (`В 2019 году …, а в марте …`);
                // one inside it (`компания, основанная в 1998 году, в марте …`) does not.
                if let y = TimeExpressionTagger.explicitYear(piece.expression) {
                    let opens = start == 0 || first.lineBefore || (grammar.markText(start - 1).map { [".", "!", "?"].contains($0) } ?? false)
                    lastExplicitYear = opens ? (y, piece.end) : nil
                }
                guard var r = resolver.resolve(piece.expression, tense: tense) else {
                    warnings.append("impossible date «\(String(decoding: utf8[range.start..<range.end], as: UTF8.self))» at byte \(range.start): not tagged")
                    continue
                }
                if r.mod == nil, !piece.inRange || n == 0 && effect == .after {
                    r.mod = TimeExpressionTagger.mod(for: effect, type: r.type, inRange: piece.inRange)
                }
                if let d = r.day { resolver.referenceDay = d; resolver.referenceYear = d.year }
                else if let y = r.year, r.type == .date { resolver.referenceYear = y }
                // An undated text (no publication date) is read against its own latest full date
                // (`сообщили 5 марта 2015 года … в октябре прошлого года` → 2014-10), as TimeML's
                // reference time: the date the narrative stands at, never today's clock.
                if anchor == nil, let d = r.day, TimeExpressionTagger.statesFullDate(piece.expression) { resolver.anchor = d }
                let rule = prefixRule.map { "\($0)+\(piece.rule)" } ?? piece.rule
                out.append(Trace(timex: Timex(range, type: r.type, value: r.value, mod: r.mod, rule: rule), tense: tense))
            }
        }
        return (out, warnings)
    }

    /// The year an expression states outright (`в 2019 году`, `в конце 2016 года`, `5 августа 2008 г.`).
    static func explicitYear(_ e: TimeExpression) -> Int? {
        switch e {
        case let .calendar(.absolute(y), _, _): return y
        case let .part(_, inner), let .half(_, inner): return explicitYear(inner)
        case let .quarter(_, .absolute(y)), let .halfYear(_, .absolute(y)), let .season(_, .absolute(y)): return y
        default: return nil
        }
    }

    /// The expression names a day with its year outright (`5 марта 2015 года`, `утром 17 мая 2017 года`),
    /// so it can anchor the rest of an undated text.
    static func statesFullDate(_ e: TimeExpression) -> Bool {
        switch e {
        case .calendar(.absolute, .some, .some): return true
        case let .clock(inner?, _, _), let .dayPart(inner?, _), let .part(_, inner): return statesFullDate(inner)
        default: return false
        }
    }

    /// A sentence end (`.`, `!`, `?` or a line break) lies between atoms `from` and `to`.
    static func sentenceEnds(_ atoms: [TimeAtom], from: Int, to: Int) -> Bool {
        let upper = min(to, atoms.count)
        guard from >= 0, from < upper else { return false }
        for k in from..<upper {
            if atoms[k].lineBefore && k > from { return true }
            if atoms[k].kind == .mark, ["." , "!", "?"].contains(atoms[k].text) { return true }
        }
        return false
    }

    static func mod(for effect: PrefixEffect, type: TimexType, inRange: Bool) -> TimexMod? {
        if inRange { return nil }
        switch (effect, type) {
        case (.none, _): return nil
        case (.approx, _): return .approx
        case (.after, .date), (.after, .time): return .after
        case (.before, .date), (.before, .time): return .before
        case (.before, .duration), (.lessThan, .duration): return .lessThan
        case (.moreThan, .duration): return .moreThan
        default: return nil
        }
    }

    /// The longest match at `i`, over every preposition chain (none, one or two prefixes).
    private func best(_ g: TimeGrammar, at i: Int) -> (TimeMatch, PrefixEffect, String?)? {
        var starts: [(Int, PrefixEffect, String?)] = [(i, .none, nil)]
        var frontier = starts
        for _ in 0..<2 {
            var next: [(Int, PrefixEffect, String?)] = []
            for (j, effect, name) in frontier {
                guard let first = g.word(j), let candidates = g.lex.prefixes[first] else { continue }
                for (words, e) in candidates {
                    var ok = true
                    for (k, w) in words.enumerated().dropFirst() where !g.isWord(j + k, exactly: w) { ok = false; break }
                    if ok {
                        let combined: PrefixEffect = effect == .none ? e : effect
                        next.append((j + words.count, combined, name ?? "prep"))
                    }
                }
            }
            starts += next
            frontier = next
        }
        var best: (TimeMatch, PrefixEffect, String?)? = nil
        for (j, effect, name) in starts where j < g.a.count && (g.canStart[j] || !useFilter) {
            // A preposition never reaches over a line break.
            if j > i && g.lineBefore(j) { continue }
            for rule in TimeGrammar.rules where j == i || rule.takesPrefix {
                guard let m = rule.match(g, j), m.end > j, !m.pieces.isEmpty else { continue }
                if best == nil || m.end > best!.0.end { best = (m, effect, j > i ? name : nil) }
            }
        }
        return best
    }
}
