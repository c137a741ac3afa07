import Foundation
import Testing
import LetopisCore
import LetopisCorpus
@testable import LetopisStore

/// The store writes records, bodies and API fragments with ``SortedKeysJSONEncoder``; databases written
/// before hold `JSONEncoder`'s text and the server encodes fresh values with `JSONEncoder`, so the two
/// must agree byte for byte on every stored type.
@Suite("Stored JSON")
struct StoredJSONTests {
    static func foundation<T: Encodable>(_ value: T, snake: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        if snake { encoder.keyEncodingStrategy = .convertToSnakeCase }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Two reports of one meeting, with every optional part of a record filled in.
    static func records() -> [DocumentRecord] {
        let geo = DocumentRecord.Geo(geonameID: 524901, name: "Moscow", nameRu: "Москва", latitude: 55.75222,
                                     longitude: 37.61556, country: "RU", admin1: "48", featureClass: "P", featureCode: "PPLC")
        return ["a", "b"].enumerated().map { index, id in
            var record = StoreFixtures.meeting(id, day: "2025-10-15", outlet: index == 0 ? "ria" : "tass", extra: "AGREE")
            record.title = "Переговоры в Кремле: \"итоги\"\n"
            record.url = "https://ria.ru/20251015/peregovory.html"
            record.actors[0].person = .init(first: "Владимир", patronymic: "Владимирович", last: "Путин")
            record.actors[0].roles = [.init(title: "президент", place: "Россия", country: "RU", sector: "government")]
            record.actors[0].role = "президент"
            record.actors[2].geo = geo
            for n in record.events.indices {
                record.events[n].place?.geo = geo
                record.events[n].source = .init(start: 0, end: 3, text: "ТАСС", normal: "ТАСС")
                record.events[n].contexts = ["diplomacy", "economy"]
                record.events[n].time?.timex = .init(start: 50, end: 60, text: "15 октября")
            }
            return record
        }
    }

    @Test("records, event bodies, list rows, details and actors are JSONEncoder's text")
    func sameAsFoundation() throws {
        let records = Self.records()
        let resolver = CorpusResolver()
        let actors = resolver.resolveActors(records)
        let events = resolver.resolveEvents(records, actors: actors, blocks: nil)
        try #require(events.count >= 2)
        let byID = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for record in records {
            #expect(try EventStore.json(record) == Self.foundation(record, snake: false))
            #expect(try EventStore.recordJSON(record) == Self.foundation({ var r = record; r.text = ""; return r }(), snake: false))
        }
        for event in events {
            #expect(try EventStore.json(event) == Self.foundation(event, snake: false))
            var listed = event
            listed.mentions = []
            #expect(try ResponseJSON.summary(event).text == Self.foundation(listed, snake: true))
            let detail = EventDetail(event: event, records: byID)
            #expect(try ResponseJSON.fragment(detail).text == Self.foundation(detail, snake: true))
            for participant in event.actors + event.recipients {
                let actor = try #require(actors.actor(id: participant.id))
                #expect(try EventStore.json(actor) == Self.foundation(actor, snake: false))
            }
        }
    }
}
