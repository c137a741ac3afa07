/// The units for words with hyphens: particles (`смотри-ка`), `по-` adverbs, and
/// hyphenated compounds (`интернет-магазин`, `человек-гора`).
extension MorphAnalyzer {
    /// pymorphy3's `PARTICLES_AFTER_HYPHEN`, in its order.
    static let particlesAfterHyphen = ["-то", "-ка", "-таки", "-де", "-тко", "-тка", "-с", "-ста"]

    /// HyphenSeparatedParticleAnalyzer: the first particle the word ends with is set aside,
    /// the rest analysed (score × 0.9).
    func particleParses(_ lower: String, depth: Int, seen: inout Set<SeenKey>, into result: inout [MorphParse]) {
        guard lower.utf8.contains(UInt8(ascii: "-")) else { return }
        for particle in MorphAnalyzer.particlesAfterHyphen where UTF8Text.hasSuffix(lower, particle) {
            let rest = UTF8Text.slice(lower, dropFirst: 0, dropLast: UTF8Text.count(particle))
            if rest.isEmpty { continue }
            for p in parse(rest, depth: depth + 1) {
                MorphAnalyzer.addIfNotSeen(p.with(word: p.word + particle, normalForm: p.normalForm + particle,
                                                  score: p.score * 0.9, methods: p.methods + [.particle(particle)]),
                                           &result, &seen)
            }
            break
        }
    }

    /// HyphenAdverbAnalyzer: `по-` + something with an `ADJF,sing,datv` analysis is an adverb (score 0.7).
    func hyphenAdverbParses(_ word: String, _ lower: String, depth: Int) -> [MorphParse] {
        guard UTF8Text.count(lower) >= 5, UTF8Text.hasPrefix(lower, "по-") else { return [] }
        let rest = UTF8Text.suffix(from: 3, of: lower)
        let wanted: Grammemes = [.ADJF, .sing, .datv]
        guard parse(rest, depth: depth + 1).contains(where: { $0.tag.contains(wanted) }) else { return [] }
        return [make(lower, dictionary.tags.adverb, lower, 0.7, [.hyphenAdverb(word)])]
    }

    /// Grammemes two hyphenated parts must share to be inflected together.
    static let featureGrammemes: Grammemes = Grammemes.partsOfSpeech.union(.numbers).union(.cases).union(.persons).union(.tenses)

    static func replacing(_ g: Grammemes, _ pairs: [(Grammeme, Grammeme)]) -> Grammemes {
        var g = g
        for (from, to) in pairs where g.contains(from) {
            g.remove(from)
            g.insert(to)
        }
        return g
    }

    static func similarityFeatures(_ tag: OpencorporaTag) -> Grammemes {
        replacing(tag.grammemes.intersection(featureGrammemes), [(.gen1, .gent), (.loc1, .loct)])
    }

    /// HyphenatedWordsAnalyzer: exactly one inner hyphen and no known prefix. Both parts
    /// inflected together where their features agree, then the left part as a fixed prefix
    /// (score × 0.75 each).
    func hyphenatedParses(_ lower: String, depth: Int) -> [MorphParse] {
        let bytes = Array(lower.utf8)
        let hyphen = UInt8(ascii: "-")
        guard let at = bytes.firstIndex(of: hyphen), bytes.first != hyphen, bytes.last != hyphen,
              bytes.lazy.filter({ $0 == hyphen }).count == 1,
              MorphAnalyzer.knownPrefixes(of: lower).isEmpty else { return [] }
        let left = String(decoding: bytes[..<at], as: UTF8.self)
        let right = String(decoding: bytes[(at + 1)...], as: UTF8.self)
        let leftParses = parse(left, depth: depth + 1)
        let rightParses = parse(right, depth: depth + 1)
        var result: [MorphParse] = []

        let rightFeatures = rightParses.map { MorphAnalyzer.similarityFeatures($0.tag) }
        for l in leftParses where !l.tag.isUnknown {
            let lf = MorphAnalyzer.similarityFeatures(l.tag)
            for (k, r) in rightParses.enumerated() where rightFeatures[k] == lf {
                result.append(MorphParse(word: l.word + "-" + r.word, tagID: l.tagID, tag: l.tag,
                                         normalForm: l.normalForm + "-" + r.normalForm, score: l.score * 0.75,
                                         methods: [.hyphenBoth(left: l.methods, right: r.methods)]))
            }
        }
        for r in rightParses where !r.tag.isUnknown {
            result.append(r.with(word: left + "-" + r.word, normalForm: left + "-" + r.normalForm, score: r.score * 0.75,
                                 methods: [.hyphenFixedLeft(left: left, right: r.methods)]))
        }
        return result
    }
}
