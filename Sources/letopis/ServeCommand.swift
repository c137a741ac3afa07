import ArgumentParser
import Foundation
import Logging
import LetopisPipeline
import LetopisServer

/// `letopis serve`: the HTTP API and web page over an event database. All the work is in
/// `LetopisServer`; this only reads options and the environment.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serves the event database as a JSON API and a web page.",
        discussion: """
        Binds to 127.0.0.1 unless --host names another interface. POST /api/documents needs \
        'Authorization: Bearer $LETOPIS_TOKEN'; without LETOPIS_TOKEN set, ingest over HTTP is refused. \
        SIGTERM or SIGINT stops it after the requests in flight are answered. The API is described at /openapi.json.
        """)

    @Option(help: "The event database: a SQLite file path (as 'letopis ingest' writes) or a postgres:// URL.")
    var db: String?

    @Option(help: "Interface to listen on. Anything but loopback exposes the API to the network.")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port: Int = 8080

    @Option(help: "Largest POST /api/documents body in bytes (larger ones get 413).")
    var maxBodyBytes: Int = 16 << 20

    @OptionGroup var modelsOption: ModelsOption

    func run() async throws {
        var configuration = ServerConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.maxIngestBodyBytes = maxBodyBytes
        configuration.models = modelsOption.directory
        configuration.extractorVersion = Ingestion.extractorVersion(stages: StageRegistry.standard.defaultStages)
        if let token = ProcessInfo.processInfo.environment["LETOPIS_TOKEN"], !token.isEmpty {
            configuration.ingestToken = token
        }
        var logger = Logger(label: "letopis.serve")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        do {
            let (dependencies, store) = try ServerDependencies.open(configuration: configuration, database: db, logger: logger)
            defer { store.close() }
            logger.info("serving \(store.name) on http://\(host):\(port)/ (ingest over HTTP \(configuration.ingestToken == nil ? "off: no LETOPIS_TOKEN" : "on"))")
            try await buildApplication(dependencies, logger: logger).runService()
        } catch let error as LetopisError {
            Console.error(error)
            throw ExitStatus.unusable
        }
    }
}
