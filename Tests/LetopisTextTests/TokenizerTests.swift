import Foundation
import Testing
import LetopisCore
@testable import LetopisText

@Suite("A tokenizer")
struct TokenizerTests {
    static let cases = Fixtures.lines("tokens.txt")

    @Test("reads its fixtures")
    func fixturesExist() {
        #expect(Self.cases.count > 50)
    }

    @Test("splits each fixture where its bars and spaces say", arguments: cases)
    func fixture(_ line: String) {
        let text = line.replacingOccurrences(of: "|", with: "")
        let expected = line.split(whereSeparator: { $0 == " " || $0 == "\n" })
            .flatMap { $0.split(separator: "|") }.map(String.init)
        let utf8 = Array(text.utf8)
        let tokens = Tokenizer().tokenize(utf8)
        #expect(Fixtures.texts(of: tokens, in: utf8) == expected)
        #expect(Fixtures.invariantViolation(utf8, tokens) == nil)
    }

    @Test("gives tokens their kinds")
    func kinds() {
        let utf8 = Array("Путин 5,56 % « https://ria.ru press@ria.ru 👍".utf8)
        let kinds = Tokenizer().tokenize(utf8).map(\.kind)
        #expect(kinds == [.word, .number, .symbol, .punctuation, .url, .email, .symbol])
    }

    @Test("tokenizes only the requested range")
    func range() {
        let utf8 = Array("date 2025-12-23 МОСКВА, 2 апреля".utf8)
        let start = Array("date 2025-12-23 ".utf8).count
        let tokens = Tokenizer().tokenize(utf8, in: TextRange(start, utf8.count))
        #expect(Fixtures.texts(of: tokens, in: utf8) == ["МОСКВА", ",", "2", "апреля"])
        #expect(tokens.first?.range.start == start)
    }

    @Test("names the rule behind each join and split")
    func trace() {
        var trace: [TokenDecision] = []
        _ = Tokenizer().tokenize(Array("аш-Шибани, 2007-2008, т.е. Lenta.ru".utf8), trace: &trace)
        let rules = trace.map(\.rule)
        #expect(rules.contains(.hyphenatedWord))
        #expect(trace.contains(TokenDecision(offset: Array("аш-Шибани, 2007".utf8).count, rule: .numberRange, joined: false)))
        #expect(rules.contains(.abbreviationStop))
        #expect(rules.contains(.domainName))
    }
}

@Suite("A tokenizer given bad input")
struct TokenizerBadInputTests {
    func check(_ text: String) -> [Token] {
        let utf8 = Array(text.utf8)
        let tokens = Tokenizer().tokenize(utf8)
        #expect(Fixtures.invariantViolation(utf8, tokens) == nil)
        return tokens
    }

    @Test("returns nothing for an empty or blank text")
    func blank() {
        #expect(check("").isEmpty)
        #expect(check(" \n\t\r\n \u{00A0}\u{2009}\u{3000}").isEmpty)
    }

    @Test("reads 5 MB without a space in linear time")
    func noSpaces() {
        let letters = String(repeating: "абвгд", count: 500_000)  // 5 MB of Cyrillic
        #expect(check(letters).count == 1)
        // Patterns whose rules look ahead: the look-ahead is bounded, so 200 KB take no longer than they should.
        let abbreviations = String(repeating: "т.е.", count: 50_000)
        #expect(check(abbreviations).count == 200_000)
        let domains = String(repeating: "a.b", count: 70_000)
        #expect(!check(domains).isEmpty)
        let hyphens = String(repeating: "аб-", count: 40_000)
        #expect(check(hyphens).count >= 1)
        let emails = String(repeating: "a@b.", count: 50_000)
        #expect(!check(emails).isEmpty)
    }

    @Test("reads 10,000 punctuation marks in a row")
    func punctuationRuns() {
        #expect(check(String(repeating: ".", count: 10_000)).count == 1)
        #expect(check(String(repeating: "!?", count: 5_000)).count == 1)
        #expect(check(String(repeating: ",", count: 10_000)).count == 10_000)
        #expect(check(String(repeating: "«»—()\"'", count: 1_500)).count == 10_500)
        #expect(check("слово" + String(repeating: "-", count: 10_000) + "слово").count == 3)
    }

    @Test("keeps emoji, flags, accents and other scripts whole")
    func unicode() {
        #expect(check("👨‍👩‍👧‍👦").count == 1)
        #expect(check("🇷🇺🇺🇸").count == 2)
        #expect(check("е\u{301}\u{301}\u{301}").count == 1)
        #expect(check("\u{301} слово").count == 2)  // a mark with nothing before it stands alone
        #expect(check("日本語のテキスト и English и עברית").count == 5)
        #expect(check(String(repeating: "👍🏽", count: 10_000)).count == 10_000)
    }

    @Test("survives a range that cuts a scalar or lies outside the text")
    func badRanges() {
        let utf8 = Array("Привет, мир".utf8)
        let cut = Tokenizer().tokenize(utf8, in: TextRange(1, 5))
        #expect(cut.allSatisfy { $0.range.start >= 1 && $0.range.end <= 5 })
        #expect(Tokenizer().tokenize(utf8, in: TextRange(100, 200)).isEmpty)
    }
}
