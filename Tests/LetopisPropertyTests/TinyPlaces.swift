import Foundation
import LetopisCore
@testable import LetopisGeo

/// A gazetteer of a few places, compiled in memory, so that the places layer runs without the
/// installed one.
enum TinyPlaces {
    static let records: [GazetteerRecord] = [
        record(524901, "Moscow", "Москва", "RU", "EU", 12_000_000, "PPLC"),
        record(323786, "Ankara", "Анкара", "TR", "AS", 3_500_000, "PPLC"),
        record(709717, "Donetsk", "Донецк", "UA", "EU", 900_000, nil),
        record(565348, "Donetsk", "Донецк", "RU", "EU", 50_000, nil),
        record(1816670, "Beijing", "Пекин", "CN", "AS", 18_000_000, "PPLC"),
        record(703448, "Kyiv", "Киев", "UA", "EU", 2_800_000, "PPLC"),
    ]

    static func record(_ id: Int, _ name: String, _ ru: String, _ country: String, _ continent: String,
                       _ population: Int, _ code: String?) -> GazetteerRecord {
        GazetteerRecord(place: GeoPlace(geonameID: id, name: name, nameRu: ru, latitude: 0, longitude: 0, country: country,
                                        featureClass: "P", featureCode: code, population: population),
                        continent: continent, weight: population)
    }

    static var file: GazetteerFile {
        get throws {
            let names = records.enumerated().map { (name: $0.element.place.nameRu ?? "", record: $0.offset) }
            return try GazetteerFile(data: GazetteerFile.compile(records, names: names))
        }
    }
}
