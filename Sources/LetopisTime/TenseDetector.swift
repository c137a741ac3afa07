/// Decides the tense of the verb nearest to a time expression in its clause,
/// from word forms alone (no morphology):
///
/// - future auxiliaries and modal cues: `будет`, `состоится`, `планирует`, `намерен`, `предстоит`...
/// - past: a lower-case word ending in vowel + `л`, `ла`, `ло`, `ли` (optionally `ся`/`сь`),
///   or `шел/шла/шли`, `мог/могла`..., not in a short list of nouns (`дела`, `цели`, `около`);
/// - present-future: a lower-case word ending in `-ет/-ит/-ут/-ют/-ат/-ят` (+`ся`) that is not a
///   listed noun (`визит`, `совет`, `бюджет`...). Perfective present is future; imperfective present
///   of a dated event is scheduled, so both count as future.
///
/// - none, ending the search: short passive participles (`назначен`, `запланирован`).
///
/// The search stays inside the clause (stops at `, ; : . ! ? ( )` and line breaks), nearest word
/// first, left before right; if the clause has no verb the sentence is searched the same way.
///
/// The words, endings and letters are named classes of `Lexicons/word-classes.tsv` and the
/// words of `Lexicons/tense-words.tsv`.
struct TenseDetector: Sendable {
    let lexicon: TimeLexicon

    init(lexicon: TimeLexicon = .shared) { self.lexicon = lexicon }

    func tense(of atoms: [TimeAtom], span: Range<Int>) -> Tense {
        if let t = search(atoms, span, stopAtCommas: true) { return t }
        return search(atoms, span, stopAtCommas: false) ?? .none
    }

    private func search(_ atoms: [TimeAtom], _ span: Range<Int>, stopAtCommas: Bool) -> Tense? {
        var left = span.lowerBound - 1, right = span.upperBound
        var leftOpen = true, rightOpen = true
        var steps = 0
        while (leftOpen || rightOpen) && steps < 25 {
            steps += 1
            if leftOpen {
                if let atom = atoms.atom(left), let after = atoms.atom(left + 1), !stops(atom, stopAtCommas), !after.lineBefore {
                    if let t = tense(ofWord: atom) { return t }
                    left -= 1
                } else {
                    leftOpen = false
                }
            }
            if rightOpen {
                if let atom = atoms.atom(right), !stops(atom, stopAtCommas), !atom.lineBefore {
                    if let t = tense(ofWord: atom) { return t }
                    right += 1
                } else {
                    rightOpen = false
                }
            }
        }
        return nil
    }

    private func stops(_ a: TimeAtom, _ commas: Bool) -> Bool {
        guard a.kind == .mark else { return false }
        switch a.text {
        case ".", "!", "?", "…": return true
        case ",", ";", ":", "(", ")", "\"", "«", "»": return commas
        default: return false
        }
    }

    func tense(ofWord a: TimeAtom) -> Tense? {
        a.kind == .word ? Self.tense(ofWord: a, classes: lexicon.classes(of: a.text), lexicon: lexicon) : nil
    }

    /// Tense a single word signals, if any.
    static func tense(ofWord a: TimeAtom) -> Tense? { TenseDetector().tense(ofWord: a) }

    /// Tense a single word signals, if any, given its word classes.
    static func tense(ofWord a: TimeAtom, classes: TimeWordClasses, lexicon lex: TimeLexicon) -> Tense? {
        guard a.kind == .word else { return nil }
        let w = a.text
        if let t = lex.tenseWords[w] { return t }
        // Work on scalars: `String.hasSuffix` on Cyrillic goes through grapheme breaking.
        var scalars = Array(w.unicodeScalars)[...]
        if a.capitalized || scalars.count < 4 || classes.contains(.notVerb) { return nil }
        // Short passive participles (`намечен`, `назначены`, `запланирован`) say nothing about
        // the time of a scheduled event: they end the search with no tense.
        if scalars.count >= 6 && lex.endsWithAny(scalars, .passiveParticipleShortEnding) { return Tense.none }
        if lex.endsWithAny(scalars, .passiveParticipleEnding) { return Tense.none }
        if lex.endsWithAny(scalars, .reflexiveEnding) { scalars = scalars.dropLast(2) }
        // `действует`, `рассматривает`: these suffixes make imperfective verbs, so the present
        // is a present, not a future: no tense.
        if lex.endsWithAny(scalars, .imperfectivePresentEnding, longer: true) { return Tense.none }
        guard scalars.count >= 3, let last = scalars.last, let prev = scalars.dropLast().last else { return nil }
        // Past: ...(vowel|ш|г|с|з|к)л[аои]?
        let stem = lex.isLetter(last, .pastGenderLetter) ? scalars.dropLast() : scalars
        if let suffix = stem.last, let before = stem.dropLast().last, lex.isLetter(suffix, .pastSuffixLetter),
           lex.isLetter(before, .vowelLetter) || lex.isLetter(before, .pastStemConsonantLetter) {
            return .past
        }
        // Present-future: ...[еиуюая]т
        if lex.isLetter(last, .presentSuffixLetter) && lex.isLetter(prev, .presentThemeLetter) && scalars.count >= 4 {
            return .presentFuture
        }
        return nil
    }
}
