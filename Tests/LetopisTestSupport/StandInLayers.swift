import LetopisCore

/// A small seeded generator (SplitMix64), so that a property test that fails fails again with the
/// same seed: the seed is in the test's name or message.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Layers the models would add — lemmas, UD morphology, a dependency tree per sentence, PER/LOC/ORG
/// mentions — made up at random over a segmented document, so that the rule layers run on shapes the
/// real models rarely give (a root in the middle, a name after a quote, a genitive verb) without models.
public enum StandInLayers {
    static let parts = ["NOUN", "PROPN", "VERB", "ADJ", "ADP", "CCONJ", "PRON", "DET", "ADV", "NUM", "PUNCT", "AUX", "PART", "X"]
    static let features: [(String, [String])] = [
        ("Case", ["Nom", "Gen", "Dat", "Acc", "Ins", "Loc"]), ("Number", ["Sing", "Plur"]),
        ("Gender", ["Masc", "Fem", "Neut"]), ("Animacy", ["Anim", "Inan"]),
        ("VerbForm", ["Fin", "Inf", "Part", "Conv"]), ("Tense", ["Past", "Pres", "Fut"]), ("Voice", ["Act", "Pass"]),
    ]
    static let relations = ["root", "nsubj", "obj", "iobj", "obl", "nmod", "amod", "appos", "flat:name", "conj", "cc",
                            "case", "punct", "advmod", "xcomp", "ccomp", "parataxis", "det", "nummod", "acl", "acl:relcl", "dep"]
    static let types: [EntityType] = [.person, .location, .organization]

    /// Fills lemmas, morphology, syntax and mentions of a segmented document at random, and marks
    /// those layers present. Every head is a token of the same sentence, one root a sentence; mentions
    /// are runs of one to three tokens inside a sentence, in order, not overlapping.
    public static func add(to doc: inout Document, using rng: inout SeededGenerator) {
        let count = doc.tokens.count
        doc.lemmas = doc.tokens.map { t in
            let s = doc.text(of: t.range).lowercased()
            return Bool.random(using: &rng) ? s : String(s.prefix(Int.random(in: 0...max(0, s.count), using: &rng)))
        }
        doc.morphTags = (0..<count).map { _ in
            let pos = parts.randomElement(using: &rng) ?? "X"
            let feats = features.filter { _ in Int.random(in: 0..<3, using: &rng) == 0 }.map { name, values in
                (name, values.randomElement(using: &rng) ?? values[0])
            }
            return MorphTag(pos: pos, features: feats)
        }
        doc.syntax = Array(repeating: DependencyArc(head: nil, relation: "root"), count: count)
        doc.mentions = []
        for sentence in doc.sentences {
            let tokens = Array(sentence.tokens.clamped(to: 0..<count))
            guard let root = tokens.randomElement(using: &rng) else { continue }
            for t in tokens where t != root {
                let head = tokens.randomElement(using: &rng) ?? root
                doc.syntax[t] = DependencyArc(head: head == t ? root : head, relation: relations.randomElement(using: &rng) ?? "dep")
            }
            var t = tokens.first ?? 0
            while t < (tokens.last ?? -1) + 1 {
                let length = Int.random(in: 1...3, using: &rng)
                if Int.random(in: 0..<4, using: &rng) == 0, t + length <= sentence.tokens.upperBound, t + length <= count {
                    let range = TextRange(doc.tokens[t].range.start, doc.tokens[t + length - 1].range.end)
                    doc.mentions.append(Mention(range, type: types.randomElement(using: &rng) ?? .person))
                    t += length
                } else {
                    t += 1
                }
            }
        }
        doc.layers.formUnion([.lemmas, .morph, .syntax, .entities])
    }
}
