import Foundation
import LetopisCore
import LetopisMorphology

/// Models loaded once per process and shared by every stage that reads them.
enum SharedModels {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var analyzers: [URL: MorphAnalyzer] = [:]

    static func analyzer(_ models: ModelsDirectory) throws -> MorphAnalyzer {
        lock.lock()
        defer { lock.unlock() }
        if let a = analyzers[models.url] { return a }
        let a = MorphAnalyzer(dictionary: try MorphDictionary(directory: models.url.appendingPathComponent("opencorpora")))
        analyzers[models.url] = a
        return a
    }
}
