import LetopisCore

/// The sentences of many documents as one batch for a per-sentence model,
/// and where each sentence came from, so results go back to their tokens.
enum SentenceBatch {
    typealias Owner = (doc: Int, tokens: Range<Int>)

    /// Every valid sentence of every document, in order, with its owner. A sentence longer than
    /// `window` tokens is cut into consecutive windows of at most `window` tokens, so that a model whose
    /// memory grows faster than the sentence (the biaffine parser's is quadratic) stays bounded.
    static func collect(_ documents: [Document], encoded: [EncodedSequence], window: Int = .max) -> ([EncodedSequence], [Owner]) {
        var sequences: [EncodedSequence] = []
        var owners: [Owner] = []
        let window = max(1, window)
        for (d, doc) in documents.enumerated() {
            for s in doc.validSentences {
                var start = s.tokens.lowerBound
                while start < s.tokens.upperBound {
                    let end = s.tokens.upperBound - start > window ? start + window : s.tokens.upperBound
                    sequences.append(encoded[d][start..<end])
                    owners.append((d, start..<end))
                    start = end
                }
            }
        }
        return (sequences, owners)
    }
}
