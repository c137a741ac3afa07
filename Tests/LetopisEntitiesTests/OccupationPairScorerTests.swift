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
        #expect(scorer.newThreshold >= 0.5 && scorer.crossThreshold >= scorer.newThreshold)
    }
}

@Suite("Occupation pair scorer in the occupations stage")
struct OccupationPairStageTests {
    /// `Министр обороны Сергей Шойгу посетил завод.`, parsed as the neural stage would.
    private func parsedDocument() -> Document {
        DocumentFixture.parsed([
            "Министр/министр/NOUN/Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing/5/nsubj",
            "обороны/оборона/NOUN/Animacy=Inan|Case=Gen|Gender=Fem|Number=Sing/1/nmod",
            "Сергей/сергей/PROPN/Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing/1/appos",
            "Шойгу/шойгу/PROPN/Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing/3/flat:name",
            "посетил/посетить/VERB/Aspect=Perf|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act/0/root",
            "завод/завод/NOUN/Animacy=Inan|Case=Acc|Gender=Masc|Number=Sing/5/obj",
            "././PUNCT/_/5/punct",
        ], mentions: [("Сергей Шойгу", .person)])
    }

    @Test("a parsed title before a name becomes a fact with the scorer's probability")
    func scoredFact() throws {
        var doc = parsedDocument()
        try EntityResolutionStage().process(&doc)
        let scorer = try OccupationPairScorer.embedded()
        #expect(doc.facts.count == 1)
        let fact = try #require(doc.facts.first)
        #expect(doc.text(of: fact.who.range) == "Сергей Шойгу")
        #expect(doc.text(of: fact.job.range) == "Министр обороны")
        #expect(fact.rule == "title-before-name")
        let score = try #require(fact.score)
        #expect(score >= scorer.threshold && score <= 1)
    }

    @Test("a traced run writes every candidate pair with its features, as the training reads them")
    func traceLines() throws {
        var doc = parsedDocument()
        doc.startTracing()
        try EntityResolutionStage().process(&doc)
        let pairs = (doc.traceLines ?? []).filter { $0.stage == "occupations" && $0.text.hasPrefix("pair ") }
        #expect(pairs.count == 1)
        let line = try #require(pairs.first?.text)
        #expect(line.hasPrefix("pair person=2-4 job=0-2 gap=0 p="))
        #expect(line.contains(" kept=1 f=bias "))
        #expect(line.contains("rule=title-before-name"))
        #expect(line.contains("path=^appos"))
    }

    @Test("a title is paired with its nearest people only: a sentence of many names and titles stays linear")
    func nearestPeopleOnly() throws {
        // `министр Бабаков министр Вабаков ...`: 100 titles and 100 names in one sentence, every word hanging
        // from the first — 10,000 pairs if every title met every name.
        let letters = Array("бвгдклмнпрстфхцчшщ"), vowels = Array("аеиоуы")
        var rows: [String] = []
        var names: [String] = []
        for n in 0..<100 {
            let name = String([letters[n % letters.count], vowels[(n / letters.count) % vowels.count]]).capitalized + "баков"
            names.append(name)
            rows.append("министр/министр/NOUN/Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing/\(n == 0 ? 0 : 1)/\(n == 0 ? "root" : "conj")")
            rows.append("\(name)/\(name.lowercased())/PROPN/Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing/\(2 * n + 1)/appos")
        }
        #expect(Set(names).count == names.count)
        var doc = DocumentFixture.parsed(rows, mentions: names.map { ($0, .person) })
        #expect(doc.mentions.count == 100)
        doc.startTracing()
        try EntityResolutionStage().process(&doc)
        let pairs = (doc.traceLines ?? []).filter { $0.stage == "occupations" && $0.text.hasPrefix("pair ") }.map(\.text)
        // Each title: its nearest people, plus a pair a rule made with someone further (none here).
        #expect(!pairs.isEmpty && pairs.count <= 100 * OccupationPairs.nearestPersons)
        let first = pairs.filter { $0.contains(" job=0-1 ") }.compactMap { $0.split(separator: " ").first { $0.hasPrefix("person=") } }
        #expect(first == ["person=1-2", "person=3-4", "person=5-6", "person=7-8", "person=9-10", "person=11-12"])
    }

    @Test("without a parse the rules' pairs stand, unscored")
    func unparsedKeepsRules() throws {
        var doc = parsedDocument()
        doc.syntax = []
        doc.layers.remove(.syntax)
        try EntityResolutionStage().process(&doc)
        #expect(doc.facts.count == 1)
        #expect(doc.facts.first?.score == nil)
    }
}
