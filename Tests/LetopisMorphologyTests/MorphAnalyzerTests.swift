import Foundation
import Testing
import LetopisTestSupport
@testable import LetopisMorphology

@Suite("The analyzer, on the real dictionary", .requiresModels(.dictionary))
struct MorphAnalyzerTests {
    var morph: MorphAnalyzer { InstalledDictionary.analyzer! }

    @Test("lemmatises names and places", arguments: [
        ("Путиным", "путин", "NOUN,anim,masc,Sgtm,Surn sing,ablt"),
        ("Москве", "москва", "NOUN,inan,femn,Sgtm,Geox sing,loct"),
        ("Лавровым", "лавров", "NOUN,anim,masc,Sgtm,Surn sing,ablt"),
    ])
    func lemmas(word: String, lemma: String, tag: String) {
        let first = morph.parse(word)[0]
        #expect(first.normalForm == lemma)
        #expect(first.tag.description == tag)
    }

    @Test("scores dictionary words by P(tag | word), as pymorphy3 does")
    func scores() {
        let parses = morph.parse("стали")
        #expect(parses[0].normalForm == "стать")
        #expect(parses[0].score == 0.975342)
        #expect(parses.count == 6)
    }

    @Test("gives lemmas and knows dictionary words")
    func lemmaAndKnown() {
        #expect(morph.lemma("Путиным") == "путин")
        #expect(morph.isKnown("Москве"))
        #expect(morph.isKnown("ежик"))
        #expect(!morph.isKnown("бутявкать"))
        #expect(morph.normalForms("стали") == ["стать", "сталь"])
    }

    @Test("restores ё and predicts unknown words by their ending")
    func unknownWords() {
        #expect(morph.parse("еж")[0].word == "ёж")
        let parses = morph.parse("бутявкать")
        #expect(parses[0].tag.POS == .INFN)
        #expect(parses[0].methods.last == .unknownPrefix("бу"))
        #expect(parses.contains { $0.methods.last == .knownSuffix("вкать") && $0.tag.POS == .INFN })
    }

    @Test("handles prefixes, hyphens, initials, numbers and Latin words")
    func units() {
        #expect(morph.parse("псевдокошки")[0].normalForm == "псевдокошка")
        #expect(morph.parse("интернет-магазина")[0].normalForm == "интернет-магазин")
        #expect(morph.parse("смотри-ка")[0].methods.last == .particle("-ка"))
        #expect(morph.parse("12")[0].tag.description == "NUMB,intg")
        #expect(morph.parse("XIV").map(\.tag.description) == ["ROMN", "LATN"])
        #expect(morph.parse("Ъ").contains { $0.tag.contains(.Init) } == false)
        #expect(morph.parse("Ж").contains { $0.tag.contains([.Init, .Patr]) })
    }

    @Test("inflects a surname to the nominative")
    func inflect() throws {
        let p = morph.parse("Лавровым")[0]
        let nomn = try #require(morph.inflect(p, to: [.nomn]))
        #expect(nomn.word == "лавров")
        #expect(nomn.tag.description == "NOUN,anim,masc,Sgtm,Surn sing,nomn")
        #expect(morph.inflect(morph.parse("москва")[0], to: [.loct])?.word == "москве")
        #expect(morph.inflect(morph.parse("12")[0], to: [.nomn]) == nil)
    }

    @Test("agrees a noun with a number", arguments: [(1, "рубль"), (2, "рубля"), (5, "рублей"), (11, "рублей"), (21, "рубль"), (104, "рубля")])
    func numberAgreement(n: Int, word: String) {
        #expect(morph.inflect(morph.parse("рубль")[0], agreeingWith: n)?.word == word)
    }

    @Test("lists a lexeme in paradigm order")
    func lexeme() {
        let forms = morph.lexeme(of: morph.parse("москве")[0]).map(\.word)
        #expect(forms.first == "москва")
        #expect(forms.contains("москвой"))
    }

    @Test("puts noun phrases in the nominative", arguments: [
        ("Сергеем Лавровым", "Сергей Лавров"),
        ("Государственной думы", "Государственная дума"),
        ("главой МИД", "глава МИД"),
        ("Анной Ахматовой", "Анна Ахматова"),
        ("президента Владимира Путина", "президент Владимир Путин"),
        ("жены Путина", "жена Путина"),
        ("В. В. Путиным", "В. В. Путин"),
        ("новых российских самолётов", "новые российские самолёты"),
        ("Соединенных Штатов", "Соединенные Штаты"),
        ("Министерства иностранных дел России", "Министерство иностранных дел России"),
        ("госсекретарем США Хиллари Клинтон", "госсекретарь США Хиллари Клинтон"),
        ("Москва́", "Москва"),
    ])
    func phrases(phrase: String, nominative: String) {
        #expect(morph.normalizePhrase(phrase) == nominative)
    }

    @Test("survives bad input: huge, mixed-script, accented and control-character words", arguments: [
        String(repeating: "не", count: 5000), String(repeating: "недо", count: 2500), "по-" + String(repeating: "недо", count: 30),
        "Mосква", "Москва́", "a\u{1}b", "\u{0}", "\u{200B}", String(repeating: "-", count: 10_000), "e\u{301}\u{301}\u{301}",
        "🇷🇺", "\u{FFFD}", String(repeating: "1", count: 10_000),
    ])
    func badInput(word: String) {
        let parses = morph.parse(word)
        #expect(!parses.isEmpty)
        for p in parses { _ = morph.lexeme(of: p) }
    }

    @Test("shares one analyzer between threads")
    func concurrent() async {
        let words = ["Путиным", "Москве", "стали", "бутявкать", "интернет-магазина"]
        await withTaskGroup(of: Bool.self) { group in
            for k in 0..<8 {
                group.addTask { morph.parse(words[k % words.count]).first != nil }
            }
            for await ok in group { #expect(ok) }
        }
    }
}

@Suite("Loading a dictionary")
struct MorphDictionaryLoadingTests {
    @Test("names the missing file and the install command")
    func missing() {
        let dir = URL(fileURLWithPath: "/nonexistent/letopis-test/opencorpora")
        #expect {
            _ = try MorphDictionary(directory: dir)
        } throws: { error in
            guard let e = error as? LetopisErrorProbe else { return false }
            return e.matches(code: "model-missing", file: "opencorpora/meta.json")
        }
    }

    @Test("names a truncated words.dawg", .requiresModels(.dictionary))
    func truncated() throws {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("letopis-truncated-\(UUID().uuidString)")
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: dir) }
        for name in try fm.contentsOfDirectory(atPath: InstalledDictionary.directory.path) where name != "words.dawg" {
            try fm.createSymbolicLink(at: dir.appendingPathComponent(name), withDestinationURL: InstalledDictionary.directory.appendingPathComponent(name))
        }
        let words = try Data(contentsOf: InstalledDictionary.directory.appendingPathComponent("words.dawg"))
        try words.prefix(1000).write(to: dir.appendingPathComponent("words.dawg"))
        #expect {
            _ = try MorphDictionary(directory: dir)
        } throws: { error in
            guard let e = error as? LetopisErrorProbe else { return false }
            return e.matches(code: "model-corrupt", file: "opencorpora/words.dawg")
        }
    }
}
