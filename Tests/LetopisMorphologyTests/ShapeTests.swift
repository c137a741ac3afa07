import Testing
@testable import LetopisMorphology

@Suite("Token shapes")
struct ShapeTests {
    @Test("numbers are what Python's int() and float() accept", arguments: [
        ("12", Shapes.NumberKind.integer), ("-7", .integer), ("1_000", .integer), ("１２", .integer),
        ("1,5", .real), ("2.5e3", .real), ("nan", .real), ("inf", .real), (".5", .real),
    ])
    func numbers(word: String, kind: Shapes.NumberKind) {
        #expect(Shapes.numberKind(word) == kind)
    }

    @Test("non-numbers are not numbers", arguments: ["1,000,000", "12а", "", "1__0", "e5", "-"])
    func notNumbers(word: String) {
        #expect(Shapes.numberKind(word) == nil)
    }

    @Test("Roman numbers follow pymorphy3's regex, case-insensitively")
    func roman() {
        for w in ["XIV", "MCMXC", "iv", "mix", "CD"] { #expect(Shapes.isRomanNumber(w), "\(w)") }
        for w in ["IIII", "XM", "", "Х"] { #expect(!Shapes.isRomanNumber(w), "\(w)") }
    }

    @Test("Latin words have only Latin letters, and at least one")
    func latin() {
        #expect(Shapes.isLatin("iPhone"))
        #expect(Shapes.isLatin("123-FOO"))
        #expect(Shapes.isLatin("café"))
        #expect(!Shapes.isLatin("123"))
        #expect(!Shapes.isLatin("Mосква"))
    }

    @Test("punctuation is only punctuation marks")
    func punctuation() {
        #expect(Shapes.isPunctuation("«"))
        #expect(Shapes.isPunctuation("..."))
        #expect(!Shapes.isPunctuation("$"))
        #expect(!Shapes.isPunctuation(" "))
    }

    @Test("slices count code points as Python does")
    func slicing() {
        #expect(UTF8Text.slice("москва", dropFirst: 1, dropLast: 2) == "оск")
        #expect(UTF8Text.slice("кот", dropFirst: 2, dropLast: 2) == "")
        #expect(UTF8Text.lowercased("МОСКВА Ёж") == "москва ёж")
        #expect(UTF8Text.lowercased("İstanbul") == "İstanbul".lowercased())
    }
}
