import Foundation
import Testing
import LetopisTestSupport
import LetopisCore
import LetopisText
@testable import LetopisNeural

let newsModels = InstalledModels.directory
let haveNewsModels = InstalledModels.have([.newsModels])

let sharedTagger: NeuralTagger? = haveNewsModels ? try? NeuralTagger(modelsDirectory: newsModels) : nil

func tagged(_ text: String) -> Document {
    var doc = Document(id: "t", text: text)
    try? SegmentationStage().process(&doc)
    var docs = [doc]
    sharedTagger?.processBatch(&docs)
    return docs[0]
}

@Suite("The news models", .requiresModels(.newsModels))
struct NewsModelTests {
    @Test("find a person and a place")
    func putinMoscow() {
        let doc = tagged("Владимир Путин посетил Москву")
        let found = doc.mentions.map { "\($0.type.rawValue):\(doc.text(of: $0.range))" }
        #expect(found == ["PER:Владимир Путин", "LOC:Москву"])
    }

    @Test("tag parts of speech and case")
    func morph() {
        let doc = tagged("Владимир Путин посетил Москву")
        #expect(doc.morphTags.map(\.pos) == ["PROPN", "PROPN", "VERB", "PROPN"])
        #expect(doc.morphTags[3].feature("Case") == "Acc")
    }

    @Test("make the verb the root and the subject depend on it")
    func syntax() {
        let doc = tagged("Владимир Путин посетил Москву")
        #expect(doc.syntax[2].head == nil && doc.syntax[2].relation == "root")
        #expect(doc.syntax[0].head == 2 && doc.syntax[0].relation == "nsubj")
        #expect(doc.syntax[3].head == 2 && doc.syntax[3].relation == "obj")
    }

    @Test("survive bad input: a 5,000-token sentence, a 1,000-letter token, Latin only, emoji", arguments: [
        String(repeating: "слово ", count: 5000),
        String(repeating: "я", count: 1000) + " и " + String(repeating: "Ж", count: 1000),
        "No Cyrillic here at all, only ASCII words and 123 numbers.",
        "😀 🇷🇺 👍🏽 Москва 😀",
        "",
    ])
    func badInput(text: String) {
        let doc = tagged(text)
        #expect(doc.morphTags.count == doc.tokens.count)
        #expect(doc.syntax.count == doc.tokens.count)
        for m in doc.mentions { #expect(m.range.end <= doc.utf8.count) }
        for a in doc.syntax { if let h = a.head { #expect(h >= 0 && h < doc.tokens.count) } }
    }

    @Test("tag a long sequence in overlapping pieces exactly as in one piece")
    func piecesAreExact() throws {
        let tagger = try #require(sharedTagger, "the news models are installed but did not load")
        let ner = try #require(tagger.ner?.model), morph = try #require(tagger.morph?.model)
        let text = String(repeating: "Глава МИД России Сергей Лавров прибыл в Женеву, где встретился с Джоном Керри. ", count: 6)
        let doc = tagged(text)
        let encoded = [ner.base.tokens.encode(document: doc)]
        #expect(encoded[0].count > 60)
        #expect(ner.tagIDs(encoded: encoded, pieceTokens: 7) == ner.tagIDs(encoded: encoded))
        #expect(morph.tagIDs(encoded: encoded, pieceTokens: 5) == morph.tagIDs(encoded: encoded))
        #expect(ner.tagIDs(encoded: encoded).first?.contains(where: { $0 != 1 }) == true)
    }

    @Test("encode as slovnet's textbook CNN does (embedding, conv1d, ReLU, batch norm), in any grouping of sequences")
    func encoderMatchesTextbook() throws {
        let model = try #require(sharedTagger?.morph?.model, "the news models are installed but did not load")
        let base = model.base, pack = base.pack, encoder = base.encoder
        let sentences = [["Глава", "МИД", "России", "Сергей", "Лавров", "прибыл", "в", "Женеву", "."], ["Погода", "ясная"], ["Лавров"]]
        let encoded = sentences.map(base.tokens.encode)
        // Textbook: x = navec ‖ shape vector; each layer y[t][f] = b[f] + Σ_c Σ_k W[f][c][k]·x[t+k−1][c], then ReLU, norm.
        func textbook(_ seq: EncodedSequence) throws -> [[Float]] {
            let shapeDim = encoder.inputDim - encoder.navec.dim
            let shapes = try pack.weight(pack.model["emb"]["shape"]["weight"], shape: [nil, shapeDim], what: "shape")
            var x: [[Float]] = (0..<seq.count).map { t in
                var v = [Float](repeating: 0, count: encoder.navec.dim)
                v.withUnsafeMutableBufferPointer { encoder.navec.vector(Int(seq.words[t]), into: $0.baseAddress!) }
                return v + (0..<shapeDim).map { shapes.pointer[Int(seq.shapes[t]) * shapeDim + $0] }
            }
            for (i, node) in (pack.model["encoder"]["layers"].array ?? []).enumerated() {
                let channels = x.first?.count ?? 0
                let w = try pack.weight(node["conv"]["weight"], shape: [nil, channels, nil], what: "w\(i)")
                let b = try pack.weight(node["conv"]["bias"], shape: [w.shape[0]], what: "b\(i)")
                let norm = try ["mean", "std", "weight", "bias"].map { try pack.weight(node["norm"][$0], shape: [w.shape[0]], what: $0) }
                let filters = w.shape[0], kernel = w.shape[2], pad = kernel / 2
                x = (0..<x.count).map { t in
                    (0..<filters).map { f in
                        var y = b.pointer[f]
                        for k in 0..<kernel where t + k - pad >= 0 && t + k - pad < x.count {
                            for c in 0..<channels { y += w.pointer[(f * channels + c) * kernel + k] * x[t + k - pad][c] }
                        }
                        y = max(y, 0)
                        return (y - norm[0].pointer[f]) / norm[1].pointer[f] * norm[2].pointer[f] + norm[3].pointer[f]
                    }
                }
            }
            return x
        }
        // The batch as one group, and each sequence alone (other distinct words, other projection rows).
        var grouped: [[[Float]]] = Array(repeating: [], count: encoded.count)
        base.runChunks(encoded) { chunk, layout, x, ld in
            for (s, start) in layout.starts.enumerated() {
                grouped[chunk.lowerBound + s] = (0..<layout.lengths[s]).map { t in (0..<encoder.outputDim).map { x[(start + t) * ld + $0] } }
            }
        }
        for (i, seq) in encoded.enumerated() {
            let alone = BatchLayout(lengths: [seq.count], gap: encoder.gap)
            let out = encoder.encode([seq], layout: alone)
            let reference = try textbook(seq)
            for t in 0..<seq.count {
                for f in 0..<encoder.outputDim {
                    let a = out.pointer[(alone.starts[0] + t) * encoder.outputLD + f]
                    #expect(a == grouped[i][t][f], "grouping changes sequence \(i) token \(t)")
                    #expect(abs(a - reference[t][f]) <= 1e-3 * max(1, abs(reference[t][f])), "sequence \(i) token \(t) channel \(f)")
                }
            }
        }
    }

    @Test("accept empty sequences through the model APIs")
    func emptySequences() throws {
        let tagger = try #require(sharedTagger, "the news models are installed but did not load")
        #expect(tagger.syntax?.model.parseIDs([[], ["Москва"]]).map(\.count) == [0, 1])
        #expect(tagger.ner?.model.tag([[]]) == [[]])
        #expect(tagger.morph?.model.tag([[], []]).map(\.count) == [0, 0])
    }

    @Test("give the same results in a batch, in parallel and alone")
    func batchEqualsAlone() {
        let texts = ["Владимир Путин посетил Москву.", "Глава МИД России Сергей Лавров прибыл в Женеву.", "Погода ясная."]
        let alone = texts.map(tagged)
        var docs = texts.map { t -> Document in var d = Document(id: "t", text: t); try? SegmentationStage().process(&d); return d }
        sharedTagger?.process(&docs, threads: 2)
        for (a, b) in zip(alone, docs) {
            #expect(a.morphTags == b.morphTags)
            #expect(a.syntax == b.syntax)
            #expect(a.mentions == b.mentions)
        }
    }
}

@Suite("CoNLL-U output")
struct CoNLLUTests {
    @Test("writes sentence-relative heads, features and NER in MISC")
    func conllu() {
        var doc = Document(id: "t", text: "Путин прибыл.")
        doc.tokens = [Token(TextRange(0, 10), kind: .word), Token(TextRange(11, 23), kind: .word), Token(TextRange(23, 24), kind: .punctuation)]
        doc.sentences = [Sentence(TextRange(0, 24), tokens: 0..<3)]
        doc.morphTags = [MorphTag(pos: "PROPN", features: [("Case", "Nom")]), MorphTag(pos: "VERB", features: []), MorphTag(pos: "PUNCT", features: [])]
        doc.syntax = [DependencyArc(head: 1, relation: "nsubj"), DependencyArc(head: nil, relation: "root"), DependencyArc(head: 1, relation: "punct")]
        doc.mentions = [Mention(TextRange(0, 10), type: .person)]
        let lines = doc.conllu(ner: true).split(separator: "\n").map(String.init)
        #expect(lines[0] == "# sent_id = 1")
        #expect(lines[2] == "1\tПутин\t_\tPROPN\t_\tCase=Nom\t2\tnsubj\t_\tNER=B-PER")
        #expect(lines[3] == "2\tприбыл\t_\tVERB\t_\t_\t0\troot\t_\tNER=O")
    }
}
