import Foundation
import Hummingbird
import HummingbirdTesting
import LetopisServer
import LetopisStore
import Testing

/// Builds the server over `store` and runs `body` with a client that calls the router directly.
func withServer(store: (any EventStoreReader)?, configure: (inout ServerConfiguration) -> Void = { _ in },
                _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
    var configuration = ServerConfiguration()
    configuration.models = .init(url: URL(fileURLWithPath: "/nonexistent-letopis-models"))
    configure(&configuration)
    let dependencies = ServerDependencies(configuration: configuration, store: store)
    let app = Application(router: buildRouter(dependencies))
    try await app.test(.router) { client in try await body(client) }
}

extension TestResponse {
    /// The body parsed as a JSON object (an empty dictionary when it is not one).
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [String: Any] ?? [:]
    }
    var text: String { String(buffer: body) }
    var errorCode: String? { json["error"] as? String }
}

/// Every error body names what went wrong and the fix, and never leaks internals.
func expectAPIError(_ response: TestResponse, _ status: HTTPResponse.Status, code: String? = nil,
                    sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(response.status == status, "\(response.text)", sourceLocation: sourceLocation)
    #expect(response.headers[.contentType]?.hasPrefix("application/json") == true, sourceLocation: sourceLocation)
    let json = response.json
    #expect((json["message"] as? String)?.isEmpty == false, "no message in \(response.text)", sourceLocation: sourceLocation)
    #expect((json["fix"] as? String)?.isEmpty == false, "no fix in \(response.text)", sourceLocation: sourceLocation)
    if let code { #expect(json["error"] as? String == code, "\(response.text)", sourceLocation: sourceLocation) }
}
