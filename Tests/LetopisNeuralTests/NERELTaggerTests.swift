import Foundation
import Testing
import LetopisTestSupport
import LetopisCore
@testable import LetopisNeural

/// The committed weights (`Training/nerel-tagger/train.sh` writes them) and the fixture the
/// same training run wrote from PyTorch: tokens, their ids, the head's scores and the spans.
private let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
private let nerelWeights = repoRoot.appendingPathComponent("Sources/LetopisPipeline/Resources/nerel-tagger-v1.bin")
private let nerelFixture = repoRoot.appendingPathComponent("Tests/LetopisNeuralTests/Fixtures/nerel-tagger-v1.json")
private let remedy = "run 'Training/nerel-tagger/train.sh'"

struct NERELFixture: Decodable {
    struct Case: Decodable {
        struct Span: Decodable, Equatable { var type: String; var start: Int; var end: Int }
        var tokens: [String]
        var words: [Int32]
        var shapes: [Int32]
        var emissions: [[Float]]
        var spans: [Span]
    }
    var model: String
    var cases: [Case]
}

private func fileError(_ bytes: [UInt8]) -> LetopisError? {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("nerel-\(UInt64.random(in: 0...UInt64.max)).bin")
    defer { try? FileManager.default.removeItem(at: url) }
    do {
        try Data(bytes).write(to: url)
        _ = try LetopisModelFile(url, name: "nerel-tagger-v1.bin", remedy: remedy)
        return nil
    } catch let e as LetopisError { return e } catch { return nil }
}

@Suite("The NEREL tagger's weights file")
struct NERELWeightsFileTests {
    let bytes: [UInt8] = (try? [UInt8](Data(contentsOf: nerelWeights))) ?? []

    @Test("the committed file opens and passes its checksum")
    func opens() throws {
        let file = try LetopisModelFile(nerelWeights, name: "nerel-tagger-v1.bin", remedy: remedy)
        #expect(file.header["id"].string == "letopis_nerel_tagger_v1")
        #expect(file.header["vocabs"]["type"].array?.count == 29)
    }

    @Test("a truncated file is one error naming the file and the command that rebuilds it")
    func truncated() {
        let e = fileError(Array(bytes.prefix(bytes.count / 2)))
        #expect(e?.code == .modelCorrupt)
        #expect(e?.subject == "nerel-tagger-v1.bin")
        #expect(e?.remedy == remedy)
    }

    @Test("one changed byte fails the checksum")
    func damaged() {
        var b = bytes
        guard b.count > 200 else { Issue.record("weights missing"); return }
        b[b.count - 100] ^= 0x01
        #expect(fileError(b)?.message.contains("SHA-256") == true)
    }

    @Test("another format version is refused with the command that builds this one")
    func otherVersion() {
        var b = bytes
        guard b.count > 16 else { Issue.record("weights missing"); return }
        b[8] = 2
        let e = fileError(b)
        #expect(e?.code == .modelProtocol)
        #expect(e?.message.contains("format version 2") == true)
    }

    @Test("a missing file says where and how to build it")
    func missing() {
        do {
            _ = try LetopisModelFile(URL(fileURLWithPath: "/nonexistent/nerel-tagger-v1.bin"), name: "nerel-tagger-v1.bin", remedy: remedy)
            Issue.record("no error")
        } catch let e as LetopisError {
            #expect(e.code == .modelMissing)
            #expect(e.remedy == remedy)
        } catch { Issue.record("\(error)") }
    }
}

@Suite("The NEREL tagger in Swift", .requiresModels(.newsModels))
struct NERELTaggerTests {
    let model: NERELModel? = try? NERELModel(weights: nerelWeights, modelsDirectory: newsModels, remedy: remedy)
    let fixture: NERELFixture? = (try? Data(contentsOf: nerelFixture)).flatMap { try? JSONDecoder().decode(NERELFixture.self, from: $0) }

    @Test("encodes the fixture's tokens to the ids PyTorch was given")
    func ids() throws {
        let model = try #require(model), fixture = try #require(fixture)
        for c in fixture.cases {
            let e = model.base.tokens.encode(c.tokens)
            #expect(e.words == c.words, "\(c.tokens)")
            #expect(e.shapes == c.shapes, "\(c.tokens)")
        }
    }

    @Test("gives the scores PyTorch gives, to float rounding", arguments: [false, true])
    func emissions(portable: Bool) throws {
        let model = try #require(model), fixture = try #require(fixture)
        Kernels.forcePortable(portable)
        defer { Kernels.forcePortable(false) }
        let got = model.emissions(encoded: fixture.cases.map { EncodedSequence(words: $0.words, shapes: $0.shapes) })
        for (c, g) in zip(fixture.cases, got) {
            let want = c.emissions.flatMap { $0 }
            #expect(g.count == want.count)
            let worst = zip(g, want).map { abs($0 - $1) / max(1, abs($1)) }.max() ?? 0
            #expect(worst < 1e-4, "\(c.tokens.joined(separator: " ")): largest difference \(worst)")
        }
    }

    @Test("decodes the spans PyTorch decodes, nested ones included")
    func spans() throws {
        let model = try #require(model), fixture = try #require(fixture)
        let got = model.spans(encoded: fixture.cases.map { EncodedSequence(words: $0.words, shapes: $0.shapes) })
        for (c, g) in zip(fixture.cases, got) {
            let mine = g.map { NERELFixture.Case.Span(type: $0.type, start: $0.start, end: $0.end) }
            #expect(Set(mine.map { "\($0.type) \($0.start) \($0.end)" }) == Set(c.spans.map { "\($0.type) \($0.start) \($0.end)" }),
                    "\(c.tokens.joined(separator: " "))")
        }
    }

    @Test("a sequence longer than a piece gives the same spans as its parts would in one piece")
    func pieces() throws {
        let model = try #require(model), fixture = try #require(fixture)
        let c = try #require(fixture.cases.first)
        var words: [Int32] = [], shapes: [Int32] = []
        for _ in 0..<40 { words += c.words; shapes += c.shapes }
        let seq = EncodedSequence(words: words, shapes: shapes)
        #expect(model.spans(encoded: [seq], pieceTokens: 64) == model.spans(encoded: [seq], pieceTokens: 4096))
    }
}

@Suite("Decoding many three-tag CRFs at once")
struct ThreeTagHeadsTests {
    @Test("gives each head the path the one-CRF Viterbi gives it, ties included", arguments: [1, 2, 7, 40])
    func sameAsOneAtATime(length: Int) {
        var rng = SystemRandomNumberGenerator()
        let heads = 5, ld = 16
        // Scores on a coarse grid, so that ties happen and must go the same way.
        let em = (0..<(length * ld)).map { _ in Float(Int.random(in: -3...3, using: &rng)) / 2 }
        let tr = (0..<(heads * 9)).map { _ in Float(Int.random(in: -2...2, using: &rng)) / 2 }
        let all = Kernels.viterbiOfThreeTagHeads(emissions: em, ld: ld, length: length, heads: heads, transitions: tr)
        for h in 0..<heads {
            let one = em.withUnsafeBufferPointer { e in
                tr.withUnsafeBufferPointer { t in
                    Kernels.viterbi(emissions: e.baseAddress! + h * 3, ld: ld, length: length, tags: 3, transitions: t.baseAddress! + h * 9)
                }
            }
            #expect(stride(from: h, to: all.count, by: heads).map { Int(all[$0]) } == one, "head \(h)")
        }
    }

    @Test("reads B, I and O of one head of a strided path as spans")
    func spansOfOneHead() {
        // Two heads; head 1: O B I I B O I → spans 1..<4 and 4..<5 (an I after O opens nothing).
        let head1: [UInt8] = [0, 1, 2, 2, 1, 0, 2]
        let path: [UInt8] = head1.flatMap { tag -> [UInt8] in [0, tag] }
        #expect(Kernels.bioSpans(ids: path, stride: 2, offset: 1, type: "LAW")
                == [TokenSpan(start: 1, end: 4, type: "LAW"), TokenSpan(start: 4, end: 5, type: "LAW")])
        #expect(Kernels.bioSpans(ids: path, stride: 2, offset: 0, type: "LAW").isEmpty)
    }
}
