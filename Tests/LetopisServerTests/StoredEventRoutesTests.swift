import Foundation
import Hummingbird
import HummingbirdTesting
import LetopisCore
import LetopisCorpus
import LetopisServer
import LetopisStore
import Testing

/// The event routes over a real (SQLite, in-memory) store, which serves the responses it stored when it
/// resolved the block.
@Suite("The event routes serve the responses the database stored with each event")
struct StoredEventRoutesTests {
    /// `МОСКВА, 2 апреля — ... Лавров провел переговоры с ... Фиданом в Анкаре во вторник, сообщает агентство SANA.`
    static func ankara(id: String, outlet: String) -> DocumentRecord {
        let text = "Министр иностранных дел России Сергей Лавров провел переговоры с главой МИД Турции Хаканом Фиданом в Анкаре во вторник, сообщает агентство SANA."
        func span(_ part: String) -> DocumentRecord.Span {
            let scalars = Array(text.unicodeScalars), needle = Array(part.unicodeScalars)
            let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle } ?? 0
            return DocumentRecord.Span(start: start, end: start + needle.count, text: part)
        }
        let lavrov = span("Сергей Лавров"), fidan = span("Хаканом Фиданом"), place = span("Анкаре"), source = span("агентство SANA")
        let mention = DocumentRecord.EventMention(
            id: "\(id)-0", index: 0, type: "CONSULT", mode: "visit", cameo: "042", sentenceIndex: 0,
            sentence: DocumentRecord.Span(start: 0, end: text.unicodeScalars.count, text: text), trigger: span("провел переговоры"),
            participants: [
                .init(start: lavrov.start, end: lavrov.end, text: lavrov.text, normal: "Сергей Лавров", role: "actor", actor: 0),
                .init(start: fidan.start, end: fidan.end, text: fidan.text, normal: "Хакан Фидан", role: "recipient", actor: 1),
            ],
            place: .init(start: place.start, end: place.end, text: place.text, normal: "Анкара"),
            time: .init(value: "2025-04-01", mod: nil, basis: "timex", earliest: "2025-04-01", latest: "2025-04-01", timex: span("во вторник")),
            source: .init(start: source.start, end: source.end, text: source.text, normal: "агентство SANA"), inLead: true)
        var hash = SHA256()
        hash.update(Array(text.utf8))
        return DocumentRecord(
            id: id, textSHA256: hash.hexDigest(), text: text, published: "2025-04-02", publishedSource: "field",
            time: "2025-04-02T10:00:00Z", outlet: outlet, title: "Лавров в Анкаре (\(outlet))", url: "https://example.org/\(id)",
            extractorVersion: "test/1",
            actors: [.init(index: 0, type: "PER", name: "Сергей Лавров", country: "RU"),
                     .init(index: 1, type: "PER", name: "Хакан Фидан", country: "TR")],
            events: [mention])
    }

    static func withStoredServer(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let store = try EventStore.open(.sqlite(path: ":memory:"))
        defer { store.close() }
        try store.store([.extracted(ankara(id: "doc-ria", outlet: "РИА Новости"), layers: nil),
                         .extracted(ankara(id: "doc-tass", outlet: "ТАСС"), layers: nil)])
        try store.resolvePending()
        try await withServer(store: store, body)
    }

    @Test("the list and an event's detail come from the stored responses, with every span of the evidence")
    func listAndDetail() async throws {
        try await Self.withStoredServer { client in
            let list = try await client.execute(uri: "/api/events", method: .get)
            #expect(list.status == .ok)
            #expect(list.headers[.contentType]?.hasPrefix("application/json") == true)
            let events = try #require(list.json["events"] as? [[String: Any]])
            #expect(events.count == 1 && list.json["next_cursor"] == nil)
            let id = try #require(events.first?["id"] as? String)
            #expect(events.first?["num_sources"] as? Int == 2)

            let detail = try await client.execute(uri: "/api/events/\(id)", method: .get)
            #expect(detail.status == .ok)
            let mentions = try #require(detail.json["mentions"] as? [[String: Any]])
            #expect(mentions.count == 2)
            for mention in mentions {
                #expect((mention["place"] as? [String: Any])?["text"] as? String == "Анкаре")
                #expect((mention["time"] as? [String: Any])?["text"] as? String == "во вторник")
                #expect((mention["source"] as? [String: Any])?["normal"] as? String == "агентство SANA")
                #expect(((mention["document"] as? [String: Any])?["title"] as? String)?.hasPrefix("Лавров в Анкаре") == true)
            }
            expectAPIError(try await client.execute(uri: "/api/events/ev-nothing", method: .get), .notFound, code: "not-found")
        }
    }

    @Test("a page with more to come names its cursor, and the cursor gives the next page")
    func cursorOfStoredPages() async throws {
        let store = try EventStore.open(.sqlite(path: ":memory:"))
        defer { store.close() }
        var second = Self.ankara(id: "doc-later", outlet: "ТАСС")
        second.published = "2025-05-20"
        second.events[0].time = .init(value: "2025-05-20", mod: nil, basis: "published", earliest: "2025-05-20", latest: "2025-05-20")
        try store.store([.extracted(Self.ankara(id: "doc-ria", outlet: "РИА Новости"), layers: nil), .extracted(second, layers: nil)])
        try store.resolvePending()
        try await withServer(store: store) { client in
            let first = try await client.execute(uri: "/api/events?limit=1", method: .get)
            let cursor = try #require(first.json["next_cursor"] as? String)
            let next = try await client.execute(uri: "/api/events?limit=1&cursor=\(cursor)", method: .get)
            let ids = [first, next].compactMap { (($0.json["events"] as? [[String: Any]])?.first?["id"] as? String) }
            #expect(ids.count == 2 && Set(ids).count == 2)
            #expect(next.json["next_cursor"] == nil)
        }
    }

    @Test("a client that sends back the ETag gets 304 without a body; another tag gets the page")
    func entityTags() async throws {
        try await Self.withStoredServer { client in
            for uri in ["/api/events", "/api/events?type=CONSULT"] {
                let first = try await client.execute(uri: uri, method: .get)
                let tag = try #require(first.headers[.eTag])
                #expect(tag.hasPrefix("\"") && tag.hasSuffix("\"") && tag.count == 18)
                #expect(first.headers[.cacheControl] == "no-cache")
                let again = try await client.execute(uri: uri, method: .get, headers: [.ifNoneMatch: tag])
                #expect(again.status == .notModified && again.body.readableBytes == 0)
                #expect(again.headers[.eTag] == tag)
                let weakAndListed = try await client.execute(uri: uri, method: .get, headers: [.ifNoneMatch: "\"0\", W/\(tag)"])
                #expect(weakAndListed.status == .notModified)
                let other = try await client.execute(uri: uri, method: .get, headers: [.ifNoneMatch: "\"0000000000000000\""])
                #expect(other.status == .ok && other.body.readableBytes == first.body.readableBytes)
            }
            let list = try await client.execute(uri: "/api/events", method: .get)
            let id = try #require(((list.json["events"] as? [[String: Any]])?.first?["id"] as? String))
            let detail = try await client.execute(uri: "/api/events/\(id)", method: .get)
            #expect(detail.headers[.eTag] != nil && detail.headers[.eTag] != list.headers[.eTag])
        }
    }

    @Test("a cursor is written as a JSON string whatever it holds")
    func cursorIsQuoted() throws {
        #expect(ResponseJSON.quoted(#"o"1\2"#) == #""o\"1\\2""#)
        #expect(ResponseJSON.quoted("a\nb\u{01}") == #""a\nb\u0001""#)
        let decoded = try JSONSerialization.jsonObject(with: Data(ResponseJSON.quoted("Москва \"x\"\t").utf8), options: .fragmentsAllowed)
        #expect(decoded as? String == "Москва \"x\"\t")
    }
}
