import LetopisCore

/// Writes a document as CoNLL-U that the Universal Dependencies validator accepts (levels 1 and 2):
/// one block per sentence, tokens with lemma, UD part of speech and features, head and relation;
/// NER tags in MISC (`NER=B-PER`).
///
/// What makes it valid (Docs/output-format.md, "CoNLL-U"):
/// - `# text` is rebuilt from the forms, one space where the text has any whitespace between two
///   tokens and `SpaceAfter=No` where it has none, so text and tokens always agree;
/// - every sentence is one tree: with `--format conllu` the syntax model decodes trees; arcs that still
///   do not form one (a parse from another decoder, a head outside the sentence) are repaired — the first
///   root stays the root, other roots and tokens on a cycle are attached to it as `dep`;
/// - features are sorted by name, as the format requires; whitespace inside a form becomes U+00A0
///   (UD forms hold no spaces);
/// - a proper noun's lemma is capitalised as its form is (`москва` → `Москва`, `оон` → `ООН`),
///   as in UD Russian.
/// - Complexity: O(tokens + mentions) per document.
public struct CoNLLUEncoder: Sendable {
    public init() {}

    public func encode(_ document: Document) -> String {
        var nerTags = [String](repeating: "O", count: document.tokens.count)
        for m in document.mentions {
            let overlapping = document.tokens.indices(overlapping: m.range)
            var first = true
            for i in overlapping where m.range.contains(document.tokens[i].range) {
                nerTags[i] = (first ? "B-" : "I-") + m.type.rawValue
                first = false
            }
        }
        var out = ""
        for (s, sentence) in document.sentences.enumerated() {
            let tokens = sentence.tokens.clamped(to: 0..<document.tokens.count)
            guard !tokens.isEmpty else { continue }
            let forms = tokens.map { Self.form(document.text(ofToken: $0)) }
            // Space after each token: whether the text has any whitespace before the next token.
            let spaceAfter = tokens.map { t in
                t + 1 < tokens.upperBound && document.tokens[t].range.end < document.tokens[t + 1].range.start
            }
            var text = ""
            for (k, form) in forms.enumerated() { text += form + (spaceAfter[k] ? " " : "") }
            let (heads, relations) = tree(tokens, document)
            out += "# sent_id = \(document.id)-\(s + 1)\n"
            out += "# text = \(text)\n"
            for (k, t) in tokens.enumerated() {
                let tag = t < document.morphTags.count ? document.morphTags[t] : nil
                var lemma = t < document.lemmas.count ? Self.form(document.lemmas[t]) : ""
                if lemma.isEmpty { lemma = "_" }
                if tag?.pos == "PROPN" { lemma = Self.capitalised(lemma, like: forms[k]) }
                let feats = tag.map { tag in
                    tag.features.isEmpty ? "_" : tag.features
                        .sorted { $0.0.lowercased() < $1.0.lowercased() }
                        .map { "\($0.0)=\($0.1)" }.joined(separator: "|")
                } ?? "_"
                var misc: [String] = []
                if nerTags[t] != "O" { misc.append("NER=\(nerTags[t])") }
                // The last token of a sentence: the text's own spacing is not the sentence's business.
                if !spaceAfter[k] && k + 1 < forms.count { misc.append("SpaceAfter=No") }
                let fields = [String(k + 1), forms[k], lemma, tag?.pos ?? "X", "_", feats,
                              heads[k].map(String.init) ?? "_", relations[k], "_", misc.isEmpty ? "_" : misc.joined(separator: "|")]
                out += fields.joined(separator: "\t") + "\n"
            }
            out += "\n"
        }
        return out
    }

    /// Sentence-relative heads (1-based, 0 for the root) and relations, repaired into one tree.
    /// Without a syntax layer every head is `_` (CoNLL-U without a parse).
    func tree(_ tokens: Range<Int>, _ document: Document) -> ([Int?], [String]) {
        let n = tokens.count
        guard tokens.upperBound <= document.syntax.count else { return ([Int?](repeating: nil, count: n), [String](repeating: "_", count: n)) }
        var heads = [Int](repeating: 0, count: n)
        var relations = [String](repeating: "dep", count: n)
        for (k, t) in tokens.enumerated() {
            let arc = document.syntax[t]
            if let h = arc.head, tokens.contains(h), h != t { heads[k] = h - tokens.lowerBound + 1 } else { heads[k] = 0 }
            relations[k] = arc.relation.isEmpty ? "dep" : arc.relation
        }
        // One root: the first token headed by 0, or the first token when none is.
        let root = heads.firstIndex(of: 0) ?? 0
        for k in 0..<n where k != root && heads[k] == 0 { heads[k] = root + 1; relations[k] = "dep" }
        heads[root] = 0
        relations[root] = "root"
        // Cycles: a token from which the root cannot be reached within n steps is on (or under) a cycle.
        for k in 0..<n where k != root {
            var j = k, steps = 0
            while heads[j] != 0 && steps <= n { j = heads[j] - 1; steps += 1 }
            if heads[j] != 0 || steps > n { heads[k] = root + 1; relations[k] = "dep" }
        }
        for k in 0..<n where k != root && relations[k] == "root" { relations[k] = "dep" }
        return (heads.map { Optional($0) }, relations)
    }

    /// A form or lemma as CoNLL-U holds it: no tabs, line breaks or spaces.
    static func form(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0.properties.isWhitespace }) else { return s }
        return String(String.UnicodeScalarView(s.unicodeScalars.map { $0.properties.isWhitespace ? "\u{00A0}" : $0 }))
    }

    /// A proper noun's lemma with the capitals of its form, part by hyphenated part: all capitals for an
    /// abbreviation written so (`ООН`), a capital initial otherwise (`Нью-Йорк`).
    static func capitalised(_ lemma: String, like form: String) -> String {
        guard lemma != "_" else { return lemma }
        let formParts = form.split(separator: "-", omittingEmptySubsequences: false)
        let parts = lemma.split(separator: "-", omittingEmptySubsequences: false).enumerated().map { i, part -> String in
            let model = i < formParts.count ? formParts[i] : formParts.last ?? Substring(form)
            let letters = model.filter(\.isLetter)
            if letters.count > 1 && letters.allSatisfy(\.isUppercase) { return part.uppercased() }
            if let first = model.first(where: \.isLetter), first.isUppercase, let head = part.first {
                return head.uppercased() + part.dropFirst()
            }
            return String(part)
        }
        return parts.joined(separator: "-")
    }
}
