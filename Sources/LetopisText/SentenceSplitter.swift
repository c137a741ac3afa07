import LetopisCore

/// Groups tokens into sentences. (Interim: ends at `.!?` before an upper-case
/// word, and at line breaks; the rule-based splitter replaces it with the same API.)
public struct SentenceSplitter: Sendable {
    public init() {}

    public func split(_ utf8: [UInt8], tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var first = 0
        for i in tokens.indices {
            let t = tokens[i]
            let isLast = i == tokens.count - 1
            var boundary = isLast
            if !isLast {
                let gap = utf8[t.range.end..<tokens[i + 1].range.start]
                if gap.contains(0x0A) { boundary = true }
                if t.kind == .punctuation, t.range.count == 1, [0x2E, 0x21, 0x3F].contains(utf8[t.range.start]) {
                    let next = tokens[i + 1]
                    let s = String(decoding: utf8[next.range.start..<next.range.end], as: UTF8.self)
                    if let c = s.first, c.isUppercase { boundary = true }
                }
            }
            if boundary {
                sentences.append(Sentence(TextRange(tokens[first].range.start, t.range.end), tokens: first..<(i + 1)))
                first = i + 1
            }
        }
        return sentences
    }
}
