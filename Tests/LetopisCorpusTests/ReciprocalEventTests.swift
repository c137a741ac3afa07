import Testing
@testable import LetopisCorpus

/// Meetings are reciprocal (`../shared/event-annotation.md`): every side is an actor, in the order each
/// report names them, so reports of one meeting differ in order, and older records in role (#17).
@Suite("Corpus events, reciprocal sides")
struct ReciprocalEventTests {
    func record(_ id: String, _ sides: [(name: String, role: String)]) -> DocumentRecord {
        let text = "Путин и Эрдоган встретились в Анкаре."
        let people = [("Владимир Путин", "Владимир", "Путин"), ("Реджеп Эрдоган", "Реджеп", "Эрдоган")]
        let actors = people.enumerated().map { i, p in
            DocumentRecord.Actor(index: i, type: "PER", name: p.0, country: i == 0 ? "RU" : "TR",
                                 person: DocumentRecord.NameParts(first: p.1, last: p.2))
        }
        let participants = sides.compactMap { side -> DocumentRecord.Participant? in
            guard let i = people.firstIndex(where: { $0.0 == side.name }) else { return nil }
            return DocumentRecord.Participant(start: 0, end: 5, text: people[i].2, normal: side.name, role: side.role, actor: i)
        }
        return DocumentRecord(id: id, textSHA256: "", text: text, published: "2025-10-15", extractorVersion: "test", actors: actors,
            events: [DocumentRecord.EventMention(id: id + "-0", index: 0, type: "CONSULT",
                                                 trigger: DocumentRecord.Span(start: 16, end: 27, text: "встретились"),
                                                 participants: participants,
                                                 time: DocumentRecord.Time(value: "2025-10-15", mod: nil, basis: "published",
                                                                           earliest: nil, latest: nil))])
    }

    @Test("reports naming a meeting's sides in either order, or in the older actor → recipient form, are one meeting")
    func sidesInAnyOrder() throws {
        let resolution = CorpusResolver().resolve([
            record("m1", [("Владимир Путин", "actor"), ("Реджеп Эрдоган", "actor")]),
            record("m2", [("Реджеп Эрдоган", "actor"), ("Владимир Путин", "actor")]),
            record("m3", [("Владимир Путин", "actor"), ("Реджеп Эрдоган", "recipient")]),
        ])
        let event = try #require(resolution.event(of: "m1-0"))
        #expect(Set(event.mentions.map(\.event)) == ["m1-0", "m2-0", "m3-0"])
    }
}
