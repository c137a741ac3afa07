import LetopisCore

/// The sentences of many documents as one batch for a per-sentence model,
/// and where each sentence came from, so results go back to their tokens.
enum SentenceBatch {
    typealias Owner = (doc: Int, tokens: Range<Int>)

    /// Every valid sentence of every document, in order, with its owner.
    static func collect(_ documents: [Document], encoded: [EncodedSequence]) -> ([EncodedSequence], [Owner]) {
        var sequences: [EncodedSequence] = []
        var owners: [Owner] = []
        for (d, doc) in documents.enumerated() {
            for s in doc.validSentences {
                sequences.append(encoded[d][s.tokens])
                owners.append((d, s.tokens))
            }
        }
        return (sequences, owners)
    }
}
