import Foundation
import LetopisCore
import Testing
@testable import LetopisGeo

/// A tiny gazetteer built in the test: names chosen for the ambiguities the resolver must settle.
enum TinyGazetteer {
    static func record(_ id: Int?, _ name: String, _ ru: String, _ country: String, _ continent: String,
                       population: Int, code: String? = nil, lat: Double = 0, lon: Double = 0) -> GazetteerRecord {
        let cls = code?.hasPrefix("PCL") == true || code == "ADM1" ? "A" : "P"
        return GazetteerRecord(place: GeoPlace(geonameID: id, name: name, nameRu: ru, latitude: lat, longitude: lon,
                                               country: country, featureClass: cls, featureCode: code, population: population),
                               continent: continent, weight: population)
    }

    static let records: [GazetteerRecord] = [
        record(709717, "Donetsk", "Донецк", "UA", "EU", population: 901_645),
        record(565348, "Donetsk", "Донецк", "RU", "EU", population: 50_850),
        record(1816670, "Beijing", "Пекин", "CN", "AS", population: 18_960_744, code: "PPLC"),
        record(4905599, "Pekin", "Пекин", "US", "NA", population: 33_223),
        record(2988507, "Paris", "Париж", "FR", "EU", population: 2_138_551, code: "PPLC"),
        record(4717560, "Paris", "Париж", "US", "NA", population: 24_171),
        record(1, "Troy", "Троя", "US", "NA", population: 20_000),
        record(2, "Truva", "Троя", "TR", "AS", population: 15_000),
        record(3, "Capitalville", "Столица", "AA", "EU", population: 100_000, code: "PPLC"),
        record(4, "Bigtown", "Столица", "BB", "EU", population: 150_000),
        record(5, "Georgia", "Грузия", "GE", "AS", population: 3_700_000, code: "PCLI"),
        record(6, "Gruziya", "Грузия", "RU", "EU", population: 2_000),
        record(7, "Novotown", "Новоград", "RU", "EU", population: 30_000),
        record(8, "Novotown", "Новоград", "UA", "EU", population: 40_000),
        GazetteerRecord(place: GeoPlace(geonameID: nil, name: "Altai Republic", nameRu: "Алтай", latitude: 51, longitude: 86,
                                        country: "RU", featureClass: "A", featureCode: "ADM1"),
                        continent: "EU", weight: 20_000, preferred: true),
        record(10, "Altay", "Алтай", "CN", "AS", population: 190_000),
    ]

    static var file: GazetteerFile {
        get throws {
            let names = records.enumerated().map { (name: $0.element.place.nameRu ?? "", record: $0.offset) }
            return try GazetteerFile(data: GazetteerFile.compile(records, names: names))
        }
    }
}

@Suite("Place resolver: ambiguity rules on a tiny gazetteer")
struct PlaceResolverTests {
    let resolver: PlaceResolver
    init() throws { resolver = PlaceResolver(gazetteer: try TinyGazetteer.file) }

    func resolve(_ name: String, countries: [String] = [], dateline: String? = nil) -> GeoPlace? {
        var c = PlaceResolver.Context(datelineCountry: dateline)
        for x in countries { c.countries[x, default: 0] += 1 }
        return resolver.resolve([name], in: c)?.place
    }

    @Test("the much larger city wins without context: Донецк is Donetsk, Ukraine")
    func population() {
        #expect(resolve("Донецк")?.geonameID == 709717)
        #expect(resolve("донецк")?.country == "UA", "names compare case-insensitively")
    }

    @Test("the document's countries break a near tie: Новоград in a Russian or a Ukrainian report")
    func documentCountries() {
        #expect(resolve("Новоград", countries: ["RU"])?.country == "RU")
        #expect(resolve("Новоград", countries: ["UA"])?.country == "UA")
        #expect(resolve("Новоград")?.country == "UA", "without context the larger one")
    }

    @Test("the dateline's country counts on top of the document's")
    func dateline() {
        #expect(resolve("Новоград", countries: ["RU", "UA"], dateline: "RU")?.country == "RU")
    }

    @Test("a capital beats a somewhat larger city of the same name")
    func capital() {
        #expect(resolve("Столица")?.geonameID == 3)
    }

    @Test("Пекин and Париж stay in China and France even when the document speaks of the US")
    func farLargerCapital() {
        #expect(resolve("Пекин", countries: ["US"])?.country == "CN")
        #expect(resolve("Париж", countries: ["US"])?.country == "FR")
    }

    @Test("a near tie across continents is left unresolved, unless the document names one of the countries")
    func acrossContinents() {
        #expect(resolve("Троя") == nil)
        #expect(resolve("Троя", countries: ["TR"])?.country == "TR")
        #expect(resolve("Троя", countries: ["US"])?.country == "US")
    }

    @Test("a country's name is the country, not a village of that name")
    func countryFirst() {
        #expect(resolve("Грузия", countries: ["RU"])?.featureCode == "PCLI")
    }

    @Test("a name our own table gives is read as the table says, before a larger GeoNames homonym")
    func ownTableFirst() {
        #expect(resolve("Алтай")?.name == "Altai Republic")
        #expect(resolve("Алтай", countries: ["CN"])?.name == "Altai Republic")
    }

    @Test("a name not in the gazetteer stays unresolved")
    func unknown() {
        #expect(resolve("Атлантида") == nil)
        #expect(resolver.resolve(["Атлантида", "Донецк"], in: .init())?.place.geonameID == 709717, "later names are tried in turn")
    }
}

@Suite("Compiled gazetteer file: lookups and damaged files")
struct GazetteerFileTests {
    @Test("every record is found under its name and read back whole")
    func roundTrip() throws {
        let file = try TinyGazetteer.file
        #expect(file.recordCount == TinyGazetteer.records.count)
        let found = file.lookup("ПАРИЖ")
        #expect(Set(found.map(\.place.country)) == ["FR", "US"])
        #expect(found.first { $0.place.country == "FR" } == TinyGazetteer.records[4])
        #expect(file.lookup("Пари").isEmpty && file.lookup("Парижск").isEmpty, "only whole names match")
    }

    @Test("a missing file names the file and the install command")
    func missing() {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-gazetteer-\(UUID()).bin")
        #expect(throws: LetopisError.self) { try GazetteerFile(url: url) }
        do { _ = try GazetteerFile(url: url) } catch let e as LetopisError {
            #expect(e.code == .modelMissing)
            #expect(e.description.contains(url.path) && e.description.contains("letopis models install"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test("a truncated file is refused with its size and the install command")
    func truncated() throws {
        let whole = GazetteerFile.compile(TinyGazetteer.records, names: [("Донецк", 0)])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("truncated-\(UUID()).bin")
        try whole.prefix(whole.count - 10).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        do { _ = try GazetteerFile(url: url); Issue.record("a truncated gazetteer was accepted") } catch let e as LetopisError {
            #expect(e.code == .modelCorrupt)
            #expect(e.description.contains(url.path) && e.description.contains("truncated") && e.description.contains("letopis models install"))
            #expect(!e.description.contains("\n"))
        }
    }

    @Test("a file that is not a gazetteer is refused")
    func notAGazetteer() {
        #expect(throws: LetopisError.self) { try GazetteerFile(data: Data("hello, this is not a gazetteer file".utf8)) }
    }
}

@Suite("Places table loader")
struct PlaceTableTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func load(_ name: String) throws -> PlaceTable {
        try PlaceTable(tsv: Array(try Data(contentsOf: Self.fixtures.appendingPathComponent(name))), source: name)
    }

    @Test("a good table: comments and blank lines skipped, names split")
    func good() throws {
        let t = try load("good.tsv")
        #expect(t.rows.map(\.kind) == [.alias, .place, .region])
        #expect(t.rows[0].names == ["США", "Штаты"])
        #expect(t.rows[2].line == 5)
    }

    @Test("bad rows are reported with file, line and what is wrong", arguments: [
        ("five-columns.tsv", "five-columns.tsv:2", "5 columns"),
        ("unknown-kind.tsv", "unknown-kind.tsv:2", "unknown kind"),
        ("bad-country.tsv", "bad-country.tsv:1", "alpha-2"),
        ("bad-coordinates.tsv", "bad-coordinates.tsv:1", "latitude,longitude"),
    ])
    func bad(file: String, subject: String, message: String) {
        do { _ = try load(file); Issue.record("\(file) was accepted") } catch let e as LetopisError {
            #expect(e.subject == subject)
            #expect(e.message.contains(message))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test("the shipped table loads and every row has names")
    func shipped() throws {
        let t = try PlaceTable.bundled()
        #expect(t.rows.count > 150)
        #expect(t.rows.contains { $0.names.contains("ДНР") && $0.kind == .region && $0.country == "UA" })
    }
}
