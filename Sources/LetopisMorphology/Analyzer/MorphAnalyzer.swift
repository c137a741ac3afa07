import Foundation

/// The morphological analyzer: every analysis of a word, as pymorphy3's `MorphAnalyzer.parse`
/// gives it, plus lemmatisation and inflection.
///
/// Units run in pymorphy3's order (``MorphAnalyzer/pipeline``); a group stops the run once
/// it has produced an analysis. The scores are then replaced by P(tag | word) when the
/// corpus knows the word, else normalised to sum to 1.
///
/// ```swift
/// let morph = MorphAnalyzer(dictionary: try MorphDictionary(directory: dir))
/// morph.parse("Москве")[0].normalForm   // "москва"
/// ```
/// The analyzer keeps a cache of recent words (in shards, each guarded by its own lock, so
/// threads looking up different words rarely wait), so share one analyzer between threads
/// or make one per thread; both are safe.
public final class MorphAnalyzer: @unchecked Sendable {
    public let dictionary: MorphDictionary
    /// Characters that may stand for another in input text: `е` for `ё`.
    let substitutes = RecordDawg.Substitutes([(from: "е", to: "ё")])

    /// One part of the word cache: the words whose byte hash falls in it, under its own lock.
    private final class CacheShard: @unchecked Sendable {
        let lock = NSLock()
        var words: [WordKey: [MorphParse]] = [:]
    }
    /// A single lock over the cache made two workers wait on each other for every token
    /// (lemmas and name normalisation both parse): 32 shards make that rare.
    private static let shardCount = 32
    private let shards: [CacheShard] = (0..<MorphAnalyzer.shardCount).map { _ in CacheShard() }
    /// Words remembered before the cache is emptied and refilled.
    public let cacheCapacity: Int

    /// Recursion depth past which the units that re-analyse parts of a word (prefixes,
    /// hyphens, particles) stop: keeps absurd input (`недонедонедо…`) linear.
    static let maxDepth = 6

    /// - Parameter cacheCapacity: how many distinct words to remember (0 disables the cache).
    public init(dictionary: MorphDictionary, cacheCapacity: Int = 100_000) {
        self.dictionary = dictionary
        self.cacheCapacity = cacheCapacity
    }

    /// Every analysis of `word`, best first, in pymorphy3's order.
    ///
    /// Never empty: a word nothing else explains gets one `UNKN` analysis.
    /// - Complexity: a dictionary lookup is O(length); unknown words cost a few dozen lookups.
    public func parse(_ word: String) -> [MorphParse] {
        guard cacheCapacity > 0 else { return parse(word, depth: 0) }
        let key = WordKey(word)
        let shard = shards[MorphAnalyzer.shardIndex(word)]
        if let hit = cached(key, in: shard) { return hit }
        let result = parse(word, depth: 0)
        let perShard = max(1, cacheCapacity / MorphAnalyzer.shardCount)
        shard.lock.lock()
        if shard.words.count >= perShard { shard.words.removeAll(keepingCapacity: true) }
        shard.words[key] = result
        shard.lock.unlock()
        return result
    }

    /// The cached analyses of `word`, if any.
    private func cached(_ word: String) -> [MorphParse]? {
        guard cacheCapacity > 0 else { return nil }
        return cached(WordKey(word), in: shards[MorphAnalyzer.shardIndex(word)])
    }

    private func cached(_ key: WordKey, in shard: CacheShard) -> [MorphParse]? {
        shard.lock.lock()
        defer { shard.lock.unlock() }
        return shard.words[key]
    }

    /// The shard of a word: a cheap hash of its first bytes and length, computed outside any lock.
    @inline(__always)
    private static func shardIndex(_ word: String) -> Int {
        var h: UInt32 = 2_166_136_261 ^ UInt32(truncatingIfNeeded: word.utf8.count)
        for b in word.utf8.prefix(8) { h = (h ^ UInt32(b)) &* 16_777_619 }
        return Int(h >> 16) & (shardCount - 1)
    }

    /// The normal form of `word`'s best analysis (`"Путиным"` → `"путин"`).
    public func lemma(_ word: String) -> String {
        parse(word).first?.normalForm ?? UTF8Text.lowercased(word)
    }

    /// Whether `word` (lower-cased, `е` standing for `ё`) is a dictionary form.
    public func isKnown(_ word: String) -> Bool {
        !dictionary.words.similarItems(Array(UTF8Text.lowercased(word).utf8), substitutes: substitutes).isEmpty
    }

    /// The normal forms of `word`, in the order of its analyses, without repeats.
    public func normalForms(_ word: String) -> [String] {
        var seen = Set<String>()
        return parse(word).compactMap { seen.insert($0.normalForm).inserted ? $0.normalForm : nil }
    }

    /// Empties the word cache.
    public func clearCache() {
        for shard in shards {
            shard.lock.lock()
            shard.words.removeAll()
            shard.lock.unlock()
        }
    }

    // MARK: - The pipeline

    /// The analyzer units, in pymorphy3's `DEFAULT_UNITS` order; each inner list is a group
    /// whose last unit is terminal (the run stops there if anything was found).
    public enum Unit: String, Sendable, CaseIterable {
        case dictionary = "DictionaryAnalyzer"
        case firstNameInitial = "AbbreviatedFirstNameAnalyzer"
        case patronymicInitial = "AbbreviatedPatronymicAnalyzer"
        case number = "NumberAnalyzer"
        case punctuation = "PunctuationAnalyzer"
        case roman = "RomanNumberAnalyzer"
        case latin = "LatinAnalyzer"
        case hyphenParticle = "HyphenSeparatedParticleAnalyzer"
        case hyphenAdverb = "HyphenAdverbAnalyzer"
        case hyphenatedWords = "HyphenatedWordsAnalyzer"
        case knownPrefix = "KnownPrefixAnalyzer"
        case unknownPrefix = "UnknownPrefixAnalyzer"
        case knownSuffix = "KnownSuffixAnalyzer"
        case unknown = "UnknAnalyzer"
    }

    public static let pipeline: [[Unit]] = [
        [.dictionary, .firstNameInitial, .patronymicInitial],
        [.number],
        [.punctuation],
        [.roman, .latin],
        [.hyphenParticle],
        [.hyphenAdverb],
        [.hyphenatedWords],
        [.knownPrefix],
        [.unknownPrefix, .knownSuffix],
        [.unknown],
    ]

    /// pymorphy3's "seen" key: a parse is a duplicate when its word, tag and first method's paradigm repeat.
    struct SeenKey: Hashable {
        let word: WordKey
        let tag: Int32
        let paradigm: SeenParadigm
    }

    enum SeenParadigm: Hashable {
        case none
        case paradigm(Int)
        case methods([ParseMethod])
    }

    static func seenKey(_ p: MorphParse) -> SeenKey {
        let para: SeenParadigm
        switch p.methods.first {
        case .dictionary(_, let id, _)?, .suffixDictionary(_, let id, _)?: para = .paradigm(id)
        case .hyphenFixedLeft(_, let right)?, .hyphenBoth(_, let right)?: para = .methods(right)
        default: para = .none
        }
        return SeenKey(word: WordKey(p.word), tag: p.tagID, paradigm: para)
    }

    /// Appends `p` unless an equal parse was seen (pymorphy3's `add_parse_if_not_seen`).
    @inline(__always) static func addIfNotSeen(_ p: MorphParse, _ result: inout [MorphParse], _ seen: inout Set<SeenKey>) {
        if seen.insert(seenKey(p)).inserted { result.append(p) }
    }

    func parse(_ word: String, depth: Int) -> [MorphParse] {
        if depth > 0, let hit = cached(word) { return hit }
        let lower = UTF8Text.lowercased(word)
        var result: [MorphParse] = []
        var seen = Set<SeenKey>()
        for group in MorphAnalyzer.pipeline {
            for unit in group {
                run(unit, word: word, lower: lower, depth: depth, seen: &seen, into: &result)
            }
            if !result.isEmpty { break }
        }
        applyProbabilities(lower, &result)
        return result
    }

    func run(_ unit: Unit, word: String, lower: String, depth: Int, seen: inout Set<SeenKey>, into result: inout [MorphParse]) {
        let recurse = depth < MorphAnalyzer.maxDepth
        switch unit {
        case .dictionary: result += dictionaryParses(lower)
        case .firstNameInitial: result += initialParses(word, lower, patronymic: false)
        case .patronymicInitial: result += initialParses(word, lower, patronymic: true)
        case .number: result += numberParses(word, lower)
        case .punctuation: result += shapeParse(word, lower, matches: Shapes.isPunctuation(word), tag: dictionary.tags.punctuation, method: .punctuation(word))
        case .roman: result += shapeParse(word, lower, matches: Shapes.isRomanNumber(word), tag: dictionary.tags.roman, method: .roman(word))
        case .latin: result += shapeParse(word, lower, matches: Shapes.isLatin(word), tag: dictionary.tags.latin, method: .latin(word))
        case .hyphenParticle: if recurse { particleParses(lower, depth: depth, seen: &seen, into: &result) }
        case .hyphenAdverb: if recurse { result += hyphenAdverbParses(word, lower, depth: depth) }
        case .hyphenatedWords: if recurse { result += hyphenatedParses(lower, depth: depth) }
        case .knownPrefix: if recurse { knownPrefixParses(lower, depth: depth, seen: &seen, into: &result) }
        case .unknownPrefix: unknownPrefixParses(lower, seen: &seen, into: &result)
        case .knownSuffix: knownSuffixParses(word, lower, seen: &seen, into: &result)
        case .unknown:
            if seen.isEmpty && result.isEmpty {
                result.append(make(lower, dictionary.tags.unknown, lower, 1.0, [.unknown(word)]))
            }
        }
    }

    /// pymorphy3's `ProbabilityEstimator.apply_to_parses`: scores become P(tag | word) and the
    /// parses are sorted by them (stably); a word the corpus does not know keeps its scores,
    /// normalised to sum to 1, in unit order.
    func applyProbabilities(_ lower: String, _ parses: inout [MorphParse]) {
        guard !parses.isEmpty, dictionary.probabilities != nil else { return }
        let node = dictionary.probabilityNode(wordLower: lower.utf8)
        var probs: [Double] = []
        probs.reserveCapacity(parses.count)
        var total = 0.0
        if let node {
            for p in parses {
                let v = Double(dictionary.probability(node: node, tag: p.tagID)) / 1_000_000
                probs.append(v)
                total += v
            }
        }
        if total == 0 {
            var sum = 0.0
            for p in parses { sum += p.score }
            guard sum > 0 else { return }
            let k = 1.0 / sum
            if k != 1.0 { for i in parses.indices { parses[i] = parses[i].with(score: parses[i].score * k) } }
            return
        }
        // Stable insertion sort by probability, descending (lists are short).
        var order = Array(parses.indices)
        for i in 1..<order.count {
            let x = order[i]
            var j = i
            while j > 0 && probs[order[j - 1]] < probs[x] { order[j] = order[j - 1]; j -= 1 }
            order[j] = x
        }
        let original = parses
        for (k, i) in order.enumerated() { parses[k] = original[i].with(score: probs[i]) }
    }

    @inline(__always) func make(_ word: String, _ tag: Int32, _ normalForm: String, _ score: Double, _ methods: [ParseMethod]) -> MorphParse {
        MorphParse(word: word, tagID: tag, tag: dictionary.tags[tag], normalForm: normalForm, score: score, methods: methods)
    }
}

/// A cache key that hashes and compares a word's UTF-8 bytes (no Unicode normalisation:
/// `е` + combining breve and `й` are different words to the dictionary too).
struct WordKey: Hashable {
    let word: String
    init(_ word: String) { self.word = word }

    func hash(into hasher: inout Hasher) {
        var w = word
        w.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: WordKey, b: WordKey) -> Bool { a.word.utf8.elementsEqual(b.word.utf8) }
}
