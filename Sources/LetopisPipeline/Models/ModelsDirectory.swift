import Foundation
import LetopisCore

/// Where Letopis keeps its installed model data, and checks on what is there.
///
/// Resolution order: the `--models DIR` option, the `LETOPIS_MODELS`
/// environment variable, `$XDG_DATA_HOME/letopis/models`, then
/// `~/.local/share/letopis/models`.
public struct ModelsDirectory: Sendable, Hashable {
    public let url: URL

    public init(url: URL) { self.url = url }

    public static func resolve(option: String? = nil,
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> ModelsDirectory {
        if let option, !option.isEmpty { return ModelsDirectory(url: URL(fileURLWithPath: option)) }
        if let env = environment["LETOPIS_MODELS"], !env.isEmpty { return ModelsDirectory(url: URL(fileURLWithPath: env)) }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return ModelsDirectory(url: URL(fileURLWithPath: xdg).appendingPathComponent("letopis/models"))
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        return ModelsDirectory(url: home.appendingPathComponent(".local/share/letopis/models"))
    }

    public var manifestURL: URL { url.appendingPathComponent(ModelManifest.fileName) }
    /// The gazetteer's own manifest (its sources are installed apart from the language models).
    public var gazetteerManifestURL: URL { url.appendingPathComponent("geonames").appendingPathComponent(ModelManifest.fileName) }

    /// The path of a component file, e.g. `opencorpora/words.dawg`.
    public func file(_ relativePath: String) -> URL { url.appendingPathComponent(relativePath) }

    /// The remedy every "model missing" error gives.
    public var installRemedy: String {
        "run 'letopis models install --models \(url.path)'"
    }

    /// Throws a one-line error naming the first missing or truncated file of `component`.
    public func check(component: ModelComponent) throws {
        let manifest = try? ModelManifest.load(from: component == ModelCatalog.gazetteer ? gazetteerManifestURL : manifestURL)
        for relative in component.requiredFiles {
            let path = file(relative).path
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
                throw LetopisError(.modelMissing, subject: path, message: "model file not found (\(component.name))",
                                   remedy: installRemedy)
            }
            if let expected = manifest?.files[relative], let size = attributes[.size] as? Int, size != expected {
                throw LetopisError(.modelCorrupt, subject: path,
                                   message: "model file is \(size) bytes, the install recorded \(expected)",
                                   remedy: "reinstall with 'letopis models install --force --models \(url.path)'")
            }
        }
    }
}
