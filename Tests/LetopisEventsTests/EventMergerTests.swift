import Testing
@testable import LetopisEvents
import LetopisEntities
import LetopisCore

/// Two strikes told in one document stay two events (#13: `ATACMS` on Bryansk and `Storm Shadow` on Kursk two
/// sentences later were one event dated by the second).
@Suite("Two attacks in one document: places and weapons keep them apart")
struct EventMergerTests {
    /// `Украина нанесла удар ракетами FIRST. Украина нанесла удар ракетами SECOND.` as two sentences.
    func strikes(_ first: [String], _ second: [String]) throws -> [Event] {
        func sentence(_ weapon: [String], from base: Int) -> [String] {
            ["Украина/украина/PROPN/Case=Nom/\(base + 2)/nsubj", "нанесла/нанести/VERB/VerbForm=Fin|Tense=Past/0/root",
             "удар/удар/NOUN/Case=Acc/\(base + 2)/obj", "ракетами/ракета/NOUN/Case=Ins/\(base + 2)/obl"]
                + weapon.enumerated().map { k, w in
                    "\(w)/\(w.lowercased())/PROPN//\(base + (k == 0 ? 4 : 5))/\(k == 0 ? "nmod" : "flat:foreign")"
                }
                + ["././PUNCT//\(base + 2)/punct"]
        }
        let rows = sentence(first, from: 0)
        let split = rows.count
        var doc = parsed(rows + sentence(second, from: split), mentions: [("Украина", .location)])
        // The fixture marks a surface's first occurrence; the second sentence's `Украина` is a mention too.
        let secondStart = doc.tokens[split].range.start
        doc.mentions.append(Mention(TextRange(secondStart, secondStart + "Украина".utf8.count), type: .location))
        let cut = doc.tokens[split - 1].range.end
        doc.sentences = [Sentence(TextRange(0, cut), tokens: 0..<split),
                         Sentence(TextRange(doc.tokens[split].range.start, doc.utf8.count), tokens: split..<doc.tokens.count)]
        return try resolvedAndCoded(doc).events.filter { $0.type == "ASSAULT" }
    }

    @Test("the weapon table loads, and spellings of one system are one weapon")
    func tableLoads() throws {
        let table = try WeaponNames.loaded.get()
        #expect(table.names.count > 10)
        let atacms = table.names.filter { $0.weapon == "atacms" }.map { $0.words.joined(separator: " ") }
        #expect(Set(atacms) == ["atacms", "атакмс"])
        #expect(table.names.contains { $0.words == ["storm", "shadow"] })
    }

    @Test("ATACMS in one sentence and Storm Shadow in the next by one doer are two strikes")
    func twoWeaponsTwoStrikes() throws {
        let events = try strikes(["ATACMS"], ["Storm", "Shadow"])
        #expect(events.count == 2, "\(events.map { ($0.trigger, $0.patterns, $0.participants.count) })")
        #expect(!events.contains { $0.patterns.contains("merge.same-happening") })
    }

    @Test("one weapon named in both sentences: one strike told twice")
    func oneWeaponOneStrike() throws {
        let events = try strikes(["ATACMS"], ["ATACMS"])
        #expect(events.count == 1)
        #expect(events.first?.patterns.contains("merge.same-happening") == true)
    }

    @Test("a city and its region are one place family; two regions are not")
    func placeFamilies() {
        #expect(EventMerger.samePlaceFamily("Курск", "Курская область"))
        #expect(EventMerger.samePlaceFamily("Брянская область", "брянской области"))
        #expect(!EventMerger.samePlaceFamily("Брянская область", "Курская область"))
        #expect(!EventMerger.samePlaceFamily("Белгород", "Воронеж"))
    }
}
