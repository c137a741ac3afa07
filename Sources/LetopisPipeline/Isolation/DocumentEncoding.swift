import Foundation
import LetopisCore

/// Turns a processed document into the bytes a consumer wants: a JSON line, a text summary, a
/// database record. Workers encode in their own process, so only bytes cross back to the parent.
public protocol DocumentEncoding: Sendable {
    func encode(_ document: Document) -> [UInt8]
}

/// Encoders by name, so that a worker process can build the one its parent asked for.
///
/// The built-in names are `json`, `text`, `conllu`, `plover` (option `statements`: `1`), `gdelt` and `gdelt-mentions`. A command that wants its own
/// record (`ingest` and its `DocumentRecord` JSON) registers a factory under a new name **in code
/// that both the parent and the worker run** — at the start of the executable's `main`, or in the
/// registration function the `worker` command calls — since a worker is a fresh process.
///
/// ```swift
/// DocumentEncoders.register("corpus-record") { options in RecordEncoder(options) }
/// ```
public enum DocumentEncoders {
    public typealias Factory = @Sendable (_ options: [String: String]) throws -> any DocumentEncoding

    private static let lock = NSLock()
    nonisolated(unsafe) private static var factories: [String: Factory] = builtIn

    /// Adds (or replaces) the encoder called `name`.
    public static func register(_ name: String, _ factory: @escaping Factory) {
        lock.lock(); defer { lock.unlock() }
        factories[name] = factory
    }

    /// Builds the encoder called `name`.
    /// - Throws: ``LetopisError`` `.badArgument` when no encoder has that name.
    public static func make(_ name: String, options: [String: String] = [:]) throws -> any DocumentEncoding {
        lock.lock()
        let factory = factories[name]
        let known = factories.keys.sorted()
        lock.unlock()
        guard let factory else {
            throw LetopisError(.badArgument, subject: name, message: "no such output encoder",
                               remedy: "choose from: \(known.joined(separator: ", "))")
        }
        return try factory(options)
    }

    /// Options of the built-in encoders: `with` (comma-separated extra layers) and `trace` (`1`).
    static func outputOptions(_ options: [String: String]) -> OutputOptions {
        OutputOptions(with: Set((options["with"] ?? "").split(separator: ",").map { String($0) }), trace: options["trace"] == "1")
    }

    private static let builtIn: [String: Factory] = [
        "json": { ClosureEncoder(JSONLinesEncoder(options: outputOptions($0)).encode) },
        "text": { options in
            let encoder = TextSummaryEncoder(options: outputOptions(options))
            return ClosureEncoder { Array(encoder.encode($0).utf8) }
        },
        "conllu": { _ in
            let encoder = CoNLLUEncoder()
            return ClosureEncoder { Array(encoder.encode($0).utf8) }
        },
        // The PLOVER and GDELT writers read the ontology's tables: built only when their format is asked for.
        "plover": { options in ClosureEncoder(PloverEncoder(options: .init(includeStatements: options["statements"] == "1")).encode) },
        "gdelt": { _ in ClosureEncoder(try GDELTWriter().encode) },
        "gdelt-mentions": { _ in ClosureEncoder(try GDELTWriter().encodeMentions) },
    ]
}

/// An encoder made of a function.
public struct ClosureEncoder: DocumentEncoding {
    let body: @Sendable (Document) -> [UInt8]
    public init(_ body: @escaping @Sendable (Document) -> [UInt8]) { self.body = body }
    public func encode(_ document: Document) -> [UInt8] { body(document) }
}
