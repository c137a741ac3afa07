import Foundation
import LetopisCore

/// The ontology's data files (`Ontology/Data/*.tsv`), shipped as SwiftPM resources.
///
/// `swift build` copies them into `Letopis_LetopisEvents.resources` beside the executable (or the
/// test bundle); they are looked up there without Foundation's `Bundle.module`, which stops the
/// process when the directory is missing — a missing file is a ``LetopisError`` instead.
enum OntologyResource {
    static let bundleName = "Letopis_LetopisEvents.resources"

    static func text(_ file: String) throws -> String {
        var directories = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        directories.append(exe)
        for dir in directories {
            let url = dir.appendingPathComponent(bundleName).appendingPathComponent(file)
            if let data = FileManager.default.contents(atPath: url.path) {
                guard let text = String(data: data, encoding: .utf8) else {
                    throw LetopisError(.modelCorrupt, subject: url.path, message: "not UTF-8 text", remedy: "rebuild Letopis (swift build)")
                }
                return text
            }
        }
        throw LetopisError(.modelMissing, subject: "\(bundleName)/\(file)", message: "ontology data file not found beside the executable",
                           remedy: "keep the \(bundleName) directory that swift build writes next to letopis")
    }

    /// Non-empty lines that are not comments, split at tabs, with their 1-based line numbers.
    static func rows(_ text: String) -> [(line: Int, fields: [String])] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { i, raw in
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty || line.hasPrefix("#") { return nil }
            return (i + 1, line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
        }
    }

    static func corrupt(_ file: String, _ line: Int, _ message: String) -> LetopisError {
        LetopisError(.modelCorrupt, subject: "\(file):\(line)", message: message,
                     remedy: "fix the table (format in Docs/cameo.md) or rebuild Letopis")
    }
}
