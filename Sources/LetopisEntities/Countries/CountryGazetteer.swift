import Foundation
import LetopisCore

/// Resolves words and phrases that stand for a state to its ISO 3166 code.
///
/// Names come from Foundation's own localisation (`Locale(identifier: "ru")`
/// knows every region's Russian name); ``CountryAliases`` adds what it lacks.
/// Lookups are on lower-cased text with `ё` folded to `е`.
///
/// ```swift
/// let g = CountryGazetteer.shared
/// g.lookup(surface: "САР")            // (SY, .shortForm)
/// g.lookup(lemma: "сирийский")        // (SY, .adjective)
/// ```
/// - Complexity: O(1) per lookup (hash tables built once).
public struct CountryGazetteer: Sendable {
    public struct Match: Hashable, Sendable {
        public var code: CountryCode
        public var evidence: CountryEvidence
    }

    private var byName: [String: Match] = [:]
    private var byCaseSensitive: [String: Match] = [:]
    private var byLemma: [String: Match] = [:]
    /// Capital of each country Letopis's aliases name, in display form (`Москва`).
    public private(set) var capitals: [CountryCode: String] = [:]
    /// Russian display name of each code (nominative), for canonical actor names.
    public private(set) var names: [CountryCode: String] = [:]

    public static let shared = CountryGazetteer()

    /// Display names for countries whose Foundation name is not the one news uses.
    static var pressNames: [CountryCode: String] { EntityLexicons.shared.countryPressNames }

    public init(locale: Locale = Locale(identifier: "ru")) {
        for region in Locale.Region.isoRegions {
            let code = region.identifier
            guard code.count == 2, code.allSatisfy({ $0.isLetter }),
                  let name = locale.localizedString(forRegionCode: code), !name.contains(" - ") else { continue }
            let c = CountryCode(rawValue: code)
            names[c] = name
            byName[Self.fold(name)] = Match(code: c, evidence: .name)
        }
        for entry in CountryAliases.entries {
            if let first = entry.shortForms.first(where: { $0.count > 3 && $0 != $0.uppercased() }), names[entry.code] == nil {
                names[entry.code] = first
            }
            for form in entry.shortForms {
                let isAbbreviation = form == form.uppercased()
                let match = Match(code: entry.code, evidence: isAbbreviation ? .shortForm : .name)
                if isAbbreviation { byCaseSensitive[form] = match } else { byName[Self.fold(form)] = match }
            }
            for a in entry.adjectives { byLemma[Self.fold(a)] = Match(code: entry.code, evidence: .adjective) }
            for c in entry.capitals { byLemma[Self.fold(c)] = Match(code: entry.code, evidence: .capital) }
            if let capital = entry.capitals.first, !capital.isEmpty {
                capitals[entry.code] = capital.split(separator: "-", omittingEmptySubsequences: false)
                    .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
            }
            for s in entry.seats { byLemma[Self.fold(s)] = Match(code: entry.code, evidence: .seat) }
        }
        // Where Foundation's name is a qualified or formal one, the name the press uses.
        for (code, name) in Self.pressNames {
            names[code] = name
            byName[Self.fold(name)] = Match(code: code, evidence: .name)
        }
        // Names double as lemmas: «Сирия» is both.
        for (k, v) in byName where byLemma[k] == nil { byLemma[k] = v }
    }

    /// A phrase as written or in its nominative form (`Сирия`, `САР`, `Соединенные Штаты Америки`).
    public func lookup(surface: String) -> Match? {
        if let m = byCaseSensitive[surface] { return m }
        return byName[Self.fold(surface)]
    }

    /// A dictionary form (`сирийский`, `москва`, `кремль`, `белый дом`).
    public func lookup(lemma: String) -> Match? {
        byLemma[Self.fold(lemma)]
    }

    /// The capital of a country, when known (`RU` → `Москва`).
    public func capital(of code: CountryCode) -> String? { capitals[code] }

    /// Nominative Russian name of a country.
    public func name(of code: CountryCode) -> String? { names[code] }

    static func fold(_ s: String) -> String { TextFolding.fold(s) }
}
