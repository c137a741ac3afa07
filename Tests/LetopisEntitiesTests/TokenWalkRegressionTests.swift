import Testing
@testable import LetopisEntities
import LetopisCore

/// Walks over tokens that step past the document's or the sentence's edge. The first two broke the
/// whole batch of a real Telegram stream (an index out of range in `titlesBefore`, via the old `DocumentView.text`; the rules now walk through Core's `TokenView`).
@Suite("Token walks at the edges")
struct TokenWalkRegressionTests {
    let stage = EntityResolutionStage()

    @Test("a document opening with a quote right before a name does not trap")
    func quoteOpensDocumentBeforeName() throws {
        var doc = fixture("«Мистер Трамп, прикажите сложить оружие», — заявил он.", mentions: [("Трамп", .person)])
        try stage.process(&doc)
        #expect(doc.mentions.map { doc.text(of: $0.range) }.contains("Трамп"))
    }

    @Test("a document that is a quote and a name only does not trap")
    func quoteAndNameOnly() throws {
        var doc = fixture("«Трамп", mentions: [("Трамп", .person)])
        try stage.process(&doc)
        #expect(doc.mentions.count == 1)
    }

    @Test("a quote opening a later sentence is not matched with a quote of the sentence before")
    func quoteOpensLaterSentence() throws {
        var doc = fixture("Глава «Газпрома» выступил. «Иван Петров пришёл», — сообщил он.",
                          mentions: [("Иван Петров", .person)], lemmas: ["Глава": "глава"])
        try stage.process(&doc)
        // The title of the sentence before must not reach across the sentence boundary to the name.
        #expect(factsByWho(doc)["Иван Петров"] == nil)
    }

    @Test("the stage parts run alone in order give what the group gives")
    func partsEqualGroup() throws {
        let text = "Глава МИД Сирии Асаад аш-Шибани и министр обороны САР Мурхеф Абу Касра встретились в Москве с президентом России Владимиром Путиным."
        let mentions: [(String, EntityType)] = [("МИД Сирии", .organization), ("Асаад аш-Шибани", .person), ("Мурхеф Абу Касра", .person),
                                                ("Москве", .location), ("России", .location), ("Владимиром Путиным", .person)]
        var whole = fixture(text, mentions: mentions, lemmas: fixtureLemmas)
        var parts = whole
        try stage.process(&whole)
        for part in stage.parts { try part.process(&parts) }
        #expect(whole.facts == parts.facts && whole.actors == parts.actors && whole.mentions == parts.mentions)
        #expect(!whole.facts.isEmpty && whole.facts.allSatisfy { $0.rule != nil })
        // Each part declares what it reads and adds; the group declares their union.
        let produced = stage.parts.reduce(into: Set<Layer>()) { $0.formUnion($1.produces) }
        #expect(produced == stage.produces)
        #expect(stage.parts.allSatisfy { $0.uses.contains(.lemmas) && $0.uses.contains(.morph) })
    }
}

/// Property tests: documents of random tokens, and every sentence-initial quote, bracket and dash before
/// a name, run through the entity stages with no trap (a trap would end the test process).
@Suite("Entity stages on arbitrary input")
struct EntityPropertyTests {
    let stage = EntityResolutionStage()

    /// A small deterministic generator (SplitMix64), so a failure is reproducible from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = ["«", "»", "\"", "(", ")", "—", "–", "-", ",", ".", ":", "министр", "Глава", "глава", "и", "в", "России",
                         "Иван", "Петров", "президент", "назначил", "стал", "МИД", "пост", "(ФБК)", "дочь", "его", "!", "?", "\n"]

    @Test("documents of random tokens with random mentions, tags and lemmas do not trap", arguments: 0..<40)
    func randomTokens(seed: Int) throws {
        var rng = SplitMix(state: UInt64(seed) &* 7919)
        let count = Int.random(in: 1...40, using: &rng)
        let text = (0..<count).map { _ in Self.pieces.randomElement(using: &rng) ?? "" }.joined(separator: " ")
        var doc = fixture(text, mentions: [], lemmas: fixtureLemmas)
        let n = doc.tokens.count
        let cases = ["Nom", "Gen", "Dat", "Acc", "Ins", "Loc", "bogus"]
        let parts = ["NOUN", "PROPN", "ADJ", "VERB", "ADP", "PUNCT", "CCONJ", "X"]
        for i in 0..<n where Bool.random(using: &rng) {
            doc.morphTags[i] = MorphTag(pos: parts.randomElement(using: &rng) ?? "X",
                                        features: [("Case", cases.randomElement(using: &rng) ?? "Nom"), ("Number", Bool.random(using: &rng) ? "Plur" : "Sing")])
        }
        // Mentions over random token runs, some overlapping, some covering punctuation only.
        for _ in 0..<Int.random(in: 0...5, using: &rng) where n > 0 {
            let a = Int.random(in: 0..<n, using: &rng), b = min(n - 1, a + Int.random(in: 0...3, using: &rng))
            let type: EntityType = [.person, .organization, .location].randomElement(using: &rng) ?? .person
            doc.mentions.append(Mention(TextRange(doc.tokens[a].range.start, doc.tokens[b].range.end), type: type))
        }
        // Sometimes no sentence covers the last tokens, or the lemma layer is short.
        if Bool.random(using: &rng), var last = doc.sentences.last, last.tokens.count > 1 {
            last.tokens = last.tokens.lowerBound..<(last.tokens.upperBound - 1)
            doc.sentences[doc.sentences.count - 1] = last
        }
        try stage.process(&doc)
        #expect(doc.mentions.allSatisfy { $0.range.end <= doc.utf8.count })
        #expect(doc.facts.allSatisfy { $0.who.range.end <= doc.utf8.count && $0.job.range.end <= doc.utf8.count })
    }

    static let openers = ["«", "\"", "„", "“", "(", "[", "—", "–", "-", "»", ")", "”"]

    @Test("every sentence-initial quote, bracket and dash before a name, at the document's start and later", arguments: openers)
    func openerBeforeName(opener: String) throws {
        for text in ["\(opener)Иван Петров, министр обороны России, заявил.",
                     "Глава МИД выступил. \(opener)Иван Петров пришёл.",
                     "\(opener)Иван Петров",
                     "министр \(opener)Иван Петров",
                     "\(opener) \(opener)Иван Петров) министр"] {
            var doc = fixture(text, mentions: [("Иван Петров", .person)], lemmas: fixtureLemmas)
            try stage.process(&doc)
            #expect(doc.mentions.contains { doc.text(of: $0.range).hasSuffix("Иван Петров") }, "\(text)")
        }
    }
}
