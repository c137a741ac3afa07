import Testing
@testable import LetopisCorpus

/// ``NameKey/normalise(_:)`` lower-cases the common letters itself; it must agree with the definition it
/// replaced (`String.lowercased()`, then the property of each scalar) on every kind of text.
@Suite("Name keys")
struct NameKeyTests {
    /// The definition: lower-case the string, then map ё, hyphens, quotes and white space.
    static func reference(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = true
        for u in s.lowercased().unicodeScalars {
            switch u.value {
            case 0x0451: out.append("е"); lastWasSpace = false
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: out.append("-"); lastWasSpace = false
            case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x0022, 0x0027, 0x2018, 0x2019: continue
            default:
                if u.properties.isWhitespace {
                    if !lastWasSpace { out.append(" ") }
                    lastWasSpace = true
                } else {
                    out.append(u); lastWasSpace = false
                }
            }
        }
        var r = String(out)
        while r.hasSuffix(" ") { r.removeLast() }
        return r
    }

    @Test("normalises as lower-casing the whole string would, on names, sentences and every script")
    func agreesWithLowercased() {
        var samples = [
            "«Газпром»", "Аш‑Шараа", "ЁЛКИН Пётр", "  Владимир\u{00A0}Путин \t\n", "Ѐ Ѓ Є Ї Љ Џ ѐ ќ ў", "ÀÉÎÕÜ Straße İstanbul",
            "ΣΟΦΊΑ Ὀδυσσεύς", "ǅemal ǈ ǋ", "ＡＢＣ ａｂｃ", "Ⅻ ⓐⒷ", "𐐀𐐨 😀", "NATO-ПВО — ООН/ЕС", "e\u{301}É\u{301}", "",
            "\u{2028}x\u{3000}y\u{205F}", "Киев 'Днепр' \"Сумы\"", "ЦИК РФ: 2024 г.",
        ]
        // Every scalar of the Basic Multilingual Plane's letters around Latin, Greek and Cyrillic, upper and lower.
        var block = ""
        for value in UInt32(0x20)...UInt32(0x52F) { if let u = Unicode.Scalar(value) { block.unicodeScalars.append(u) } }
        samples.append(block)
        for sample in samples {
            #expect(NameKey.normalise(sample) == Self.reference(sample), "\(sample)")
        }
    }
}

@Suite("Sentence words")
struct SentenceWordsTests {
    @Test("the scalar walk finds the words the character walk finds, and steps aside for other scripts")
    func scalarWalkAgrees() {
        let sentences = [
            "ВСУ нанесли удар ATACMS по объекту в Брянской области, сообщило Минобороны РФ 21.11.2024.",
            "Ёлки-палки: «Газпром» и ЦИК — 2024 г., т.е. 3-й раз; x1 ab1 абв",
            "\r\nПутин\tи Эрдоган\u{00A0}обсудили\u{2028}Сирию", "", "ab", "Ѐ Ѓ Є Ї Љ Џ ѐ ќ ў",
        ]
        for sentence in sentences {
            let normal = NameKey.normalise(sentence)
            #expect(SentenceSimilarity.asciiOrCyrillicWords(normal) == SentenceSimilarity.characterWords(normal), "\(sentence)")
        }
        // Every ASCII and basic Cyrillic scalar, each between spaces and in a run.
        var every = ""
        for value in UInt32(0x20)...UInt32(0x7E) { if let u = Unicode.Scalar(value) { every.unicodeScalars.append(u) } }
        for value in UInt32(0x400)...UInt32(0x45F) { if let u = Unicode.Scalar(value) { every.unicodeScalars.append(u) } }
        let spaced = every.unicodeScalars.map { "a\($0)bc" }.joined(separator: " ")
        for text in [every, spaced] {
            #expect(SentenceSimilarity.asciiOrCyrillicWords(text) == SentenceSimilarity.characterWords(text))
        }
        #expect(SentenceSimilarity.asciiOrCyrillicWords("café olé") == nil)
        #expect(SentenceSimilarity.asciiOrCyrillicWords("й\u{306}") == nil)
        #expect(SentenceSimilarity.words("Straße café naïve") == SentenceSimilarity.characterWords("straße café naïve"))
    }
}
