import Foundation
import Testing
import LetopisCore
@testable import LetopisNeural

/// A tiny but complete NER pack (navec + slovnet) written to a temp folder:
/// 6 words, 2-dim navec with 1 sub-space, 2 shapes, one conv layer of 2 filters, 3 tags.
struct TinyModels {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("letopis-neural-\(UInt64.random(in: 0...UInt64.max))")
        let navec = root.appendingPathComponent("navec/tiny_v1")
        let pack = root.appendingPathComponent("slovnet/ner_news_v1")
        for d in [navec, pack.appendingPathComponent("arrays"), pack.appendingPathComponent("vocabs")] {
            try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        }
        try #"{"id": "tiny_v1", "protocol": 1}"#.write(to: navec.appendingPathComponent("meta.json"), atomically: true, encoding: .utf8)
        // pq.bin: vectors 6, dim 2, qdim 1, centroids 2; word 0 ("путин") uses centroid 1, others 0.
        var pq = Data()
        for v: UInt32 in [6, 2, 1, 2] { withUnsafeBytes(of: v.littleEndian) { pq.append(contentsOf: $0) } }
        pq.append(contentsOf: [1, 0, 0, 0, 0, 0] as [UInt8])
        for f: Float in [0, 0, 1, 1] { withUnsafeBytes(of: f.bitPattern.littleEndian) { pq.append(contentsOf: $0) } }
        try pq.write(to: navec.appendingPathComponent("pq.bin"))
        try #"{"id": "slovnet_ner_news_v1", "protocol": 1}"#.write(to: pack.appendingPathComponent("meta.json"), atomically: true, encoding: .utf8)
        try ["путин", "москва", "в", "и", "<unk>", "<pad>"].joined(separator: "\n")
            .write(to: pack.appendingPathComponent("vocabs/word"), atomically: true, encoding: .utf8)
        try ["<pad>", "RU_Xx", "OTHER"].joined(separator: "\n").write(to: pack.appendingPathComponent("vocabs/shape"), atomically: true, encoding: .utf8)
        try ["<pad>", "O", "B-PER"].joined(separator: "\n").write(to: pack.appendingPathComponent("vocabs/tag"), atomically: true, encoding: .utf8)
        func array(_ id: Int, _ values: [Float]) throws {
            var d = Data()
            for f in values { withUnsafeBytes(of: f.bitPattern.littleEndian) { d.append(contentsOf: $0) } }
            try d.write(to: pack.appendingPathComponent("arrays/\(id).bin"))
        }
        // emb.shape [3, 1]; conv [2 filters, 3 channels, 3]: filter 0 reads the word's first dim at the centre.
        try array(0, [0, 0, 0])
        var conv = [Float](repeating: 0, count: 2 * 3 * 3)
        conv[(0 * 3 + 0) * 3 + 1] = 1
        try array(1, conv)
        try array(2, [0, 0.5])                  // bias: filter 1 is constant 0.5 (the "O" evidence)
        try array(3, [1, 1]); try array(4, [0, 0]); try array(5, [0, 0]); try array(6, [1, 1])   // identity norm
        try array(7, [0, 0, 1,   0, 1, 0])       // proj [2, 3]: filter 0 → B-PER, filter 1 → O
        try array(8, [0, 0, 0])
        try array(9, [Float](repeating: 0, count: 9))
        func w(_ shape: [Int], _ id: Int) -> String { #"{"shape": \#(shape), "dtype": "float32", "array": \#(id)}"# }
        let model = """
        {"emb": {"word": {"id": "tiny_v1", "indexes": {"shape": [6, 1], "dtype": "uint8"}, "codes": {"shape": [1, 2, 2], "dtype": "float32"}},
                 "shape": {"weight": \(w([3, 1], 0))}},
         "encoder": {"layers": [{"conv": {"weight": \(w([2, 3, 3], 1)), "bias": \(w([2], 2)), "padding": 1}, "relu": {},
                                 "norm": {"weight": \(w([2], 3)), "bias": \(w([2], 4)), "mean": \(w([2], 5)), "std": \(w([2], 6))}}]},
         "head": {"proj": {"weight": \(w([2, 3], 7)), "bias": \(w([3], 8))}, "crf": {"transitions": \(w([3, 3], 9))}}}
        """
        try model.write(to: pack.appendingPathComponent("model.json"), atomically: true, encoding: .utf8)
    }

    var pack: URL { root.appendingPathComponent("slovnet/ner_news_v1") }
    func remove() { try? FileManager.default.removeItem(at: root) }
}

func loadError(_ body: () throws -> Void) -> LetopisError? {
    do { try body(); return nil } catch let e as LetopisError { return e } catch { return nil }
}

@Suite("The model pack reader", .serialized)
struct PackReaderTests {
    @Test("runs a tiny pack end to end: the navec vector of a name makes it B-PER")
    func tinyPack() throws {
        let tiny = try TinyModels()
        defer { tiny.remove() }
        let model = try NERModel(modelsDirectory: tiny.root)
        #expect(model.tag([["Путин", "в", "Москве"]]) == [["B-PER", "O", "O"]])
    }

    @Test("refuses a pack of another protocol")
    func protocolChecked() throws {
        let tiny = try TinyModels()
        defer { tiny.remove() }
        try #"{"id": "x", "protocol": 2}"#.write(to: tiny.pack.appendingPathComponent("meta.json"), atomically: true, encoding: .utf8)
        let e = loadError { _ = try NERModel(modelsDirectory: tiny.root) }
        #expect(e?.code == .modelProtocol)
        #expect(e?.subject == "slovnet/ner_news_v1/meta.json")
        #expect(e?.remedy == "run 'letopis models install'")
    }

    @Test("names a truncated array file")
    func truncatedArray() throws {
        let tiny = try TinyModels()
        defer { tiny.remove() }
        try Data([0, 0, 0]).write(to: tiny.pack.appendingPathComponent("arrays/7.bin"))
        let e = loadError { _ = try NERModel(modelsDirectory: tiny.root) }
        #expect(e?.code == .modelCorrupt)
        #expect(e?.subject == "slovnet/ner_news_v1/arrays/7.bin")
        #expect(e.map { !$0.description.contains("\n") } == true)
    }

    @Test("names a missing file")
    func missingFile() throws {
        let tiny = try TinyModels()
        defer { tiny.remove() }
        try FileManager.default.removeItem(at: tiny.pack.appendingPathComponent("vocabs/tag"))
        let e = loadError { _ = try NERModel(modelsDirectory: tiny.root) }
        #expect(e?.code == .modelMissing)
        #expect(e?.subject == "slovnet/ner_news_v1/vocabs/tag")
    }

    @Test("refuses a shape that does not match the layer before")
    func wrongShape() throws {
        let tiny = try TinyModels()
        defer { tiny.remove() }
        let url = tiny.pack.appendingPathComponent("model.json")
        let json = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "[2, 3, 3]", with: "[2, 4, 3]")
        try json.write(to: url, atomically: true, encoding: .utf8)
        let e = loadError { _ = try NERModel(modelsDirectory: tiny.root) }
        #expect(e?.code == .modelCorrupt)
        #expect(e?.subject == "slovnet/ner_news_v1/model.json")
    }

    @Test("names a truncated navec table, an index past its centroids and garbage JSON", arguments: ["pq", "index", "json"])
    func corruptFiles(kind: String) throws {
        let tiny = try TinyModels()
        defer { tiny.remove() }
        let pq = tiny.root.appendingPathComponent("navec/tiny_v1/pq.bin")
        if kind == "pq" {
            try Data([6, 0, 0, 0, 2]).write(to: pq)
        } else if kind == "index" {
            var bytes = try Data(contentsOf: pq)
            bytes[16 + 3] = 9   // word 3 names centroid 9 of 2
            try bytes.write(to: pq)
        } else {
            try "{not json".write(to: tiny.pack.appendingPathComponent("model.json"), atomically: true, encoding: .utf8)
        }
        let e = loadError { _ = try NERModel(modelsDirectory: tiny.root) }
        #expect(e?.code == .modelCorrupt)
        #expect(e?.subject == (kind == "json" ? "slovnet/ner_news_v1/model.json" : "navec/tiny_v1/pq.bin"))
    }
}
