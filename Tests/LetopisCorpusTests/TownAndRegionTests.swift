import Testing
@testable import LetopisCorpus

/// A town and the first-level region it lies in are one place told at two precisions (Docs/corpus.md, "Places");
/// two towns, or a town and another region, are two places.
@Suite("A town and its region are one place; another town or region is not")
struct TownAndRegionTests {
    let records: [DocumentRecord]
    let resolution: CorpusResolution

    init() throws {
        (records, resolution) = try Fixture.resolved("town-and-region")
    }

    func record(_ id: String) throws -> (record: DocumentRecord, mention: DocumentRecord.EventMention) {
        let r = try #require(records.first { $0.id == id })
        return (r, try #require(r.events.first))
    }

    @Test("an arrest in Курская область and the same arrest in Курск are one event, placed in the town")
    func townWithinRegion() throws {
        let event = try resolution.requireEvent(of: "r1-0")
        #expect(Set(event.mentions.map(\.event)) == ["r1-0", "r2-0"])
        #expect(event.place?.name == "Курск")
        let joined = try #require(event.mentions.first { $0.event == "r2-0" })
        #expect(joined.reason.contains("place Курск within Курская область"), "\(joined.reason)")
    }

    @Test("another region, and another town of the same region, are other places")
    func otherRegionOrTown() throws {
        let arrest = try resolution.requireEvent(of: "r1-0").id
        #expect(try resolution.requireEvent(of: "r3-0").id != arrest)
        #expect(try resolution.requireEvent(of: "r4-0").id != arrest)
        let towns = CorpusResolver().compare(try record("r4"), try record("r2"), actors: resolution.actors)
        #expect(!towns.compatible)
        #expect(towns.reason.contains("different places Льгов and Курск"), "\(towns.reason)")
        let regions = CorpusResolver().compare(try record("r2"), try record("r3"), actors: resolution.actors)
        #expect(!regions.compatible)
        #expect(regions.reason.contains("different places"), "\(regions.reason)")
    }

    @Test("the region may come second: the town's report first gives the same event")
    func orderIndependence() throws {
        let reversed = CorpusResolver().resolve(records.reversed())
        let event = try reversed.requireEvent(of: "r2-0")
        #expect(Set(event.mentions.map(\.event)) == ["r1-0", "r2-0"])
        #expect(event.place?.name == "Курск")
    }
}
