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

/// Pipeline stage `morph.slovnet.news-v1`: a UD part of speech and features per token.
///
/// Tags each sentence as natasha's `NewsMorphTagger` does; tokens outside every
/// sentence get `X`. Fills ``Document/morphTags`` (parallel to tokens).
public struct MorphTaggingStage: Stage {
    public let model: MorphModel
    public var name: String { "morph.slovnet.news-v1" }
    public var requires: Set<Layer> { [.tokens, .sentences] }
    public var produces: Set<Layer> { [.morph] }

    public init(model: MorphModel) { self.model = model }
    public init(modelsDirectory: URL) throws { model = try MorphModel(modelsDirectory: modelsDirectory) }

    public func process(_ document: inout Document) throws {
        var one = [document]
        process(batch: &one)
        document = one[0]
    }

    /// Tags every sentence of every document in as few encoder passes as possible.
    public func process(batch documents: inout [Document], encoded: [EncodedSequence]? = nil) {
        let encoded = encoded ?? documents.map { model.base.tokens.encode(document: $0) }
        var sequences: [EncodedSequence] = []
        var owners: [(doc: Int, tokens: Range<Int>)] = []
        for (d, doc) in documents.enumerated() {
            for s in doc.validSentences {
                sequences.append(encoded[d][s.tokens])
                owners.append((d, s.tokens))
            }
        }
        let tags = model.tagIDs(encoded: sequences).map { $0.map { model.parsed[$0] } }
        for d in documents.indices {
            documents[d].morphTags = Array(repeating: MorphTag(pos: "X", features: []), count: documents[d].tokens.count)
        }
        for (o, t) in zip(owners, tags) {
            for (i, tag) in zip(o.tokens, t) { documents[o.doc].morphTags[i] = tag }
        }
        for d in documents.indices { documents[d].layers.formUnion(produces) }
    }
}

/// Pipeline stage `syntax.slovnet.news-v1`: a head and a UD relation per token.
///
/// Parses each sentence as natasha's `NewsSyntaxParser`; heads are document
/// token indexes (nil for the root). Sentences longer than
/// ``SyntaxModel/maxTokens`` get `dep` arcs to nothing and a warning.
public struct SyntaxParsingStage: Stage {
    public let model: SyntaxModel
    public var name: String { "syntax.slovnet.news-v1" }
    public var requires: Set<Layer> { [.tokens, .sentences] }
    public var produces: Set<Layer> { [.syntax] }

    public init(model: SyntaxModel) { self.model = model }
    public init(modelsDirectory: URL, decoding: SyntaxModel.Decoding = .argmax) throws {
        model = try SyntaxModel(modelsDirectory: modelsDirectory, decoding: decoding)
    }

    public func process(_ document: inout Document) throws {
        var one = [document]
        process(batch: &one)
        document = one[0]
    }

    public func process(batch documents: inout [Document], encoded: [EncodedSequence]? = nil) {
        let encoded = encoded ?? documents.map { model.base.tokens.encode(document: $0) }
        var sequences: [EncodedSequence] = []
        var owners: [(doc: Int, tokens: Range<Int>)] = []
        for (d, doc) in documents.enumerated() {
            for s in doc.validSentences {
                sequences.append(encoded[d][s.tokens])
                owners.append((d, s.tokens))
            }
        }
        let arcs = model.parseIDs(encoded: sequences)
        for d in documents.indices {
            documents[d].syntax = Array(repeating: DependencyArc(head: nil, relation: "dep"), count: documents[d].tokens.count)
        }
        for (o, a) in zip(owners, arcs) {
            if a.isEmpty && !o.tokens.isEmpty {
                documents[o.doc].warnings.append(
                    "syntax: sentence of \(o.tokens.count) tokens at token \(o.tokens.lowerBound) is longer than \(SyntaxModel.maxTokens); not parsed")
                continue
            }
            for (i, arc) in zip(o.tokens, a) {
                let head = arc.head == 0 ? nil : o.tokens.lowerBound + arc.head - 1
                documents[o.doc].syntax[i] = DependencyArc(head: head, relation: model.relations[arc.relation])
            }
        }
        for d in documents.indices { documents[d].layers.formUnion(produces) }
    }
}

/// Pipeline stage `ner.slovnet.news-v1`: PER, LOC and ORG mentions.
///
/// As natasha's `NewsNERTagger`, the model reads the whole document as one
/// sequence of tokens (its receptive field crosses sentence ends), and a
/// mention spans from its first token's start to its last token's end.
public struct NERStage: Stage {
    public let model: NERModel
    public var name: String { "ner.slovnet.news-v1" }
    public var requires: Set<Layer> { [.tokens, .sentences] }
    public var produces: Set<Layer> { [.entities] }

    public init(model: NERModel) { self.model = model }
    public init(modelsDirectory: URL) throws { model = try NERModel(modelsDirectory: modelsDirectory) }

    public func process(_ document: inout Document) throws {
        var one = [document]
        process(batch: &one)
        document = one[0]
    }

    public func process(batch documents: inout [Document], encoded: [EncodedSequence]? = nil) {
        let encoded = encoded ?? documents.map { model.base.tokens.encode(document: $0) }
        let tags = model.tagIDs(encoded: encoded).map { $0.map { model.tags[$0] } }
        for (d, t) in tags.enumerated() {
            var mentions: [Mention] = []
            for span in Kernels.bioSpans(t) {
                let type: EntityType
                switch span.type {
                case "PER": type = .person
                case "LOC": type = .location
                case "ORG": type = .organization
                default: type = EntityType(rawValue: span.type)
                }
                let tokens = documents[d].tokens
                mentions.append(Mention(TextRange(tokens[span.start].range.start, tokens[span.end - 1].range.end), type: type))
            }
            documents[d].mentions = mentions
            documents[d].layers.formUnion(produces)
        }
    }
}

/// The three neural stages run together over a batch, on all cores.
///
/// ```swift
/// let tagger = try NeuralTagger(modelsDirectory: dir)
/// tagger.process(&documents)          // morph, syntax and NER on every document
/// ```
public struct NeuralTagger: Sendable {
    public let morph: MorphTaggingStage?
    public let syntax: SyntaxParsingStage?
    public let ner: NERStage?

    public init(modelsDirectory: URL, tasks: Set<NeuralModels.Task> = Set(NeuralModels.Task.allCases),
                syntaxDecoding: SyntaxModel.Decoding = .argmax) throws {
        let models = try NeuralModels(modelsDirectory: modelsDirectory, tasks: tasks, syntaxDecoding: syntaxDecoding)
        morph = models.morph.map(MorphTaggingStage.init(model:))
        syntax = models.syntax.map(SyntaxParsingStage.init(model:))
        ner = models.ner.map(NERStage.init(model:))
    }

    /// Runs the loaded stages on one slice of documents, batched, on the calling thread.
    /// Tokens are encoded once when the models share their vocabularies (the news models do).
    public func processBatch(_ documents: inout [Document]) {
        let encoders = [morph?.model.base.tokens, syntax?.model.base.tokens, ner?.model.base.tokens].compactMap { $0 }
        var shared: [EncodedSequence]? = nil
        if let first = encoders.first, encoders.allSatisfy({ $0.sameIDs(as: first) }) {
            shared = documents.map { first.encode(document: $0) }
        }
        morph?.process(batch: &documents, encoded: shared)
        syntax?.process(batch: &documents, encoded: shared)
        ner?.process(batch: &documents, encoded: shared)
    }

    /// Runs the loaded stages over all documents on `threads` cores (all by default).
    public func process(_ documents: inout [Document], threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        let me = self
        runInParallel(&documents, threads: threads) { me.processBatch(&$0) }
    }
}
