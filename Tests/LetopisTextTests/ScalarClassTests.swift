import Testing
@testable import LetopisText

@Suite("The scalar classifier")
struct ScalarClassTests {
    @Test("classifies Russian letters, digits, spaces and marks")
    func classes() {
        let cases: [(Unicode.Scalar, ScalarClass)] = [
            ("А", .upper), ("я", .lower), ("Ё", .upper), ("ё", .lower), ("Q", .upper), ("z", .lower),
            ("7", .digit), (" ", .space), ("\n", .newline), ("\r", .newline), ("\u{2028}", .newline),
            ("\u{00A0}", .space), ("\u{3000}", .space), ("«", .punctuation), ("—", .punctuation),
            ("…", .punctuation), ("%", .symbol), ("№", .symbol), ("\u{301}", .mark), ("\u{200D}", .mark),
            ("\u{FE0F}", .mark), ("\u{1F3FD}", .mark), ("北", .letter), ("Ω", .upper), ("٣", .digit),
            ("👍", .symbol), ("Ї", .upper), ("ї", .lower),
        ]
        for (scalar, expected) in cases {
            #expect(ScalarClass.of(scalar.value) == expected, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test("decodes truncated and invalid UTF-8 as U+FFFD, one byte at a time")
    func invalid() {
        let bytes: [UInt8] = [0xD0, 0x20, 0xE2, 0x80, 0xFF, 0xF0, 0x9F]
        bytes.withUnsafeBufferPointer { buffer in
            let scanner = UTF8Scanner(bytes: buffer, end: buffer.count)
            #expect(scanner.decode(0) == (0xFFFD, 1))  // lead byte before a space
            #expect(scanner.decode(2) == (0xFFFD, 1))  // three-byte lead cut short
            #expect(scanner.decode(4) == (0xFFFD, 1))  // never valid
            #expect(scanner.decode(5) == (0xFFFD, 1))  // four-byte lead at the end
        }
    }

    @Test("hashes text the same way from a string and from bytes, ignoring case")
    func hashes() {
        let utf8 = Array("Ул ТВЕРСКАЯ".utf8)
        utf8.withUnsafeBufferPointer { buffer in
            let scanner = UTF8Scanner(bytes: buffer, end: buffer.count)
            #expect(Abbreviations.hash(scanner, 0, 4) == Abbreviations.hash("ул"))
            #expect(Abbreviations.hash(scanner, 5, buffer.count) == Abbreviations.hash("тверская"))
        }
        #expect(Abbreviations.headHashes.contains(Abbreviations.hash("ИМ")))
        #expect(!Abbreviations.headHashes.contains(Abbreviations.hash("др")))
    }
}
