/// One decision of the tokenizer: at byte `offset`, `rule` joined the text on both sides or split it.
public struct TokenDecision: Hashable, Sendable {
    public var offset: Int
    public var rule: TokenRule
    public var joined: Bool

    public init(offset: Int, rule: TokenRule, joined: Bool) {
        self.offset = offset
        self.rule = rule
        self.joined = joined
    }
}

/// One decision of the splitter at a candidate boundary: the byte `offset` just after
/// the last token of the left side, and `token`, the index of the first token after it.
public struct SentenceDecision: Hashable, Sendable {
    public var offset: Int
    public var token: Int
    public var rule: SentenceRule
    public var boundary: Bool

    public init(offset: Int, token: Int, rule: SentenceRule, boundary: Bool) {
        self.offset = offset
        self.token = token
        self.rule = rule
        self.boundary = boundary
    }
}

/// Receives rule decisions; the no-op recorder compiles away in the hot path.
protocol SegmentationRecorder {
    mutating func token(_ rule: TokenRule, at offset: Int, joined: Bool)
    mutating func sentence(_ rule: SentenceRule, at offset: Int, token: Int, boundary: Bool)
}

struct NoRecorder: SegmentationRecorder {
    /// One byte of state: every empty struct shares one address, so ThreadSanitizer took the `inout`
    /// accesses of tokenizers on different threads for a race on one variable (28 reports, all this one).
    private var unused: UInt8 = 0
    @inline(__always) mutating func token(_ rule: TokenRule, at offset: Int, joined: Bool) {}
    @inline(__always) mutating func sentence(_ rule: SentenceRule, at offset: Int, token: Int, boundary: Bool) {}
}

struct TraceRecorder: SegmentationRecorder {
    var tokens: [TokenDecision] = []
    var sentences: [SentenceDecision] = []

    mutating func token(_ rule: TokenRule, at offset: Int, joined: Bool) {
        tokens.append(TokenDecision(offset: offset, rule: rule, joined: joined))
    }

    mutating func sentence(_ rule: SentenceRule, at offset: Int, token: Int, boundary: Bool) {
        sentences.append(SentenceDecision(offset: offset, token: token, rule: rule, boundary: boundary))
    }
}
