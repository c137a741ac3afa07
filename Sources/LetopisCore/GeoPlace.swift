/// A place resolved to a gazetteer entry (GeoNames), so that it can be put on a map and
/// written into GDELT's and PLOVER's geography fields.
///
/// Filled by the place-resolution stage; nil wherever a place could not be resolved
/// (an unresolved place is left so, never guessed across continents).
public struct GeoPlace: Hashable, Sendable {
    /// GeoNames id; nil for an entry of our own table that GeoNames lacks.
    public var geonameID: Int?
    /// GeoNames' name (Latin script): `Moscow`.
    public var name: String
    /// Russian name: `Москва`.
    public var nameRu: String?
    public var latitude: Double
    public var longitude: Double
    /// ISO 3166-1 alpha-2 code of the country the place lies in (or is).
    public var country: String?
    /// First-level administrative region (GeoNames admin1 code, e.g. `48` for Moscow city).
    public var admin1: String?
    /// GeoNames feature class: `A` country, state, region; `P` city, village; others as GeoNames has them.
    public var featureClass: String
    /// GeoNames feature code: `PCLI` independent state, `ADM1`, `PPLC` capital, `PPL` ...
    public var featureCode: String?
    public var population: Int?

    public init(geonameID: Int?, name: String, nameRu: String? = nil, latitude: Double, longitude: Double,
                country: String?, admin1: String? = nil, featureClass: String, featureCode: String? = nil,
                population: Int? = nil) {
        self.geonameID = geonameID
        self.name = name
        self.nameRu = nameRu
        self.latitude = latitude
        self.longitude = longitude
        self.country = country
        self.admin1 = admin1
        self.featureClass = featureClass
        self.featureCode = featureCode
        self.population = population
    }
}
