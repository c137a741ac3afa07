import Foundation
import LetopisCore

/// One of Letopis's own model files: a JSON header and float32 arrays in a single file,
/// checked by a SHA-256 of its bytes before anything is read from it.
///
/// Layout (`Docs/neural.md`, "Letopis model files"; written by `Training/`):
///
/// | bytes | content |
/// |---|---|
/// | 0..<8 | magic `LTPSMODL` |
/// | 8..<12 | format version, uint32 little-endian (``formatVersion``) |
/// | 12..<16 | header length `H`, uint32 little-endian |
/// | 16..<16+H | header, UTF-8 JSON: `id`, `protocol`, `model` (slovnet's `model.json` tree whose arrays are `{shape, dtype, offset}`), `vocabs` (`{name: [items]}`) |
/// | … | zero padding to a multiple of 64, then the data section: little-endian float32 arrays at their `offset` from its start |
/// | last 32 | SHA-256 of every byte before them |
///
/// A missing, truncated, damaged or other-version file is one ``LetopisError`` naming the
/// file and `remedy` (the command that builds or installs it).
///
/// - Complexity: O(file size) to open (the checksum); arrays are then used in place.
public struct LetopisModelFile: Sendable {
    public static let magic = Array("LTPSMODL".utf8)
    /// The file layout this build reads.
    public static let formatVersion: UInt32 = 1

    public let file: MappedFile
    /// The parsed header.
    public let header: JSONNode
    /// Byte offset of the data section in the file (a multiple of 64).
    public let dataStart: Int
    /// Byte length of the data section (the checksum excluded).
    public let dataCount: Int

    /// Maps and checks `url`; `name` is how errors name it, `remedy` what they tell the user to run.
    public init(_ url: URL, name: String, remedy: String) throws {
        func corrupt(_ message: String) -> LetopisError {
            LetopisError(.modelCorrupt, subject: name, message: message, remedy: remedy)
        }
        let file: MappedFile
        do {
            file = try MappedFile(url, name: name)
        } catch var error as LetopisError {
            error.remedy = remedy
            throw error
        }
        let bytes = file.bytes
        let fixed = 16, checksum = 32
        guard bytes.count >= fixed + checksum else {
            throw corrupt("is truncated (\(bytes.count) bytes; a model file has at least \(fixed + checksum))")
        }
        guard Array(bytes[0..<8]) == LetopisModelFile.magic else { throw corrupt("is not a Letopis model file (no 'LTPSMODL' magic)") }
        func u32(_ at: Int) -> UInt32 { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self)) }
        let version = u32(8)
        guard version == LetopisModelFile.formatVersion else {
            throw LetopisError(.modelProtocol, subject: name,
                               message: "model file has format version \(version); this build reads \(LetopisModelFile.formatVersion)",
                               remedy: remedy)
        }
        let headerCount = Int(u32(12))
        let dataStart = (fixed + headerCount + 63) / 64 * 64
        guard dataStart + checksum <= bytes.count else {
            throw corrupt("is truncated (\(bytes.count) bytes; its header alone needs \(dataStart + checksum))")
        }
        var hash = SHA256()
        hash.update(UnsafeRawBufferPointer(rebasing: bytes[0..<(bytes.count - checksum)]))
        guard hash.finalize() == Array(bytes[(bytes.count - checksum)...]) else {
            throw corrupt("fails its SHA-256 check (truncated or damaged)")
        }
        guard let any = try? JSONSerialization.jsonObject(with: Data(bytes[fixed..<(fixed + headerCount)])) else {
            throw corrupt("header is not valid JSON")
        }
        self.file = file
        header = JSONNode(any)
        self.dataStart = dataStart
        dataCount = bytes.count - checksum - dataStart
    }
}
