import Foundation
import Hummingbird
import HummingbirdTesting
import LetopisServer
import Testing

@Suite("Actors, dyads, timelines, documents, search and the map read the database")
struct ReadRoutesTests {
    let store: FixtureStore

    init() throws { store = try FixtureStore.load() }

    @Test("an actor has aliases, roles, a timeline by type, counterparts and recent events")
    func actorDetail() async throws {
        try await withServer(store: store) { client in
            let list = try await client.execute(uri: "/api/actors?q=лавров", method: .get)
            #expect((list.json["actors"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["a-lavrov"])
            let response = try await client.execute(uri: "/api/actors/a-lavrov", method: .get)
            #expect(response.status == .ok)
            let actor = response.json["actor"] as? [String: Any] ?? [:]
            #expect((actor["aliases"] as? [String])?.contains("Сергея Лаврова") == true)
            #expect((actor["roles"] as? [String]) == ["министр иностранных дел России"])
            #expect(actor["num_events"] as? Int == 2)
            #expect((response.json["timeline"] as? [[String: Any]])?.count == 2)
            let counterpart = (response.json["top_counterparts"] as? [[String: Any]])?.first?["counterpart"] as? [String: Any]
            #expect(counterpart?["id"] as? String == "a-fidan")
            #expect((response.json["recent_events"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["ev-1", "ev-2"])
        }
    }

    @Test("dyads and a timeline; a timeline without an actor is a 400 that says to add one")
    func dyadsAndTimeline() async throws {
        try await withServer(store: store) { client in
            let dyads = try await client.execute(uri: "/api/dyads?type=CONSULT", method: .get)
            #expect((dyads.json["dyads"] as? [[String: Any]])?.first?["count"] as? Int == 1)
            let timeline = try await client.execute(uri: "/api/timeline?actor=a-lavrov&by=week", method: .get)
            #expect(timeline.json["by"] as? String == "week")
            #expect((timeline.json["buckets"] as? [[String: Any]])?.count == 2)
            expectAPIError(try await client.execute(uri: "/api/timeline", method: .get), .badRequest, code: "missing-parameter")
            expectAPIError(try await client.execute(uri: "/api/timeline?actor=x&by=month", method: .get), .badRequest, code: "bad-parameter")
        }
    }

    @Test("a document comes with its text unchanged and its extraction as an object")
    func documentWithLayers() async throws {
        try await withServer(store: store) { client in
            let response = try await client.execute(uri: "/api/documents/doc-ankara", method: .get)
            #expect(response.status == .ok)
            #expect((response.json["text"] as? String)?.hasPrefix("МОСКВА, 2 апреля") == true)
            let extraction = try #require(response.json["extraction"] as? [String: Any])
            #expect((extraction["timexes"] as? [[String: Any]])?.first?["value"] as? String == "2025-04-01")
            #expect((response.json["events"] as? [[String: Any]])?.first?["event"] as? String == "ev-1")
            let evil = try await client.execute(uri: "/api/documents/doc-evil", method: .get)
            #expect((evil.json["text"] as? String)?.contains("<script>alert('x')</script>") == true)
            #expect(evil.headers[.contentType]?.hasPrefix("application/json") == true)
        }
    }

    @Test("search finds documents and needs a query")
    func search() async throws {
        try await withServer(store: store) { client in
            let response = try await client.execute(uri: "/api/search?q=Анкаре", method: .get)
            #expect((response.json["hits"] as? [[String: Any]])?.compactMap { $0["document"] as? String } == ["doc-ankara"])
            expectAPIError(try await client.execute(uri: "/api/search", method: .get), .badRequest, code: "missing-parameter")
        }
    }

    @Test("the map counts events per resolved place and leaves out the unplaced")
    func placeMap() async throws {
        try await withServer(store: store) { client in
            let response = try await client.execute(uri: "/api/places", method: .get)
            let places = try #require(response.json["places"] as? [[String: Any]])
            #expect(Set(places.compactMap { $0["name"] as? String }) == ["Анкара", "Москва"])
            #expect(places.first { $0["name"] as? String == "Анкара" }?["quad_class"] as? Int == 1)
            #expect(response.json["unplaced"] as? Int == 1)
            #expect(response.json["events_read"] as? Int == 3)
        }
    }
}
