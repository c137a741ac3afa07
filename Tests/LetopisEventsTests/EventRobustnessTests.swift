import Testing
import LetopisCore
@testable import LetopisEvents

/// Random documents through the event layer: tokens with trigger lemmas and random tags, arcs
/// that point anywhere (cycles, self-loops, past the end), mentions whose entity is any number,
/// time expressions over any tokens, sentences that skip tokens. The layer must never trap.
@Suite("The event layer on documents it was not written for")
struct EventRobustnessTests {
    static let words = ["встретиться", "визит", "в", "с", "на", "со", "стороны", "Москву", "«", "(", "—", "-", "\"", ".", ",",
                        "который", "он", "мы", "суд", "отказаться", "от", "подписать", "указ", "не", "провести", "переговоры",
                        "приговорить", "убийство", "сторона", "обсудить", "заявить", "агентство", "по", "данные", "возраст"]
    static let tags = ["NOUN", "VERB", "PROPN", "ADP", "PRON", "PUNCT", "ADJ", "AUX", "SCONJ", "X", "", "BOGUS"]
    static let features = ["", "Case=Gen", "Case=Acc|Animacy=Anim", "VerbForm=Fin|Number=Sing", "Voice=Pass", "VerbForm=Inf",
                           "Case=Nom|Number=Plur", "Case=Dat", "Case=Ins", "Tense=Fut", "Person=3|Number=Sing", "Case=Bogus"]
    static let relations = ["nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "nmod", "case", "fixed", "conj", "acl",
                            "advcl", "xcomp", "ccomp", "parataxis", "advmod", "amod", "det", "nummod:gov", "root", "punct", "weird"]

    static func randomDocument(_ rng: inout SeededGenerator, tokens n: Int) -> Document {
        var text = ""
        var ranges: [TextRange] = []
        for _ in 0..<n {
            if !text.isEmpty { text += " " }
            let start = text.utf8.count
            text += words.randomElement(using: &rng) ?? "x"
            ranges.append(TextRange(start, text.utf8.count))
        }
        var doc = Document(id: "random", text: text, published: CalendarDate(iso: "2025-01-02").map { PublicationDate($0, source: .header) })
        doc.tokens = ranges.map { Token($0, kind: text.utf8.count > 0 && Bool.random(using: &rng) ? .word : .punctuation) }
        // Sentences that skip tokens, start late and may overlap the end.
        var s = Int.random(in: 0...2, using: &rng)
        while s < n {
            let e = min(n, s + Int.random(in: 1...12, using: &rng))
            if let a = ranges[safe: s], let b = ranges[safe: e - 1] { doc.sentences.append(Sentence(TextRange(a.start, b.end), tokens: s..<e)) }
            s = e + Int.random(in: 0...2, using: &rng)
        }
        doc.lemmas = (0..<n).map { _ in Bool.random(using: &rng) ? (words.randomElement(using: &rng) ?? "") : "" }
        doc.morphTags = (0..<n).map { _ in
            let f = (features.randomElement(using: &rng) ?? "").split(separator: "|").compactMap { kv -> (String, String)? in
                let p = kv.split(separator: "=")
                return p.count == 2 ? (String(p[0]), String(p[1])) : nil
            }
            return MorphTag(pos: tags.randomElement(using: &rng) ?? "X", features: f)
        }
        doc.syntax = (0..<n).map { _ in
            DependencyArc(head: Bool.random(using: &rng) ? Int.random(in: -2...(n + 2), using: &rng) : nil,
                          relation: relations.randomElement(using: &rng) ?? "dep")
        }
        for _ in 0..<(n / 3) {
            let a = Int.random(in: 0..<n, using: &rng), b = min(n - 1, a + Int.random(in: 0...2, using: &rng))
            let type: EntityType = [.person, .location, .organization].randomElement(using: &rng) ?? .person
            doc.mentions.append(Mention(TextRange(ranges[a].start, ranges[b].end), type: type,
                                        normal: Bool.random(using: &rng) ? "Москва" : nil, entity: Int.random(in: -1...5, using: &rng)))
        }
        doc.actors = [Actor(id: 0, type: .person, name: "Лавров", mentions: [0, 99]), Actor(id: 1, type: .location, name: "Россия", country: "RU")]
        for _ in 0..<(n / 8) {
            let a = Int.random(in: 0..<n, using: &rng)
            doc.timexes.append(Timex(ranges[a], type: [.date, .time, .duration].randomElement(using: &rng) ?? .date,
                                     value: ["2025-01-03", "FUTURE_REF", "P1Y", "2024"].randomElement(using: &rng) ?? "", rule: "test"))
        }
        doc.layers.formUnion([.tokens, .sentences, .lemmas, .morph, .syntax, .entities, .actors, .timexes])
        return doc
    }

    @Test("random documents run through event extraction without a trap")
    func randomDocuments() throws {
        var rng = SeededGenerator(seed: 16)
        var events = 0
        for round in 0..<300 {
            var doc = Self.randomDocument(&rng, tokens: 1 + round % 60)
            try EventExtractionStage().process(&doc)
            events += doc.events.count
            for e in doc.events {
                #expect(e.trigger.end <= doc.text.utf8.count)
                #expect(e.rule?.hasPrefix("trigger.") == true || e.rule?.hasPrefix("model.") == true)
            }
        }
        // The generator is rich in triggers: a layer that silently found nothing would fail here.
        #expect(events > 0)
    }

    @Test("a sentence-initial quote, bracket or dash before a name, in the first and in a later sentence",
          arguments: ["«", "\"", "(", "[", "—", "–", "-", "„"])
    func openerBeforeName(_ opener: String) throws {
        for later in [false, true] {
            var rows: [String] = []
            if later { rows += ["Вчера/вчера/ADV//2/advmod", "././PUNCT//2/punct"] }
            let o = rows.count
            rows += ["\(opener)/\(opener)/PUNCT//\(o + 3)/punct", "Лавров/Лавров/PROPN/Case=Nom/\(o + 3)/nsubj",
                     "встретился/встретиться/VERB/VerbForm=Fin/0/root", "с/с/ADP//\(o + 5)/case",
                     "Фиданом/Фидан/PROPN/Case=Ins/\(o + 3)/obl"]
            var doc = parsed(rows, mentions: [("Лавров", .person), ("Фиданом", .person)])
            if later {
                doc.sentences = [Sentence(TextRange(0, 1), tokens: 0..<2), Sentence(TextRange(0, doc.text.utf8.count), tokens: 2..<doc.tokens.count)]
            }
            let d = try resolvedAndCoded(doc)
            let meeting = d.events.first { $0.type == "CONSULT" }
            #expect(meeting != nil, "opener \(opener), later sentence: \(later)")
            #expect(meeting?.participants.count == 2)
            #expect(meeting?.patterns.contains("role.companion.with") == true)
        }
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}
