import Foundation
import Testing
@testable import LetopisMorphology

/// The installed OpenCorpora dictionary, if any: `$LETOPIS_MODELS/opencorpora`, else
/// `~/.local/share/letopis/models/opencorpora`.
enum InstalledDictionary {
    static let directory: URL = {
        let models = ProcessInfo.processInfo.environment["LETOPIS_MODELS"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share/letopis/models")
        return models.appendingPathComponent("opencorpora")
    }()

    static var isInstalled: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("words.dawg").path)
    }

    static let analyzer: MorphAnalyzer? = {
        guard isInstalled, let d = try? MorphDictionary(directory: directory) else { return nil }
        return MorphAnalyzer(dictionary: d)
    }()

    static let reason: Comment = "needs the OpenCorpora dictionary — run 'letopis models install'"
}
