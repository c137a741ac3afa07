import Foundation
import Hummingbird
import LetopisStore

/// `GET /health` (is the server up, can it read its database) and `GET /metrics` (Prometheus text).
struct HealthController {
    let dependencies: ServerDependencies

    struct Health: Encodable, Sendable {
        /// `ok`, or `degraded` when the database cannot be read (the status is then 503).
        var status: String
        /// `ok`, `none` (started without one) or `unavailable`.
        var database: String
        var version: String
        var statistics: StoreStatistics?
        var message: String?
    }

    func addRoutes(to router: Router<ServerRequestContext>) {
        router.get("health") { _, context in
            guard let store = dependencies.store else {
                return JSONBody(Health(status: "ok", database: "none", version: ServerVersion.current))
            }
            do {
                let statistics = try await store.statistics()
                return JSONBody(Health(status: "ok", database: "ok", version: ServerVersion.current, statistics: statistics))
            } catch {
                context.logger.error("health: database unreadable: \(String(describing: error))")
                return JSONBody(Health(status: "degraded", database: "unavailable", version: ServerVersion.current,
                                       message: "the event database cannot be read"), status: .serviceUnavailable)
            }
        }
        router.get("metrics") { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            return Response(status: .ok, headers: headers,
                            body: .init(byteBuffer: ByteBuffer(bytes: dependencies.metrics.registry.emitToBuffer())))
        }
    }
}

enum ServerVersion {
    static let current = "0.1.0"
}
