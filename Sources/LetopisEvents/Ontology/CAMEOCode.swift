/// GDELT's four-way grouping of CAMEO codes (the `QuadClass` column), fixed by the root code:
/// 01–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict.
public enum QuadClass: Int, Sendable, Hashable, CaseIterable {
    case verbalCooperation = 1
    case materialCooperation = 2
    case verbalConflict = 3
    case materialConflict = 4

    /// The quad class of a CAMEO root code (`"01"` … `"20"`); nil outside that range.
    public init?(rootCode: String) {
        guard rootCode.utf8.count == 2, let root = Int(rootCode) else { return nil }
        switch root {
        case 1...5: self = .verbalCooperation
        case 6...8: self = .materialCooperation
        case 9...13: self = .verbalConflict
        case 14...20: self = .materialConflict
        default: return nil
        }
    }
}

/// One CAMEO event code of the codebook, with what GDELT derives from it.
///
/// ```swift
/// let c = CAMEO.code(type: "CONSULT", mode: "phone")   // 041
/// c?.rootCode    // "04"   (GDELT EventRootCode)
/// c?.baseCode    // "041"  (GDELT EventBaseCode)
/// c?.quadClass   // .verbalCooperation
/// c?.goldstein   // 1.0
/// ```
public struct CAMEOCode: Hashable, Sendable, CustomStringConvertible {
    /// The full code, two to four digits with its leading zero: `"0841"`, `"173"`.
    public var code: String
    /// The first two digits: the cue category (`"08"`).
    public var rootCode: String { String(code.prefix(2)) }
    /// The first three digits (GDELT's `EventBaseCode`); the code itself when it has fewer.
    public var baseCode: String { String(code.prefix(3)) }
    public var quadClass: QuadClass
    /// The Goldstein conflict–cooperation score of the code, −10 … +10 (GDELT's table).
    public var goldstein: Double
    /// The codebook's description (`"Discuss by telephone"`).
    public var label: String

    public var description: String { code }

    public init(code: String, quadClass: QuadClass, goldstein: Double, label: String) {
        self.code = code
        self.quadClass = quadClass
        self.goldstein = goldstein
        self.label = label
    }
}
