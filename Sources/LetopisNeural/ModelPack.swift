import Foundation
import LetopisCore

/// A slovnet model pack unpacked in a folder: `meta.json`, `model.json`,
/// `arrays/N.bin` (raw little-endian float32) and `vocabs/NAME` (one item a line);
/// or one of Letopis's own model files (``LetopisModelFile``), the same tree in one
/// checksummed file whose arrays are `{shape, dtype, offset}`.
///
/// `model.json` describes every array (`shape`, `dtype`, `array` id); the reader
/// checks each file against its description so that a truncated or foreign file
/// is an error naming that file, never an out-of-bounds read.
///
/// ```swift
/// let pack = try ModelPack(modelsDirectory: dir, name: "slovnet/ner_news_v1")
/// let w = try pack.weight(pack.model["head"]["proj"]["weight"], shape: [64, nil])
/// ```
public struct ModelPack: Sendable {
    /// The pack protocol this build reads (slovnet's `PROTOCOL`).
    public static let supportedProtocol = 1
    static let remedy = "run 'letopis models install'"

    /// Path of the pack relative to the models directory (`slovnet/ner_news_v1`).
    public let name: String
    public let directory: URL
    /// The pack's `id` from `meta.json`.
    public let id: String
    /// The parsed `model.json`.
    public let model: JSONNode
    /// The single file the arrays and vocabularies are in, for a Letopis model file.
    let single: LetopisModelFile?
    /// What errors about this pack tell the user to run.
    public let repair: String

    public init(modelsDirectory: URL, name: String) throws {
        self.name = name
        self.directory = modelsDirectory.appendingPathComponent(name, isDirectory: true)
        let meta = try ModelPack.readJSON(directory.appendingPathComponent("meta.json"), name: "\(name)/meta.json")
        (self.id, _) = try ModelPack.checkMeta(meta, name: "\(name)/meta.json")
        self.model = try ModelPack.readJSON(directory.appendingPathComponent("model.json"), name: "\(name)/model.json")
        single = nil
        repair = ModelPack.remedy
    }

    /// Reads a Letopis model file; `remedy` is the command that builds or installs it.
    public init(file url: URL, name: String, remedy: String) throws {
        let file = try LetopisModelFile(url, name: name, remedy: remedy)
        guard let id = file.header["id"].string, let proto = file.header["protocol"].int, file.header["model"].isObject else {
            throw LetopisError(.modelCorrupt, subject: name, message: "header lacks 'id', 'protocol' or 'model'", remedy: remedy)
        }
        guard proto == ModelPack.supportedProtocol else {
            throw LetopisError(.modelProtocol, subject: name,
                               message: "model has protocol \(proto); this build reads \(ModelPack.supportedProtocol)", remedy: remedy)
        }
        self.name = name
        directory = url.deletingLastPathComponent()
        self.id = id
        model = file.header["model"]
        single = file
        repair = remedy
    }

    /// Reads `id` and checks `protocol` of a `meta.json`.
    static func checkMeta(_ meta: JSONNode, name: String) throws -> (String, Int) {
        guard let id = meta["id"].string, let proto = meta["protocol"].int else {
            throw LetopisError(.modelCorrupt, subject: name, message: "meta.json lacks 'id' or 'protocol'", remedy: remedy)
        }
        guard proto == supportedProtocol else {
            throw LetopisError(.modelProtocol, subject: name,
                               message: "model pack has protocol \(proto); this build reads \(supportedProtocol)",
                               remedy: remedy)
        }
        return (id, proto)
    }

    static func readJSON(_ url: URL, name: String) throws -> JSONNode {
        let file = try MappedFile(url, name: name)
        let data = Data(file.bytes)
        guard let any = try? JSONSerialization.jsonObject(with: data) else {
            throw LetopisError(.modelCorrupt, subject: name, message: "not valid JSON", remedy: remedy)
        }
        return JSONNode(any)
    }

    /// The float32 array a weight description (`{shape, dtype, array}`) names.
    ///
    /// `shape` lists the expected dimensions (nil: any); a mismatch, a dtype other
    /// than float32 or a file whose size differs from the description throws.
    public func weight(_ node: JSONNode, shape expected: [Int?], what: String) throws -> FloatArray {
        let subject = single == nil ? "\(name)/model.json" : name
        guard let shape = node["shape"].ints, let dtype = node["dtype"].string,
              let id = single == nil ? node["array"].int : node["offset"].int else {
            throw LetopisError(.modelCorrupt, subject: subject, message: "no array description for \(what)", remedy: repair)
        }
        guard dtype == "float32" else {
            throw LetopisError(.modelCorrupt, subject: subject, message: "\(what) has dtype \(dtype); expected float32", remedy: repair)
        }
        guard shape.count == expected.count, zip(shape, expected).allSatisfy({ $0 > 0 && ($1 == nil || $0 == $1) }) else {
            let want = expected.map { $0.map(String.init) ?? "_" }.joined(separator: ", ")
            throw LetopisError(.modelCorrupt, subject: subject,
                               message: "\(what) has shape \(shape); expected [\(want)]", remedy: repair)
        }
        if let single {
            // `id` is the array's byte offset in the data section.
            let bytes = shape.reduce(1, *) * 4
            guard id >= 0, id % 4 == 0, id + bytes <= single.dataCount else {
                throw LetopisError(.modelCorrupt, subject: name,
                                   message: "\(what) (\(bytes) bytes at offset \(id)) lies outside the data section (\(single.dataCount) bytes)",
                                   remedy: repair)
            }
            return FloatArray(file: single.file, offset: single.dataStart + id, shape: shape)
        }
        let fileName = "\(name)/arrays/\(id).bin"
        let file = try MappedFile(directory.appendingPathComponent("arrays/\(id).bin"), name: fileName)
        let count = shape.reduce(1, *)
        guard file.bytes.count == count * 4 else {
            throw LetopisError(.modelCorrupt, subject: fileName,
                               message: "holds \(file.bytes.count) bytes; model.json describes \(what) as \(shape) float32 = \(count * 4) bytes",
                               remedy: ModelPack.remedy)
        }
        return FloatArray(file: file, offset: 0, shape: shape)
    }

    /// A small vocabulary (`vocabs/NAME`): items in order, one a line.
    public func vocabulary(_ vocab: String) throws -> [String] {
        if let single {
            guard let nodes = single.header["vocabs"][vocab].array, !nodes.isEmpty else {
                throw LetopisError(.modelCorrupt, subject: name, message: "has no vocabulary '\(vocab)'", remedy: repair)
            }
            let items = nodes.compactMap(\.string)
            guard items.count == nodes.count else {
                throw LetopisError(.modelCorrupt, subject: name, message: "vocabulary '\(vocab)' holds a non-string", remedy: repair)
            }
            return items
        }
        let fileName = "\(name)/vocabs/\(vocab)"
        let file = try MappedFile(directory.appendingPathComponent("vocabs/\(vocab)"), name: fileName)
        let bytes = file.bytes.bindMemory(to: UInt8.self)
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw LetopisError(.modelCorrupt, subject: fileName, message: "vocabulary is not UTF-8", remedy: ModelPack.remedy)
        }
        // Lines split on the newline byte (never inside a UTF-8 character), not by walking grapheme clusters.
        var items = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if items.last == "" { items.removeLast() }
        guard !items.isEmpty else {
            throw LetopisError(.modelCorrupt, subject: fileName, message: "vocabulary is empty", remedy: ModelPack.remedy)
        }
        return items
    }
}

/// A read-only view of parsed JSON; missing keys read as `.null`.
public enum JSONNode: Sendable {
    case null
    case number(Double)
    case string(String)
    case array([JSONNode])
    case object([String: JSONNode])

    init(_ any: Any) {
        switch any {
        case let n as NSNumber: self = .number(n.doubleValue)
        case let s as String: self = .string(s)
        case let a as [Any]: self = .array(a.map(JSONNode.init))
        case let o as [String: Any]: self = .object(o.mapValues(JSONNode.init))
        default: self = .null
        }
    }

    public subscript(key: String) -> JSONNode {
        if case .object(let o) = self { return o[key] ?? .null }
        return .null
    }

    public subscript(index: Int) -> JSONNode {
        if case .array(let a) = self, a.indices.contains(index) { return a[index] }
        return .null
    }

    public var string: String? { if case .string(let s) = self { return s } else { return nil } }
    public var int: Int? {
        if case .number(let d) = self, d == d.rounded(), abs(d) < 1e15 { return Int(d) }
        return nil
    }
    public var array: [JSONNode]? { if case .array(let a) = self { return a } else { return nil } }
    public var ints: [Int]? {
        guard let a = array else { return nil }
        let v = a.compactMap(\.int)
        return v.count == a.count ? v : nil
    }
    public var isObject: Bool { if case .object = self { return true } else { return false } }
}
