import Foundation
import Hummingbird
import Logging
import LetopisPipeline
import LetopisStore

/// What the routes read and run: the database, the extraction pipeline, the page's files, metrics.
public struct ServerDependencies: Sendable {
    public var configuration: ServerConfiguration
    /// The event database; nil when the server was started without one (only extraction works then).
    public var store: (any EventStoreReader)?
    /// Extraction and storage for `POST /api/documents`; nil on a read-only server.
    public var ingest: IngestService?
    public var extraction: ExtractionService
    public var assets: WebAssets
    public var metrics: ServerMetrics

    public init(configuration: ServerConfiguration,
                store: (any EventStoreReader)? = nil,
                writer: (any DocumentStoreWriter)? = nil,
                extraction: ExtractionService? = nil,
                assets: WebAssets = .load(),
                metrics: ServerMetrics = ServerMetrics()) {
        self.configuration = configuration
        self.store = store
        let extraction = extraction ?? ExtractionService(models: configuration.models,
                                                         maxPending: configuration.maxPendingExtractions)
        self.extraction = extraction
        self.ingest = writer.map { IngestService(writer: $0, extraction: extraction, extractorVersion: configuration.extractorVersion) }
        self.assets = assets
        self.metrics = metrics
    }
}

/// Builds the HTTP application `letopis serve` runs: the router over `dependencies`, bound to
/// the configured host and port, shut down gracefully on SIGTERM/SIGINT by `runService()`
/// (requests in flight are finished first).
///
/// ```swift
/// let app = buildApplication(ServerDependencies(configuration: configuration), logger: logger)
/// try await app.runService()
/// ```
public func buildApplication(_ dependencies: ServerDependencies, logger: Logger? = nil) -> some ApplicationProtocol {
    let configuration = dependencies.configuration
    var logger = logger ?? Logger(label: "letopis.serve")
    if logger.logLevel > .info { logger.logLevel = .info }
    let router = buildRouter(dependencies)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "letopis"),
        logger: logger)
}

/// The routes, testable without a socket: `try await app.test(.router) { client in ... }`.
public func buildRouter(_ dependencies: ServerDependencies) -> Router<ServerRequestContext> {
    let router = Router(context: ServerRequestContext.self)
    router.addMiddleware {
        MetricsMiddleware(metrics: dependencies.metrics)
        SecurityHeadersMiddleware()
        APIErrorMiddleware()
        MethodMiddleware()
    }
    HealthController(dependencies: dependencies).addRoutes(to: router)
    StaticController(assets: dependencies.assets).addRoutes(to: router)
    let api = router.group("api")
    EventsController(dependencies: dependencies).addRoutes(to: api)
    ActorsController(dependencies: dependencies).addRoutes(to: api)
    DocumentsController(dependencies: dependencies).addRoutes(to: api)
    ExtractController(dependencies: dependencies).addRoutes(to: api)
    IngestController(dependencies: dependencies).addRoutes(to: api)
    return router
}

extension ServerDependencies {
    /// The database, or 503 saying how to start the server with one.
    func requireStore() throws -> any EventStoreReader {
        guard let store else { throw APIError.noDatabase }
        return store
    }

    /// Opens the database `letopis serve --db` names and wires everything the routes need.
    /// - Throws: `LetopisError` when the database cannot be opened, with what to do about it.
    /// `database` is `--db` (nil: `$LETOPIS_DB`, else the default SQLite file, as every command).
    public static func open(configuration: ServerConfiguration, database: String?, logger: Logger) throws -> (ServerDependencies, EventStore) {
        let assets = WebAssets.load()
        if assets.files.isEmpty { logger.warning("web page and /openapi.json unavailable: \(assets.origin)") }
        let store = try EventStore.open(StoreLocation.resolve(option: database))
        return (ServerDependencies(configuration: configuration, store: store, writer: store, assets: assets), store)
    }
}
