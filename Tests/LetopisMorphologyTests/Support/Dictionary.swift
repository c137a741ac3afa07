import Foundation
import Testing
import LetopisTestSupport
@testable import LetopisMorphology

/// The installed OpenCorpora dictionary, if any, where every command looks (``InstalledModels``);
/// tests that need it carry `.requiresModels(.dictionary)`.
enum InstalledDictionary {
    static let directory: URL = InstalledModels.directory.appendingPathComponent("opencorpora")

    static var isInstalled: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("words.dawg").path)
    }

    static let analyzer: MorphAnalyzer? = {
        guard isInstalled, let d = try? MorphDictionary(directory: directory) else { return nil }
        return MorphAnalyzer(dictionary: d)
    }()
}
