import LetopisCore

/// The smallest unit the time grammar reads: a run of letters, a run of ASCII
/// digits, or one other character, cut out of the document's tokens.
///
/// Cutting tokens into atoms makes the grammar independent of how the tokenizer
/// groups `10:35`, `1990-х` or `2008г`: whether they arrive as one token or three,
/// the atoms are the same, and `spaceBefore` says which atoms touch.
struct TimeAtom: Sendable {
    enum Kind: UInt8, Sendable { case word, number, mark }

    var range: TextRange
    var kind: Kind
    /// Lower case, `ё` → `е`, dashes → `-`; digits as written.
    var text: String
    /// The first letter is upper case.
    var capitalized: Bool
    /// Every letter is upper case (`XXI`, `МОСКВА`).
    var allUpper: Bool
    /// Numeric value of a digit run (nil above 9 digits).
    var number: Int?
    /// Whitespace separates this atom from the previous one.
    var spaceBefore: Bool
    /// A line break separates this atom from the previous one.
    var lineBefore: Bool
}

extension TimeAtom {
    /// Atoms of `tokens`, in order.
    ///
    /// - Complexity: O(n) in the bytes covered by the tokens.
    static func atoms(of utf8: [UInt8], tokens: [Token]) -> [TimeAtom] {
        var atoms: [TimeAtom] = []
        atoms.reserveCapacity(tokens.count + tokens.count / 4)
        var previousEnd = -1
        for token in tokens {
            let start = token.range.start, end = min(token.range.end, utf8.count)
            guard start < end else { continue }
            let text = String(decoding: utf8[start..<end], as: UTF8.self)
            var offset = start
            var run: (start: Int, kind: Kind, scalars: String.UnicodeScalarView)? = nil

            func flush(at position: Int) {
                guard let r = run else { return }
                var gapSpace = false, gapLine = false
                if previousEnd >= 0 && previousEnd < r.start {
                    gapSpace = true
                    for b in utf8[previousEnd..<r.start] where b == 0x0A || b == 0x0D { gapLine = true }
                } else if previousEnd < 0 {
                    gapSpace = true
                    gapLine = true
                }
                let raw = String(r.scalars)
                // The one folding rule of the rule layers (lower case, `ё` → `е`), as the lexicons are folded.
                let lowered = r.kind == .word ? TextFolding.fold(raw) : raw
                var number: Int? = nil
                if r.kind == .number, r.scalars.count <= 9 { number = Int(raw) }
                let first = r.scalars.first.map { $0.properties.isUppercase } ?? false
                let allUpper = r.kind == .word && r.scalars.allSatisfy { $0.properties.isUppercase }
                atoms.append(TimeAtom(range: TextRange(r.start, position), kind: r.kind, text: lowered,
                                      capitalized: first, allUpper: allUpper, number: number,
                                      spaceBefore: gapSpace, lineBefore: gapLine))
                previousEnd = position
                run = nil
            }

            for scalar in text.unicodeScalars {
                let width = UTF8.width(scalar)
                defer { offset += width }
                let kind: Kind?
                if scalar.value >= 0x30 && scalar.value <= 0x39 { kind = .number }
                else if scalar.properties.isAlphabetic { kind = .word }
                else if scalar.properties.isWhitespace { kind = nil }
                else { kind = .mark }
                // Appended in place: binding the run to a name first would share its storage and copy the
                // whole run at every scalar, quadratic in a long token (8 MiB of digits took minutes).
                if let k = kind, k != .mark, run?.kind == k {
                    run?.scalars.append(scalar)
                    continue
                }
                flush(at: offset)
                guard let k = kind else { continue }
                var scalars = String.UnicodeScalarView()
                // Every dash and hyphen reads as `-`.
                if k == .mark, [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212].contains(scalar.value) {
                    scalars.append("-")
                } else {
                    scalars.append(scalar)
                }
                run = (offset, k, scalars)
            }
            flush(at: offset)
        }
        return atoms
    }
}

extension Array where Element == TimeAtom {
    /// The atom at `i`, nil past either end: the total accessor every walk over atoms uses.
    @inline(__always)
    func atom(_ i: Int) -> TimeAtom? { i >= 0 && i < count ? self[i] : nil }
}
