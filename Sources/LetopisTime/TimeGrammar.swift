import LetopisCore

/// One piece of a match: atoms `start..<end` and what they mean.
struct TimePiece: Sendable {
    var start: Int
    var end: Int
    var expression: TimeExpression
    var rule: String
    /// Part of a range (`с 1994 по 2000 годы`): a preposition before it does not turn into a mod.
    var inRange = false
}

/// What a rule matched at an atom: usually one piece, two for ranges.
struct TimeMatch: Sendable {
    var end: Int
    var pieces: [TimePiece]

    init(end: Int, pieces: [TimePiece]) {
        self.end = end
        self.pieces = pieces
    }

    init(_ start: Int, _ end: Int, _ e: TimeExpression, _ rule: String) {
        self.end = end
        self.pieces = [TimePiece(start: start, end: end, expression: e, rule: rule)]
    }

    var expression: TimeExpression { pieces[0].expression }
}

/// A named rule of the time grammar: a matcher over atoms from a position.
struct TimeRule: Sendable {
    let name: String
    /// False for rules whose words modify a noun (`сегодняшнем заседании`): no preposition joins them.
    var takesPrefix = true
    let match: @Sendable (TimeGrammar, Int) -> TimeMatch?

    init(name: String, takesPrefix: Bool = true, match: @escaping @Sendable (TimeGrammar, Int) -> TimeMatch?) {
        self.name = name
        self.takesPrefix = takesPrefix
        self.match = match
    }
}

/// The time grammar over one document's atoms: small matchers, each a named rule
/// (see ``TimeGrammar/rules``), that read folded word forms through the ``TimeLexicon``
/// and build ``TimeExpression``s. Words are tested against named classes of the lexicon
/// (``TimeWordClass``), looked up once per atom.
///
/// Every read of an atom goes through the total accessors below (`atom`, `word`, `number`,
/// `isWord`...), which answer nil or false past either end: a rule may look at `i - 2` or
/// `i + 3` without checking bounds.
struct TimeGrammar: Sendable {
    let a: [TimeAtom]
    let lex: TimeLexicon
    /// The word classes of each atom (none for numbers and marks).
    let classes: [TimeWordClasses]
    /// Atoms a rule or a preposition can start on. Most words of a text are not,
    /// and skipping them saves the rules' lookups.
    let canStart: [Bool]

    init(atoms: [TimeAtom], lexicon: TimeLexicon = .shared) {
        self.a = atoms
        self.lex = lexicon
        var classes = [TimeWordClasses](repeating: .none, count: atoms.count)
        var canStart = [Bool](repeating: false, count: atoms.count)
        for (i, atom) in atoms.enumerated() {
            switch atom.kind {
            case .number: canStart[i] = true
            case .mark: canStart[i] = false
            case .word:
                classes[i] = lexicon.classes(of: atom.text)
                canStart[i] = classes[i].contains(.ruleStart) || (atom.allUpper && TimeGrammar.roman(atom.text) != nil)
            }
        }
        self.classes = classes
        self.canStart = canStart
    }

    // MARK: - Atom access (total: nil or false past either end)

    @inline(__always)
    func atom(_ i: Int) -> TimeAtom? { i >= 0 && i < a.count ? a[i] : nil }
    func word(_ i: Int) -> String? { i >= 0 && i < a.count && a[i].kind == .word ? a[i].text : nil }
    func mark(_ i: Int, _ s: String) -> Bool { i >= 0 && i < a.count && a[i].kind == .mark && a[i].text == s }
    func isMark(_ i: Int) -> Bool { i >= 0 && i < a.count && a[i].kind == .mark }
    /// The text of a mark atom (`.`, `/`), nil for a word or a number.
    func markText(_ i: Int) -> String? { isMark(i) ? a[i].text : nil }
    /// The atom touches the previous one (no space between).
    func touching(_ i: Int) -> Bool { i > 0 && i < a.count && !a[i].spaceBefore }
    func number(_ i: Int) -> Int? { i >= 0 && i < a.count && a[i].kind == .number ? a[i].number : nil }
    func digitCount(_ i: Int) -> Int { i >= 0 && i < a.count && a[i].kind == .number ? a[i].text.utf8.count : 0 }
    /// The word at `i` belongs to the named class.
    @inline(__always)
    func isWord(_ i: Int, _ c: TimeWordClass) -> Bool { i >= 0 && i < classes.count && classes[i].contains(c) }
    /// The word at `i` is `w`, compared byte by byte (no Unicode normalisation: both are folded NFC).
    func isWord(_ i: Int, exactly w: String) -> Bool {
        guard let x = word(i) else { return false }
        return x.utf8.count == w.utf8.count && x.utf8.elementsEqual(w.utf8)
    }
    func isDash(_ i: Int) -> Bool { mark(i, "-") }
    func capitalized(_ i: Int) -> Bool { atom(i)?.capitalized ?? false }
    func allUpper(_ i: Int) -> Bool { atom(i)?.allUpper ?? false }
    func lineBefore(_ i: Int) -> Bool { atom(i)?.lineBefore ?? false }
    func isWordAtom(_ i: Int) -> Bool { atom(i)?.kind == .word }
    /// The tense the word at `i` signals (see ``TenseDetector``); nil past either end.
    func tense(at i: Int) -> Tense? {
        guard let atom = atom(i) else { return nil }
        return TenseDetector.tense(ofWord: atom, classes: classes[i], lexicon: lex)
    }

    // MARK: - Shared pieces

    /// A year word after a year number: `года`, `году`, `г.`, `гг`, `годах`. Returns the end.
    func yearWord(_ i: Int) -> Int? {
        guard let w = word(i) else { return nil }
        if isWord(i, .yearAbbreviation) {
            return mark(i + 1, ".") && touching(i + 1) ? i + 2 : i + 1
        }
        if lex.units[w] == .year && !isWord(i, .yearsCounted) { return i + 1 }
        return nil
    }

    /// A 4-digit year followed by a year word or `-го`: `2019 года`, `1945-го`, `2008г`.
    func yearTail(_ i: Int, bare: Bool = false) -> (year: Int, end: Int)? {
        guard let n = number(i), digitCount(i) == 4, (1000...2199).contains(n) else { return nil }
        if let e = yearWord(i + 1) { return (n, e) }
        if isDash(i + 1), touching(i + 1), touching(i + 2), isWord(i + 2, .ordinalSuffix) { return (n, i + 3) }
        if bare, !(isMark(i + 1) && touching(i + 1) && number(i + 2) != nil) { return (n, i + 1) }
        return nil
    }

    /// A relative adjective: `прошлом` → -1, `этом` → 0, `следующем` → +1.
    func relativeOffset(_ w: String) -> Int? { lex.relativeForms[w] }

    /// `прошлого года`, `этого года`, `того же года`, or `2019 года`.
    func yearReference(_ i: Int) -> (YearReference, Int)? {
        if let t = yearTail(i, bare: true) { return (.absolute(t.year), t.end) }
        if let w = word(i) {
            if let k = relativeOffset(w), let u = word(i + 1), lex.units[u] == .year { return (.relative(k), i + 2) }
            if isWord(i, .yearAnaphor) {
                if isWord(i + 1, .same), let u = word(i + 2), lex.units[u] == .year { return (.anaphoric, i + 3) }
            }
        }
        return nil
    }

    /// A count: `3`, `1,5`, `двадцать пять`, `полтора`; nil amount for `несколько`.
    func quantity(_ i: Int) -> (amount: Double?, end: Int)? {
        var j = i
        if isWord(j, .recentQuantifier) { j += 1 }
        if let n = number(j) {
            if (mark(j + 1, ",") || mark(j + 1, ".")) && touching(j + 1) && touching(j + 2), number(j + 2) != nil,
               let whole = atom(j)?.text, let fraction = atom(j + 2)?.text, let v = Double(whole + "." + fraction) {
                return (v, j + 3)
            }
            return (Double(n), j + 1)
        }
        guard let w = word(j) else { return nil }
        if isWord(j, .vagueCount) { return (nil, j + 1) }
        if let f = lex.fractions[w] { return (f, j + 1) }
        guard var n = lex.cardinals[w] else { return nil }
        j += 1
        if n >= 20, n % 10 == 0, n < 100, let w2 = word(j), let m = lex.cardinals[w2], m < 10 { n += m; j += 1 }
        return (Double(n), j)
    }

    /// A quantity and a unit: `три недели`, `полгода`, `1,5 дням`; with `allowBare`, also `неделю`.
    func quantityUnit(_ i: Int, allowBare: Bool) -> (amount: Double?, unit: TimeUnit, end: Int)? {
        if let w = word(i), let h = lex.halfUnits[w] { return (h.0, h.1, i + 1) }
        // `за последний месяц`, `последнее десятилетие`
        if isWord(i - 1, .lastOverPreposition), isWord(i, .lastSingular), let u = word(i + 1), let unit = lex.units[u] {
            return (1, unit, i + 2)
        }
        if let q = quantity(i), let u = word(q.end), let unit = lex.units[u] {
            // `2019 года` is a date, not a duration.
            if unit == .year, let n = q.amount, n >= 1000, !isWord(q.end, .yearsCounted) { return nil }
            return (q.amount, unit, q.end + 1)
        }
        if allowBare, let w = word(i), isWord(i, .singleUnitForm), let unit = lex.units[w] { return (1, unit, i + 1) }
        return nil
    }

    static func durationValue(_ amount: Double?, _ unit: TimeUnit) -> String {
        let (code, isTime) = unit.durationCode
        let n: String
        if let amount {
            n = amount == amount.rounded() && abs(amount) < 1e9 ? String(Int(amount)) : String(amount)
        } else {
            n = "X"
        }
        return (isTime ? "PT" : "P") + n + code
    }
}
