/// Token shapes as pymorphy3 tests them (`shapes.py`, `int()`, `float()`), on code points.
enum Shapes {
    enum NumberKind { case integer, real }

    /// pymorphy3's NumberAnalyzer: Python `int(word)` succeeds (at most 4300 digits) → integer; else
    /// `float(word.replace(",", "."))` succeeds → real (including `inf` and `nan`).
    static func numberKind(_ word: String) -> NumberKind? {
        // Quick reject: a number starts (after spaces and a sign) with a digit, a point or comma, `inf` or `nan`.
        if let first = word.unicodeScalars.first(where: { !isSpace($0) && $0 != "+" && $0 != "-" }) {
            let c = first.value
            let plausible = isDigit(first) || c == 0x2E || c == 0x2C || c == 0x69 || c == 0x49 || c == 0x6E || c == 0x4E
            if !plausible { return nil }
        }
        var scalars = Array(word.unicodeScalars)
        while let f = scalars.first, isSpace(f) { scalars.removeFirst() }
        while let l = scalars.last, isSpace(l) { scalars.removeLast() }
        guard !scalars.isEmpty else { return nil }
        // Python's int() refuses more than 4300 digits (sys.int_info.str_digits_check_threshold); float() does not.
        if scalars.count <= 4300, isPythonInt(scalars) { return .integer }
        let replaced = scalars.map { $0 == "," ? "." : $0 }
        return isPythonFloat(replaced) ? .real : nil
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.properties.numericType == .decimal }

    /// Python's `str.isspace` (close enough: White_Space).
    static func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }

    /// `[+-]? digit+ ('_' digit+)*` (digits of any script).
    static func isPythonInt(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        if i < s.count, s[i] == "+" || s[i] == "-" { i += 1 }
        return digitPart(s, &i) && i == s.count
    }

    /// digit ('_'? digit)*; advances `i`; false if no digit.
    static func digitPart(_ s: [Unicode.Scalar], _ i: inout Int) -> Bool {
        guard i < s.count, isDigit(s[i]) else { return false }
        i += 1
        while i < s.count {
            if isDigit(s[i]) { i += 1 }
            else if s[i] == "_", i + 1 < s.count, isDigit(s[i + 1]) { i += 2 }
            else { break }
        }
        return true
    }

    static func isPythonFloat(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        if i < s.count, s[i] == "+" || s[i] == "-" { i += 1 }
        let rest = String(String.UnicodeScalarView(s[i...])).lowercased()
        if rest == "inf" || rest == "infinity" || rest == "nan" { return true }
        var j = i
        let intDigits = digitPart(s, &j)
        var fracDigits = false
        if j < s.count, s[j] == "." {
            j += 1
            fracDigits = digitPart(s, &j)
        }
        guard intDigits || fracDigits else { return false }
        if j < s.count, s[j] == "e" || s[j] == "E" {
            j += 1
            if j < s.count, s[j] == "+" || s[j] == "-" { j += 1 }
            guard digitPart(s, &j) else { return false }
        }
        return j == s.count
    }

    /// Python's `str.isalpha` for one code point: a letter category.
    static func isAlpha(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: false
        }
    }

    /// Some letter, and every letter's Unicode name contains `LATIN`.
    static func isLatin(_ word: String) -> Bool {
        var anyAlpha = false
        for s in word.unicodeScalars where isAlpha(s) {
            anyAlpha = true
            if s.value < 0x80 { continue }
            if s.value >= 0x400 && s.value < 0x530 { return false }   // Cyrillic: not Latin
            guard let name = s.properties.name, name.contains("LATIN") else { return false }
        }
        return anyAlpha
    }

    /// Not empty, not all spaces, and every non-space code point is punctuation (`P*`).
    static func isPunctuation(_ word: String) -> Bool {
        var any = false
        for s in word.unicodeScalars {
            if isSpace(s) { continue }
            any = true
            switch s.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation: continue
            default: return false
            }
        }
        return any
    }

    /// pymorphy3's `ROMAN_NUMBERS_RE`, case-insensitive and anchored at both ends:
    /// `M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})`.
    static func isRomanNumber(_ word: String) -> Bool {
        guard !word.isEmpty, word.utf8.count <= 32 else { return false }
        var chars: [UInt8] = []
        for b in word.utf8 {
            guard b < 0x80 else { return false }
            chars.append(b >= 0x61 && b <= 0x7A ? b - 32 : b)
        }
        var i = 0
        var m = 0
        while i < chars.count, chars[i] == UInt8(ascii: "M"), m < 4 { i += 1; m += 1 }
        return digitGroup(chars, i, one: "C", five: "D", ten: "M").contains { j in
            digitGroup(chars, j, one: "X", five: "L", ten: "C").contains { k in
                digitGroup(chars, k, one: "I", five: "V", ten: "X").contains(chars.count)
            }
        }
    }

    /// Every position one Roman decimal digit (`(10|5·1… ) `, as in the regex) can end at, starting at `i`.
    private static func digitGroup(_ c: [UInt8], _ i: Int, one: Unicode.Scalar, five: Unicode.Scalar, ten: Unicode.Scalar) -> [Int] {
        let o = UInt8(ascii: one), f = UInt8(ascii: five), t = UInt8(ascii: ten)
        var ends: [Int] = []
        if i + 1 < c.count, c[i] == o, c[i + 1] == t { ends.append(i + 2) }   // CM
        if i + 1 < c.count, c[i] == o, c[i + 1] == f { ends.append(i + 2) }   // CD
        ends.append(i)                                                        // empty
        var j = i
        if j < c.count, c[j] == f { j += 1; ends.append(j) }                  // D?
        var n = 0
        while j < c.count, c[j] == o, n < 3 { j += 1; n += 1; ends.append(j) } // C{0,3}
        return ends
    }
}
