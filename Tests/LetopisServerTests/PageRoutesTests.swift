import Foundation
import Hummingbird
import HummingbirdTesting
import LetopisServer
import Testing

@Suite("The page, its files and the OpenAPI document are served by the binary")
struct PageRoutesTests {
    @Test("the page loads our own script and style under a policy that forbids inline scripts")
    func pageAndPolicy() async throws {
        try await withServer(store: nil) { client in
            let page = try await client.execute(uri: "/", method: .get)
            #expect(page.status == .ok)
            #expect(page.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(page.text.contains("/static/app.js"))
            let policy = try #require(page.headers[.contentSecurityPolicy])
            #expect(policy.contains("script-src 'self'"))
            #expect(!policy.contains("unsafe-inline"))
            #expect(page.headers[.xContentTypeOptions] == "nosniff")
            let script = try await client.execute(uri: "/static/app.js", method: .get)
            #expect(script.headers[.contentType]?.hasPrefix("text/javascript") == true)
            expectAPIError(try await client.execute(uri: "/static/..%2Fopenapi.json", method: .get), .notFound)
            expectAPIError(try await client.execute(uri: "/static/nope.js", method: .get), .notFound)
        }
    }

    @Test("the page's script never turns text into markup")
    func scriptBuildsNodesNotHTML() async throws {
        try await withServer(store: nil) { client in
            let script = try await client.execute(uri: "/static/app.js", method: .get).text
            #expect(script.contains("textContent"))
            for sink in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"] {
                #expect(!script.contains(sink), "app.js uses \(sink)")
            }
        }
    }

    @Test("the OpenAPI document is 3.1 and describes every API route the router serves")
    func openAPIDescribesEveryRoute() async throws {
        try await withServer(store: nil) { client in
            let response = try await client.execute(uri: "/openapi.json", method: .get)
            #expect(response.status == .ok)
            #expect(response.json["openapi"] as? String == "3.1.0")
            let paths = try #require(response.json["paths"] as? [String: Any])
            let served = ["/api/events", "/api/events/{id}", "/api/actors", "/api/actors/{id}", "/api/dyads", "/api/timeline",
                          "/api/documents/{id}", "/api/search", "/api/places", "/api/extract", "/api/documents",
                          "/health", "/metrics"]
            #expect(Set(paths.keys) == Set(served))
        }
    }

    @Test("metrics count requests by route pattern, not by raw path")
    func metricsCountByRoute() async throws {
        try await withServer(store: try FixtureStore.load()) { client in
            _ = try await client.execute(uri: "/api/events/ev-1", method: .get)
            _ = try await client.execute(uri: "/api/events/ev-2", method: .get)
            let metrics = try await client.execute(uri: "/metrics", method: .get).text
            #expect(metrics.contains(#"letopis_http_requests_total{route="/api/events/{id}",method="GET",status="200"} 2"#))
            #expect(!metrics.contains("ev-1"))
        }
    }
}
