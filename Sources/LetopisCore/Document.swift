import Foundation

/// One news report and every layer Letopis has found in it.
///
/// The document owns its text, both as a `String` and as a flat UTF-8 byte
/// array that hot loops scan; every layer is a plain array of small values
/// holding ``TextRange``s into that text. Stages add layers and record them in
/// ``layers`` so that a pipeline can check that what a stage requires exists.
///
/// ```swift
/// var doc = Document(id: "a1", text: "МОСКВА, 2 апреля — РИА Новости.")
/// doc.text(of: TextRange(0, 12))  // "МОСКВА"
/// ```
public struct Document: Sendable {
    /// Identifier: a file's name without extension, or a JSON Lines `id`.
    public var id: String
    /// The text exactly as read (no newline translation, no trimming).
    public let text: String
    /// The same text as UTF-8 bytes; every ``TextRange`` indexes into it.
    public let utf8: [UInt8]
    /// Publication date and how it was obtained, if known.
    public var published: PublicationDate?
    /// Title and URL when the input carried them.
    public var title: String?
    public var url: String?
    /// The outlet (channel, agency) and publication timestamp when the input carried them
    /// (JSON Lines `source` and `time`); kept as given, for the event database.
    public var outlet: String?
    public var time: String?
    /// The `CITY, day — AGENCY.` line at the start of a wire report.
    public var dateline: Dateline?
    /// Where the report's body starts (after a `date YYYY-MM-DD` header line, if any).
    public var bodyStart: Int = 0

    public var tokens: [Token] = []
    public var sentences: [Sentence] = []
    /// Per-token dictionary forms, lower-cased, `ё` kept (parallel to ``tokens`` when present).
    public var lemmas: [String] = []
    /// Per-token tags from a tagger (parallel to ``tokens`` when present).
    public var morphTags: [MorphTag] = []
    /// Per-token dependency arcs (parallel to ``tokens`` when present).
    public var syntax: [DependencyArc] = []
    /// The token-level tables of the last ``tokenView()``; used again only while they were built from
    /// these very tokens, sentences, lemmas, morphology and syntax (``TokenTables/isBuilt(from:)``).
    /// Not a property observer on those layers: an observer turns every in-place write of an element
    /// (`documents[d].morphTags[i] = tag`) into a copy of the whole array.
    private var tokenTables: TokenTables?
    public var mentions: [Mention] = []
    /// Mentions of NEREL's 29 entity types (PERSON, PROFESSION, EVENT, LAW, ...) from the learned
    /// NEREL tagger; they nest (a COUNTRY inside a PROFESSION). Ordered by start, longer first.
    /// Apart from ``mentions``, which the rule layers read and resolve.
    public var nerelMentions: [Mention] = []
    public var actors: [Actor] = []
    public var timexes: [Timex] = []
    public var facts: [Fact] = []
    public var events: [Event] = []
    /// Non-fatal remarks about this document (a skipped overlong sentence, ...).
    public var warnings: [String] = []
    /// What stages decided and why, when the run traces (`--trace`); nil otherwise, so that tracing
    /// costs an ordinary run nothing (see ``trace(_:_:)``).
    public var traceLines: [TraceLine]? = nil

    /// Layers present on this document.
    public var layers: Set<Layer> = [.text]

    public init(id: String, text: String, published: PublicationDate? = nil) {
        self.id = id
        self.text = text
        self.utf8 = Array(text.utf8)
        self.published = published
    }

    /// The text under a range. Ranges made by Letopis fall on scalar boundaries.
    public func text(of range: TextRange) -> String {
        String(decoding: utf8[range.start..<range.end], as: UTF8.self)
    }

    /// A ``TokenView`` of the document as it is now. The token-level tables (folded lemmas, typed
    /// features, sentences, dependency arcs) are built on the first call and reused by later calls
    /// until tokens, sentences, lemmas, morphology or syntax change; mentions and time expressions
    /// are read afresh each time, since the entity stages rewrite them.
    public mutating func tokenView() -> TokenView {
        let tables = tokenTables.flatMap { $0.isBuilt(from: self) ? $0 : nil } ?? TokenTables(self)
        tokenTables = tables
        return TokenView(self, tables: tables)
    }

    /// Text of the token at `index`.
    public func text(ofToken index: Int) -> String { text(of: tokens[index].range) }
}

extension Document {
    /// Index of the sentence holding token `t`, by binary search; nil when no sentence does.
    public func sentenceIndex(ofToken t: Int) -> Int? {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].tokens.upperBound <= t { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentences.count && sentences[lo].tokens.contains(t) ? lo : nil
    }

    /// Whether a sentence is shouted — written all in capitals, as wire headlines are: no lower-case letter and
    /// at least three words of two letters or more among its first `limit` tokens (a run-on text without full
    /// stops is not read to its end for each question).
    public func isShouted(_ sentenceTokens: Range<Int>, limit: Int = 64) -> Bool {
        var long = 0
        for k in sentenceTokens.prefix(limit) where k >= 0 && k < tokens.count && tokens[k].kind == .word {
            let scalars = text(ofToken: k).unicodeScalars
            if scalars.contains(where: { $0.properties.isLowercase }) { return false }
            if scalars.filter({ $0.properties.isUppercase }).count >= 2 { long += 1 }
        }
        return long >= 3
    }
}
