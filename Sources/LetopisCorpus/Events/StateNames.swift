import Foundation

/// Whether a place actor is a state (`Россия`, `США`) rather than a place in one (`Харьков`): a state and
/// its officials are one participant, a city and the officials of its country are not.
///
/// A place is a state when its gazetteer entry is a country (`PCL…`), or its name is its country's name as
/// Foundation gives it in Russian or as the press writes it — the same names the entity stage gives country
/// actors (`CountryGazetteer.pressNames` in LetopisEntities, which the corpus does not import).
enum StateNames {
    /// Names the press uses where Foundation's is a formal one.
    static let pressNames: [String: [String]] = [
        "CN": ["Китай"], "US": ["США", "Соединенные Штаты"], "KR": ["Южная Корея"], "CD": ["ДР Конго"],
        "CG": ["Республика Конго"], "PS": ["Палестина"], "MM": ["Мьянма"], "GB": ["Великобритания", "Британия"],
        "RU": ["РФ", "Российская Федерация"], "AE": ["Объединенные Арабские Эмираты"], "KP": ["Северная Корея"],
    ]

    /// Normalised state names by country code.
    static let names: [String: Set<String>] = {
        let locale = Locale(identifier: "ru")
        var out: [String: Set<String>] = [:]
        for region in Locale.Region.isoRegions {
            let code = region.identifier
            guard code.count == 2, let name = locale.localizedString(forRegionCode: code) else { continue }
            out[code, default: []].insert(NameKey.normalise(name))
        }
        for (code, names) in pressNames { for n in names { out[code, default: []].insert(NameKey.normalise(n)) } }
        return out
    }()

    static func isState(name: String, country: String?, geo: DocumentRecord.Geo?) -> Bool {
        if let code = geo?.featureCode { return code.hasPrefix("PCL") }
        guard let country else { return false }
        return names[country]?.contains(NameKey.normalise(name)) ?? false
    }
}
