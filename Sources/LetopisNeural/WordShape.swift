/// slovnet's word shape (`slovnet/shape.py`): a coarse class of a token's
/// script and capitalisation, the second input of every model.
///
/// Rules, in slovnet's order:
/// - `type`: the first alternative of `[а-яё]+ | [a-z]+ | [+-]?\d+ | [PUNCTS]+`
///   (case-insensitive) matching at the token's start: `RU`, `EN`, `NUM`, `PUNCT`,
///   else `OTHER` (so `СИЗО-6` is RU and `2011-2020` is NUM).
/// - `RU`/`EN` take the outline of the whole token: `X`/`x` for one letter,
///   `XX`, `xx`, `Xx`, `Xx-Xx`, else `OTHER` → `RU_Xx`.
/// - `PUNCT` keeps a single listed mark (`PUNCT_«`), anything longer is `PUNCT_OTHER`.
///
/// ```swift
/// WordShape.of("Москва")  // "RU_Xx"
/// WordShape.of("...")     // "PUNCT_OTHER"
/// ```
public enum WordShape {
    /// slovnet's `PUNCTS`.
    static let puncts: Set<Unicode.Scalar> = Set("!#$%&()[]\\/*+,.:;<=>?@^_{|}~-‐−‒⁃–—―`\"'«»„“ʼʻ”№…".unicodeScalars)

    public static func of(_ word: String) -> String {
        let scalars = Array(word.unicodeScalars)
        guard let first = scalars.first else { return "OTHER" }
        if isRussian(first) { return "RU_" + outline(scalars) }
        if isEnglish(first) { return "EN_" + outline(scalars) }
        if isDigit(first) || ((first == "+" || first == "-") && scalars.count > 1 && isDigit(scalars[1])) { return "NUM" }
        if puncts.contains(first) {
            return scalars.count == 1 ? "PUNCT_" + String(first) : "PUNCT_OTHER"
        }
        return "OTHER"
    }

    /// `[а-яё]` under `re.IGNORECASE`.
    static func isRussian(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0430...0x044F, 0x0410...0x042F, 0x0451, 0x0401: return true
        default: return false
        }
    }

    /// `[a-z]` under `re.IGNORECASE` (with the letters Python folds onto ASCII: İ ı ſ K).
    static func isEnglish(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x41...0x5A, 0x61...0x7A, 0x130, 0x131, 0x17F, 0x212A: return true
        default: return false
        }
    }

    /// Python's `\d`: any decimal digit.
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.properties.numericType == .decimal }

    static func outline(_ w: [Unicode.Scalar]) -> String {
        if w.count == 1 { return isUpper(w[...]) ? "X" : "x" }
        if isUpper(w[...]) { return "XX" }
        if isLower(w[...]) { return "xx" }
        if isTitle(w[...]) { return "Xx" }
        if let dash = w.firstIndex(of: "-"), isTitle(w[..<dash]), isTitle(w[(dash + 1)...]) { return "Xx-Xx" }
        return "OTHER"
    }

    /// Python's `str.isupper()`: some cased letter, none lower or title case.
    static func isUpper(_ w: ArraySlice<Unicode.Scalar>) -> Bool {
        var cased = false
        for c in w {
            let p = c.properties
            if p.isLowercase || p.generalCategory == .titlecaseLetter { return false }
            if p.isUppercase { cased = true }
        }
        return cased
    }

    /// Python's `str.islower()`.
    static func isLower(_ w: ArraySlice<Unicode.Scalar>) -> Bool {
        var cased = false
        for c in w {
            let p = c.properties
            if p.isUppercase || p.generalCategory == .titlecaseLetter { return false }
            if p.isLowercase { cased = true }
        }
        return cased
    }

    /// slovnet's `is_title`: longer than one, first upper, rest lower.
    static func isTitle(_ w: ArraySlice<Unicode.Scalar>) -> Bool {
        guard w.count > 1 else { return false }
        return isUpper(w[w.startIndex...w.startIndex]) && isLower(w[(w.startIndex + 1)...])
    }
}
