import Testing
@testable import LetopisEvents
import LetopisEntities
import LetopisCore

/// Two strikes told in one document stay two events (#13: `ATACMS` on Bryansk and `Storm Shadow` on Kursk two
/// sentences later were one event dated by the second); a call and the discussion in it are one.
@Suite("Clauses of one document: places and weapons keep attacks apart, a manner mode joins a call")
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

    /// `Трамп и Путин провели телефонный разговор и обсудили войну.`, then optionally a second sentence.
    func call(then second: [String] = []) throws -> [Event] {
        let rows = ["Трамп/трамп/PROPN/Case=Nom/4/nsubj", "и/и/CCONJ//3/cc", "Путин/путин/PROPN/Case=Nom/1/conj",
                    "провели/провести/VERB/VerbForm=Fin|Tense=Past/0/root", "телефонный/телефонный/ADJ/Case=Acc/6/amod",
                    "разговор/разговор/NOUN/Case=Acc/4/obj", "и/и/CCONJ//8/cc", "обсудили/обсудить/VERB/VerbForm=Fin|Tense=Past/4/conj",
                    "войну/война/NOUN/Case=Acc/8/obj", "././PUNCT//4/punct"]
        var doc = parsed(rows + second, mentions: [("Трамп", .person), ("Путин", .person)])
        if !second.isEmpty {
            let cut = doc.tokens[rows.count - 1].range.end
            doc.sentences = [Sentence(TextRange(0, cut), tokens: 0..<rows.count),
                             Sentence(TextRange(doc.tokens[rows.count].range.start, doc.utf8.count), tokens: rows.count..<doc.tokens.count)]
            // The fixture marks a surface's first occurrence; the second sentence's names are mentions too.
            for t in rows.count..<doc.tokens.count where doc.tokens[t].kind == .word && doc.text(of: doc.tokens[t].range).first?.isUppercase == true {
                doc.mentions.append(Mention(doc.tokens[t].range, type: .person))
            }
        }
        return try resolvedAndCoded(doc).events.filter { $0.type == "CONSULT" }
    }

    @Test("a call and what was discussed in it, told in one sentence, are one call: the mode says only how")
    func callAndDiscussionOneEvent() throws {
        let events = try call()
        #expect(events.count == 1, "\(events.map { ($0.trigger, $0.mode, $0.patterns) })")
        #expect(events.first?.mode == "phone")
        #expect(events.first?.patterns.contains("merge.same-happening") == true)
    }

    @Test("a meeting of the same two told in another sentence stays another event: it may be face to face")
    func meetingInAnotherSentence() throws {
        // `Трамп встречался с Путин .` (the surface repeats the mention; the fixture marks first occurrences)
        let second = ["Трамп/трамп/PROPN/Case=Nom/12/nsubj", "встречался/встречаться/VERB/VerbForm=Fin|Tense=Past/0/root",
                      "с/с/ADP//14/case", "Путин/путин/PROPN/Case=Ins/12/obl", "././PUNCT//12/punct"]
        let events = try call(then: second)
        #expect(events.count == 2, "\(events.map { ($0.trigger, $0.mode, $0.patterns, $0.participants.map(\.entity)) })")
        #expect(events.contains { $0.mode == "phone" } && events.contains { $0.mode == nil })
    }

    @Test("manner modes: one absent and the other only how is compatible; two modes, or a visit, are not")
    func mannerModes() {
        #expect(MannerModes.compatible(type: "CONSULT", nil, "phone"))
        #expect(MannerModes.compatible(type: "ASSAULT", "drone", nil))
        #expect(!MannerModes.compatible(type: "CONSULT", nil, "visit"))
        #expect(!MannerModes.compatible(type: "ASSAULT", "drone", "artillery"))
    }
}
