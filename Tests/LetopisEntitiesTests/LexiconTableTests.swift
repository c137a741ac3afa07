import Testing
@testable import LetopisEntities
import LetopisCore

/// Every table of `Sources/LetopisEntities/Lexicons/` loads through the validating loader: a malformed
/// line fails here, in the build's tests, never in a user's batch.
@Suite("Entity lexicon tables")
struct LexiconTableTests {
    @Test("every table loads, with no duplicate key and no unknown value")
    func everyTableLoads() throws {
        let lexicons = try EntityLexicons()
        #expect(lexicons.titles.count > 400)
        #expect(lexicons.titlesByFirstWord["генеральный"]?.contains { $0.words == ["генеральный", "секретарь"] } == true)
        #expect(lexicons.titlesByFirstWord["первый"]?.allSatisfy { $0.words.count == 2 } == true)
        #expect(lexicons.singleWordTitles["министр"] == .government)
        #expect(lexicons.complementSectors["оборона"] == .military)
        #expect(lexicons.canonicalTitles["глава мид"] == "министр иностранных дел")
        #expect(lexicons.is("дочь", .kinship) && lexicon(lexicons, hasEveryClass: OccupationWord.allCases))
        #expect(lexicons.combiningForms.first == Array("медиа".utf8))
        #expect(lexicons.governmentBodies.contains("правительство") && lexicons.unionsOfStates.contains("европейский союз"))
        #expect(lexicons.acronymSkips.contains("по"))
        #expect(lexicons.organisationWords["агентство"] == .media && lexicons.organisationPhrases.count > 20)
        #expect(lexicons.particlesApart.contains("ибн") && lexicons.particlesHyphen.contains("аш"))
        #expect(lexicons.eastAsianSurnames.contains("ким"))
        #expect(lexicons.countryAliases.first { $0.code == "SY" }?.shortForms.contains("САР") == true)
        let patterns = try #require(lexicons.occupationPatterns)
        #expect(patterns["title.veto.sought-post"] != nil && patterns["anaphora.veto.dative"] != nil && patterns["title.of-post"] != nil)
        #expect(EntityLexicons.loaded.isSuccess)
    }

    func lexicon(_ l: EntityLexicons, hasEveryClass classes: [OccupationWord]) -> Bool {
        classes.allSatisfy { !l.words($0).isEmpty }
    }

    @Test("ё and е are one letter to the tables: a lemma written with ё finds the title")
    func foldedLookup() {
        #expect(JobLexicon.candidates(TextFolding.fold("режиссёр")) != nil)
        #expect(JobLexicon.candidates("режиссер") != nil)
    }

    @Test("a malformed country line is refused with its file and line")
    func badCountryCode() {
        let bytes = Array("code\tshort_forms\tadjectives\tcapitals\tseats\nRussia\tРФ\t\t\t\n".utf8)
        let error = #expect(throws: LetopisError.self) { try CountryAliases.entries(bytes) }
        #expect(error?.subject == "country-aliases.tsv:2")
    }

    @Test("the vetoes are named patterns: `кандидат в президенты` holds no title")
    func soughtPostVeto() throws {
        var doc = fixture("Кандидат в президенты Иван Петров выступил.", mentions: [("Иван Петров", .person)],
                          lemmas: ["президенты": "президент", "Кандидат": "кандидат"])
        try EntityResolutionStage().process(&doc)
        #expect(factsByWho(doc)["Иван Петров"] == nil)
        var held = fixture("Президент Иван Петров выступил.", mentions: [("Иван Петров", .person)], lemmas: fixtureLemmas)
        try EntityResolutionStage().process(&held)
        #expect(factsByWho(held)["Иван Петров"]?.job == "Президент")
        #expect(held.facts.first?.rule == "title-before-name")
    }
}

extension Result {
    var isSuccess: Bool { if case .success = self { true } else { false } }
}
