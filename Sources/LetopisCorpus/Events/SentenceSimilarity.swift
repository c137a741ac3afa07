import Foundation

/// Near-identical sentences: the repost signal of a news stream.
///
/// Channels repeat one another's wording (`Минсельхоз РФ на 2025 год полностью запретил вылов воблы…`). Two
/// reports of one type whose sentences share most of their words report one happening even where extraction
/// found no participant that identifies it. Words are lower-cased letter-or-digit runs of three or more
/// characters; similarity is Jaccard's over their sets.
enum SentenceSimilarity {
    /// Least Jaccard similarity for two sentences to count as the same wording.
    static let threshold = 0.7
    /// Least similarity that counts as evidence when the reports also share a participant (an army, a state)
    /// that alone would not identify the happening.
    static let thresholdWithParticipant = 0.5
    /// Least rare-word similarity (``weightedSimilarity(_:_:idf:)``) that counts as evidence when the reports also
    /// share a participant: on the train days every pair of one publication day above it was one happening (an
    /// ATACMS strike told by the ministry, a channel and a newspaper in their own words), and the most alike pair
    /// of two happenings scored 0.20.
    static let weightedThresholdWithParticipant = 0.25
    /// Least rare-word similarity for a report that shares nothing identifying with an event (no participant on one
    /// side, or only a state or an army) to fit it, when it is the one event of its type on that day it fits
    /// (`EventClusterer.compareWithStrength`). The same as with a participant: on the train days of 8-25 November
    /// every such pair above it was one happening; at 0.20 a fixture's two drone attacks on two regions, told by
    /// one ministry in one formula, met, and under it (0.10-0.15) two bills in the Duma or two proposals of one
    /// ministry shared only their verbs.
    static let weightedThresholdAlone = 0.25
    /// Least number of words each sentence must have: short sentences (`ВСУ атаковали Курск`) are alike by chance.
    static let minimumWords = 6
    /// How many min-hash keys index a sentence: near-identical sentences share one with high probability.
    static let hashes = 3

    static func words(_ text: String) -> Set<String> {
        let normal = NameKey.normalise(text)
        return asciiOrCyrillicWords(normal) ?? characterWords(normal)
    }

    /// Words by characters: letters and numbers as `Character` defines them.
    static func characterWords(_ normal: String) -> Set<String> {
        var out = Set<String>()
        var current = ""
        func flush() {
            if current.count >= 3 { out.insert(current) }
            current = ""
        }
        for ch in normal {
            if ch.isLetter || ch.isNumber { current.append(ch) } else { flush() }
        }
        flush()
        return out
    }

    /// The same words, by scalars, when every scalar is ASCII or basic Cyrillic (almost every sentence): each is
    /// then a character of its own, and a letter or a number exactly when `Character` says so. Nil otherwise.
    /// Resolution takes the words of every sentence of a block, and walking characters was a tenth of it.
    static func asciiOrCyrillicWords(_ normal: String) -> Set<String>? {
        var out = Set<String>()
        var current = String.UnicodeScalarView()
        var length = 0
        for u in normal.unicodeScalars {
            let isWordScalar: Bool
            switch u.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x400...0x45F: isWordScalar = true
            case 0x00...0x7F: isWordScalar = false
            default: return nil
            }
            if isWordScalar {
                current.append(u)
                length += 1
            } else {
                if length >= 3 { out.insert(String(current)) }
                current.removeAll(keepingCapacity: true)
                length = 0
            }
        }
        if length >= 3 { out.insert(String(current)) }
        return out
    }

    static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard a.count >= minimumWords, b.count >= minimumWords else { return 0 }
        let common = a.intersection(b).count
        return Double(common) / Double(a.count + b.count - common)
    }

    /// Jaccard's similarity with each word weighted by its rarity among the sentences of the block (inverse
    /// document frequency, `log(N / n)`): `ATACMS`, `Брянской`, `объекту` count for more than `нанесли` and `удар`,
    /// which every strike report has. Deterministic: the weights depend only on the set of mentions in the block.
    static func weightedSimilarity(_ a: Set<String>, _ b: Set<String>, idf: [String: Double]) -> Double {
        guard a.count >= minimumWords, b.count >= minimumWords else { return 0 }
        var shared = 0.0, all = 0.0
        for w in a {
            let weight = idf[w] ?? 0
            all += weight
            if b.contains(w) { shared += weight }
        }
        for w in b where !a.contains(w) { all += idf[w] ?? 0 }
        return all > 0 ? shared / all : 0
    }

    /// The rarest words two sets of sentences share (up to four, rarest first), for the reason a merge gives.
    static func sharedRareWords(_ a: [Set<String>], _ b: [Set<String>], idf: [String: Double]) -> [String] {
        var shared = Set<String>()
        for x in a { for y in b { shared.formUnion(x.intersection(y)) } }
        return shared.sorted { (idf[$0] ?? 0, $1) > (idf[$1] ?? 0, $0) }.prefix(4).map { $0 }
    }

    /// Inverse document frequencies of the words over a set of sentences (each sentence's words once).
    static func inverseFrequencies(_ sentences: [Set<String>]) -> [String: Double] {
        var counts: [String: Int] = [:]
        for words in sentences { for w in words { counts[w, default: 0] += 1 } }
        let n = Double(max(1, sentences.count))
        return counts.mapValues { log(n / Double($0)) }
    }

    /// Index keys: the smallest FNV-1a hashes of the words (a deterministic min-hash), none for short sentences.
    static func keys(_ words: Set<String>) -> [String] {
        guard words.count >= minimumWords else { return [] }
        let hashed = words.map { w -> UInt64 in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in w.utf8 { h ^= UInt64(b); h = h &* 0x100_0000_01b3 }
            return h
        }.sorted()
        return hashed.prefix(hashes).map { "words \($0)" }
    }
}
