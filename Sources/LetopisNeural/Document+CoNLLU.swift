import LetopisCore

extension Document {
    /// The document as CoNLL-U: one block per sentence, one line per token
    /// (`ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC`), `_` for what is
    /// missing; NER as `NER=B-PER` in MISC when `ner` is true. Heads are
    /// sentence-relative, as CoNLL-U wants (0 = root; a head outside the
    /// sentence, which the news models never give, is written as `_`).
    ///
    /// - Complexity: O(tokens + mentions).
    public func conllu(ner: Bool = false) -> String {
        var bio = [String](repeating: "O", count: tokens.count)
        if ner {
            var t = 0
            for m in mentions.sorted(by: { $0.range < $1.range }) {
                while t < tokens.count && tokens[t].range.end <= m.range.start { t += 1 }
                var i = t, first = true
                while i < tokens.count && tokens[i].range.start < m.range.end {
                    if m.range.contains(tokens[i].range) {
                        bio[i] = (first ? "B-" : "I-") + m.type.rawValue
                        first = false
                    }
                    i += 1
                }
            }
        }
        var out = ""
        for (n, s) in sentences.enumerated() where s.tokens.lowerBound >= 0 && s.tokens.upperBound <= tokens.count {
            var line = text(of: s.range)
            line = String(line.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
            out += "# sent_id = \(n + 1)\n# text = \(line)\n"
            for i in s.tokens {
                let tag = morphTags.indices.contains(i) ? morphTags[i] : nil
                let feats = tag.map { $0.features.isEmpty ? "_" : $0.features.map { "\($0.0)=\($0.1)" }.joined(separator: "|") } ?? "_"
                let arc = syntax.indices.contains(i) ? syntax[i] : nil
                var head = "_"
                if let arc {
                    if let h = arc.head { head = s.tokens.contains(h) ? String(h - s.tokens.lowerBound + 1) : "_" } else { head = "0" }
                }
                let form = text(ofToken: i).replacingOccurrences(of: "\t", with: " ")
                let cols = [String(i - s.tokens.lowerBound + 1), form, "_", tag?.pos ?? "_", "_", feats,
                            head, arc?.relation ?? "_", "_", ner ? "NER=\(bio[i])" : "_"]
                out += cols.joined(separator: "\t") + "\n"
            }
            out += "\n"
        }
        return out
    }
}
