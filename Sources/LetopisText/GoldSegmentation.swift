import LetopisCore

/// A gold segmentation: token spans and sentences, offsets in Unicode code points.
public struct GoldSegmentation: Hashable, Sendable {
    /// Token spans, `start..<end` in code points, in file order.
    public var tokens: [Range<Int>]
    /// Sentences as ranges of indexes into `tokens`.
    public var sentences: [Range<Int>]

    public init(tokens: [Range<Int>], sentences: [Range<Int>]) {
        self.tokens = tokens
        self.sentences = sentences
    }

    /// Parses FactRuEval's `.tokens` format: one token a line (`id start length text`),
    /// sentences separated by blank lines.
    ///
    /// - Throws: ``LetopisError`` `.badArgument` naming the line that does not parse.
    public init(factRuEvalTokens source: String, subject: String = "tokens") throws {
        var tokens: [Range<Int>] = []
        var sentences: [Range<Int>] = []
        var sentenceStart = 0
        var lineNumber = 0
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if fields.isEmpty || line.allSatisfy({ $0 == "\r" || $0 == " " }) {
                if tokens.count > sentenceStart { sentences.append(sentenceStart..<tokens.count) }
                sentenceStart = tokens.count
                continue
            }
            guard fields.count >= 3, let start = Int(fields[1]), let length = Int(fields[2]), start >= 0, length > 0 else {
                throw LetopisError(.badArgument, subject: "\(subject):\(lineNumber)",
                                   message: "expected 'id start length text', found '\(line.prefix(60))'",
                                   remedy: "give a FactRuEval .tokens file")
            }
            tokens.append(start..<(start + length))
        }
        if tokens.count > sentenceStart { sentences.append(sentenceStart..<tokens.count) }
        self.init(tokens: tokens, sentences: sentences)
    }

    /// Code point offsets where a sentence ends and another follows.
    var sentenceBoundaries: Set<Int> {
        Set(sentences.dropLast().compactMap { $0.isEmpty ? nil : tokens[$0.upperBound - 1].upperBound })
    }
}
