import Testing
import Foundation
import LetopisCore
@testable import LetopisNeural

/// Shapes of a text typed in lower case: the models read it as ordinary spelling would write it.
@Suite("Lower-case texts")
struct LowerCaseTextTests {
    /// A document tokenised at spaces and full stops, one sentence per full stop.
    func document(_ text: String, casing: TextCasing) -> Document {
        var doc = Document(id: "d", text: text)
        var tokens: [Token] = []
        var sentences: [Sentence] = []
        var start: Int?
        var sentenceStart = 0
        let bytes = Array(text.utf8)
        for i in 0...bytes.count {
            let c = i < bytes.count ? bytes[i] : UInt8(ascii: " ")
            if c == UInt8(ascii: " ") || c == UInt8(ascii: ".") {
                if let s = start {
                    let isNumber = bytes[s..<i].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
                    tokens.append(Token(TextRange(s, i), kind: isNumber ? .number : .word))
                }
                start = nil
                if c == UInt8(ascii: ".") {
                    tokens.append(Token(TextRange(i, i + 1), kind: .punctuation))
                    sentences.append(Sentence(TextRange(0, 0), tokens: sentenceStart..<tokens.count))
                    sentenceStart = tokens.count
                }
            } else if start == nil { start = i }
        }
        if sentenceStart < tokens.count { sentences.append(Sentence(TextRange(0, 0), tokens: sentenceStart..<tokens.count)) }
        doc.tokens = tokens
        doc.sentences = sentences
        doc.casing = casing
        return doc
    }

    func encoder() throws -> TokenEncoder {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("letopis-vocab-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("word")
        try ["<unk>", "<pad>", "путин"].joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return TokenEncoder(words: try WordVocabulary(url, name: "word"), shapes: TokenEncoderTests.shapes)
    }

    /// A stand-in for the dictionary: names capitalised, `мид` in capitals, every other word lower-case.
    static func dictionary(_ word: String) -> OrdinaryCase {
        ["путин": .title, "москве": .title, "мид": .upper][word] ?? .lower
    }

    func shapes(_ doc: Document, _ encoder: TokenEncoder) -> [String] {
        var encoded = encoder.encode(document: doc)
        ShoutedSentences.recase(&encoded, document: doc, encoder: encoder, recase: { Self.dictionary($0.lowercased()) })
        LowerCaseText.recase(&encoded, document: doc, encoder: encoder, recase: Self.dictionary)
        let names = Dictionary(uniqueKeysWithValues: encoder.shapeIDs.map { ($0.value, $0.key) })
        return encoded.shapes.map { names[$0] ?? "?" }
    }

    @Test("each sentence's first word, names and unknown words capitalised, abbreviations in capitals")
    func recased() throws {
        let enc = try encoder()
        let doc = document("вчера путин прибыл в москве. мид сообщил МВД 2024", casing: .lowerCase)
        #expect(shapes(doc, enc) == ["RU_Xx", "RU_Xx", "RU_xx", "RU_x", "RU_Xx", "PUNCT_.", "RU_XX", "RU_xx", "RU_XX", "NUM"])
        // The words keep their vocabulary ids.
        #expect(enc.encode(document: doc).words[1] == enc.words.id(of: "путин"))
    }

    @Test("in a text all in capitals every sentence is recased, however short; elsewhere a short one is not")
    func upperCase() throws {
        let enc = try encoder()
        let upper = document("ПУТИН ПРИБЫЛ. МИД В МОСКВЕ", casing: .upperCase)
        #expect(shapes(upper, enc) == ["RU_Xx", "RU_xx", "PUNCT_.", "RU_Xx", "RU_x", "RU_Xx"])
        let ordinary = document("ПУТИН ПРИБЫЛ. МИД В МОСКВЕ", casing: .ordinary)
        #expect(shapes(ordinary, enc) == ["RU_XX", "RU_XX", "PUNCT_.", "RU_XX", "RU_X", "RU_XX"])
    }

    @Test("a word in capitals starts a sentence as well: the next word is not its first")
    func capitalsFirst() throws {
        let doc = document("МИД сообщил о путин", casing: .lowerCase)
        #expect(shapes(doc, try encoder()) == ["RU_XX", "RU_xx", "RU_x", "RU_Xx"])
    }

    @Test("an ordinary text keeps its shapes")
    func ordinary() throws {
        let enc = try encoder()
        let doc = document("вчера путин прибыл в москве. мид сообщил", casing: .ordinary)
        #expect(shapes(doc, enc) == enc.encode(document: doc).shapes.map { id in enc.shapeIDs.first { $0.value == id }?.key ?? "?" })
        #expect(shapes(doc, enc).filter { $0 == "RU_Xx" }.isEmpty)
    }

    @Test("text with no letters, or only digits, is left as it is", arguments: ["2024 15 30.", ". . .", ""])
    func noLetters(_ text: String) throws {
        let enc = try encoder()
        let doc = document(text, casing: .lowerCase)
        #expect(shapes(doc, enc).count == doc.tokens.count)
        #expect(!shapes(doc, enc).contains("RU_Xx"))
    }
}
