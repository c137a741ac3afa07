import Testing
@testable import LetopisCore

@Suite("Folding text for comparison")
struct TextFoldingBytePathTests {
    /// Every scalar the byte path claims (ASCII, U+0400–U+045F, and the characters the rule rewrites), alone and
    /// in words, must fold as the scalar-by-scalar rule with Unicode's lower-case mapping folds it.
    @Test("folds Cyrillic and ASCII on the bytes exactly as the Unicode rule does")
    func bytePathEqualsUnicodeRule() throws {
        var samples = (0x00...0x7F).compactMap { Unicode.Scalar($0).map { String(Character($0)) } }
        samples += (0x400...0x45F).compactMap { Unicode.Scalar($0).map { String(Character($0)) } }
        samples += ["\u{A0}", "\u{AD}", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "уда\u{301}р",
                    "РЕПОРТЁР", "Ёлка", "Нью\u{2010}Йорк", "ЦИК РФ", "Mr. Smith-Джонс", "ЅЇЎЂ", "вице\u{AD}премьер", "a\u{A0}Б"]
        for text in samples {
            let fast = try #require(TextFolding.foldCyrillic(text.utf8), "the byte path should take \(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(fast == TextFolding.foldByScalars(text), "\(text)")
        }
    }

    @Test("leaves other scripts, historic letters and other punctuation to the Unicode rule")
    func otherTextGoesToTheUnicodeRule() {
        for text in ["Ѣ", "Straße", "ΣΟΦΙΑ", "е\u{308}", "—", "«Ура»", "İstanbul"] {
            #expect(TextFolding.foldCyrillic(text.utf8) == nil, "\(text)")
        }
        #expect(TextFolding.fold("ΣΟΦΙΑ «РЕПОРТЁР»") == TextFolding.foldByScalars("ΣΟΦΙΑ «РЕПОРТЁР»"))
        #expect(TextFolding.fold("РЕПОРТЁР") == "репортер")
    }
}
