import LetopisCore

/// Groups tokens into sentences by small named rules (razdel style).
///
/// A candidate boundary is a line break, a run of terminal marks (`.`, `!`, `?`,
/// `…` with the closing quotes and brackets stuck to them), a bullet, a numbered
/// list item or a colon before a quoted sentence. At each candidate one
/// ``SentenceRule`` decides; `split(_:tokens:trace:)` reports which.
///
/// ```swift
/// let text = Array("В. В. Путин прибыл в г. Москву. «Уходим!» — сказал он.".utf8)
/// let tokens = Tokenizer().tokenize(text)
/// SentenceSplitter().split(text, tokens: tokens).count  // 2
/// ```
///
/// - Complexity: O(n) in the number of tokens and the bytes between them.
public struct SentenceSplitter: Sendable {
    /// End a sentence at a colon followed by a quoted sentence (`заявил: «Мы ...»`),
    /// as FactRuEval's annotators do. Off, the quote stays in the sentence that introduces it.
    public var splitsBeforeQuotedSentence: Bool

    public init(splitsBeforeQuotedSentence: Bool = true) {
        self.splitsBeforeQuotedSentence = splitsBeforeQuotedSentence
    }

    /// Sentences covering `tokens` (which must be in text order, with ranges into `utf8`). In a text written
    /// in lower case (`casing`, ``TextCasing/of(_:tokens:)``) a lower-case word does not continue a sentence.
    public func split(_ utf8: [UInt8], tokens: [Token], casing: TextCasing = .ordinary) -> [Sentence] {
        var recorder = NoRecorder()
        return run(utf8, tokens: tokens, casing: casing, recorder: &recorder)
    }

    /// Sentences, and the decision of a named rule at every candidate boundary.
    public func split(_ utf8: [UInt8], tokens: [Token], casing: TextCasing = .ordinary,
                      trace: inout [SentenceDecision]) -> [Sentence] {
        var recorder = TraceRecorder()
        let sentences = run(utf8, tokens: tokens, casing: casing, recorder: &recorder)
        trace.append(contentsOf: recorder.sentences)
        return sentences
    }

    func run<R: SegmentationRecorder>(_ utf8: [UInt8], tokens: [Token], casing: TextCasing, recorder: inout R) -> [Sentence] {
        guard let last = tokens.last else { return [] }
        // Tokens from elsewhere may point past the text or be out of order: such input has no sentences.
        var previousEnd = 0
        for t in tokens {
            guard t.range.start >= previousEnd, t.range.end <= utf8.count else { return [] }
            previousEnd = t.range.end
        }
        return utf8.withUnsafeBufferPointer { bytes in
            let view = SplitterView(text: UTF8Scanner(bytes: bytes, end: bytes.count), tokens: tokens,
                                    lowerCaseText: casing == .lowerCase)
            var sentences: [Sentence] = []
            sentences.reserveCapacity(tokens.count / 12 + 1)
            var first = 0
            for k in 0..<(tokens.count - 1) {
                guard let rule = decide(view, after: k, sentenceStart: first) else { continue }
                recorder.sentence(rule.rule, at: tokens[k].range.end, token: k + 1, boundary: rule.boundary)
                if rule.boundary {
                    sentences.append(Sentence(TextRange(tokens[first].range.start, tokens[k].range.end), tokens: first..<(k + 1)))
                    first = k + 1
                }
            }
            recorder.sentence(.endOfText, at: last.range.end, token: tokens.count, boundary: true)
            sentences.append(Sentence(TextRange(tokens[first].range.start, last.range.end), tokens: first..<tokens.count))
            return sentences
        }
    }

    /// The rule that decides the gap after token `k`, or nil when the gap is no candidate.
    func decide(_ v: SplitterView, after k: Int, sentenceStart: Int) -> (rule: SentenceRule, boundary: Bool)? {
        let next = k + 1
        if let decided = lineBreakRule(v, after: k) { return decided }
        let nextScalar = v.firstScalar(next)
        // `• Канада • Чехия`
        if Scalar.isBullet(nextScalar) && v.isSingle(next) {
            if Scalar.isBullet(v.firstScalar(k)) { return (.bulletItem, false) }
            return (.bulletItem, true)
        }
        // `... голоса) 2. Леван`
        if v.firstScalar(k) == 0x29 && v.isListNumber(next) { return (.numberedItem, true) }
        // `заявил: «Мы ...`
        if splitsBeforeQuotedSentence && v.firstScalar(k) == Scalar.colon && v.isSingle(k) {
            return quotedSentenceRule(v, afterColon: k)
        }
        // Terminal marks.
        guard v.isTerminalOrCloser(k) else { return nil }
        // Inside a run `!».`, `г.)`: decide at its end.
        if v.adjacent(k, next) && v.isTerminalOrCloser(next) { return nil }
        // The run's first terminal mark.
        var runStart = k
        while runStart > sentenceStart && v.adjacent(runStart - 1, runStart) && v.isTerminalOrCloser(runStart - 1) {
            runStart -= 1
        }
        guard let terminal = (runStart...k).first(where: { v.isTerminal($0) }) else { return nil }
        if let decided = followerRule(v, next: next) { return decided }
        if let decided = abbreviationRule(v, terminal: terminal, next: next, sentenceStart: sentenceStart) { return decided }
        return (.terminalMark, true)
    }

    /// Line breaks between token `k` and the next: a blank line always ends a sentence, a single
    /// break unless the next line continues in lower case; nil without a break.
    func lineBreakRule(_ v: SplitterView, after k: Int) -> (rule: SentenceRule, boundary: Bool)? {
        let breaks = v.lineBreaks(between: k, and: k + 1)
        if breaks >= 2 { return (.paragraphBreak, true) }
        if breaks == 1 {
            if v.continuesInLowerCase(k + 1) && !v.isTerminalOrCloser(k) { return (.wrappedLine, false) }
            return (.lineBreak, true)
        }
        return nil
    }

    /// After a colon: a quoted sentence starts (`заявил: «Мы ...»`), unless the quote is a title.
    func quotedSentenceRule(_ v: SplitterView, afterColon k: Int) -> (rule: SentenceRule, boundary: Bool)? {
        var q = k + 1
        if Scalar.isDash(v.firstScalar(q)) && v.isSingle(q) { q += 1 }
        let qs = v.firstScalar(q)
        guard q < v.count - 1, v.isSingle(q), Scalar.isOpeningQuote(qs) || qs == Scalar.quote,
              v.startsLikeSentence(q + 1), v.adjacent(q, q + 1) else { return nil }
        // A quoted title or a list of them (`книг: «Батальоны просят огня», «...`) is no sentence:
        // after its closing quote comes a comma, or a word when no terminal mark closed the quote.
        if let close = v.closingQuote(opening: q) {
            let after = close + 1
            if after < v.count && v.lineBreaks(between: close, and: after) == 0 {
                let a = v.firstScalar(after)
                if a == Scalar.comma { return (.quotedTitle, false) }
                if !Scalar.isTerminal(a) && !v.isTerminal(close - 1) { return (.quotedTitle, false) }
            }
        }
        return (.colonBeforeQuote, true)
    }

    /// What follows a run of terminal marks: a lower-case word or inner punctuation continues the sentence.
    func followerRule(_ v: SplitterView, next: Int) -> (rule: SentenceRule, boundary: Bool)? {
        let cls = v.firstClass(next)
        let nextScalar = v.firstScalar(next)
        if v.continuesInLowerCase(next) { return (.lowercaseFollows, false) }
        if nextScalar == 0x3E { return (.punctuationFollows, false) }  // `<…>`: an elision
        guard cls == .punctuation else { return nil }
        if nextScalar == Scalar.comma || nextScalar == Scalar.semicolon || nextScalar == Scalar.colon
            || Scalar.isClosingBracket(nextScalar)
            || (Scalar.isClosingQuote(nextScalar) && !Scalar.isOpeningQuote(nextScalar)) {
            return (.punctuationFollows, false)
        }
        if Scalar.isDash(nextScalar) && v.firstClass(next + 1) == .lower {
            return (.speechAttribution, false)
        }
        if (Scalar.isOpeningQuote(nextScalar) || Scalar.isNeutralQuote(nextScalar) || Scalar.isOpeningBracket(nextScalar))
            && v.continuesInLowerCase(next + 1) {
            return (.lowercaseFollows, false)
        }
        return nil
    }

    /// A full stop after a word: initials (`В. В. Путин`), numbered items and abbreviations (`г. Москву`).
    func abbreviationRule(_ v: SplitterView, terminal: Int, next: Int, sentenceStart: Int) -> (rule: SentenceRule, boundary: Bool)? {
        guard v.firstScalar(terminal) == Scalar.fullStop && v.isSingle(terminal) && terminal > sentenceStart
            && v.adjacent(terminal - 1, terminal) else { return nil }
        let w = terminal - 1
        let wCls = v.firstClass(w)
        if v.isListNumber(w) && w == sentenceStart { return (.numberedItem, false) }
        // A single capital after a number is a unit or a grade (`до 10 G.`), not an initial.
        if wCls == .upper && v.scalarCount(w, atMost: 2) == 1 && v.firstClass(next) == .upper
            && !(w > sentenceStart && v.kind(w - 1) == .number) {
            return (.initial, false)
        }
        // In a lower-case text a single letter before a full stop and a word is an initial or an abbreviation
        // (`в. путин`, `с. ивановка`): the capitals that tell an initial are missing, and a sentence rarely
        // ends on a one-letter word.
        if v.lowerCaseText && wCls == .lower && v.scalarCount(w, atMost: 2) == 1 && v.firstClass(next) == .lower
            && !(w > sentenceStart && v.kind(w - 1) == .number) {
            return (.initial, false)
        }
        guard wCls == .lower || wCls == .upper else { return nil }
        // `т.е.`: the pair's second half, its stop and the first half before.
        if w >= sentenceStart + 2 && v.isSingle(w - 1) && v.firstScalar(w - 1) == Scalar.fullStop
            && v.scalarCount(w, atMost: 2) == 1 && v.scalarCount(w - 2, atMost: 2) == 1
            && Abbreviations.innerPairHashes.contains(v.hash(w - 2) &* 31 &+ v.hash(w)) {
            return (.abbreviation, false)
        }
        if Abbreviations.headHashes.contains(v.hash(w)) {
            // After a number it measures it (`в 2011 г.`); after `и` it closes a list (`и пр.`):
            // either may end a sentence, and the next word's case decides.
            let afterNumber = w > sentenceStart && v.firstClass(w - 1) == .digit
            let closesList = w > sentenceStart && Abbreviations.listCloserHashes.contains(v.hash(w - 1))
            if !afterNumber && !closesList { return (.abbreviation, false) }
        }
        return nil
    }
}
