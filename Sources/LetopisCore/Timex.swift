/// TIMEX3 type of a time expression.
public enum TimexType: String, Sendable, Hashable, CaseIterable {
    case date = "DATE"
    case time = "TIME"
    case duration = "DURATION"
    case set = "SET"
}

/// TIMEX3 modifier: which part of the period, or how it is bounded.
public enum TimexMod: String, Sendable, Hashable, CaseIterable {
    case start = "START"
    case mid = "MID"
    case end = "END"
    case approx = "APPROX"
    case before = "BEFORE"
    case after = "AFTER"
    case onOrBefore = "ON_OR_BEFORE"
    case onOrAfter = "ON_OR_AFTER"
    case lessThan = "LESS_THAN"
    case moreThan = "MORE_THAN"
}

/// A time expression: where it is, what it means (TIMEX3 `value`), and which rule found it.
public struct Timex: Hashable, Sendable {
    public var range: TextRange
    public var type: TimexType
    /// TIMEX3 value: `2025-07`, `2025-12-07`, `P3W`, `FUTURE_REF`, `XXXX-07` when no anchor is known.
    public var value: String
    public var mod: TimexMod?
    /// Name of the rule that produced it, for `--trace`.
    public var rule: String

    public init(_ range: TextRange, type: TimexType, value: String, mod: TimexMod? = nil, rule: String) {
        self.range = range
        self.type = type
        self.value = value
        self.mod = mod
        self.rule = rule
    }
}
