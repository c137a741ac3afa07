import Testing
@testable import LetopisCorpus

@Suite("One strike told in other words: a participant and the same rare words in common")
struct RareWordsTests {
    let records: [DocumentRecord]
    let resolution: CorpusResolution

    init() throws {
        (records, resolution) = try Fixture.resolved("rare-words")
    }

    @Test("the ministry's and a channel's wording of one ATACMS strike join through ВСУ and the words only they share")
    func sameStrikeOtherWords() throws {
        let event = try #require(resolution.event(of: "r1-0"))
        #expect(Set(event.mentions.map(\.event)) == ["r1-0", "r2-0"])
        let joined = try #require(event.mentions.first { $0.reasonCode == "joined" })
        #expect(joined.reason.contains("the same rare words"), "\(joined.reason)")
        #expect(joined.reason.contains("atacms"), "\(joined.reason)")
    }

    @Test("other strikes by the same army that day, sharing only its common words, stay apart")
    func otherStrikesStayApart() throws {
        let atacms = try #require(resolution.event(of: "r1-0"))
        let voronezh = try #require(resolution.event(of: "r3-0")), kursk = try #require(resolution.event(of: "r4-0"))
        #expect(Set([atacms.id, voronezh.id, kursk.id]).count == 3)
    }

    @Test("rarity weighs words: a word every report has counts for nothing, one of two reports for much")
    func weights() {
        let idf = SentenceSimilarity.inverseFrequencies([["удар", "atacms"], ["удар", "atacms"], ["удар", "дроны"], ["удар", "курск"]])
        #expect(idf["удар"] == 0)
        #expect((idf["atacms"] ?? 0) > 0 && (idf["курск"] ?? 0) > (idf["atacms"] ?? 0))
        let a: Set = ["удар", "atacms", "брянской", "объекту", "ночью", "шестью"]
        let b: Set = ["удар", "atacms", "брянской", "объекту", "сегодня", "баллистическими"]
        let even = Dictionary(uniqueKeysWithValues: a.union(b).map { ($0, 1.0) })
        #expect(abs(SentenceSimilarity.weightedSimilarity(a, b, idf: even) - SentenceSimilarity.similarity(a, b)) < 1e-9)
    }

    @Test("the same records in any order give the same events")
    func orderIndependence() {
        var generator = SplitMix(seed: 3)
        for _ in 0..<4 {
            #expect(CorpusResolver().resolve(records.shuffled(using: &generator)).events == resolution.events)
        }
    }
}
