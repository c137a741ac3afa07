import Foundation
import LetopisCore

/// Scores a tokenizer and sentence splitter against gold segmentations.
///
/// Tokens score as exact spans; sentences as boundaries — the end offset of every
/// sentence but a document's last (which no splitter can miss). Offsets compare
/// as Unicode code points, as the gold files count them.
///
/// ```swift
/// var evaluation = SegmentationEvaluation()
/// evaluation.add(id: "book_100", text: text, gold: try GoldSegmentation(factRuEvalTokens: tokensFile))
/// print(evaluation.tokens.f1, evaluation.sentenceBoundaries.f1)
/// ```
public struct SegmentationEvaluation: Sendable {
    /// One disagreement with the gold, for reading the errors.
    public struct Disagreement: Hashable, Sendable {
        public enum Kind: String, Sendable {
            case extraToken = "extra-token", missedToken = "missed-token"
            case extraBoundary = "extra-boundary", missedBoundary = "missed-boundary"
        }
        public var document: String
        public var kind: Kind
        /// Code point offset in the document.
        public var offset: Int
        /// The text around the offset, `‖` marking it, line breaks shown as `⏎`.
        public var context: String
        /// For boundaries: the rule that decided at this offset, if any.
        public var rule: String?
    }

    public var tokenizer = Tokenizer()
    public var splitter = SentenceSplitter()
    public private(set) var documents = 0
    public private(set) var tokens = PRF()
    public private(set) var sentenceBoundaries = PRF()
    public private(set) var disagreements: [Disagreement] = []

    public init(tokenizer: Tokenizer = Tokenizer(), splitter: SentenceSplitter = SentenceSplitter()) {
        self.tokenizer = tokenizer
        self.splitter = splitter
    }

    /// Segments `text` and adds its comparison with `gold` to the totals.
    public mutating func add(id: String, text: String, gold: GoldSegmentation) {
        let utf8 = Array(text.utf8)
        let map = CodePointMap(utf8: utf8)
        var trace: [SentenceDecision] = []
        let predictedTokens = tokenizer.tokenize(utf8)
        let predictedSentences = splitter.split(utf8, tokens: predictedTokens,
                                                casing: TextCasing.of(utf8, tokens: predictedTokens), trace: &trace)

        var ruleAt: [Int: String] = [:]
        for d in trace { ruleAt[map.codePoint(d.offset)] = d.rule.rawValue }

        let scalars = Array(text.unicodeScalars)
        func context(_ offset: Int) -> String {
            let a = Swift.max(0, offset - 40), b = Swift.min(scalars.count, offset + 40)
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[a..<Swift.max(a, Swift.min(offset, b))])
            s.append("‖")
            if offset < b { s.append(contentsOf: scalars[offset..<b]) }
            return String(s).replacingOccurrences(of: "\n", with: "⏎")
        }

        // Tokens: exact spans, keyed start * 2^32 + end.
        func key(_ r: Range<Int>) -> Int { r.lowerBound << 32 | r.upperBound }
        let predictedSpans = Set(predictedTokens.map { key(map.codePoint($0.range.start)..<map.codePoint($0.range.end)) })
        let goldSpans = Set(gold.tokens.map(key))
        tokens = tokens + PRF.compare(predicted: predictedSpans, gold: goldSpans)
        for k in predictedSpans.subtracting(goldSpans).sorted() {
            disagreements.append(Disagreement(document: id, kind: .extraToken, offset: k >> 32,
                                              context: context(k >> 32) + "  [\(k >> 32)..<\(k & 0xFFFF_FFFF)]", rule: nil))
        }
        for k in goldSpans.subtracting(predictedSpans).sorted() {
            disagreements.append(Disagreement(document: id, kind: .missedToken, offset: k >> 32,
                                              context: context(k >> 32) + "  [\(k >> 32)..<\(k & 0xFFFF_FFFF)]", rule: nil))
        }

        // Sentences: boundaries between sentences.
        let predictedBoundaries = Set(predictedSentences.dropLast().map { map.codePoint($0.range.end) })
        let goldBoundaries = gold.sentenceBoundaries
        sentenceBoundaries = sentenceBoundaries + PRF.compare(predicted: predictedBoundaries, gold: goldBoundaries)
        for b in predictedBoundaries.subtracting(goldBoundaries).sorted() {
            disagreements.append(Disagreement(document: id, kind: .extraBoundary, offset: b, context: context(b), rule: ruleAt[b]))
        }
        for b in goldBoundaries.subtracting(predictedBoundaries).sorted() {
            disagreements.append(Disagreement(document: id, kind: .missedBoundary, offset: b, context: context(b), rule: ruleAt[b]))
        }
        documents += 1
    }

    /// Evaluates every `NAME.txt` of `directory` that has a `NAME.tokens` beside it.
    ///
    /// - Throws: ``LetopisError`` `.fileNotFound` when the directory has no such pair,
    ///   `.unreadable` for a file that cannot be read, `.badArgument` for a malformed `.tokens` file.
    public mutating func addFactRuEval(directory: URL) throws {
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw LetopisError(.fileNotFound, subject: directory.path, message: "cannot list the directory",
                               remedy: "give the FactRuEval devset directory (with .txt and .tokens files)")
        }
        let names = files.filter { $0.hasSuffix(".tokens") }.map { String($0.dropLast(".tokens".count)) }.sorted()
            .filter { files.contains($0 + ".txt") }
        guard !names.isEmpty else {
            throw LetopisError(.fileNotFound, subject: directory.path, message: "no NAME.txt with NAME.tokens here",
                               remedy: "give the FactRuEval devset directory (with .txt and .tokens files)")
        }
        for name in names {
            let text = try Self.read(directory.appendingPathComponent(name + ".txt"))
            let tokens = try Self.read(directory.appendingPathComponent(name + ".tokens"))
            add(id: name, text: text, gold: try GoldSegmentation(factRuEvalTokens: tokens, subject: name + ".tokens"))
        }
    }

    static func read(_ url: URL) throws -> String {
        do {
            let data = try Data(contentsOf: url)
            return String(decoding: data, as: UTF8.self)
        } catch {
            throw LetopisError(.unreadable, subject: url.path, message: "cannot read the file",
                               remedy: "check that the file exists and is readable", cause: "\(error)")
        }
    }
}

