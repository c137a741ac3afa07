import Foundation
import LetopisCore

/// The compiled gazetteer: a file read by memory-mapping, with names sorted for binary search, so that
/// opening it costs a header check, not an index build.
///
/// Layout (little-endian): magic `LTGZ0001`, `UInt32` key count, `UInt32` record count, `UInt64` file size;
/// then one `UInt32` offset per key record (records sorted by key bytes), one `UInt32` offset per gazetteer
/// record plus one past the last; then key records (`UInt8` key length, key bytes, `UInt8` count,
/// `UInt32` record numbers) and the records themselves as tab-separated lines (``GazetteerRecord``).
///
/// - Complexity: a lookup is O(log keys) comparisons plus parsing the records it returns.
public struct GazetteerFile: Sendable {
    static let magic = Array("LTGZ0001".utf8)
    static let headerSize = 24

    private let bytes: Data
    public let keyCount: Int
    public let recordCount: Int
    /// Where it was read from, for error messages.
    public let path: String

    /// Opens a compiled gazetteer, checking that it is whole.
    /// - Throws: ``LetopisError`` `.modelMissing` when absent, `.modelCorrupt` when truncated or not a gazetteer.
    public init(url: URL, remedy: String = "run 'letopis models install'") throws {
        let data: Data
        do { data = try Data(contentsOf: url, options: .alwaysMapped) } catch {
            throw LetopisError(.modelMissing, subject: url.path, message: "gazetteer not found", remedy: remedy)
        }
        try self.init(data: data, path: url.path, remedy: remedy)
    }

    /// Reads a gazetteer held in memory (tests, or a file already read).
    public init(data: Data, path: String = "<memory>", remedy: String = "run 'letopis models install'") throws {
        self.path = path
        func corrupt(_ why: String) -> LetopisError {
            LetopisError(.modelCorrupt, subject: path, message: "gazetteer is damaged: \(why)", remedy: remedy)
        }
        guard data.count >= Self.headerSize, Array(data.prefix(8)) == Self.magic else {
            throw corrupt("not a Letopis gazetteer file")
        }
        let keys = Int(Self.u32(data, 8)), records = Int(Self.u32(data, 12))
        let declared = Self.u64(data, 16)
        guard declared == UInt64(data.count) else {
            throw corrupt("\(data.count) bytes where the header says \(declared) (truncated?)")
        }
        let tablesEnd = Self.headerSize + 4 * (keys + records + 1)
        guard tablesEnd <= data.count else { throw corrupt("its tables run past the end") }
        bytes = data
        keyCount = keys
        recordCount = records
        guard Int(Self.u32(data, Self.headerSize + 4 * (keys + records))) == data.count else {
            throw corrupt("its last record does not end the file")
        }
    }

    /// The records filed under a name (compared by ``PlaceKey``); empty when none.
    public func lookup(_ name: String) -> [GazetteerRecord] {
        let key = Array(PlaceKey.of(name).utf8)
        guard !key.isEmpty, key.count < 256 else { return [] }
        return bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [GazetteerRecord] in
            var lo = 0, hi = keyCount
            while lo < hi {
                let mid = (lo + hi) / 2
                let c = compare(raw, keyAt: mid, with: key)
                if c == 0 { return recordsOfKey(raw, mid) }
                if c < 0 { lo = mid + 1 } else { hi = mid }
            }
            return []
        }
    }

    /// Record `n` (0-based), nil if out of range or malformed.
    public func record(_ n: Int) -> GazetteerRecord? {
        guard n >= 0, n < recordCount else { return nil }
        return bytes.withUnsafeBytes { record(in: $0, n) }
    }

    // MARK: - Reading

    private func keyOffset(_ raw: UnsafeRawBufferPointer, _ i: Int) -> Int {
        Int(Self.u32(raw, Self.headerSize + 4 * i))
    }

    /// Sign of (key `i` − `key`) in byte order; a key record running off the file compares as greater.
    private func compare(_ raw: UnsafeRawBufferPointer, keyAt i: Int, with key: [UInt8]) -> Int {
        let at = keyOffset(raw, i)
        guard at < raw.count else { return 1 }
        let length = Int(raw[at])
        guard at + 1 + length <= raw.count else { return 1 }
        let n = min(length, key.count)
        for j in 0..<n {
            let a = raw[at + 1 + j], b = key[j]
            if a != b { return a < b ? -1 : 1 }
        }
        return length == key.count ? 0 : (length < key.count ? -1 : 1)
    }

    private func recordsOfKey(_ raw: UnsafeRawBufferPointer, _ i: Int) -> [GazetteerRecord] {
        let at = keyOffset(raw, i)
        let countAt = at + 1 + Int(raw[at])
        guard countAt < raw.count else { return [] }
        let count = Int(raw[countAt])
        guard countAt + 1 + 4 * count <= raw.count else { return [] }
        return (0..<count).compactMap { record(in: raw, Int(Self.u32(raw, countAt + 1 + 4 * $0))) }
    }

    private func record(in raw: UnsafeRawBufferPointer, _ n: Int) -> GazetteerRecord? {
        guard n >= 0, n < recordCount else { return nil }
        let table = Self.headerSize + 4 * keyCount
        let start = Int(Self.u32(raw, table + 4 * n)), end = Int(Self.u32(raw, table + 4 * (n + 1)))
        guard start <= end, end <= raw.count else { return nil }
        let line = String(decoding: UnsafeRawBufferPointer(rebasing: raw[start..<end]), as: UTF8.self)
        return GazetteerRecord(line: Substring(line))
    }

    private static func u32(_ raw: UnsafeRawBufferPointer, _ at: Int) -> UInt32 {
        guard at + 4 <= raw.count else { return 0 }
        return UInt32(raw[at]) | UInt32(raw[at + 1]) << 8 | UInt32(raw[at + 2]) << 16 | UInt32(raw[at + 3]) << 24
    }
    private static func u32(_ data: Data, _ at: Int) -> UInt32 { data.withUnsafeBytes { u32($0, at) } }
    private static func u64(_ data: Data, _ at: Int) -> UInt64 {
        UInt64(u32(data, at)) | UInt64(u32(data, at + 4)) << 32
    }

    // MARK: - Writing

    /// Compiles records and their names into the file format above. Names are keyed by ``PlaceKey``;
    /// a name filed under more than 255 records keeps the 255 of greatest weight.
    public static func compile(_ records: [GazetteerRecord], names: [(name: String, record: Int)]) -> Data {
        var byKey: [[UInt8]: [Int]] = [:]
        for (name, n) in names where n >= 0 && n < records.count {
            let key = Array(PlaceKey.of(name).utf8)
            guard !key.isEmpty, key.count < 256 else { continue }
            if byKey[key]?.contains(n) != true { byKey[key, default: []].append(n) }
        }
        let sortedKeys = byKey.keys.sorted { $0.lexicographicallyPrecedes($1) }
        var keyBlob: [UInt8] = [], keyOffsets: [Int] = []
        for key in sortedKeys {
            var list = byKey[key] ?? []
            if list.count > 255 { list = Array(list.sorted { records[$0].weight > records[$1].weight }.prefix(255)) }
            keyOffsets.append(keyBlob.count)
            keyBlob.append(UInt8(key.count))
            keyBlob += key
            keyBlob.append(UInt8(list.count))
            for n in list { append32(&keyBlob, UInt32(n)) }
        }
        var recordBlob: [UInt8] = [], recordOffsets: [Int] = []
        for r in records {
            recordOffsets.append(recordBlob.count)
            recordBlob += Array(r.line.utf8)
        }
        recordOffsets.append(recordBlob.count)
        let tables = headerSize + 4 * (sortedKeys.count + recordOffsets.count)
        let keysStart = tables, recordsStart = tables + keyBlob.count
        let total = recordsStart + recordBlob.count
        var out: [UInt8] = magic
        out.reserveCapacity(total)
        append32(&out, UInt32(sortedKeys.count))
        append32(&out, UInt32(records.count))
        append32(&out, UInt32(truncatingIfNeeded: total))
        append32(&out, UInt32(truncatingIfNeeded: UInt64(total) >> 32))
        for o in keyOffsets { append32(&out, UInt32(keysStart + o)) }
        for o in recordOffsets { append32(&out, UInt32(recordsStart + o)) }
        out += keyBlob
        out += recordBlob
        return Data(out)
    }

    private static func append32(_ out: inout [UInt8], _ v: UInt32) {
        out += [UInt8(v & 0xff), UInt8(v >> 8 & 0xff), UInt8(v >> 16 & 0xff), UInt8(v >> 24)]
    }
}
