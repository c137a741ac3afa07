import Foundation
import Hummingbird
import HummingbirdTesting
import LetopisServer
import Testing

@Suite("The event routes answer the CLI's filters and refuse bad ones")
struct EventRoutesTests {
    let store: FixtureStore

    init() throws { store = try FixtureStore.load() }

    @Test("events are listed newest first by default, with snake_case fields")
    func listsEventsNewestFirst() async throws {
        try await withServer(store: store) { client in
            let response = try await client.execute(uri: "/api/events", method: .get)
            #expect(response.status == .ok)
            let events = try #require(response.json["events"] as? [[String: Any]])
            #expect(events.compactMap { $0["id"] as? String } == ["ev-3", "ev-1", "ev-2"])
            #expect(events[1]["quad_class"] as? Int == 1)
            #expect(events[1]["num_sources"] as? Int == 2)
            #expect(((events[1]["place"] as? [String: Any])?["geo"] as? [String: Any])?["geoname_id"] as? Int == 323786)
        }
    }

    @Test("type, actor and date filters narrow the list")
    func filtersNarrow() async throws {
        try await withServer(store: store) { client in
            var response = try await client.execute(uri: "/api/events?type=consult", method: .get)
            #expect((response.json["events"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["ev-1"])
            response = try await client.execute(uri: "/api/events?actor=a-fidan&from=2025-03-01&to=2025-03-31", method: .get)
            #expect((response.json["events"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["ev-2"])
            // Form encoding: '+' is a space, %-escapes are decoded.
            response = try await client.execute(uri: "/api/events?actor=%D0%A5%D0%B0%D0%BA%D0%B0%D0%BD+%D0%A4%D0%B8%D0%B4%D0%B0%D0%BD&sort=date", method: .get)
            #expect((response.json["events"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["ev-2", "ev-1"])
        }
    }

    @Test("a cursor walks the pages without repeats or gaps")
    func cursorPaging() async throws {
        try await withServer(store: store) { client in
            var seen: [String] = []
            var uri = "/api/events?limit=2"
            for _ in 0..<5 {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .ok)
                seen += (response.json["events"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                guard let next = response.json["next_cursor"] as? String else { break }
                uri = "/api/events?limit=2&cursor=\(next)"
            }
            #expect(seen == ["ev-3", "ev-1", "ev-2"])
        }
    }

    @Test("unknown filters, bad dates, blank cursors and huge pages are 400 with a fix")
    func badParametersAreRefused() async throws {
        try await withServer(store: store) { client in
            expectAPIError(try await client.execute(uri: "/api/events?colour=red", method: .get), .badRequest, code: "unknown-filter")
            expectAPIError(try await client.execute(uri: "/api/events?from=yesterday", method: .get), .badRequest, code: "bad-date")
            expectAPIError(try await client.execute(uri: "/api/events?from=2025-02-30", method: .get), .badRequest, code: "bad-date")
            expectAPIError(try await client.execute(uri: "/api/events?from=", method: .get), .badRequest, code: "bad-date")
            expectAPIError(try await client.execute(uri: "/api/events?limit=1000000", method: .get), .badRequest, code: "bad-parameter")
            expectAPIError(try await client.execute(uri: "/api/events?limit=-1", method: .get), .badRequest, code: "bad-parameter")
            expectAPIError(try await client.execute(uri: "/api/events?sort=sideways", method: .get), .badRequest, code: "bad-parameter")
            expectAPIError(try await client.execute(uri: "/api/events?cursor=%%%", method: .get), .badRequest)
            expectAPIError(try await client.execute(uri: "/api/events?cursor=not-a-cursor", method: .get), .badRequest, code: "bad-argument")
            expectAPIError(try await client.execute(uri: "/api/events?cursor=+", method: .get), .badRequest, code: "bad-parameter")
            expectAPIError(try await client.execute(uri: "/api/events?q=" + String(repeating: "a", count: 600), method: .get), .badRequest)
        }
    }

    @Test("an event carries every mention with document, sentence and the spans of trigger, participants, place, time and source")
    func eventDetailHasEvidence() async throws {
        try await withServer(store: store) { client in
            let response = try await client.execute(uri: "/api/events/ev-1", method: .get)
            #expect(response.status == .ok)
            let mentions = try #require(response.json["mentions"] as? [[String: Any]])
            #expect(mentions.count == 2)
            let first = mentions[0]
            #expect((first["document"] as? [String: Any])?["title"] as? String == "Лавров в Анкаре")
            let sentence = try #require(first["sentence"] as? [String: Any])
            let text = try #require(sentence["text"] as? String)
            let base = try #require(sentence["start"] as? Int)
            func covered(_ span: Any?) -> String? {
                guard let span = span as? [String: Any], let start = span["start"] as? Int, let end = span["end"] as? Int else { return nil }
                let scalars = Array(text.unicodeScalars)
                guard start - base >= 0, end - base <= scalars.count else { return nil }
                return String(String.UnicodeScalarView(scalars[(start - base)..<(end - base)]))
            }
            #expect(covered(first["trigger"]) == "провел переговоры")
            #expect(covered((first["participants"] as? [Any])?.first) == "Сергей Лавров")
            #expect(covered(first["place"]) == "Анкаре")
            #expect(covered(first["time"]) == "во вторник")
            #expect(covered(first["source"]) == "агентство SANA")
            // A document stored without layers still gives its trigger and participants.
            #expect(mentions[1]["place"] == nil)
            #expect((mentions[1]["trigger"] as? [String: Any])?["text"] as? String == "встретился")
        }
    }

    @Test("an id that does not exist is a 404 naming it, for events, actors and documents")
    func missingIdsAre404() async throws {
        try await withServer(store: store) { client in
            expectAPIError(try await client.execute(uri: "/api/events/no-such-event", method: .get), .notFound, code: "not-found")
            expectAPIError(try await client.execute(uri: "/api/actors/nobody", method: .get), .notFound, code: "not-found")
            expectAPIError(try await client.execute(uri: "/api/documents/nothing", method: .get), .notFound, code: "not-found")
            expectAPIError(try await client.execute(uri: "/api/nothing-here", method: .get), .notFound, code: "no-such-route")
        }
    }
}
