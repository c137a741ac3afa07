import Foundation
import Testing
@testable import LetopisPipeline

@Suite("The JSON Lines encoder")
struct JSONLinesEncoderTests {
    func decode(_ bytes: [UInt8]) throws -> [String: Any] {
        #expect(bytes.last == 0x0A)
        #expect(bytes.dropLast().contains(0x0A) == false, "one document, one line")
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    @Test("writes offsets in code points, not bytes")
    func codePoints() throws {
        var doc = Document(id: "d", text: "Путин и \"Лавров\"\n")
        doc.mentions = [Mention(TextRange(0, 10), type: .person, normal: "Путин"),
                        Mention(TextRange(15, 27), type: .person)]
        doc.sentences = [Sentence(TextRange(0, doc.utf8.count - 1), tokens: 0..<0)]
        let json = try decode(JSONLinesEncoder().encode(doc))
        let entities = try #require(json["entities"] as? [[String: Any]])
        #expect(entities[0]["start"] as? Int == 0)
        #expect(entities[0]["end"] as? Int == 5)
        #expect(entities[0]["text"] as? String == "Путин")
        #expect(entities[1]["start"] as? Int == 9)
        #expect(entities[1]["text"] as? String == "Лавров")
        #expect(json["sentences"] as? [[Int]] == [[0, 16]])
        #expect(json["published"] is NSNull)
        #expect(json["dateline"] is NSNull)
    }

    @Test("escapes quotes, backslashes and control characters")
    func escaping() throws {
        let text = "a\"b\\c\td\u{01}e"
        var doc = Document(id: "id \"1\"", text: text)
        doc.mentions = [Mention(TextRange(0, doc.utf8.count), type: .organization)]
        let json = try decode(JSONLinesEncoder().encode(doc))
        #expect(json["id"] as? String == "id \"1\"")
        #expect((json["entities"] as? [[String: Any]])?.first?["text"] as? String == text)
    }

    @Test("writes every layer the output format names")
    func shape() throws {
        var doc = Document(id: "d", text: "date 2025-12-23 Текст 7 декабря.",
                           published: PublicationDate(CalendarDate(iso: "2025-12-23")!, source: .header))
        doc.timexes = [Timex(TextRange(27, 43), type: .date, value: "2025-12-07", rule: "day-month")]
        doc.events = [Event(type: "CONSULT", mode: "visit", trigger: TextRange(16, 26),
                            time: EventTime(value: "2025-12-07", mod: nil, basis: .timex, timex: 0))]
        let json = try decode(JSONLinesEncoder().encode(doc))
        for key in ["id", "published", "published_source", "dateline", "sentences", "entities", "actors", "timexes", "facts", "events"] {
            #expect(json[key] != nil, "missing \(key)")
        }
        #expect(json["published_source"] as? String == "header")
        let timex = try #require((json["timexes"] as? [[String: Any]])?.first)
        #expect(timex["text"] as? String == "7 декабря")
        #expect(timex["mod"] is NSNull)
        let event = try #require((json["events"] as? [[String: Any]])?.first)
        let time = try #require(event["time"] as? [String: Any])
        #expect(time["start"] as? Int == 22)
        #expect(time["basis"] as? String == "timex")
    }

    @Test("geo on every actor (null when unresolved) and place_geo on every event (every key, null when unresolved)")
    func geo() throws {
        var doc = Document(id: "d", text: "Встреча в Донецке.")
        let donetsk = GeoPlace(geonameID: 709717, name: "Donetsk", nameRu: "Донецк", latitude: 48.023, longitude: 37.80224,
                              country: "UA", admin1: "05", featureClass: "P", featureCode: nil, population: 901645)
        var place = Actor(id: 0, type: .location, name: "Донецк", country: "UA", mentions: [])
        place.geo = donetsk
        doc.actors = [place, Actor(id: 1, type: .location, name: "Атлантида", mentions: [])]
        var resolved = Event(type: "CONSULT", trigger: TextRange(0, 14), place: FactPart(TextRange(17, 31), normal: "Донецк"))
        resolved.placeGeo = donetsk
        doc.events = [resolved, Event(type: "CONSULT", trigger: TextRange(0, 14))]
        let json = try decode(JSONLinesEncoder().encode(doc))
        let actors = try #require(json["actors"] as? [[String: Any]])
        let geo = try #require(actors[0]["geo"] as? [String: Any])
        #expect(Set(geo.keys) == ["geonameid", "name", "name_ru", "latitude", "longitude", "country", "admin1",
                                  "feature_class", "feature_code", "population"])
        #expect(geo["geonameid"] as? Int == 709717 && geo["name_ru"] as? String == "Донецк" && geo["admin1"] as? String == "05")
        #expect(geo["latitude"] as? Double == 48.023 && geo["feature_code"] is NSNull)
        #expect(actors[1]["geo"] is NSNull, "present and null when unresolved")
        let events = try #require(json["events"] as? [[String: Any]])
        #expect((events[0]["place_geo"] as? [String: Any])?["country"] as? String == "UA")
        let unresolved = try #require(events[1]["place_geo"] as? [String: Any], "an object, like place, so that events flatten")
        #expect(Set(unresolved.keys) == Set(geo.keys) && unresolved.values.allSatisfy { $0 is NSNull })
    }
}
