import LetopisCore

/// Splits Russian news text into tokens by small named rules (razdel style).
///
/// Letters and digits make words and numbers; every other mark is a token of its
/// own unless a ``TokenRule`` joins it: hyphenated words (`аш-Шибани`, `1990-х`),
/// apostrophes (`O'Neil`), decimals (`5,56`), clock times (`10:35`), domains
/// (`Lenta.ru`), URLs, e-mails, runs such as `...` or `?!`. Full stops of
/// abbreviations and initials are tokens of their own (`т|.|е|.`, `В|.|Путин`),
/// as in FactRuEval and razdel; the ``SentenceSplitter`` knows abbreviations.
///
/// ```swift
/// let text = Array("Глава МИД Сирии Асаад аш-Шибани.".utf8)
/// Tokenizer().tokenize(text).count  // 6
/// ```
///
/// The scan runs over the UTF-8 bytes, decoding scalars itself; every step
/// consumes at least one byte and look-ahead is bounded, so the time is linear
/// in the input whatever it holds.
///
/// - Complexity: O(n) in the length of the range.
public struct Tokenizer: Sendable {
    public init() {}

    /// Tokens of `utf8[range]` (the whole text when `range` is nil), in order, with byte ranges into `utf8`.
    /// A range outside the text is clamped to it.
    public func tokenize(_ utf8: [UInt8], in range: TextRange? = nil) -> [Token] {
        var recorder = NoRecorder()
        return run(utf8, in: range, recorder: &recorder)
    }

    /// Tokens, and every join or split decision a named rule took, in text order.
    public func tokenize(_ utf8: [UInt8], in range: TextRange? = nil, trace: inout [TokenDecision]) -> [Token] {
        var recorder = TraceRecorder()
        let tokens = run(utf8, in: range, recorder: &recorder)
        trace.append(contentsOf: recorder.tokens)
        return tokens
    }

    func run<R: SegmentationRecorder>(_ utf8: [UInt8], in range: TextRange?, recorder: inout R) -> [Token] {
        let start = Swift.max(0, Swift.min(range?.start ?? 0, utf8.count))
        let end = Swift.max(start, Swift.min(range?.end ?? utf8.count, utf8.count))
        return utf8.withUnsafeBufferPointer { bytes in
            var scanner = TokenScanner(text: UTF8Scanner(bytes: bytes, end: end), start: start)
            scanner.tokens.reserveCapacity((end - start) / 6 + 4)
            scanner.scan(recorder: &recorder)
            return scanner.tokens
        }
    }
}
