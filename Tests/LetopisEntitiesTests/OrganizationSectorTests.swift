import Testing
@testable import LetopisEntities

@Suite("The sector of an organisation")
struct OrganizationSectorTests {
    @Test("is read from its name, a whole phrase first", arguments: [
        (["мид", "сирия"], Sector.diplomatic), (["министерство", "оборона", "россия"], .military),
        (["министерство", "иностранный", "дело"], .diplomatic), (["государственный", "дума"], .legislative),
        (["мосгордума"], .legislative), (["оон"], .international), (["банк", "втб"], .business),
        (["федеральный", "агентство", "по", "туризм"], .government), (["верховный", "суд"], .judicial),
        (["партия", "яблоко"], .party),
    ])
    func fromName(_ lemmas: [String], _ sector: Sector) {
        #expect(OrganizationSector.of(nameLemmas: lemmas, kindBefore: nil) == sector)
    }

    @Test("else from the kind word before it; nil when nothing says")
    func fromKind() {
        #expect(OrganizationSector.of(nameLemmas: ["sana"], kindBefore: "агентство") == .media)
        #expect(OrganizationSector.of(nameLemmas: ["яблоко"], kindBefore: "партия") == .party)
        #expect(OrganizationSector.of(nameLemmas: ["солидарность"], kindBefore: "движение") == nil)
    }

    @Test("an abbreviation with a case ending normalises to its capitals")
    func abbreviationWithEnding() {
        #expect(MorphNormalizer.restoreCase("мид", like: "МИДа") == "МИД")
        #expect(MorphNormalizer.restoreCase("путин", like: "Путиным") == "Путин")
        #expect(MorphNormalizer.restoreCase("мид", like: "МИД") == "МИД")
    }
}
