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
    /// Least number of words each sentence must have: short sentences (`ВСУ атаковали Курск`) are alike by chance.
    static let minimumWords = 6
    /// How many min-hash keys index a sentence: near-identical sentences share one with high probability.
    static let hashes = 3

    static func words(_ text: String) -> Set<String> {
        var out = Set<String>()
        var current = ""
        func flush() {
            if current.count >= 3 { out.insert(current) }
            current = ""
        }
        for ch in NameKey.normalise(text) {
            if ch.isLetter || ch.isNumber { current.append(ch) } else { flush() }
        }
        flush()
        return out
    }

    static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard a.count >= minimumWords, b.count >= minimumWords else { return 0 }
        let common = a.intersection(b).count
        return Double(common) / Double(a.count + b.count - common)
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
