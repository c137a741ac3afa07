import LetopisCore

/// Writes a document as CoNLL-U: one block per sentence, tokens with lemma,
/// UD part of speech and features, head and relation; NER tags in MISC (`NER=B-PER`).
public struct CoNLLUEncoder: Sendable {
    public init() {}

    public func encode(_ document: Document) -> String {
        var nerTags = [String](repeating: "O", count: document.tokens.count)
        for m in document.mentions {
            var first = true
            for (i, t) in document.tokens.enumerated() where m.range.contains(t.range) {
                nerTags[i] = (first ? "B-" : "I-") + m.type.rawValue
                first = false
            }
        }
        var out = ""
        for (s, sentence) in document.sentences.enumerated() {
            out += "# sent_id = \(document.id)-\(s + 1)\n"
            out += "# text = \(document.text(of: sentence.range).replacingOccurrences(of: "\n", with: " "))\n"
            let tokens = sentence.tokens.clamped(to: 0..<document.tokens.count)
            for t in tokens {
                let form = document.text(ofToken: t).replacingOccurrences(of: "\t", with: " ")
                let lemma = t < document.lemmas.count ? document.lemmas[t] : "_"
                let tag = t < document.morphTags.count ? document.morphTags[t] : nil
                let feats = tag.map { $0.features.isEmpty ? "_" : $0.features.map { "\($0.0)=\($0.1)" }.joined(separator: "|") } ?? "_"
                var head = "_", rel = "_"
                if t < document.syntax.count {
                    let arc = document.syntax[t]
                    if let h = arc.head, tokens.contains(h) { head = String(h - tokens.lowerBound + 1) } else { head = "0" }
                    rel = arc.head == nil ? "root" : arc.relation
                }
                let misc = nerTags[t] == "O" ? "_" : "NER=\(nerTags[t])"
                out += "\(t - tokens.lowerBound + 1)\t\(form)\t\(lemma.isEmpty ? "_" : lemma)\t\(tag?.pos ?? "_")\t_\t\(feats)\t\(head)\t\(rel)\t_\t\(misc)\n"
            }
            out += "\n"
        }
        return out
    }
}
