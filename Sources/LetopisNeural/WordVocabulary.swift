import Foundation
import LetopisCore
import CLetopisKernels

/// The word vocabulary of a slovnet pack (`vocabs/word`, one word a line, the
/// line number is the word's id), looked up without building 250,000 strings.
///
/// Lines stay in the mapped file; an open-addressing table of line numbers,
/// keyed by a hash of the line's bytes, finds a word in one or two probes.
/// Words are looked up lower-cased, as slovnet's `words_vocab.encode(word.lower())`.
///
/// - Complexity: O(size of file) to build, O(length of word) per lookup.
public final class WordVocabulary: @unchecked Sendable {
    public let file: MappedFile
    /// Start of each line in the file, plus the end of the last one.
    let starts: [Int32]
    let ends: [Int32]
    let table: [Int32]
    let mask: Int
    public let unkID: Int32
    public let padID: Int32

    public var count: Int { starts.count }

    public init(_ url: URL, name: String) throws {
        file = try MappedFile(url, name: name)
        let bytes = file.bytes
        guard bytes.count < Int(Int32.max) else {
            throw LetopisError(.modelCorrupt, subject: name, message: "vocabulary is too large", remedy: ModelPack.remedy)
        }
        var starts: [Int32] = [], ends: [Int32] = []
        starts.reserveCapacity(bytes.count / 8)
        ends.reserveCapacity(bytes.count / 8)
        let base = bytes.baseAddress!.assumingMemoryBound(to: UInt8.self)
        var lineStart = 0
        while lineStart < bytes.count {
            // memchr scans for the newline many bytes at a time.
            let end = memchr(base + lineStart, 0x0A, bytes.count - lineStart)
                .map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
            starts.append(Int32(lineStart)); ends.append(Int32(end))
            lineStart = end + 1
        }
        guard !starts.isEmpty else {
            throw LetopisError(.modelCorrupt, subject: name, message: "vocabulary is empty", remedy: ModelPack.remedy)
        }
        var size = 1
        while size < starts.count * 2 { size <<= 1 }
        var table = [Int32](repeating: -1, count: size)
        let mask = size - 1
        // Hashes first, then the inserts: the table (2 MB) is read at random, so each insert
        // prefetches the slot of the one eight ahead.
        let hashes = (0..<starts.count).map { id in
            Int(truncatingIfNeeded: WordVocabulary.hash(UnsafeBufferPointer(start: base + Int(starts[id]), count: Int(ends[id] - starts[id])))) & mask
        }
        table.withUnsafeMutableBufferPointer { slots in
            for id in 0..<starts.count {
                if id + 8 < hashes.count { lk_prefetch(slots.baseAddress! + hashes[id + 8]) }
                let s = Int(starts[id]), e = Int(ends[id])
                var slot = hashes[id]
                // A repeated line takes the later id, as `{item: id for id, item in enumerate(items)}`.
                while slots[slot] >= 0 {
                    let other = Int(slots[slot])
                    if WordVocabulary.equal(base, other, starts, ends, UnsafeBufferPointer(start: base + s, count: e - s)) { break }
                    slot = (slot + 1) & mask
                }
                slots[slot] = Int32(id)
            }
        }
        self.starts = starts
        self.ends = ends
        self.table = table
        self.mask = mask
        func find(_ word: String) -> Int32? {
            var w = word
            return w.withUTF8 { WordVocabulary.lookup(base, starts, ends, table, mask, $0) }
        }
        guard let unk = find("<unk>"), let pad = find("<pad>") else {
            throw LetopisError(.modelCorrupt, subject: name, message: "vocabulary lacks <unk> or <pad>", remedy: ModelPack.remedy)
        }
        unkID = unk
        padID = pad
    }

    /// A hash of a word's bytes, eight at a time (a multiply-xorshift mix per word of input).
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = bytes.count
        var h: UInt64 = 0x9E3779B97F4A7C15 ^ UInt64(n)
        guard let p = bytes.baseAddress else { return h }
        let raw = UnsafeRawPointer(p)
        var i = 0
        while i + 8 <= n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51AFD7ED558CCD
            h ^= h >> 32
            i += 8
        }
        if i < n {
            var tail: UInt64 = 0
            for k in i..<n { tail |= UInt64(p[k]) << (8 * UInt64(k - i)) }
            h = (h ^ tail) &* 0xC4CEB9FE1A85EC53
            h ^= h >> 32
        }
        h = (h ^ (h >> 29)) &* 0xBF58476D1CE4E5B9
        return h ^ (h >> 31)
    }

    @inline(__always)
    static func equal(_ base: UnsafePointer<UInt8>, _ id: Int, _ starts: [Int32], _ ends: [Int32],
                      _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = Int(starts[id]), e = Int(ends[id])
        guard e - s == word.count else { return false }
        guard let w = word.baseAddress else { return true }
        return memcmp(base + s, w, word.count) == 0
    }

    static func lookup(_ base: UnsafePointer<UInt8>, _ starts: [Int32], _ ends: [Int32], _ table: [Int32], _ mask: Int,
                       _ word: UnsafeBufferPointer<UInt8>) -> Int32? {
        var slot = Int(truncatingIfNeeded: hash(word)) & mask
        while true {
            let id = table[slot]
            if id < 0 { return nil }
            if equal(base, Int(id), starts, ends, word) { return id }
            slot = (slot + 1) & mask
        }
    }

    /// Id of the UTF-8 bytes of an (already lower-cased) word, or ``unkID``.
    public func id(ofLowercased word: UnsafeBufferPointer<UInt8>) -> Int32 {
        let base = file.bytes.baseAddress!.assumingMemoryBound(to: UInt8.self)
        return WordVocabulary.lookup(base, starts, ends, table, mask, word) ?? unkID
    }

    /// Id of a word, lower-cased first (Python's `str.lower()`, full Unicode mapping).
    public func id(of word: String) -> Int32 {
        var lower = word.lowercased()
        return lower.withUTF8 { id(ofLowercased: $0) }
    }

    /// Whether another vocabulary file has exactly the same bytes (shared between packs).
    func sameBytes(as other: MappedFile) -> Bool {
        guard other.bytes.count == file.bytes.count else { return false }
        guard let a = file.bytes.baseAddress, let b = other.bytes.baseAddress else { return true }
        return memcmp(a, b, file.bytes.count) == 0
    }
}

