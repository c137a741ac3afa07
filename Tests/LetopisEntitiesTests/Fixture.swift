import Foundation
import Testing
import LetopisCore
@_exported import LetopisTestSupport

/// Builds a segmented document with hand-given mentions and lemmas, standing in
/// for the NER and dictionary stages so that entity rules are tested alone
/// (the builder is the shared ``DocumentFixture/segmented(_:mentions:lemmas:tags:sourceLocation:)``;
/// verbs and prepositions get the parts of speech of `Fixtures/forms.tsv`).
func fixture(_ text: String, mentions: [(String, EntityType)], lemmas: [String: String] = [:],
             sourceLocation: SourceLocation = #_sourceLocation) -> Document {
    DocumentFixture.segmented(text, mentions: mentions, lemmas: lemmas, tags: FixtureForms.shared.tags, sourceLocation: sourceLocation)
}

/// Lemmas of the Russian forms the fixtures use (`Fixtures/forms.tsv`).
var fixtureLemmas: [String: String] { FixtureForms.shared.lemmas }

/// Gives the tokens written `word` a part of speech and UD features, as the tagger would.
func tag(_ doc: inout Document, _ word: String, _ pos: String, _ features: [(String, String)]) {
    DocumentFixture.tag(&doc, word, pos, features)
}

/// Facts by the text of their person: `[who: (job text, place text)]`.
func factsByWho(_ doc: Document) -> [String: (job: String, place: String?)] {
    Dictionary(doc.facts.map { f in (doc.text(of: f.who.range), (doc.text(of: f.job.range), f.where.map { doc.text(of: $0.range) })) },
               uniquingKeysWith: { a, _ in a })
}

/// `Fixtures/forms.tsv`: form → lemma and form → part of speech. A malformed line is a test failure
/// (``formsTableLoads``), not a silent gap.
struct FixtureForms: Sendable {
    var lemmas: [String: String] = [:]
    var tags: [String: String] = [:]
    var problems: [String] = []

    static let shared = FixtureForms(url: FixtureFile.url("forms.tsv"))

    init(url: URL) {
        guard let content = try? String(contentsOf: url, encoding: .utf8) else {
            problems.append("\(url.path): not readable")
            return
        }
        var header = true
        for (n, line) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty && !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if header { header = false; if f != ["form", "lemma", "pos"] { problems.append("line \(n + 1): header is not form, lemma, pos") }; continue }
            guard f.count == 3 else { problems.append("line \(n + 1): \(f.count) columns, not 3"); continue }
            if f[1] != "-" { lemmas[f[0]] = f[1] }
            if f[2] != "-" { tags[f[0]] = f[2] }
        }
    }
}

@Test("the entity fixtures' forms table loads, every line")
func formsTableLoads() {
    #expect(FixtureForms.shared.problems.isEmpty, "\(FixtureForms.shared.problems)")
    #expect(FixtureForms.shared.lemmas["министром"] == "министр")
    #expect(FixtureForms.shared.tags["заявил"] == "VERB")
}

/// A fixture of `Fixtures/occupations.json` by its key (`testFunction/variable`): text, mentions
/// (`[surface, PER|LOC|ORG]`, found left to right), lemmas by form, and tags (`[form, POS, "Case=Gen|Number=Plur"]`, applied in order).
/// A missing key is a failure of the test that asks.
func entityFixture(_ key: String, sourceLocation: SourceLocation = #_sourceLocation) -> Document {
    guard let spec = EntityFixtures.shared.table[key] else {
        Issue.record("no fixture '\(key)' in Fixtures/occupations.json (\(EntityFixtures.shared.problem ?? "it loads"))",
                     sourceLocation: sourceLocation)
        return Document(id: "missing", text: "")
    }
    var doc = fixture(spec.text, mentions: spec.mentions.map { ($0[0], EntityType(rawValue: $0[1])) }, lemmas: spec.lemmas ?? [:],
                      sourceLocation: sourceLocation)
    for t in spec.tags ?? [] where t.count == 3 {
        tag(&doc, t[0], t[1], DocumentFixture.features(t[2]))
    }
    return doc
}

/// `Fixtures/occupations.json`, decoded once.
struct EntityFixtures: Sendable {
    struct Spec: Decodable, Sendable {
        var text: String
        var mentions: [[String]]
        var lemmas: [String: String]?
        var tags: [[String]]?
        var note: String?
    }
    var table: [String: Spec] = [:]
    var problem: String?

    static let shared: EntityFixtures = {
        var fixtures = EntityFixtures()
        do {
            let data = try Data(contentsOf: FixtureFile.url("occupations.json"))
            fixtures.table = try JSONDecoder().decode([String: Spec].self, from: data)
        } catch {
            fixtures.problem = "\(error)"
        }
        return fixtures
    }()
}

@Test("the occupation fixtures load: every mention is [surface, PER|LOC|ORG], every tag [form, POS, features]")
func occupationFixturesLoad() {
    let fixtures = EntityFixtures.shared
    #expect(fixtures.problem == nil, "\(fixtures.problem ?? "")")
    #expect(fixtures.table.count == 48)
    for (key, spec) in fixtures.table {
        #expect(spec.mentions.allSatisfy { $0.count == 2 && ["PER", "LOC", "ORG"].contains($0[1]) }, "\(key)")
        #expect(spec.mentions.allSatisfy { spec.text.contains($0[0]) }, "\(key): a mention not in the text")
        #expect((spec.tags ?? []).allSatisfy { $0.count == 3 }, "\(key)")
    }
}
