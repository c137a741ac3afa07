/// Why the tokenizer joined two pieces of text into one token, or kept them apart.
///
/// Each case is one named rule of ``Tokenizer``; `letopis segment --trace` prints them.
public enum TokenRule: String, Sendable, CaseIterable {
    /// `аш-Шибани`, `Абу-Даби`, `1990-х`, `STS-124`: a hyphen between letters or digits and letters.
    case hyphenatedWord = "hyphenated-word"
    /// `2007-2008`: a hyphen between two numbers is a range, three tokens.
    case numberRange = "number-range"
    /// `теле- и радио`: a hyphen that ends the first half of a shared compound.
    case suspendedHyphen = "suspended-hyphen"
    /// `O'Neil`, `Christie’s`: an apostrophe between letters.
    case apostropheWord = "apostrophe-word"
    /// `5,56`, `06.00`: a decimal separator between digits.
    case decimalNumber = "decimal-number"
    /// `10:35`: hours and minutes.
    case clockTime = "clock-time"
    /// `3:1`, `01:23` with hours past 23: a colon between numbers that are no time.
    case numberColon = "number-colon"
    /// `Lenta.ru`, `кремль.рф`: a full stop before a domain zone.
    case domainName = "domain-name"
    /// `т.е.`, `В.В.`, `году.В`: a full stop between letters is a token of its own.
    case abbreviationStop = "abbreviation-stop"
    /// `.eu`, `.РФ`: a domain zone named on its own.
    case domainZone = "domain-zone"
    /// `https://...`, `www....`.
    case url = "url"
    /// `press@example.ru`.
    case email = "email"
    /// `snake_case`: an underscore between letters or digits.
    case underscoreWord = "underscore-word"
    /// `...`, `?!`, `!!!`, `--`: runs of the same marks are one token.
    case punctuationRun = "punctuation-run"
    /// Combining accents, variation selectors, emoji modifiers and joiners stay with what they modify.
    case attachedMark = "attached-mark"
    /// 🇷🇺: two regional indicators make one flag.
    case flag = "flag"
}

/// Why the splitter did, or did not, end a sentence at a candidate.
public enum SentenceRule: String, Sendable, CaseIterable {
    /// A blank line (paragraph break) always ends a sentence.
    case paragraphBreak = "paragraph-break"
    /// A single line break ends a sentence (a headline, a list line)...
    case lineBreak = "line-break"
    /// ...unless it only wraps a sentence: no mark before it and a lower-case word after it.
    case wrappedLine = "wrapped-line"
    /// `.`, `!`, `?`, `…` before an upper-case word, a digit, an opening quote or a dash.
    case terminalMark = "terminal-mark"
    /// A terminal mark followed by a lower-case word does not end a sentence.
    case lowercaseFollows = "lowercase-follows"
    /// A terminal mark followed by `,` `;` `:` `)` or another mark does not end a sentence.
    case punctuationFollows = "punctuation-follows"
    /// `В. В. Путин`: a single capital before a full stop is an initial.
    case initial = "initial"
    /// `ул. Тверская`, `им. Ленина`, `т.е. Москва`: an abbreviation that always has a word after it.
    case abbreviation = "abbreviation"
    /// `«Уходим!» — сказал он`: direct speech closed by a quote and followed by a dash and a lower-case verb.
    case speechAttribution = "speech-attribution"
    /// `... голоса) 2. Леван`: a numbered list item starts a sentence; its number's full stop ends none.
    case numberedItem = "numbered-item"
    /// `• Канада • Чехия`: a bullet starts a sentence.
    case bulletItem = "bullet-item"
    /// `заявил: «Мы ...`: a colon before a quoted sentence ends a sentence (FactRuEval convention).
    case colonBeforeQuote = "colon-before-quote"
    /// The end of the text.
    case endOfText = "end-of-text"
}

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
