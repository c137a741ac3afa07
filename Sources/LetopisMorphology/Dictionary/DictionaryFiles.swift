import Foundation
import LetopisCore

/// Reads the files of a dictionary directory, turning every failure into a one-line
/// ``LetopisError`` that names the file and says how to fix it.
struct DictionaryFiles {
    let directory: URL

    static let remedy = "run 'letopis models install'"

    private func subject(_ name: String) -> String { "opencorpora/\(name)" }

    func corrupt(_ name: String, _ message: String) -> LetopisError {
        LetopisError(.modelCorrupt, subject: subject(name), message: message, remedy: DictionaryFiles.remedy)
    }

    func data(_ name: String) throws -> Data {
        let url = directory.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw LetopisError(.modelMissing, subject: subject(name), message: "model file not found in \(directory.path)",
                               remedy: DictionaryFiles.remedy)
        }
        do {
            // Mapped, not read: the DAWGs are 15 MB and a run touches a small part of them.
            return try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw LetopisError(.modelCorrupt, subject: subject(name), message: "model file unreadable",
                               remedy: DictionaryFiles.remedy, cause: "\(error)")
        }
    }

    func json<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        let bytes = try data(name)
        // The big files (gramtab, suffixes) are flat string arrays: read those directly,
        // about ten times faster than JSONDecoder; anything else goes to JSONDecoder.
        if T.self == [String].self, let strings = bytes.withUnsafeBytes({ JSONStringArray.parse($0) }) {
            return strings as! T
        }
        do {
            return try JSONDecoder().decode(T.self, from: bytes)
        } catch {
            throw corrupt(name, "not the expected JSON (truncated or damaged)")
        }
    }

    /// A DAWG file: `UInt32 n` then n units; a completion DAWG adds `UInt32 m` then 2m guide bytes.
    func dawg(_ name: String, withGuide: Bool = false) throws -> (dawg: Dawg, guide: DawgGuide) {
        let bytes = try data(name)
        return try bytes.withUnsafeBytes { raw -> (Dawg, DawgGuide) in
            func u32(_ at: Int) -> UInt32? {
                guard at + 4 <= raw.count else { return nil }
                return UInt32(raw[at]) | UInt32(raw[at + 1]) << 8 | UInt32(raw[at + 2]) << 16 | UInt32(raw[at + 3]) << 24
            }
            guard let n = u32(0), n > 0, 4 + Int(n) * 4 <= raw.count else {
                throw corrupt(name, "truncated DAWG (dictionary units)")
            }
            var units = [UInt32](repeating: 0, count: Int(n))
            units.withUnsafeMutableBytes { dst in
                dst.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[4..<(4 + Int(n) * 4)]))
            }
            #if _endian(big)
            units = units.map { UInt32(littleEndian: $0) }
            #endif
            var guide: [UInt8] = []
            if withGuide {
                let at = 4 + Int(n) * 4
                guard let m = u32(at), at + 4 + Int(m) * 2 <= raw.count else {
                    throw corrupt(name, "truncated DAWG (guide)")
                }
                guide = Array(raw[(at + 4)..<(at + 4 + Int(m) * 2)])
            }
            return (Dawg(units: units), DawgGuide(bytes: guide))
        }
    }

    func recordDawg(_ name: String, recordSize: Int) throws -> RecordDawg {
        let (d, g) = try dawg(name, withGuide: true)
        return RecordDawg(dawg: d, guide: g, recordSize: recordSize)
    }

    /// `paradigms.array`: `UInt16 count`, then per paradigm `UInt16 length` and `length` UInt16s,
    /// little-endian. Every id is checked against the tables it indexes.
    func paradigms(_ name: String, suffixCount: Int, tagCount: Int, prefixCount: Int) throws -> ([Int32], [UInt16]) {
        let bytes = try data(name)
        return try bytes.withUnsafeBytes { raw -> ([Int32], [UInt16]) in
            var pos = 0
            func u16() throws -> UInt16 {
                guard pos + 2 <= raw.count else { throw corrupt(name, "truncated paradigm table") }
                defer { pos += 2 }
                return UInt16(raw[pos]) | UInt16(raw[pos + 1]) << 8
            }
            let count = Int(try u16())
            var starts: [Int32] = [0]
            var data: [UInt16] = []
            data.reserveCapacity(raw.count / 2)
            for _ in 0..<count {
                let len = Int(try u16())
                guard len % 3 == 0 else { throw corrupt(name, "paradigm length \(len) is not a multiple of 3") }
                let n = len / 3
                for k in 0..<len {
                    let v = try u16()
                    let limit = k < n ? suffixCount : (k < 2 * n ? tagCount : prefixCount)
                    guard Int(v) < limit else { throw corrupt(name, "paradigm entry \(v) out of range") }
                    data.append(v)
                }
                starts.append(Int32(data.count))
            }
            return (starts, data)
        }
    }
}

/// Just enough JSON to read `meta.json`, whose rows mix strings, numbers, booleans and objects.
enum JSONValue: Decodable {
    case string(String), number(Double), bool(Bool), array([JSONValue]), object([String: JSONValue]), null

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    var text: String {
        switch self {
        case .string(let s): s
        case .number(let n): n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .bool(let b): String(b)
        case .array(let a): "[" + a.map(\.text).joined(separator: ", ") + "]"
        case .object: "{…}"
        case .null: "null"
        }
    }
}

/// A reader for one JSON shape, a flat array of strings (`["a", "b\u0436"]`),
/// with every escape of RFC 8259; `nil` for anything else, so callers can fall back.
enum JSONStringArray {
    static func parse(_ bytes: UnsafeRawBufferPointer) -> [String]? {
        let b = bytes.bindMemory(to: UInt8.self)
        var i = 0
        func skipSpace() { while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 } }
        skipSpace()
        guard i < b.count, b[i] == UInt8(ascii: "[") else { return nil }
        i += 1
        var result: [String] = []
        skipSpace()
        if i < b.count, b[i] == UInt8(ascii: "]") {
            i += 1
            skipSpace()
            return i == b.count ? result : nil
        }
        while true {
            skipSpace()
            guard let s = JSONStringLiteral.read(b, at: &i) else { return nil }
            result.append(s)
            skipSpace()
            guard i < b.count else { return nil }
            if b[i] == UInt8(ascii: ",") { i += 1; continue }
            if b[i] == UInt8(ascii: "]") { i += 1; break }
            return nil
        }
        skipSpace()
        return i == b.count ? result : nil
    }
}
