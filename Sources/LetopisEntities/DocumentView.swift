import LetopisCore

/// Token-level questions the entity stages ask of a ``Document``: lemma, part
/// of speech, case, and which mention covers a token. Built once per document.
struct DocumentView {
    let document: Document
    /// Mention index covering each token, or -1.
    let mentionOfToken: [Int]
    /// Token range of each mention.
    let mentionTokens: [Range<Int>]
    /// Sentence index of each token.
    let sentenceOfToken: [Int]
    /// The lexicon's titles that may start at each token, looked up once per document.
    let titles: TitleLookups

    /// `titles` may be shared by the views of one document (its tokens and lemmas do not change).
    init(_ document: Document, titles: TitleLookups? = nil) {
        self.document = document
        self.titles = titles ?? TitleLookups(tokenCount: document.tokens.count)
        var mentionOfToken = [Int](repeating: -1, count: document.tokens.count)
        var mentionTokens: [Range<Int>] = []
        for (m, mention) in document.mentions.enumerated() {
            let r = DocumentView.tokenRange(of: mention.range, in: document.tokens)
            mentionTokens.append(r)
            for t in r where mentionOfToken[t] == -1 { mentionOfToken[t] = m }
        }
        var sentenceOfToken = [Int](repeating: 0, count: document.tokens.count)
        for (s, sentence) in document.sentences.enumerated() {
            for t in sentence.tokens where t < sentenceOfToken.count { sentenceOfToken[t] = s }
        }
        self.mentionOfToken = mentionOfToken
        self.mentionTokens = mentionTokens
        self.sentenceOfToken = sentenceOfToken
    }

    /// The lexicon's titles that may start at token `t` (by its lemma), longest first.
    func titleCandidates(_ t: Int) -> [(words: [String], sector: Sector)]? { titles.candidates(t) { lemma(t) } }

    /// Whether a title of the lexicon may start at token `t`.
    func startsTitle(_ t: Int) -> Bool { titleCandidates(t) != nil }

    static func tokenRange(of range: TextRange, in tokens: [Token]) -> Range<Int> { tokens.indices(overlapping: range) }

    var tokenCount: Int { document.tokens.count }

    // The token questions below are total: a rule walking left or right may step one token past
    // either end of the document (a quote opening the first sentence, a name ending the last) and
    // must get "nothing there", not a trap that kills the whole batch.

    /// Index of the mention covering token `t`, or -1 (also past either end of the document).
    func mentionIndex(_ t: Int) -> Int { contains(t) ? mentionOfToken[t] : -1 }

    /// Index of the sentence holding token `t`; 0 past either end of the document.
    func sentenceIndex(_ t: Int) -> Int { contains(t) ? sentenceOfToken[t] : 0 }

    /// Whether `t` is a token of the document.
    func contains(_ t: Int) -> Bool { t >= 0 && t < document.tokens.count }

    /// `t` when it is a token of the same sentence as `anchor`, else nil: the accessor a walk away
    /// from `anchor` uses so that it stops at its sentence's edges and at the document's.
    func peek(_ t: Int, within anchor: Int) -> Int? {
        guard contains(t), contains(anchor) else { return nil }
        return sentenceTokens(of: anchor).contains(t) ? t : nil
    }

    /// Surface text of token `t`; empty past either end of the document.
    func text(_ t: Int) -> String { contains(t) ? document.text(of: document.tokens[t].range) : "" }

    /// Lower-cased dictionary form; the lower-cased surface when no lemma layer exists; empty past either end.
    func lemma(_ t: Int) -> String {
        guard contains(t) else { return "" }
        if t < document.lemmas.count, !document.lemmas[t].isEmpty { return document.lemmas[t] }
        return EntityText.fold(text(t))
    }

    func pos(_ t: Int) -> String? { t >= 0 && t < document.morphTags.count ? document.morphTags[t].pos : nil }

    func feature(_ t: Int, _ name: String) -> String? {
        t >= 0 && t < document.morphTags.count ? document.morphTags[t].feature(name) : nil
    }

    /// Case of a phrase's first noun (its head in a title: `генерального секретаря` → Gen).
    func headCase(of tokens: Range<Int>) -> String? {
        let head = tokens.first { pos($0) == "NOUN" || pos($0) == "PROPN" } ?? tokens.lowerBound
        return tokens.isEmpty ? nil : feature(head, "Case")
    }

    func isPunctuation(_ t: Int) -> Bool { contains(t) && document.tokens[t].kind == .punctuation }

    func isCapitalised(_ t: Int) -> Bool { text(t).first?.isUppercase ?? false }

    /// Text range of a run of tokens, clamped to the document (an empty range at its end when nothing is left).
    func range(of tokens: Range<Int>) -> TextRange {
        let clamped = tokens.clamped(to: 0..<tokenCount)
        guard let first = clamped.first, let last = clamped.last else {
            let end = document.tokens.last?.range.end ?? 0
            return TextRange(end, end)
        }
        return TextRange(document.tokens[first].range.start, document.tokens[last].range.end)
    }

    /// Tokens of the sentence holding `t`; empty for a position outside the document.
    func sentenceTokens(of t: Int) -> Range<Int> {
        guard contains(t) else { return 0..<0 }
        let s = sentenceOfToken[t]
        return s < document.sentences.count ? document.sentences[s].tokens.clamped(to: 0..<tokenCount) : 0..<tokenCount
    }
}

/// Title lookups of one document's tokens, made when first asked: the occupation rules ask
/// it of every token several times, and a lexicon lookup hashes a Cyrillic string.
final class TitleLookups {
    private enum Entry { case unknown, none, some([(words: [String], sector: Sector)]) }
    private var entries: [Entry]

    init(tokenCount: Int) { entries = Array(repeating: .unknown, count: tokenCount) }

    func candidates(_ t: Int, lemma: () -> String) -> [(words: [String], sector: Sector)]? {
        guard t >= 0, t < entries.count else { return JobLexicon.candidates(lemma()) }
        switch entries[t] {
        case .none: return nil
        case .some(let c): return c
        case .unknown:
            let c = JobLexicon.candidates(lemma())
            entries[t] = c.map { .some($0) } ?? .none
            return c
        }
    }
}

/// Text folding shared by the entity stages.
enum EntityText {
    /// Lower-cased, `ё` → `е`, every hyphen-like character → `-`, stress marks and soft hyphens dropped.
    static func fold(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.lowercased().unicodeScalars {
            switch ch {
            case "ё": out.append("е")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}": out.append("-")
            case "\u{301}", "\u{AD}": continue
            case "\u{A0}": out.append(" ")
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// Capitals of the words of a name: `Министерство иностранных дел` → `МИД`.
    static func acronym(_ words: [String]) -> String {
        let skip: Set<String> = ["и", "по", "в", "на", "для", "при", "о", "об"]
        return String(words.filter { !skip.contains($0.lowercased()) }.compactMap { $0.first }).uppercased()
    }
}
