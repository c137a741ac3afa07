import Foundation
import LetopisCore

/// The OpenCorpora dictionary as packaged by `pymorphy3-dicts-ru` (format 2.4), loaded once
/// into flat arrays and shared, immutable, by every analyzer and thread.
///
/// The directory holds `meta.json`, `grammemes.json`, `gramtab-opencorpora-int.json`,
/// `suffixes.json`, `paradigms.array`, `words.dawg`, `prediction-suffixes-{0,1,2}.dawg`
/// and `p_t_given_w.intdawg`; ``Docs/morphology.md`` describes each format.
///
/// ```swift
/// let dictionary = try MorphDictionary(directory: models.appendingPathComponent("opencorpora"))
/// let morph = MorphAnalyzer(dictionary: dictionary)
/// ```
/// - Throws: ``LetopisError`` `.modelMissing` or `.modelCorrupt` naming the file, with the
///   remedy `run 'letopis models install'`.
/// - Complexity: O(size of the files); about 0.1 s for the Russian dictionary.
public final class MorphDictionary: Sendable {
    /// `meta.json`'s `source_revision`, `format_version` and friends, as text.
    public let meta: [String: String]
    let words: RecordDawg
    let predictionSuffixes: [RecordDawg]
    let probabilities: Dawg?
    /// Paradigm `p` is `paradigmData[paradigmStart[p]..<paradigmStart[p+1]]`: suffix ids, tag ids, prefix ids (thirds).
    let paradigmStart: [Int32]
    let paradigmData: [UInt16]
    let suffixes: [String]
    let paradigmPrefixes: [String]
    let maxSuffixLength: Int
    let tags: TagTable

    /// Loads the dictionary from `directory`.
    public init(directory: URL) throws {
        let loader = DictionaryFiles(directory: directory)
        let metaRows = try loader.json("meta.json", as: [[JSONValue]].self)
        var meta: [String: String] = [:]
        var compile: [String: JSONValue] = [:]
        var hasProbabilities = false
        for row in metaRows where row.count == 2 {
            guard case .string(let key) = row[0] else { continue }
            meta[key] = row[1].text
            if key == "compile_options" || key == "prediction_options", case .object(let o) = row[1] {
                compile.merge(o) { a, _ in a }
            }
            if key == "P(t|w)", case .bool(let b) = row[1] { hasProbabilities = b }
        }
        guard let version = meta["format_version"], version.hasPrefix("2.") else {
            throw loader.corrupt("meta.json", "format_version is \(meta["format_version"] ?? "missing"); this build reads 2.x")
        }
        self.meta = meta
        if case .array(let prefixes)? = compile["paradigm_prefixes"] {
            paradigmPrefixes = prefixes.compactMap { if case .string(let s) = $0 { s } else { nil } }
        } else {
            paradigmPrefixes = try loader.json("paradigm-prefixes.json", as: [String].self)
        }
        if case .number(let n)? = compile["max_suffix_length"], n >= 1, n <= 16 {
            maxSuffixLength = Int(n)
        } else {
            maxSuffixLength = 5
        }

        let grammemeRows = try loader.json("grammemes.json", as: [[String]].self)
        for row in grammemeRows {
            guard let name = row.first, Grammeme(name: name) != nil else {
                throw loader.corrupt("grammemes.json", "unknown grammeme '\(row.first ?? "")'")
            }
        }
        let gramtab = try loader.json("gramtab-opencorpora-int.json", as: [String].self)
        guard let table = TagTable(gramtab: gramtab) else {
            throw loader.corrupt("gramtab-opencorpora-int.json", "a tag names an unknown grammeme")
        }
        tags = table
        suffixes = try loader.json("suffixes.json", as: [String].self)

        let (starts, data) = try loader.paradigms("paradigms.array", suffixCount: suffixes.count,
                                                 tagCount: gramtab.count, prefixCount: paradigmPrefixes.count)
        paradigmStart = starts
        paradigmData = data

        words = try loader.recordDawg("words.dawg", recordSize: 4)
        var prediction: [RecordDawg] = []
        for i in paradigmPrefixes.indices {
            prediction.append(try loader.recordDawg("prediction-suffixes-\(i).dawg", recordSize: 8))
        }
        predictionSuffixes = prediction
        probabilities = hasProbabilities ? try loader.dawg("p_t_given_w.intdawg").dawg : nil
    }

    /// The number of forms in paradigm `paradigm` (0 if out of range).
    @inline(__always) func formCount(_ paradigm: Int) -> Int {
        guard paradigm >= 0, paradigm + 1 < paradigmStart.count else { return 0 }
        return Int(paradigmStart[paradigm + 1] - paradigmStart[paradigm]) / 3
    }

    @inline(__always) private func entry(_ paradigm: Int, _ k: Int) -> Int {
        Int(paradigmData[Int(paradigmStart[paradigm]) + k])
    }

    /// Suffix, tag and prefix of form `index` of `paradigm`; `nil` when out of range.
    @inline(__always) func form(_ paradigm: Int, _ index: Int) -> (suffix: String, tag: Int32, prefix: String)? {
        let n = formCount(paradigm)
        guard index >= 0, index < n else { return nil }
        return (suffixes[entry(paradigm, index)], Int32(entry(paradigm, n + index)), paradigmPrefixes[entry(paradigm, 2 * n + index)])
    }

    /// The tag id of form `index` of `paradigm`.
    @inline(__always) func tagID(_ paradigm: Int, _ index: Int) -> Int32? {
        let n = formCount(paradigm)
        guard index >= 0, index < n else { return nil }
        return Int32(entry(paradigm, n + index))
    }

    /// pymorphy3's `build_stem`: the word without its form's prefix and suffix (in code points).
    func stem(_ paradigm: Int, _ index: Int, word: String) -> String {
        guard let f = form(paradigm, index) else { return word }
        return UTF8Text.slice(word, dropFirst: UTF8Text.count(f.prefix), dropLast: UTF8Text.count(f.suffix))
    }

    /// pymorphy3's `build_normal_form`.
    func normalForm(_ paradigm: Int, _ index: Int, word: String) -> String {
        if index == 0 { return word }
        guard let first = form(paradigm, 0), let this = form(paradigm, index) else { return word }
        let w = word.utf8, p = this.prefix.utf8, s = this.suffix.utf8
        // Fast path, byte-wise: the word carries its form's prefix and suffix (every dictionary hit does).
        if w.count >= p.count + s.count, w.starts(with: p), w.reversed().starts(with: s.reversed()) {
            let np = first.prefix.utf8, ns = first.suffix.utf8
            let stemStart = w.index(w.startIndex, offsetBy: p.count)
            let stemEnd = w.index(w.endIndex, offsetBy: -s.count)
            let total = np.count + (w.count - p.count - s.count) + ns.count
            return String(unsafeUninitializedCapacity: total) { buffer in
                var i = 0
                for b in np { buffer[i] = b; i += 1 }
                for b in w[stemStart..<stemEnd] { buffer[i] = b; i += 1 }
                for b in ns { buffer[i] = b; i += 1 }
                return i
            }
        }
        return first.prefix + stem(paradigm, index, word: word) + first.suffix
    }

    /// The node of `p_t_given_w.intdawg` after `word:`, from which every tag of the word is followed.
    func probabilityNode<C: Collection<UInt8>>(wordLower: C) -> UInt32? {
        guard let dawg = probabilities, let i = dawg.follow(wordLower, from: Dawg.root) else { return nil }
        return dawg.follow(UInt8(ascii: ":"), from: i)
    }

    /// P(tag | word) × 1,000,000 from `p_t_given_w.intdawg`, the key `word:tag` (0 when unknown).
    func probability(node: UInt32, tag: Int32) -> UInt32 {
        guard let dawg = probabilities, let k = dawg.follow(tags.utf8[Int(tag)], from: node), dawg.hasValue(k) else { return 0 }
        return dawg.value(k) ?? 0
    }
}
