import LetopisCore

/// The ontology's data files (`Ontology/Data/*.tsv`), embedded in the code by SwiftPM
/// (`.embedInCode` in Package.swift): the binary carries them, nothing to find at run time.
enum OntologyResource {
    static func text(_ file: String) throws -> String {
        let bytes: [UInt8]
        switch file {
        case CAMEOTable.codebookFile: bytes = PackageResources.cameo_codebook_tsv
        case CAMEOTable.mappingFile: bytes = PackageResources.plover_cameo_tsv
        case ActorCodes.countryFile: bytes = PackageResources.country_codes_tsv
        case ActorCodes.sectorFile: bytes = PackageResources.sector_codes_tsv
        case PloverScores.file: bytes = PackageResources.plover_scores_tsv
        default:
            throw LetopisError(.modelMissing, subject: file, message: "no such ontology data file", remedy: "name one of Ontology/Data")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw LetopisError(.modelCorrupt, subject: file, message: "not UTF-8 text", remedy: "fix the file in Ontology/Data and rebuild")
        }
        return text
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
