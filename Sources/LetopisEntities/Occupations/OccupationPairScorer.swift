import Foundation
import LetopisCore

/// A logistic regression over named features that decides which (person, title) pairs are occupations
/// (NEREL's WORKS_AS), trained on NEREL train by `Training/occupation-pairs/train.sh`.
///
/// The weights file (`Models/occupation-pairs-v1.tsv`, embedded in the module) is UTF-8 text, one
/// tab-separated record a line:
///
/// | line | content |
/// |---|---|
/// | 1 | `letopis-occupation-pairs` `1` (format version) `sha256=<hex>` — SHA-256 of every byte after this line |
/// | `# …` | comments (covered by the checksum) |
/// | `threshold` *p* | a pair a hand rule made is kept at probability ≥ *p* |
/// | `new-threshold` *p* | a pair no rule made, in one sentence, is kept at probability ≥ *p* |
/// | `cross-threshold` *p* | the same for a pair no rule made across sentences |
/// | `one-person-per-job` `0`/`1` | whether a title is given to one person only, the likeliest |
/// | `w` *feature* *weight* | one weight; features without a line weigh 0; `bias` is always on |
///
/// ```swift
/// let scorer = try OccupationPairScorer.embedded()
/// scorer.probability(["bias", "rule=title-before-name", "dist=0"])  // 0.97
/// ```
///
/// A missing, truncated or damaged file, or one of another version, is one ``LetopisError`` naming the
/// file and the command that rebuilds it.
public struct OccupationPairScorer: Sendable {
    public static let fileName = "occupation-pairs-v1.tsv"
    public static let magic = "letopis-occupation-pairs"
    public static let formatVersion = 1
    public static let remedy = "rebuild it with 'Training/occupation-pairs/train.sh'"

    public let weights: [String: Double]
    /// The probability a pair the hand rules made needs to be kept.
    public let threshold: Double
    /// The probability a pair no rule made needs, in one sentence.
    public let newThreshold: Double
    /// The probability a pair no rule made needs across sentences.
    public let crossThreshold: Double
    public let onePersonPerJob: Bool

    /// Parses and checks a weights file's bytes; `name` is how errors name it.
    public init(bytes: [UInt8], name: String = OccupationPairScorer.fileName) throws(LetopisError) {
        func corrupt(_ message: String) -> LetopisError {
            LetopisError(.modelCorrupt, subject: name, message: message, remedy: Self.remedy)
        }
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else {
            throw corrupt(bytes.isEmpty ? "is empty" : "is truncated (no line after its first)")
        }
        let first = String(decoding: bytes[..<newline], as: UTF8.self).split(separator: "\t").map(String.init)
        guard first.count == 3, first[0] == Self.magic else {
            throw corrupt("is not a Letopis occupation pair scorer (first line is not '\(Self.magic)<TAB>version<TAB>sha256=…')")
        }
        guard Int(first[1]) == Self.formatVersion else {
            throw LetopisError(.modelProtocol, subject: name,
                               message: "has format version \(first[1]); this build reads \(Self.formatVersion)", remedy: Self.remedy)
        }
        var hash = SHA256()
        hash.update(bytes[(newline + 1)...])
        guard first[2] == "sha256=" + hash.hexDigest() else { throw corrupt("fails its SHA-256 check (truncated or damaged)") }
        var weights: [String: Double] = [:]
        var settings: [String: Double] = [:]
        let body = String(decoding: bytes[(newline + 1)...], as: UTF8.self)
        for (n, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            if cells.count == 3, cells[0] == "w", let w = Double(cells[2]), w.isFinite {
                weights[String(cells[1])] = w
            } else if cells.count == 2, let v = Double(cells[1]), v.isFinite {
                settings[String(cells[0])] = v
            } else {
                throw corrupt("line \(n + 2) is not 'w<TAB>feature<TAB>weight' or 'setting<TAB>value'")
            }
        }
        guard let threshold = settings["threshold"], let new = settings["new-threshold"], let cross = settings["cross-threshold"] else {
            throw corrupt("has no 'threshold', 'new-threshold' or 'cross-threshold' line")
        }
        self.weights = weights
        self.threshold = threshold
        newThreshold = new
        crossThreshold = cross
        onePersonPerJob = (settings["one-person-per-job"] ?? 0) != 0
    }

    /// Reads and checks a weights file.
    public init(contentsOf url: URL) throws(LetopisError) {
        let name = url.lastPathComponent
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LetopisError(.modelMissing, subject: url.path, message: "occupation pair scorer weights not found", remedy: Self.remedy)
        }
        try self.init(bytes: [UInt8](data), name: name)
    }

    static let loaded: Result<OccupationPairScorer, LetopisError> = Result { () throws(LetopisError) in
        try OccupationPairScorer(bytes: PackageResources.occupation_pairs_v1_tsv, name: "Sources/LetopisEntities/Models/" + fileName)
    }

    /// The weights built into the module (checked once; ``EntityResolutionStage/checkLexicons()`` reports a bad file).
    public static func embedded() throws(LetopisError) -> OccupationPairScorer { try loaded.get() }

    /// The probability that a pair with these features is an occupation: σ(Σ weights).
    ///
    /// - Complexity: O(features).
    public func probability(_ features: [String]) -> Double {
        var z = 0.0
        for f in features { z += weights[f] ?? 0 }
        return 1 / (1 + exp(-z))
    }

    /// The probability a pair needs to be kept: the rules' pairs are dropped only when the model is sure
    /// enough, and it adds pairs of its own (across sentences above all) only when confident.
    func threshold(sentenceGap: Int, ruled: Bool) -> Double {
        ruled ? threshold : sentenceGap == 0 ? newThreshold : crossThreshold
    }

    /// Indices of the pairs kept, in the order given: the likeliest first, each above its threshold, never
    /// two overlapping titles for one person, and (with `one-person-per-job`) one person per title unless
    /// the hand rules gave it to several (`музыканты A, B и C`).
    ///
    /// - Complexity: O(n log n + n × kept).
    func select(scores: [Double], persons: [Int], jobs: [Range<Int>], gaps: [Int], ruled: [Bool]) -> [Int] {
        let order = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        var kept: [Int] = []
        for i in order where scores[i] >= threshold(sentenceGap: gaps[i], ruled: ruled[i]) {
            let clash = kept.contains { k in
                guard jobs[k].overlaps(jobs[i]) else { return false }
                if persons[k] == persons[i] { return true }
                return onePersonPerJob && !(ruled[k] && ruled[i])
            }
            if !clash { kept.append(i) }
        }
        return kept.sorted()
    }
}
