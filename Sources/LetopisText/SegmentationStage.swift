import LetopisCore

/// Pipeline stage: fills `tokens` and `sentences` from the document's body.
public struct SegmentationStage: Stage {
    public let tokenizer: Tokenizer
    public let splitter: SentenceSplitter
    public var name: String { "segment.rules.v1" }
    public var requires: Set<Layer> { [.text] }
    public var produces: Set<Layer> { [.tokens, .sentences] }

    public init(tokenizer: Tokenizer = Tokenizer(), splitter: SentenceSplitter = SentenceSplitter()) {
        self.tokenizer = tokenizer
        self.splitter = splitter
    }

    /// Where the body of a raw `.txt` text starts: after a `date YYYY-MM-DD` header, else 0.
    /// (A ``Document`` made by `DocumentReader` already knows it as `bodyStart`.)
    public static func bodyStart(of utf8: [UInt8]) -> Int {
        HeaderParser.parse(utf8)?.bodyStart ?? 0
    }

    public func process(_ document: inout Document) throws {
        // A malformed word list of `Lexicons/` (caught by the tests before a release) is every document's error.
        if case .failure(let error) = SegmentationLexicon.shipped { throw error }
        let body = TextRange(document.bodyStart, document.utf8.count)
        document.tokens = tokenizer.tokenize(document.utf8, in: body)
        document.casing = TextCasing.of(document.utf8, tokens: document.tokens)
        document.sentences = splitter.split(document.utf8, tokens: document.tokens, casing: document.casing)
        document.layers.formUnion(produces)
    }
}
