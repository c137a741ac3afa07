import Foundation
import Testing
@testable import LetopisCorpus

@Suite("Corpus events")
struct EventResolutionTests {
    let records: [DocumentRecord]
    let resolution: CorpusResolution

    init() throws {
        (records, resolution) = try Fixture.resolved("events")
    }

    @Test("a report of the day, one of the next day and a background mention months later are one meeting")
    func meeting() throws {
        let event = try #require(resolution.event(of: "a1-0"))
        #expect(Set(event.mentions.map(\.event)) == ["a1-0", "a2-0", "a3-0", "a5-0"])
        #expect(event.id == "ev-a1-0")
        #expect(event.type == "CONSULT")
        #expect(event.date.value == "2025-10-15")
        #expect(event.date.earliest == "2025-10-15" && event.date.latest == "2025-10-15")
        #expect(event.numMentions == 4 && event.numArticles == 4 && event.numSources == 3)
        #expect(event.lead)
        #expect(event.quadClass == 1)
        #expect(event.firstSeen == "2025-10-15T12:00:00+00:00")
        #expect(event.place?.name == "Москва")
    }

    @Test("each mention says why it joined")
    func explanations() throws {
        let event = try #require(resolution.event(of: "a1-0"))
        let reasons = Dictionary(uniqueKeysWithValues: event.mentions.map { ($0.event, $0.reason) })
        #expect(reasons["a2-0"]?.contains("same day 2025-10-15") == true)
        #expect(reasons["a2-0"]?.contains("Путин") == true)
        #expect(reasons["a3-0"]?.contains("within 2025-10 MID") == true || reasons["a3-0"]?.contains("2025-10-11..2025-10-20") == true)
        #expect(event.mentions.first { $0.event == "a1-0" }?.reasonCode == "founding")
        #expect(event.mentions.first { $0.event == "a2-0" }?.reasonCode == "joined")
    }

    @Test("two states join the meeting of their presidents: a state and its official are one participant")
    func statesAndOfficials() throws {
        let event = try #require(resolution.event(of: "a1-0"))
        let reason = try #require(event.mentions.first { $0.event == "a5-0" }?.reason)
        #expect(reason.contains("(state and its official)"), "\(reason)")
    }

    @Test("the same two leaders on another day are another meeting")
    func anotherDay() throws {
        let other = try #require(resolution.event(of: "b1-0"))
        #expect(other.id != resolution.event(of: "a1-0")?.id)
        let decision = CorpusResolver().compare((try #require(records.first { $0.id == "b1" }), try #require(records.first { $0.id == "b1" }?.events.first)),
                                                (try #require(records.first { $0.id == "a1" }), try #require(records.first { $0.id == "a1" }?.events.first)),
                                                actors: resolution.actors)
        #expect(!decision.compatible)
        #expect(decision.reason.contains("different days"))
    }

    @Test("explaining two events: a member of an event would join it again; another day's meeting is kept apart, saying why")
    func explainApart() throws {
        let meeting = try #require(resolution.event(of: "a1-0")), other = try #require(resolution.event(of: "b1-0"))
        let members = meeting.mentions.map(\.event)
        let rest = members.filter { $0 != "a5-0" }
        let again = CorpusResolver().explain(["a5-0"], against: rest, records: records, actors: resolution.actors)
        #expect(again.map(\.mention) == ["a5-0"])
        #expect(again.first?.decision.compatible == true, "\(again)")
        #expect(again.first?.decision.reason.contains("(state and its official)") == true, "\(again)")
        let apart = CorpusResolver().explain(other.mentions.map(\.event), against: members, records: records, actors: resolution.actors)
        #expect(!apart.isEmpty && apart.allSatisfy { !$0.decision.compatible }, "\(apart)")
        #expect(apart.first?.decision.reason.contains("different days") == true, "\(apart)")
        let strike = try #require(resolution.event(of: "s1-0"))
        let otherBlock = CorpusResolver().explain(strike.mentions.map(\.event), against: members, records: records, actors: resolution.actors)
        #expect(otherBlock.first?.decision.reason.hasPrefix("different blocks") == true, "\(otherBlock)")
        let unknown = CorpusResolver().explain(["zz-9"], against: members, records: records, actors: resolution.actors)
        #expect(unknown.first?.decision.compatible == false && unknown.first?.decision.reason == "not in the records read")
    }

    @Test("the same leader on the same day with someone else is another meeting")
    func otherParticipants() throws {
        let other = try #require(resolution.event(of: "c1-0"))
        #expect(other.mentions.count == 1)
        #expect(other.id != resolution.event(of: "a1-0")?.id)
    }

    @Test("two strikes on one city on different days stay two; two reports of the same day's strike join")
    func strikes() throws {
        let first = try #require(resolution.event(of: "s1-0")), second = try #require(resolution.event(of: "s2-0"))
        #expect(first.id != second.id)
        #expect(Set(first.mentions.map(\.event)) == ["s1-0", "s3-0"])
    }

    @Test("an army named alone, without a common place, identifies no strike")
    func unspecific() throws {
        let a = try #require(resolution.event(of: "v1-0")), b = try #require(resolution.event(of: "v2-0"))
        #expect(a.id != b.id)
        #expect(b.mentions.first?.reason.contains("founding") == true)
    }

    @Test("a planned meeting is its own event, linked to the meeting that happened, whose history shows it")
    func plannedAndOccurred() throws {
        let plan = try #require(resolution.event(of: "p1-0"))
        let meeting = try #require(resolution.event(of: "a1-0"))
        #expect(plan.id != meeting.id)
        #expect(plan.status == "planned")
        #expect(plan.occurrence == meeting.id)
        #expect(meeting.history.map(\.event) == [plan.id])
    }

    @Test("every mention is in exactly one event")
    func partition() {
        let all = records.flatMap(\.events).map(\.id).sorted()
        #expect(resolution.events.flatMap(\.mentions).map(\.event).sorted() == all)
    }

    @Test("the documents in any order give the same events")
    func orderIndependence() {
        var generator = SplitMix(seed: 3)
        for _ in 0..<8 {
            let shuffled = CorpusResolver().resolve(records.shuffled(using: &generator))
            #expect(shuffled.events == resolution.events)
        }
    }

    @Test("resolving only the touched blocks gives those blocks' events of a full resolution")
    func blocks() {
        let resolver = CorpusResolver()
        guard let record = records.first(where: { $0.id == "s2" }) else { Issue.record("fixture s2 missing"); return }
        let touched = resolver.blocks(of: record)
        #expect(touched == [EventBlock(family: "ASSAULT", window: "2025-10")])
        let partial = resolver.resolveEvents(records, actors: resolution.actors, blocks: touched)
        #expect(partial == resolution.events.filter { $0.type == "ASSAULT" })
    }

    @Test("an event encodes with the keys the events command prints")
    func json() throws {
        let event = try #require(resolution.event(of: "a1-0"))
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(event)) as? [String: Any])
        for key in ["id", "type", "mode", "cameo", "quad_class", "date", "place", "actors", "recipients", "contexts", "status",
                    "first_seen", "num_mentions", "num_articles", "num_sources", "lead", "mentions"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let mention = try #require((object["mentions"] as? [[String: Any]])?.first)
        for key in ["document", "event", "sentence", "trigger", "participants", "reason"] {
            #expect(mention[key] != nil, "missing mention \(key)")
        }
        let decoded = try JSONDecoder().decode(CorpusEvent.self, from: JSONEncoder().encode(event))
        #expect(decoded == event)
    }
}

@Suite("Corpus events, ambiguity")
struct AmbiguityTests {
    @Test("a background mention that fits two meetings joins neither")
    func ambiguousBackground() throws {
        var records = try Fixture.records("events")
        // Move the second meeting into the middle of October, where the background mention also falls.
        let b = try #require(records.firstIndex { $0.id == "b1" })
        records[b].published = "2025-10-20"
        records[b].events[0].time = DocumentRecord.Time(value: "2025-10-20", mod: nil, basis: "timex", earliest: nil, latest: nil)
        let resolution = CorpusResolver().resolve(records)
        let background = try #require(resolution.event(of: "a3-0"))
        #expect(background.mentions.count == 1)
        #expect(background.mentions.first?.reason.contains("fits 2 events") == true)
        // And the plan, which both meetings could fulfil, links to neither.
        #expect(resolution.event(of: "p1-0")?.occurrence == nil)
    }
}

@Suite("States and places")
struct StateNameTests {
    @Test("a country's own name is a state, a city in it is not", arguments: [
        ("Россия", "RU", true), ("США", "US", true), ("Украина", "UA", true), ("Харьков", "UA", false),
        ("Москва", "RU", false), ("Великобритания", "GB", true),
    ])
    func states(_ name: String, _ country: String, _ expected: Bool) {
        #expect(StateNames.isState(name: name, country: country, geo: nil) == expected)
    }

    @Test("a strike on a city is not a strike on its country's president")
    func cityIsNotItsOfficials() throws {
        var records = try Fixture.records("events")
        let s = try #require(records.firstIndex { $0.id == "s1" })
        // The second report names Zelensky (an official of UA) where the first named Kharkiv.
        var other = records[s]
        other.id = "s9"
        other.actors[1] = DocumentRecord.Actor(index: 1, type: "PER", name: "Владимир Зеленский", country: "UA",
                                               person: DocumentRecord.NameParts(first: "Владимир", last: "Зеленский"),
                                               roles: [DocumentRecord.Role(title: "президент", country: "UA")])
        other.events[0].id = "s9-0"
        other.events[0].place = nil
        records.append(other)
        let resolution = CorpusResolver().resolve(records)
        #expect(resolution.event(of: "s9-0")?.id != resolution.event(of: "s1-0")?.id)
    }
}

@Suite("Corpus events, extra participants")
struct ExtraParticipantTests {
    @Test("two named people in common outweigh a participant each report adds")
    func twoNamedPeople() throws {
        var records = try Fixture.records("events")
        let a = try #require(records.firstIndex { $0.id == "a1" })
        var other = records[a]
        other.id = "a9"
        other.outlet = "kommersant"
        other.actors.append(DocumentRecord.Actor(index: 3, type: "PER", name: "Сергей Лавров", country: "RU",
                                                 person: DocumentRecord.NameParts(first: "Сергей", last: "Лавров")))
        other.events[0].id = "a9-0"
        other.events[0].participants.append(DocumentRecord.Participant(start: 0, end: 6, text: "МОСКВА", normal: "Сергей Лавров",
                                                                         role: "actor", actor: 3))
        records[a].actors.append(DocumentRecord.Actor(index: 3, type: "ORG", name: "Газпром", country: "RU", sector: "business"))
        records[a].events[0].participants.append(DocumentRecord.Participant(start: 0, end: 6, text: "МОСКВА", normal: "Газпром",
                                                                              role: "recipient", actor: 3))
        records.append(other)
        let resolution = CorpusResolver().resolve(records)
        #expect(resolution.event(of: "a9-0")?.id == resolution.event(of: "a1-0")?.id)
        // One named person in common is not enough against such extras: Путин with Эрдоган stays apart.
        #expect(resolution.event(of: "c1-0")?.id != resolution.event(of: "a1-0")?.id)
    }
}

@Suite("Corpus events, same wording")
struct SameWordingTests {
    func record(_ id: String, _ sentence: String, published: String = "2025-10-15") -> DocumentRecord {
        DocumentRecord(id: id, textSHA256: "", text: sentence, published: published, extractorVersion: "test", events: [
            DocumentRecord.EventMention(id: id + "-0", index: 0, type: "ASSAULT",
                                        sentence: DocumentRecord.Span(start: 0, end: sentence.count, text: sentence),
                                        trigger: DocumentRecord.Span(start: 0, end: 5, text: String(sentence.prefix(5))),
                                        time: DocumentRecord.Time(value: published, mod: nil, basis: "published", earliest: nil, latest: nil))])
    }

    @Test("reposts in near-identical words are one event even without participants; other words, or another day, are not")
    func reposts() throws {
        let records = [
            record("r1", "Силами ПВО Минобороны в Раменском городском округе отражена атака беспилотника, летевшего на Москву."),
            record("r2", "⚡️Силами ПВО Минобороны в Раменском городском округе отражена атака беспилотника, летевшего на Москву, — Собянин."),
            record("r3", "В Белгородской области отражена атака беспилотника, летевшего на областной центр ночью."),
            record("r4", "Силами ПВО Минобороны в Раменском городском округе отражена атака беспилотника, летевшего на Москву.",
                   published: "2025-10-16"),
        ]
        let resolution = CorpusResolver().resolve(records)
        let event = try #require(resolution.event(of: "r1-0"))
        #expect(Set(event.mentions.map(\.event)) == ["r1-0", "r2-0"])
        #expect(event.mentions.first { $0.event == "r2-0" }?.reason.contains("near-identical sentence") == true)
        #expect(resolution.event(of: "r3-0")?.mentions.count == 1)
        #expect(resolution.event(of: "r4-0")?.mentions.count == 1)
    }

    @Test("word sets and similarity")
    func similarity() {
        let a = SentenceSimilarity.words("Минсельхоз РФ на 2025 год полностью запретил вылов воблы в Волге")
        #expect(a.contains("минсельхоз") && a.contains("2025") && !a.contains("на"))
        #expect(SentenceSimilarity.similarity(a, a) == 1)
        #expect(SentenceSimilarity.similarity(["всу", "атаковали", "курск"], ["всу", "атаковали", "курск"]) == 0, "too short to tell")
        #expect(SentenceSimilarity.keys(a) == SentenceSimilarity.keys(a) && SentenceSimilarity.keys(a).count == 3)
    }
}

@Suite("Corpus events, roles")
struct RoleTests {
    func record(_ id: String, type: String, role: String) -> DocumentRecord {
        let text = "Антон Долин упомянут в сообщении."
        return DocumentRecord(id: id, textSHA256: "", text: text, published: "2025-10-15", extractorVersion: "test",
            actors: [DocumentRecord.Actor(index: 0, type: "PER", name: "Антон Долин",
                                          person: DocumentRecord.NameParts(first: "Антон", last: "Долин"))],
            events: [DocumentRecord.EventMention(id: id + "-0", index: 0, type: type,
                                                 trigger: DocumentRecord.Span(start: 12, end: 20, text: "упомянут"),
                                                 participants: [DocumentRecord.Participant(start: 0, end: 11, text: "Антон Долин",
                                                                                           normal: "Антон Долин", role: role, actor: 0)],
                                                 time: DocumentRecord.Time(value: "2025-10-15", mod: nil, basis: "published",
                                                                           earliest: nil, latest: nil))])
    }

    @Test("in an arrest reported in the passive, a lone participant's role does not keep reports apart")
    func passive() throws {
        let resolution = CorpusResolver().resolve([record("x1", type: "COERCE", role: "recipient"), record("x2", type: "COERCE", role: "actor")])
        #expect(resolution.event(of: "x1-0")?.id == resolution.event(of: "x2-0")?.id)
    }

    @Test("in a request, asking and being asked are two things")
    func directed() throws {
        let resolution = CorpusResolver().resolve([record("y1", type: "REQUEST", role: "recipient"), record("y2", type: "REQUEST", role: "actor")])
        #expect(resolution.event(of: "y1-0")?.id != resolution.event(of: "y2-0")?.id)
    }
}
