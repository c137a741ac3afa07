import Foundation
import LetopisCore

/// The CAMEO codebook and Letopis's mapping from event type and mode to a CAMEO code and a
/// PLOVER mode, read from the package's data files and checked as they are read.
///
/// Two tab-separated files in `Ontology/Data` (the decisions behind them: `Docs/cameo.md`):
/// - `cameo-codebook.tsv`: `code, goldstein, description` — every CAMEO event code with
///   GDELT's Goldstein value;
/// - `plover-cameo.tsv`: `type, mode, plover_mode, cameo, note` — one row per Letopis type and
///   mode (`-` for none).
///
/// Loading fails, naming the file and line, when a code is malformed or unknown, a Goldstein
/// value is outside −10 … +10, a type or PLOVER mode is not PLOVER's, or a pair is listed twice.
/// - Complexity: O(rows) to load; O(1) per lookup.
public struct CAMEOTable: Sendable {
    public struct Row: Hashable, Sendable {
        public var type: EventType
        /// Letopis's mode; nil for the type without one.
        public var mode: String?
        /// The PLOVER mode it falls under, nil when PLOVER has none for it.
        public var ploverMode: String?
        public var cameo: CAMEOCode
    }

    /// Every code of the codebook, by code.
    public private(set) var codebook: [String: CAMEOCode] = [:]
    /// The mapping rows in file order.
    public private(set) var rows: [Row] = []
    private var byPair: [String: Int] = [:]

    public static let codebookFile = "cameo-codebook.tsv"
    public static let mappingFile = "plover-cameo.tsv"

    /// Parses and checks the two files' contents; `codebookName` and `mappingName` name them in errors.
    public init(codebook codebookText: String, mapping mappingText: String,
                codebookName: String = codebookFile, mappingName: String = mappingFile) throws {
        func bad(_ file: String, _ line: Int, _ message: String) -> LetopisError {
            LetopisError(.modelCorrupt, subject: "\(file):\(line)", message: message,
                         remedy: "fix the table (format in Docs/cameo.md) or reinstall Letopis")
        }
        for (n, line) in Self.dataLines(codebookText) {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 3 else { throw bad(codebookName, n, "expected 3 tab-separated fields, found \(f.count)") }
            let code = f[0]
            guard (2...4).contains(code.utf8.count), code.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
                throw bad(codebookName, n, "'\(code)' is not a CAMEO code of 2 to 4 digits")
            }
            guard let quad = QuadClass(rootCode: String(code.prefix(2))) else {
                throw bad(codebookName, n, "'\(code)' has a root code outside 01–20")
            }
            guard let goldstein = Double(f[1]), (-10...10).contains(goldstein) else {
                throw bad(codebookName, n, "Goldstein value '\(f[1])' is not a number in -10 … 10")
            }
            guard codebook[code] == nil else { throw bad(codebookName, n, "code \(code) is listed twice") }
            codebook[code] = CAMEOCode(code: code, quadClass: quad, goldstein: goldstein, label: f[2])
        }
        for code in codebook.keys where code.utf8.count > 2 && codebook[String(code.prefix(2))] == nil {
            throw bad(codebookName, 0, "code \(code) has no root category \(code.prefix(2))")
        }
        let types = Set(PloverOntology.types + [PloverOntology.statement])
        for (n, line) in Self.dataLines(mappingText) {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 5 else { throw bad(mappingName, n, "expected 5 tab-separated fields, found \(f.count)") }
            let type = EventType(rawValue: f[0])
            guard types.contains(type) else { throw bad(mappingName, n, "'\(f[0])' is not a PLOVER type") }
            let mode = f[1] == "-" ? nil : f[1]
            let ploverMode = f[2] == "-" ? nil : f[2]
            if let ploverMode, PloverOntology.ploverModes[type.rawValue]?.contains(ploverMode) != true {
                throw bad(mappingName, n, "'\(ploverMode)' is not a PLOVER mode of \(f[0])")
            }
            guard let cameo = codebook[f[3]] else { throw bad(mappingName, n, "CAMEO code '\(f[3])' is not in the codebook") }
            let key = Self.key(type, mode)
            guard byPair[key] == nil else { throw bad(mappingName, n, "\(f[0]) / \(f[1]) is listed twice") }
            byPair[key] = rows.count
            rows.append(Row(type: type, mode: mode, ploverMode: ploverMode, cameo: cameo))
        }
    }

    /// The row of a type and mode; a mode the table lacks falls back to the type's row without mode.
    public func row(type: EventType, mode: String?) -> Row? {
        if let i = byPair[Self.key(type, mode)] { return rows[i] }
        if mode != nil, let i = byPair[Self.key(type, nil)] { return rows[i] }
        return nil
    }

    private static func key(_ type: EventType, _ mode: String?) -> String { type.rawValue + "\t" + (mode ?? "-") }

    /// Non-empty lines that are not comments, with their 1-based line numbers.
    private static func dataLines(_ text: String) -> [(Int, Substring)] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { i, raw in
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            return line.isEmpty || line.hasPrefix("#") ? nil : (i + 1, line)
        }
    }

    /// The tables shipped with Letopis (embedded in the binary), parsed and checked once.
    public static let shipped: Result<CAMEOTable, LetopisError> = {
        Result {
            let codebook = try OntologyResource.text(codebookFile)
            let mapping = try OntologyResource.text(mappingFile)
            return try CAMEOTable(codebook: codebook, mapping: mapping)
        }.mapError { $0 as? LetopisError ?? LetopisError(.modelCorrupt, message: "\($0)") }
    }()
}

/// CAMEO codes of Letopis events: the shipped ``CAMEOTable``.
///
/// ```swift
/// CAMEO.code(type: "SANCTION", mode: "expel")?.code   // "166"
/// CAMEO.code("173")?.goldstein                         // -5.0
/// ```
public enum CAMEO {
    /// The shipped table, or the error that stopped it loading (a missing or damaged data file).
    public static func table() throws -> CAMEOTable { try CAMEOTable.shipped.get() }

    /// The CAMEO code of a type and mode (a mode the table lacks: the type's code); nil for an
    /// unknown type or when the table could not be loaded (``table()`` says why).
    public static func code(type: EventType, mode: String?) -> CAMEOCode? {
        (try? table())?.row(type: type, mode: mode)?.cameo
    }

    /// A code of the codebook (`"0841"`), nil when it is not one.
    public static func code(_ code: String) -> CAMEOCode? { (try? table())?.codebook[code] }

    /// The PLOVER mode a Letopis mode falls under, nil when PLOVER has none for it.
    public static func ploverMode(type: EventType, mode: String?) -> String? {
        guard mode != nil else { return nil }
        return (try? table())?.row(type: type, mode: mode).flatMap { $0.mode == mode ? $0.ploverMode : nil }
    }
}
