import Foundation
import LetopisCore

/// Our own gazetteer table (`Data/places-ru.tsv`, compiled into the module): what GeoNames and ISO 3166 lack
/// for Russian news — short forms (США, КНР), press and former names (Киев, Київ), Russian and Ukrainian
/// regions, areas without a GeoNames entry of their own (Донбасс).
///
/// One row per line, tab-separated: `kind`, `names` (Russian, `|`-separated, the first the display form),
/// `name` (Latin), `country` (ISO alpha-2), `anchor`, `feature_code`. Kinds:
/// - `alias`: the names are further names of an existing entry; `anchor` is `country` (the country itself)
///   or a GeoNames id.
/// - `region`: a first-level region; `anchor` is the Russian name of its centre, a city of that country,
///   whose GeoNames admin1 code and coordinates the region takes.
/// - `place`: an entry of its own; `anchor` is `latitude,longitude`.
public struct PlaceTable: Sendable {
    public enum Kind: String, Sendable { case alias, region, place }

    public struct Row: Sendable, Hashable {
        public var kind: Kind
        public var names: [String]
        public var name: String
        public var country: String
        public var anchor: String
        public var featureCode: String
        public var line: Int
    }

    public var rows: [Row]

    /// The table shipped with Letopis, as compiled into the module.
    public static var bundledBytes: [UInt8] { PackageResources.places_ru_tsv }

    /// The table shipped with Letopis.
    public static func bundled() throws -> PlaceTable {
        try PlaceTable(tsv: bundledBytes, source: "places-ru.tsv")
    }

    /// Parses and checks a table; the first bad line is reported with its number.
    public init(tsv bytes: [UInt8], source: String) throws {
        let text = String(decoding: bytes, as: UTF8.self)
        var rows: [Row] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            func bad(_ why: String) -> LetopisError {
                LetopisError(.modelCorrupt, subject: "\(source):\(i + 1)", message: why,
                             remedy: "fix the row: kind, names, name, country, anchor, feature_code separated by tabs")
            }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard f.count == 6 else { throw bad("\(f.count) columns, expected 6") }
            guard let kind = Kind(rawValue: f[0]) else { throw bad("unknown kind '\(f[0])' (alias, region or place)") }
            let names = f[1].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !names.isEmpty else { throw bad("no names") }
            guard f[3].count == 2, f[3].allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                throw bad("country '\(f[3])' is not an ISO 3166-1 alpha-2 code")
            }
            switch kind {
            case .alias:
                guard f[4] == "country" || Int(f[4]) != nil else { throw bad("alias anchor must be 'country' or a GeoNames id") }
            case .region:
                guard !f[4].isEmpty, !f[2].isEmpty else { throw bad("a region needs a Latin name and its centre city") }
            case .place:
                let c = f[4].split(separator: ",").compactMap { Double($0) }
                guard c.count == 2, abs(c[0]) <= 90, abs(c[1]) <= 180, !f[2].isEmpty else {
                    throw bad("a place needs a Latin name and 'latitude,longitude'")
                }
            }
            rows.append(Row(kind: kind, names: names, name: f[2], country: f[3], anchor: f[4],
                            featureCode: f[5], line: i + 1))
        }
        self.rows = rows
    }
}
