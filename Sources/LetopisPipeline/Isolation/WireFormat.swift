import LetopisCore
import LetopisText

/// The bytes that travel between the supervisor and its workers: little-endian lengths and
/// length-prefixed strings, nothing that needs a parser of its own to be trusted.
struct WireWriter {
    private(set) var bytes: [UInt8] = []

    mutating func u8(_ v: UInt8) { bytes.append(v) }

    mutating func u32(_ v: Int) {
        let v = UInt32(truncatingIfNeeded: v)
        bytes.append(contentsOf: [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)])
    }

    mutating func data(_ d: [UInt8]) { u32(d.count); bytes.append(contentsOf: d) }
    mutating func string(_ s: String) { data(Array(s.utf8)) }

    mutating func optionalString(_ s: String?) {
        if let s { u8(1); string(s) } else { u8(0) }
    }
}

/// Reads what ``WireWriter`` wrote; every read checks the bounds and a short frame is an error, not a trap.
struct WireReader {
    struct Truncated: Error {}
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func u8() throws -> UInt8 {
        guard position < bytes.count else { throw Truncated() }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func u32() throws -> Int {
        guard bytes.count - position >= 4 else { throw Truncated() }
        defer { position += 4 }
        return Int(bytes[position]) | Int(bytes[position + 1]) << 8 | Int(bytes[position + 2]) << 16 | Int(bytes[position + 3]) << 24
    }

    mutating func data() throws -> [UInt8] {
        let n = try u32()
        guard bytes.count - position >= n else { throw Truncated() }
        defer { position += n }
        return Array(bytes[position..<(position + n)])
    }

    mutating func string() throws -> String { String(decoding: try data(), as: UTF8.self) }

    mutating func optionalString() throws -> String? { try u8() == 0 ? nil : try string() }
}

extension WireWriter {
    mutating func input(_ unit: RawInput) {
        u8(unit.kind.rawValue)
        string(unit.location.path)
        u32(unit.location.line.map { $0 + 1 } ?? 0)
        string(unit.id)
        data(unit.bytes)
    }

    mutating func error(_ e: LetopisError) {
        string(e.code.rawValue)
        optionalString(e.subject)
        string(e.message)
        optionalString(e.remedy)
        optionalString(e.cause)
    }

    mutating func outcome(_ o: DocumentOutcome) {
        u32(o.warnings.count)
        for w in o.warnings { error(w) }
        switch o.result {
        case .success(let bytes): u8(0); data(bytes)
        case .failure(let e): u8(1); error(e)
        }
    }
}

extension WireReader {
    mutating func input() throws -> RawInput {
        let kind = RawInput.Kind(rawValue: try u8()) ?? .text
        let path = try string()
        let line = try u32()
        return RawInput(kind: kind, location: InputLocation(path: path, line: line == 0 ? nil : line - 1),
                        id: try string(), bytes: try data())
    }

    mutating func error() throws -> LetopisError {
        let code = LetopisError.Code(rawValue: try string())
        let subject = try optionalString()
        return LetopisError(code, subject: subject, message: try string(), remedy: try optionalString(), cause: try optionalString())
    }

    mutating func outcome() throws -> DocumentOutcome {
        let count = try u32()
        guard count <= bytes.count else { throw Truncated() }
        var warnings: [LetopisError] = []
        for _ in 0..<count { warnings.append(try error()) }
        switch try u8() {
        case 0: return DocumentOutcome(warnings: warnings, result: .success(try data()))
        default: return DocumentOutcome(warnings: warnings, result: .failure(try error()))
        }
    }
}
