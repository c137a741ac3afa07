import Foundation
import LetopisCore

/// `manifest.json` of a models directory: what was installed, from which
/// packages, and the size of every file (to spot truncation).
public struct ModelManifest: Codable, Sendable, Equatable {
    public static let fileName = "manifest.json"

    public var layoutVersion: Int
    public var packages: [ModelPackage]
    /// Size in bytes of every installed file, by path relative to the models directory.
    public var files: [String: Int]
    public var installed: String
    /// For the gazetteer's manifest: SHA-256 of the places table compiled into it (a new table rebuilds it).
    public var tableSHA256: String?

    public static func load(from url: URL) throws -> ModelManifest {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw LetopisError(.modelMissing, subject: url.path, message: "no model manifest",
                               remedy: "run 'letopis models install'")
        }
        do { return try JSONDecoder().decode(ModelManifest.self, from: data) } catch {
            throw LetopisError(.modelCorrupt, subject: url.path, message: "the model manifest is not readable",
                               remedy: "run 'letopis models install --force'", cause: "\(error)")
        }
    }

    public func write(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: url, options: .atomic)
    }

    public init(layoutVersion: Int, packages: [ModelPackage], files: [String: Int], installed: String, tableSHA256: String? = nil) {
        self.layoutVersion = layoutVersion
        self.packages = packages
        self.files = files
        self.installed = installed
        self.tableSHA256 = tableSHA256
    }

    /// True when this manifest describes the catalog this build reads.
    public var matchesCatalog: Bool {
        layoutVersion == ModelCatalog.layoutVersion && Set(packages) == Set(ModelCatalog.packages)
    }
}
