import Foundation
import Testing

/// The models `letopis models install` puts where every command looks: `$LETOPIS_MODELS`,
/// `$XDG_DATA_HOME/letopis/models`, else `~/.local/share/letopis/models` (as `ModelsDirectory.resolve`).
public enum InstalledModels {
    /// One installed part, by the file whose presence says it is there.
    public enum Part: String, Sendable, CaseIterable {
        /// The whole install (its manifest is written last).
        case all = "manifest.json"
        /// The OpenCorpora dictionary.
        case dictionary = "opencorpora/words.dawg"
        /// The slovnet news models (morphology, syntax, NER) and navec.
        case newsModels = "slovnet/ner_news_v1/model.json"
        /// The compiled GeoNames gazetteer.
        case gazetteer = "geonames/gazetteer.bin"
    }

    public static let directory: URL = {
        let env = ProcessInfo.processInfo.environment
        if let dir = env["LETOPIS_MODELS"], !dir.isEmpty { return URL(fileURLWithPath: dir) }
        if let xdg = env["XDG_DATA_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("letopis/models")
        }
        let home = env["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".local/share/letopis/models")
    }()

    /// Whether every one of `parts` is installed.
    public static func have(_ parts: [Part]) -> Bool { missing(parts).isEmpty }

    /// The parts of `parts` that are not installed.
    public static func missing(_ parts: [Part]) -> [Part] {
        parts.filter { !FileManager.default.fileExists(atPath: directory.appendingPathComponent($0.rawValue).path) }
    }

    /// Whether this run is CI's (`.ci/run` sets `CI=true` and installs the models first): there a test
    /// that needs the models fails when they are missing instead of skipping, so that a broken install
    /// step cannot turn a tenth of the suite into silent skips.
    public static var isCI: Bool {
        guard let value = ProcessInfo.processInfo.environment["CI"]?.lowercased() else { return false }
        return !["", "0", "false", "no"].contains(value)
    }
}

/// Thrown by ``Trait/requiresModels(_:)`` in CI when the models are missing; Swift Testing records it
/// as the test's failure.
public struct ModelsMissingInCI: Error, CustomStringConvertible {
    public var missing: [InstalledModels.Part]
    public var description: String {
        "CI=true but the models are missing (\(missing.map(\.rawValue).joined(separator: ", ")) under "
            + "\(InstalledModels.directory.path)): .ci/run must run 'letopis models install' before 'swift test'"
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs a test or suite only when the models it needs are installed. Outside CI it is skipped
    /// with a message saying how to install them; in CI (`CI=true`) it fails instead, naming the
    /// missing files.
    ///
    /// ```swift
    /// @Suite("The news models", .requiresModels(.newsModels))
    /// ```
    public static func requiresModels(_ parts: InstalledModels.Part..., sourceLocation: SourceLocation = #_sourceLocation) -> Self {
        let needed = parts.isEmpty ? [InstalledModels.Part.all] : parts
        let comment = Comment(rawValue: "needs the models (\(needed.map(\.rawValue).joined(separator: ", "))) — run 'letopis models install'")
        return .enabled(comment, sourceLocation: sourceLocation) {
            let missing = InstalledModels.missing(needed)
            if missing.isEmpty { return true }
            if InstalledModels.isCI { throw ModelsMissingInCI(missing: missing) }
            return false
        }
    }
}
