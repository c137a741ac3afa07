import Foundation
import LetopisCore

extension TokenEncoder {
    /// Ids of every token of a document.
    public func encode(document: Document) -> EncodedSequence {
        encode(utf8: document.utf8, ranges: document.tokens.map(\.range))
    }
}

extension Document {
    /// Texts of the tokens in `range`.
    func tokenTexts(_ range: Range<Int>) -> [String] {
        range.map { text(ofToken: $0) }
    }

    /// Sentences whose token ranges are valid for this document.
    var validSentences: [Sentence] {
        sentences.filter { $0.tokens.lowerBound >= 0 && $0.tokens.upperBound <= tokens.count && !$0.tokens.isEmpty }
    }
}
