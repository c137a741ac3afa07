import Testing
@testable import LetopisMorphology

@Suite("Mixed Cyrillic and Latin spellings")
struct MixedScriptTests {
    @Test("Latin look-alikes inside a Cyrillic word become Cyrillic", arguments: [
        ("Cолист", "Солист"), ("Клишасa", "Клишаса"), ("Католичеcкой", "Католической"), ("Tвиттере", "Твиттере"),
    ])
    func repairs(written: String, meant: String) {
        #expect(MixedScript.cyrillicSpelling(written) == meant)
        #expect(MixedScript.cyrillicSpelling(written)!.unicodeScalars.allSatisfy { !(0x41...0x7A).contains($0.value) })
    }

    @Test("words in one script, and mixes with a Latin letter that has no twin, are left alone", arguments: [
        "Солист", "Michelin", "YоuТubе", "Fruktы", "COVID-19", "",
    ])
    func leavesAlone(word: String) {
        #expect(MixedScript.cyrillicSpelling(word) == nil)
    }
}
