import Foundation
import LetopisCore
import LetopisNeural

/// Where the NEREL tagger's weights are found, and the one model per process built from them.
///
/// The weights are a project artifact (`Training/nerel-tagger/train.sh` builds them), committed as
/// `Sources/LetopisPipeline/Resources/nerel-tagger-v1.bin` and shipped in the package's resource
/// bundle next to the executable. A file at `<models>/letopis/nerel-tagger-v1.bin` takes precedence
/// (a retrained model tried without rebuilding). Either way the file's SHA-256 is checked on load.
public enum NERELWeights {
    public static let fileName = "nerel-tagger-v1.bin"
    /// Path of the override under the models directory.
    public static let installedPath = "letopis/\(fileName)"
    static let remedy = "run 'Training/nerel-tagger/train.sh' in the Letopis source tree to rebuild it, "
        + "or restore the committed copy with 'git checkout Sources/LetopisPipeline/Resources/\(fileName)' and rebuild"

    private static let lock = NSLock()
    nonisolated(unsafe) private static var models: [URL: NERELModel] = [:]

    /// The weights file to read: the models directory's override, else the bundled copy.
    /// - Throws: ``LetopisError`` `.modelMissing` naming where it looked and how to build the file.
    public static func locate(_ models: ModelsDirectory, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        let override = models.file(installedPath)
        if FileManager.default.fileExists(atPath: override.path) { return override }
        for directory in bundleDirectories(environment: environment) {
            let url = directory.appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        throw LetopisError(.modelMissing, subject: fileName,
                           message: "NEREL tagger weights not found (neither \(override.path) nor the resource bundle '\(bundleName)' next to the executable)",
                           remedy: remedy)
    }

    static let bundleName = "Letopis_LetopisPipeline.resources"

    static func bundleDirectories(environment: [String: String]) -> [URL] {
        var found: [URL] = [Bundle.main.bundleURL.appendingPathComponent(bundleName)]
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            found.append(executable.deletingLastPathComponent().appendingPathComponent(bundleName))
        }
        for bundle in Bundle.allBundles {
            found.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent(bundleName))
        }
        return found
    }

    /// The tagger, loaded once per models directory and process (its checksum is read once).
    public static func model(_ models: ModelsDirectory) throws -> NERELModel {
        lock.lock()
        defer { lock.unlock() }
        if let m = self.models[models.url] { return m }
        let m = try NERELModel(weights: try locate(models), modelsDirectory: models.url, remedy: remedy)
        self.models[models.url] = m
        return m
    }
}
