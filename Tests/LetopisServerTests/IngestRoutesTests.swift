import Foundation
import Hummingbird
import HummingbirdTesting
import LetopisPipeline
import LetopisServer
import LetopisStore
import NIOCore
import Testing
import LetopisTestSupport

@Suite("POST /api/documents takes documents only with the token and within the limits")
struct IngestRoutesTests {
    static func post(_ client: any TestClientProtocol, _ body: String, token: String? = "t0ken") async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.execute(uri: "/api/documents", method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    static func withStore(token: String?, maxBody: Int = 1 << 20,
                          _ body: @Sendable (any TestClientProtocol, EventStore) async throws -> Void) async throws {
        let store = try EventStore.open(.sqlite(path: ":memory:"))
        defer { store.close() }
        var configuration = ServerConfiguration()
        configuration.ingestToken = token
        configuration.maxIngestBodyBytes = maxBody
        configuration.maxDocumentsPerRequest = 3
        let app = Application(router: buildRouter(ServerDependencies(configuration: configuration, store: store, writer: store)))
        try await app.test(.router) { client in try await body(client, store) }
    }

    @Test("a server started without LETOPIS_TOKEN refuses every write with 403")
    func noTokenNoWrites() async throws {
        try await Self.withStore(token: nil) { client, store in
            expectAPIError(try await Self.post(client, #"{"text": "x"}"#), .forbidden, code: "ingest-disabled")
            #expect(try await store.statistics().documents == 0)
        }
    }

    @Test("a missing or wrong bearer token is a 401 and nothing is stored")
    func wrongTokenIs401() async throws {
        try await Self.withStore(token: "t0ken") { client, store in
            expectAPIError(try await Self.post(client, #"{"text": "x"}"#, token: nil), .unauthorized, code: "unauthorized")
            expectAPIError(try await Self.post(client, #"{"text": "x"}"#, token: "t0ke"), .unauthorized, code: "unauthorized")
            expectAPIError(try await Self.post(client, #"{"text": "x"}"#, token: "T0KEN"), .unauthorized, code: "unauthorized")
            let basic = try await client.execute(uri: "/api/documents", method: .post,
                                                 headers: [.authorization: "Basic dDBrZW4=", .contentType: "application/json"],
                                                 body: ByteBuffer(string: #"{"text": "x"}"#))
            expectAPIError(basic, .unauthorized)
            #expect(try await store.statistics().documents == 0)
        }
    }

    @Test("a body over the limit is 413, a batch over the count is 400, malformed JSON and an empty batch are 400")
    func limitsAndShape() async throws {
        try await Self.withStore(token: "t0ken", maxBody: 2_000) { client, store in
            let big = #"{"text": ""# + String(repeating: "я", count: 2_000) + #""}"#
            expectAPIError(try await Self.post(client, big), .contentTooLarge, code: "body-too-large")
            expectAPIError(try await Self.post(client, #"[{"text":"a"},{"text":"b"},{"text":"c"},{"text":"d"}]"#), .badRequest, code: "batch-too-large")
            expectAPIError(try await Self.post(client, #"[{"text": "a"#), .badRequest, code: "malformed-json")
            expectAPIError(try await Self.post(client, "[]"), .badRequest, code: "empty-batch")
            expectAPIError(try await Self.post(client, "42"), .badRequest, code: "malformed-json")
            #expect(try await store.statistics().documents == 0)
        }
    }

    @Test("documents posted with the token are extracted, stored and served; a bad one fails alone",
          .requiresModels())
    func ingestThenRead() async throws {
        try await Self.withStore(token: "t0ken") { client, store in
            guard let url = Bundle.module.url(forResource: "Fixtures/articles", withExtension: "jsonl") else {
                Issue.record("Fixtures/articles.jsonl is not in the test bundle")
                return
            }
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").prefix(2)
            let batch = "[" + lines.joined(separator: ",") + #", {"id": "broken", "text": "   "}]"#
            var response = try await Self.post(client, batch)
            #expect(response.status.code == 207, "\(response.text)")
            #expect(response.json["stored"] as? Int == 2)
            #expect(response.json["failed"] as? Int == 1)
            #expect(try await store.statistics().documents == 2)
            let events = try await client.execute(uri: "/api/events?type=CONSULT", method: .get)
            let ids = (events.json["events"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(ids.contains("ev-ankara-1-0"), "\(ids)")
            let detail = try await client.execute(uri: "/api/events/ev-ankara-1-0", method: .get)
            let mention = (detail.json["mentions"] as? [[String: Any]])?.first ?? [:]
            #expect((mention["place"] as? [String: Any])?["text"] as? String == "Анкаре")
            #expect((mention["trigger"] as? [String: Any])?["text"] as? String == "провел в Анкаре переговоры")
            // The same documents again change nothing.
            response = try await Self.post(client, "[" + lines.joined(separator: ",") + "]")
            #expect(response.status == .ok)
            #expect(response.json["unchanged"] as? Int == 2)
        }
    }
}
