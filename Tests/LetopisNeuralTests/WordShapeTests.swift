import Testing
import Foundation
import LetopisCore
@testable import LetopisNeural

@Suite("A word shape")
struct WordShapeTests {
    @Test("is slovnet's", arguments: [
        ("Москва", "RU_Xx"), ("москва", "RU_xx"), ("МВД", "RU_XX"), ("Я", "RU_X"), ("и", "RU_x"),
        ("СИЗО-6", "RU_XX"), ("Нью-Йорк", "RU_Xx-Xx"), ("ТАСС-Урал", "RU_OTHER"), ("Ст.1", "RU_Xx"),
        ("iPhone", "EN_OTHER"), ("NASA", "EN_XX"), ("a", "EN_x"), ("Reuters", "EN_Xx"),
        ("2011-2020", "NUM"), ("-5", "NUM"), ("+7", "NUM"), ("-", "PUNCT_-"), ("«", "PUNCT_«"),
        ("...", "PUNCT_OTHER"), ("?!", "PUNCT_OTHER"), ("😀", "OTHER"), ("§", "OTHER"), ("", "OTHER"),
    ])
    func shape(word: String, expected: String) {
        #expect(WordShape.of(word) == expected)
    }
}

@Suite("The byte-level token encoder")
struct TokenEncoderTests {
    static let shapes = ["<pad>"] + ["RU", "EN"].flatMap { t in ["X", "x", "XX", "xx", "Xx", "Xx-Xx", "OTHER"].map { "\(t)_\($0)" } }
        + WordShape.puncts.sorted { $0.value < $1.value }.map { "PUNCT_\($0)" } + ["PUNCT_OTHER", "NUM", "OTHER"]

    @Test("gives the same ids as the reference path of strings")
    func fastEqualsReference() throws {
        let words = ["москва", "нью-йорк", "сизо-6", "iphone", "ёлка", "<unk>", "<pad>"]
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("letopis-vocab-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("word")
        try words.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        let vocab = try WordVocabulary(url, name: "word")
        let encoder = TokenEncoder(words: vocab, shapes: Self.shapes)
        let text = "МОСКВА, Нью-Йорк СИЗО-6 iPhone Ёлка ЁЛКА ТАСС-Урал Ст.1 2011-2020 -5 « ... Ѐ Київ Їжак İstanbul 😀 a-B X"
        var ranges: [TextRange] = []
        var start = 0
        let bytes = Array(text.utf8)
        for i in 0...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: " ") {
            if i > start { ranges.append(TextRange(start, i)) }
            start = i + 1
        }
        let fast = encoder.encode(utf8: bytes, ranges: ranges)
        let reference = encoder.encode(ranges.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) })
        #expect(fast.words == reference.words)
        #expect(fast.shapes == reference.shapes)
        #expect(fast.words[1] == vocab.id(of: "нью-йорк"))
        #expect(fast.words[1] != vocab.unkID)
        #expect(fast.words[0] == vocab.unkID)   // "москва," is not a word of the vocabulary
    }
}

@Suite("All-capitals sentences")
struct ShoutedSentenceTests {
    func document(_ text: String) -> Document {
        var doc = Document(id: "d", text: text)
        // Ranges are UTF-8 offsets: words split at spaces, a full stop a token of its own.
        var tokens: [Token] = []
        var start: Int?
        let bytes = Array(text.utf8)
        for i in 0...bytes.count {
            let c = i < bytes.count ? bytes[i] : UInt8(ascii: " ")
            if c == UInt8(ascii: " ") || c == UInt8(ascii: ".") {
                if let s = start { tokens.append(Token(TextRange(s, i), kind: .word)) }
                start = nil
                if c == UInt8(ascii: ".") { tokens.append(Token(TextRange(i, i + 1), kind: .punctuation)) }
            } else if start == nil { start = i }
        }
        doc.tokens = tokens
        doc.sentences = [Sentence(TextRange(0, bytes.count), tokens: 0..<tokens.count)]
        return doc
    }

    @Test("a sentence of three or more words all in capitals is shouted")
    func shouted() {
        let d = document("ПРЕЗИДЕНТ ВЛАДИМИР ПУТИН ВСТРЕТИЛСЯ С ТРАМПОМ.")
        #expect(d.isShouted(d.sentences[0].tokens))
    }

    @Test("ordinary text, and a sentence with only abbreviations in capitals, are not", arguments: [
        "Президент Владимир Путин встретился с Трампом.",
        "МИД РФ и ООН.",
        "Глава МИД РФ ВЫСТУПИЛ.",
    ])
    func notShouted(_ text: String) {
        let d = document(text)
        #expect(!d.isShouted(d.sentences[0].tokens))
    }
}
