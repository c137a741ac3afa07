/// The word lists the segmentation rules consult (``SegmentationLexicon``), looked up by a 64-bit
/// hash of the lower-cased scalars so that a look-up in the hot loop allocates nothing.
enum Abbreviations {
    /// Abbreviations whose full stop does not end a sentence (`Lexicons/abbreviations.tsv`).
    static let headHashes: Set<UInt64> = SegmentationLexicon.shared.abbreviationHashes
    /// Words before a list-closing abbreviation (`и пр.`, `и др.`; `Lexicons/list-closers.tsv`).
    static let listCloserHashes: Set<UInt64> = SegmentationLexicon.shared.listCloserHashes
    /// Second halves of two-letter abbreviations inside a sentence: `т.е.` (`Lexicons/abbreviation-pairs.tsv`).
    static let innerPairHashes: Set<UInt64> = SegmentationLexicon.shared.pairHashes

    /// FNV-1a over the lower-cased scalars of a string.
    static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for u in s.unicodeScalars { h = (h ^ UInt64(Scalar.lowercased(u.value))) &* 0x100000001b3 }
        return h
    }

    /// FNV-1a over the lower-cased scalars of `bytes[from..<to]`; the same value as ``hash(_:)`` of that text.
    @inline(__always)
    static func hash(_ text: UTF8Scanner, _ from: Int, _ to: Int) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        var j = from
        while j < to {
            let d = text.decode(j)
            h = (h ^ UInt64(Scalar.lowercased(d.scalar))) &* 0x100000001b3
            j += d.length
        }
        return h
    }
}

/// Top-level domain labels written in any case: `Gzt.Ru`, `кремль.рф`, `.РФ` (`Lexicons/domain-zones.tsv`).
enum DomainZones {
    static let hashes: Set<UInt64> = SegmentationLexicon.shared.domainZoneHashes

    @inline(__always)
    static func contains(hash: UInt64) -> Bool { hashes.contains(hash) }
}
