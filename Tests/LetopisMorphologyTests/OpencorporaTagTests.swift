import Testing
@testable import LetopisMorphology

@Suite("An OpenCorpora tag")
struct OpencorporaTagTests {
    @Test("keeps its text and exposes its grammemes by category")
    func parsing() throws {
        let tag = try #require(OpencorporaTag("NOUN,anim,masc,Sgtm,Surn sing,ablt"))
        #expect(tag.description == "NOUN,anim,masc,Sgtm,Surn sing,ablt")
        #expect(tag.POS == .NOUN)
        #expect(tag.case == .ablt)
        #expect(tag.number == .sing)
        #expect(tag.gender == .masc)
        #expect(tag.animacy == .anim)
        #expect(tag.contains([.Surn, .sing]))
        #expect(!tag.contains(.Name))
        #expect(tag.isProductive)
        #expect(!tag.isUnknown)
    }

    @Test("rejects unknown grammemes and empty text")
    func rejects() {
        #expect(OpencorporaTag("NOUN,foo") == nil)
        #expect(OpencorporaTag("") == nil)
    }

    @Test("marks closed classes unproductive and shape tags unknown")
    func classes() throws {
        #expect(try #require(OpencorporaTag("PREP")).isProductive == false)
        #expect(try #require(OpencorporaTag("ADJF,Apro neut,sing,nomn")).isProductive == false)
        #expect(try #require(OpencorporaTag("NUMB,intg")).isUnknown)
        #expect(try #require(OpencorporaTag("LATN")).isUnknown)
    }

    @Test("grammeme sets behave as sets over 128 bits")
    func sets() {
        var g: Grammemes = [.nomn, .sing, .ROMN]
        #expect(g.count == 3)
        #expect(g.contains(.ROMN))
        g.remove(.ROMN)
        #expect(g == [.nomn, .sing])
        #expect(Grammemes(names: ["nomn", "plur"]) == [.nomn, .plur])
        #expect(Grammemes(names: ["nomn", "nope"]) == nil)
        #expect(g.map(\.name) == ["sing", "nomn"])
    }

    @Test("updating grammemes drops the incompatible ones (pymorphy3's updated_grammemes)")
    func updated() throws {
        let tag = try #require(OpencorporaTag("ADJF,Qual masc,sing,ablt"))
        let g = MorphAnalyzer.updated(tag.grammemes, with: [.nomn, .plur])
        #expect(g == [.ADJF, .Qual, .plur, .nomn])
        #expect(MorphAnalyzer.fixingRareCases([.loc2, .sing]) == [.loct, .sing])
    }
}
