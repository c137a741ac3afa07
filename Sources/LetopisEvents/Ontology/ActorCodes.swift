import LetopisCore

/// Country and sector codes for writing actors in the field's formats: ISO 3166-1 alpha-3 and
/// FIPS 10-4 country codes (PLOVER and GDELT), PLOVER sector codes and CAMEO actor types.
///
/// Read from `country-codes.tsv` (GeoNames' country table) and `sector-codes.tsv`, checked as
/// they are read (Docs/cameo.md).
///
/// ```swift
/// let codes = try ActorCodes.table()
/// codes.alpha3("RU")                 // "RUS"
/// codes.fips("DE")                   // "GM"
/// codes.cameoType(sector: "media")   // "MED"
/// ```
/// - Complexity: O(1) per lookup.
public struct ActorCodes: Sendable {
    public struct Country: Hashable, Sendable {
        public var alpha2: String
        public var alpha3: String
        /// FIPS 10-4, as GDELT's geography columns use; nil for the few GeoNames gives none.
        public var fips: String?
        public var name: String
    }
    public struct Sector: Hashable, Sendable {
        /// PLOVER's sector code (`GOV`, `JRN`), nil when PLOVER has none for the Letopis sector.
        public var plover: String?
        /// CAMEO's actor type code (`GOV`, `MED`, `IGO`), nil when CAMEO has none.
        public var cameo: String?
    }

    public private(set) var countries: [String: Country] = [:]
    public private(set) var sectors: [String: Sector] = [:]

    public static let countryFile = "country-codes.tsv"
    public static let sectorFile = "sector-codes.tsv"

    public init(countries countryText: String, sectors sectorText: String) throws {
        func code(_ s: String, _ n: Int) -> Bool { s.utf8.count == n && s.utf8.allSatisfy { (0x41...0x5A).contains($0) } }
        for (n, f) in OntologyResource.rows(countryText) {
            guard f.count == 4 else { throw OntologyResource.corrupt(Self.countryFile, n, "expected 4 tab-separated fields, found \(f.count)") }
            guard code(f[0], 2), code(f[1], 3), f[2] == "-" || code(f[2], 2) else {
                throw OntologyResource.corrupt(Self.countryFile, n, "codes must be 2, 3 and 2 capital letters (FIPS may be '-')")
            }
            guard countries[f[0]] == nil else { throw OntologyResource.corrupt(Self.countryFile, n, "\(f[0]) is listed twice") }
            countries[f[0]] = Country(alpha2: f[0], alpha3: f[1], fips: f[2] == "-" ? nil : f[2], name: f[3])
        }
        for (n, f) in OntologyResource.rows(sectorText) {
            guard f.count == 3 else { throw OntologyResource.corrupt(Self.sectorFile, n, "expected 3 tab-separated fields, found \(f.count)") }
            guard (f[1] == "-" || code(f[1], 3)), (f[2] == "-" || code(f[2], 3)) else {
                throw OntologyResource.corrupt(Self.sectorFile, n, "sector codes must be 3 capital letters or '-'")
            }
            sectors[f[0]] = Sector(plover: f[1] == "-" ? nil : f[1], cameo: f[2] == "-" ? nil : f[2])
        }
    }

    /// ISO 3166-1 alpha-3 of an alpha-2 code (`RU` → `RUS`; Kosovo `XK` → PLOVER's `KOS`).
    public func alpha3(_ alpha2: String?) -> String? { alpha2.flatMap { countries[$0.uppercased()]?.alpha3 } }
    /// FIPS 10-4 of an alpha-2 code (`DE` → `GM`), as GDELT writes countries.
    public func fips(_ alpha2: String?) -> String? { alpha2.flatMap { countries[$0.uppercased()]?.fips } }
    /// English name of an alpha-2 code (`RU` → `Russia`).
    public func englishName(_ alpha2: String?) -> String? { alpha2.flatMap { countries[$0.uppercased()]?.name } }
    public func ploverSector(_ sector: String?) -> String? { sector.flatMap { sectors[$0]?.plover } }
    public func cameoType(sector: String?) -> String? { sector.flatMap { sectors[$0]?.cameo } }

    /// PLOVER's code for an international organisation (`PLOVER_MANUAL.tex`, "Non-state actors"): `UNO` for
    /// the United Nations, `EUR` for the European Union, `IGO` for any other; matched on the normalised name.
    public static func internationalCode(name: String) -> String {
        let folded = name.lowercased().replacingOccurrences(of: "ё", with: "е")
        if folded == "оон" || folded.contains("объединенных наций") || folded.hasPrefix("оон ") { return "UNO" }
        if ["ес", "евросоюз", "еврокомиссия"].contains(folded) || folded.contains("европейский союз")
            || folded.contains("европейская комиссия") { return "EUR" }
        return "IGO"
    }

    public static let shipped: Result<ActorCodes, LetopisError> = {
        Result {
            try ActorCodes(countries: OntologyResource.text(countryFile), sectors: OntologyResource.text(sectorFile))
        }.mapError { $0 as? LetopisError ?? LetopisError(.modelCorrupt, message: "\($0)") }
    }()

    /// No countries and no sectors: every lookup answers nil.
    public static let empty = ActorCodes()
    private init() {}

    /// The shipped tables, or the error that stopped them loading.
    public static func table() throws -> ActorCodes { try shipped.get() }
}
