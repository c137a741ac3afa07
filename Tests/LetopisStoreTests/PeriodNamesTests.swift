import Foundation
import Testing
import LetopisCore
import LetopisCorpus
@testable import LetopisStore

/// The surname rule over a month, not a block (schema version 3): a surname alone in one block is read against
/// the people the whole month names in full, and blocks are resolved again when that changes.
@Suite("Period names")
struct PeriodNamesTests {
    /// A one-event document: `type` on `day`, its participants the given people (`first` nil: a surname alone).
    static func report(_ id: String, day: String, type: String, people: [(first: String?, last: String)]) -> DocumentRecord {
        let names = people.map { p in p.first.map { "\($0) \(p.last)" } ?? p.last }
        let text = names.joined(separator: " и ") + " — событие \(day)."
        var actors: [DocumentRecord.Actor] = []
        var participants: [DocumentRecord.Participant] = []
        var at = 0
        for (i, p) in people.enumerated() {
            let name = names[i]
            actors.append(DocumentRecord.Actor(index: i, type: "PER", name: name, aliases: [name], country: "RU",
                                               person: .init(first: p.first, last: p.last)))
            let length = name.unicodeScalars.count
            participants.append(.init(start: at, end: at + length, text: name, normal: name, role: i == 0 ? "actor" : "recipient", actor: i))
            at += length + 3
        }
        let sentence = DocumentRecord.Span(start: 0, end: text.unicodeScalars.count, text: text)
        let trigger = DocumentRecord.Span(start: at, end: at + 7, text: "событие")
        let mention = DocumentRecord.EventMention(
            id: "\(id)-0", index: 0, type: type, mode: nil, cameo: nil, status: "occurred", contexts: [], sentenceIndex: 0,
            sentence: sentence, trigger: trigger, participants: participants, place: nil,
            time: .init(value: day, mod: nil, basis: "timex", earliest: day, latest: day), source: nil, inLead: true)
        return DocumentRecord(id: id, textSHA256: StoreFixtures.sha(text), text: text, published: day, publishedSource: "field",
                              time: day + "T10:00:00Z", outlet: "test", title: nil, url: nil, extractorVersion: "test/1",
                              actors: actors, events: [mention])
    }

    /// The corpus actors of the stored event of document `id`'s mention.
    static func actors(of id: String, in store: EventStore) throws -> [String] {
        try store.backend.read { session in
            try session.query("""
                SELECT a.actor FROM event_actors a JOIN event_mentions m ON m.event = a.event WHERE m.mention = ? ORDER BY a.actor
                """, [.text(id + "-0")]).map { $0.text(0) }
        }
    }

    static let accusation = report("b", day: "2025-10-20", type: "ACCUSE", people: [(nil, "Путин"), ("Ахмед", "Шараа")])
    static let meeting = report("a", day: "2025-10-15", type: "CONSULT", people: [("Владимир", "Путин"), ("Ахмед", "Шараа")])

    @Test("a surname alone, in a block naming no one in full, is the month's one person of that surname", arguments: StoreFixtures.backends())
    func surnameAloneTakesTheMonthsPerson(_ backend: String) throws {
        var snapshots: [[String]] = []
        for order in [[Self.accusation, Self.meeting], [Self.meeting, Self.accusation]] {
            let store = try StoreFixtures.open(backend)
            defer { store.close() }
            // One document at a time, resolved in between: the accusation's block must be resolved again when the
            // meeting brings the full name.
            for record in order {
                try store.store([.extracted(record, layers: nil)])
                try store.resolvePending()
            }
            #expect(try Self.actors(of: "b", in: store).contains("PER:владимир путин"))
            snapshots.append(try StoreFixtures.snapshot(store))
        }
        #expect(snapshots[0] == snapshots[1])
    }

    @Test("a second full name of the surname in the month makes the surname alone no one; removing it restores the first",
          arguments: StoreFixtures.backends())
    func secondCandidateAndItsRemoval(_ backend: String) throws {
        let store = try StoreFixtures.open(backend)
        defer { store.close() }
        try store.store([.extracted(Self.accusation, layers: nil), .extracted(Self.meeting, layers: nil)])
        try store.resolvePending()
        #expect(try Self.actors(of: "b", in: store).contains("PER:владимир путин"))

        let other = Self.report("c", day: "2025-10-25", type: "AGREE", people: [("Сергей", "Путин"), ("Ахмед", "Шараа")])
        try store.store([.extracted(other, layers: nil)])
        try store.resolvePending()
        let ambiguous = try Self.actors(of: "b", in: store)
        #expect(!ambiguous.contains("PER:владимир путин") && !ambiguous.contains("PER:сергей путин"))

        // The same document now names no Путин: the accusation's Путин is Владимир again.
        let changed = Self.report("c", day: "2025-10-25", type: "AGREE", people: [("Ахмед", "Шараа")])
        try store.store([.extracted(changed, layers: nil)])
        try store.resolvePending()
        #expect(try Self.actors(of: "b", in: store).contains("PER:владимир путин"))
    }

    @Test("full names of another month are not candidates", arguments: StoreFixtures.backends())
    func otherMonthDoesNotCount(_ backend: String) throws {
        let store = try StoreFixtures.open(backend)
        defer { store.close() }
        let november = Self.report("a", day: "2025-11-15", type: "CONSULT", people: [("Владимир", "Путин"), ("Ахмед", "Шараа")])
        try store.store([.extracted(Self.accusation, layers: nil), .extracted(november, layers: nil)])
        try store.resolvePending()
        #expect(!(try Self.actors(of: "b", in: store).contains("PER:владимир путин")))
    }

    @Test("a database from before version 3 gets its person tables filled from its records when opened", arguments: StoreFixtures.backends())
    func fillFromStoredRecords(_ backend: String) throws {
        let location: StoreLocation
        switch backend {
        case "postgres":
            let url = try #require(StoreFixtures.postgresURL)
            location = .postgres(url: try StoreFixtures.freshPostgresURL(url))
        default:
            location = .sqlite(path: StoreFixtures.temporaryPath("events.sqlite"))
        }
        let store = try EventStore.open(location)
        try store.store([.extracted(Self.accusation, layers: nil), .extracted(Self.meeting, layers: nil)])
        try store.resolvePending()
        let complete = try StoreFixtures.snapshot(store)
        // As an older Letopis leaves it: no person rows, the fill pending.
        try store.backend.write { session in
            try session.execute("DELETE FROM person_names", [])
            try session.execute("DELETE FROM period_names", [])
            try session.execute("INSERT INTO letopis_pending (task, position) VALUES ('person_names', '')", [])
        }
        store.close()
        let reopened = try EventStore.open(location)
        defer { reopened.close() }
        #expect(try reopened.pendingBlocks() == 2)
        try reopened.resolvePending()
        #expect(try StoreFixtures.snapshot(reopened) == complete)
        let pending = try reopened.backend.read { session in try session.query("SELECT COUNT(*) FROM letopis_pending", []).first?.int(0) }
        #expect(pending == 0)
    }
}
