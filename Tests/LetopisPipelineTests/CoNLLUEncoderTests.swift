import Testing
@testable import LetopisPipeline

@Suite("The CoNLL-U encoder")
struct CoNLLUEncoderTests {
    /// `В Нью-Йорке (США) выступил ООН.` tokenised by hand, with tags, lemmas and a parse.
    func document(heads: [Int?]) -> Document {
        var doc = Document(id: "d", text: "В Нью-Йорке (США)  выступил\nглава ООН.")
        var tokens: [Token] = []
        var i = 0
        let bytes = doc.utf8
        while i < bytes.count {
            if bytes[i] == 0x20 || bytes[i] == 0x0A { i += 1; continue }
            var j = i
            if [0x28, 0x29, 0x2E].contains(bytes[i]) { j = i + 1 } else {
                while j < bytes.count, ![0x20, 0x0A, 0x28, 0x29, 0x2E].contains(bytes[j]) { j += 1 }
            }
            tokens.append(Token(TextRange(i, j), kind: .word))
            i = j
        }
        doc.tokens = tokens
        doc.sentences = [Sentence(TextRange(0, bytes.count), tokens: 0..<tokens.count)]
        doc.lemmas = ["в", "нью-йорк", "(", "сша", ")", "выступить", "глава", "оон", "."]
        let pos = ["ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "NOUN", "PROPN", "PUNCT"]
        doc.morphTags = pos.map { MorphTag(pos: $0, features: $0 == "PROPN" ? [("Number", "Sing"), ("Case", "Loc")] : []) }
        doc.syntax = heads.map { DependencyArc(head: $0, relation: $0 == nil ? "root" : "dep") }
        return doc
    }

    func rows(_ s: String) -> [[String]] {
        s.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test("rebuilds # text from the forms and marks SpaceAfter=No where the text has no space")
    func spaceAfter() {
        let out = CoNLLUEncoder().encode(document(heads: [1, 5, 3, 1, 3, nil, 5, 6, 5]))
        #expect(out.contains("# text = В Нью-Йорке (США) выступил глава ООН.\n"))
        let r = rows(out)
        #expect(r[2][9] == "SpaceAfter=No" && r[3][9] == "SpaceAfter=No" && r[1][9] == "_")
        #expect(r[7][9] == "SpaceAfter=No" && r[8][9] == "_", "nothing after the sentence's last token")
    }

    @Test("capitalises proper-noun lemmas as UD Russian does and sorts features")
    func lemmas() {
        let r = rows(CoNLLUEncoder().encode(document(heads: [1, 5, 3, 1, 3, nil, 5, 6, 5])))
        #expect(r[1][2] == "Нью-Йорк" && r[3][2] == "США" && r[7][2] == "ООН" && r[6][2] == "глава")
        #expect(r[1][5] == "Case=Loc|Number=Sing")
    }

    @Test("repairs two roots and a cycle into one tree")
    func repair() {
        // Tokens 0 and 5 are roots; 6 and 7 head each other.
        let r = rows(CoNLLUEncoder().encode(document(heads: [nil, 5, 1, 1, 3, nil, 7, 6, 5])))
        let heads = r.map { Int($0[6]) ?? -1 }
        #expect(heads.filter { $0 == 0 }.count == 1)
        #expect(r[0][7] == "root" && r[5][6] == "1" && r[5][7] == "dep")
        for k in heads.indices {
            var j = k, steps = 0
            while heads[j] != 0 && steps <= heads.count { j = heads[j] - 1; steps += 1 }
            #expect(heads[j] == 0, "token \(k + 1) does not reach the root")
        }
    }
}
