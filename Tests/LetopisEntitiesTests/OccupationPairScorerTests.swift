import Foundation
import Testing
@testable import LetopisEntities
import LetopisCore

/// `Fixtures/occupation-pairs-v1.json`, written by `Training/occupation-pairs/train.sh` with the weights:
/// candidate features with the probabilities Python computed, and whole documents' decodings.
private struct PairFixture: Decodable {
    struct Probability: Decodable {
        var features: [String]
        var p: Double
    }
    struct Decoding: Decodable {
        var document: String
        var scores: [Double]
        var persons: [Int]
        var jobs: [[Int]]
        var gaps: [Int]
        var ruled: [Bool]
        var kept: [Int]
    }
    var weights: String
    var probabilities: [Probability]
    var decodings: [Decoding]
}

@Suite("Occupation pair scorer")
struct OccupationPairScorerTests {
    private func fixture() throws -> PairFixture {
        let data = try Data(contentsOf: FixtureFile.url("occupation-pairs-v1.json"))
        return try JSONDecoder().decode(PairFixture.self, from: data)
    }

    private var embeddedBytes: [UInt8] { PackageResources.occupation_pairs_v1_tsv }

    @Test("the fixture was written with the weights built into the module")
    func fixtureMatchesWeights() throws {
        let firstLine = String(decoding: embeddedBytes.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
        #expect(firstLine.hasSuffix(try fixture().weights), "rerun Training/occupation-pairs/train.sh: weights and fixture disagree")
    }

    @Test("gives every candidate the probability Python gave it")
    func probabilitiesEqualPython() throws {
        let scorer = try OccupationPairScorer.embedded()
        let cases = try fixture().probabilities
        #expect(cases.count >= 20)
        for c in cases {
            let p = scorer.probability(c.features)
            #expect(abs(p - c.p) <= 1e-12, "\(c.features): Swift \(p), Python \(c.p)")
        }
        // Not a constant: the fixture spans both sides of the threshold.
        #expect(cases.contains { $0.p >= scorer.threshold } && cases.contains { $0.p < scorer.threshold })
    }

    @Test("keeps the pairs Python's decoder keeps")
    func decodingEqualsPython() throws {
        let scorer = try OccupationPairScorer.embedded()
        let decodings = try fixture().decodings
        #expect(!decodings.isEmpty)
        for d in decodings {
            let jobs = d.jobs.compactMap { $0.count == 2 && $0[0] <= $0[1] ? $0[0]..<$0[1] : nil }
            #expect(jobs.count == d.jobs.count)
            let kept = scorer.select(scores: d.scores, persons: d.persons, jobs: jobs, gaps: d.gaps, ruled: d.ruled)
            #expect(kept == d.kept, "document \(d.document)")
        }
    }

    @Test("names the file and the command that rebuilds it when the weights are truncated")
    func truncatedWeights() {
        let truncated = Array(embeddedBytes.prefix(embeddedBytes.count - 10))
        #expect(throws: LetopisError.self) { try OccupationPairScorer(bytes: truncated, name: "occupation-pairs-v1.tsv") }
        do {
            _ = try OccupationPairScorer(bytes: truncated, name: "occupation-pairs-v1.tsv")
        } catch {
            #expect(error.code == .modelCorrupt)
            #expect(error.description.contains("occupation-pairs-v1.tsv"))
            #expect(error.description.contains("Training/occupation-pairs/train.sh"))
            #expect(!error.description.contains("\n"))
        }
        #expect(throws: LetopisError.self) { try OccupationPairScorer(bytes: [], name: "x.tsv") }
    }

    @Test("names the missing file and the command that rebuilds it")
    func missingWeights() {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("no-such-dir-\(UUID())/occupation-pairs-v1.tsv")
        do {
            _ = try OccupationPairScorer(contentsOf: url)
            Issue.record("a missing file loaded")
        } catch {
            #expect(error.code == .modelMissing)
            #expect(error.description.contains(url.path))
            #expect(error.description.contains("Training/occupation-pairs/train.sh"))
        }
    }

    @Test("refuses weights of another format version and a damaged weight")
    func otherVersionAndDamage() {
        var text = String(decoding: embeddedBytes, as: UTF8.self)
        let version = text.replacingOccurrences(of: "letopis-occupation-pairs\t1\t", with: "letopis-occupation-pairs\t2\t")
        do {
            _ = try OccupationPairScorer(bytes: Array(version.utf8))
            Issue.record("another version loaded")
        } catch {
            #expect(error.code == .modelProtocol)
        }
        text = text.replacingOccurrences(of: "threshold\t", with: "threshold\t9")
        #expect(throws: LetopisError.self) { try OccupationPairScorer(bytes: Array(text.utf8)) }
    }

    @Test("loads the weights built into the module")
    func embeddedLoads() throws {
        let scorer = try OccupationPairScorer.embedded()
        #expect(scorer.weights.count > 10)
        #expect(scorer.threshold > 0 && scorer.threshold < 1)
        #expect(scorer.crossThreshold >= scorer.threshold)
    }
}
