import Foundation

/// Foundation's `JSONEncoder` with `outputFormatting = [.sortedKeys, .withoutEscapingSlashes]` (and, for
/// ``KeyStyle/snakeCase``, `keyEncodingStrategy = .convertToSnakeCase`), byte for byte, in a fraction of
/// its time.
///
/// Ingest encodes every document record in its workers, and every corpus event three times when it
/// resolves a block (its body, its list row and its detail). With `JSONEncoder` that was 2 % of a
/// worker's time and a seventh of the parent's, on the two cores the extraction runs on. This encoder
/// builds a light tree of the value (scalars stay unboxed, a string is not copied) and writes it once,
/// keys sorted by their UTF-8 bytes as `JSONEncoder` sorts them.
///
/// The output is `JSONEncoder`'s: keys converted (snake case) and then sorted; `"`, `\`, `\n`, `\r`,
/// `\t`, `\b`, `\f` escaped by name and other control characters as lower-case `\u00XX`; `/` and
/// everything else as is; a `Double` as its shortest `description` with a trailing `.0` dropped; a key
/// written twice keeps its last value; a value that writes nothing is `{}`; `[String: V]` dictionaries
/// keep their keys unconverted. `Date`, `Data`, `URL` and `Decimal`, which `JSONEncoder` treats
/// specially, are handed to `JSONEncoder` itself. Non-finite numbers throw, as `JSONEncoder`'s default
/// does. `SortedKeysJSONEncoderTests` compare the two on every kind of value.
///
/// ```swift
/// let bytes = try SortedKeysJSONEncoder(keyStyle: .snakeCase).encode(event)
/// ```
public struct SortedKeysJSONEncoder: Sendable {
    /// How property names become keys.
    public enum KeyStyle: Sendable {
        /// As the coding keys give them (`numMentions`).
        case declared
        /// Foundation's `.convertToSnakeCase` (`num_mentions`).
        case snakeCase
    }

    public let keyStyle: KeyStyle

    public init(keyStyle: KeyStyle = .declared) {
        self.keyStyle = keyStyle
    }

    /// `value` as UTF-8 JSON.
    /// - Throws: `EncodingError.invalidValue` for a non-finite number or a top-level value that writes nothing.
    public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let root = TreeEncoder(style: keyStyle, parent: nil, key: nil)
        let node = try root.node(for: value, key: nil)
        if case .empty = node {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "Top-level \(T.self) did not encode any values."))
        }
        var out: [UInt8] = []
        out.reserveCapacity(512)
        node.write(to: &out)
        return out
    }

    /// `value` as a JSON string.
    public func string<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encode(value), as: UTF8.self)
    }
}

// MARK: - The tree

/// A value being encoded. Scalars are stored as they are and written at the end.
enum JSONNode {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case double(Double)
    case float(Float)
    case string(String)
    /// JSON text written by `JSONEncoder` (dates, data, URLs, decimals).
    case raw([UInt8])
    case object(JSONObjectBox)
    case array(JSONArrayBox)
    /// A value that wrote nothing: `{}` when nested, as `JSONEncoder` has it.
    case empty

    func write(to out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
        case .bool(let value): out.append(contentsOf: value ? "true".utf8 : "false".utf8)
        case .int(let value): JSONNode.appendDecimal(value, to: &out)
        case .uint(let value): out.append(contentsOf: String(value).utf8)
        case .double(let value): JSONNode.appendNumber(value.description, to: &out)
        case .float(let value): JSONNode.appendNumber(value.description, to: &out)
        case .string(let value): JSONNode.appendQuoted(value, to: &out)
        case .raw(let bytes): out.append(contentsOf: bytes)
        case .object(let box): box.write(to: &out)
        case .array(let box):
            out.append(UInt8(ascii: "["))
            for (index, element) in box.elements.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                element.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .empty: out.append(contentsOf: [UInt8(ascii: "{"), UInt8(ascii: "}")])
        }
    }

    static func appendDecimal(_ value: Int64, to out: inout [UInt8]) {
        if value >= 0 && value < 10 {
            out.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        out.append(contentsOf: String(value).utf8)
    }

    /// `JSONEncoder` writes a floating-point number as its `description` without a trailing `.0`.
    static func appendNumber(_ description: String, to out: inout [UInt8]) {
        let utf8 = description.utf8
        if utf8.count > 2, description.hasSuffix(".0") {
            out.append(contentsOf: utf8.dropLast(2))
        } else {
            out.append(contentsOf: utf8)
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    static func appendQuoted(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var runStart = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                runStart = index + 1
                out.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                default:
                    out.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                            hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]])
                }
            }
            if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// An object's members in the order written; sorted when written out.
final class JSONObjectBox {
    var keys: [String] = []
    var values: [JSONNode] = []

    init() {
        keys.reserveCapacity(8)
        values.reserveCapacity(8)
    }

    func set(_ key: String, _ value: JSONNode) {
        keys.append(key)
        values.append(value)
    }

    func write(to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        let order = keys.indices.sorted { a, b in
            // Byte order, as JSONEncoder sorts; a key written twice: the later one last, so it wins below.
            let precedes = keys[a].utf8.lexicographicallyPrecedes(keys[b].utf8)
            return precedes || (!keys[b].utf8.lexicographicallyPrecedes(keys[a].utf8) && a < b)
        }
        var first = true
        for (position, index) in order.enumerated() {
            if position + 1 < order.count, keys[order[position + 1]] == keys[index] { continue }
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            JSONNode.appendQuoted(keys[index], to: &out)
            out.append(UInt8(ascii: ":"))
            values[index].write(to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }
}

final class JSONArrayBox {
    var elements: [JSONNode] = []
}

// MARK: - Snake case

/// Foundation's `.convertToSnakeCase`, asked of `JSONEncoder` itself once per distinct key and
/// remembered, so that the two encoders cannot disagree.
enum SnakeCaseKeys {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var converted: [String: String] = [:]

    static func convert(_ key: String) -> String {
        lock.lock()
        let known = converted[key]
        lock.unlock()
        if let known { return known }
        let value = foundationConversion(key) ?? key
        lock.lock()
        converted[key] = value
        lock.unlock()
        return value
    }

    private struct OneKey: Encodable {
        let key: String
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encode(0, forKey: AnyCodingKey(key))
        }
    }

    private static func foundationConversion(_ key: String) -> String? {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        guard let data = try? encoder.encode(OneKey(key: key)),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return object.keys.first
    }
}

struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(_ string: String) { stringValue = string; intValue = nil }
    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { stringValue = String(intValue); self.intValue = intValue }
}

/// String-keyed dictionaries, whose keys `JSONEncoder` writes unconverted.
protocol StringKeyedEncodableDictionary {}
extension Dictionary: StringKeyedEncodableDictionary where Key == String, Value: Encodable {}

// MARK: - Encoder

final class TreeEncoder: Encoder {
    let style: SortedKeysJSONEncoder.KeyStyle
    let parent: TreeEncoder?
    let key: (any CodingKey)?
    /// Keys of a `[String: V]` are written as they are.
    var verbatimKeys = false
    var result: JSONNode = .empty

    init(style: SortedKeysJSONEncoder.KeyStyle, parent: TreeEncoder?, key: (any CodingKey)?) {
        self.style = style
        self.parent = parent
        self.key = key
    }

    var codingPath: [any CodingKey] {
        var path: [any CodingKey] = []
        var encoder: TreeEncoder? = self
        while let current = encoder {
            if let key = current.key { path.append(key) }
            encoder = current.parent
        }
        return path.reversed()
    }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func keyString(_ key: some CodingKey) -> String {
        switch style {
        case .declared: return key.stringValue
        case .snakeCase: return verbatimKeys ? key.stringValue : SnakeCaseKeys.convert(key.stringValue)
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let box: JSONObjectBox
        if case .object(let existing) = result {
            box = existing
        } else {
            box = JSONObjectBox()
            result = .object(box)
        }
        return KeyedEncodingContainer(TreeKeyedContainer<Key>(encoder: self, box: box))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let box: JSONArrayBox
        if case .array(let existing) = result {
            box = existing
        } else {
            box = JSONArrayBox()
            result = .array(box)
        }
        return TreeUnkeyedContainer(encoder: self, box: box)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { TreeSingleValueContainer(encoder: self) }

    /// The node of one value: scalars directly, everything else through its own `encode(to:)`.
    func node<T: Encodable>(for value: T, key: (any CodingKey)?) throws -> JSONNode {
        // Metatype comparisons first: a cast that fails costs more than one that succeeds, and most values
        // here are structs and arrays.
        let type = T.self
        if type == String.self, let string = value as? String { return .string(string) }
        if type == Int.self, let int = value as? Int { return .int(Int64(int)) }
        if type == Bool.self, let bool = value as? Bool { return .bool(bool) }
        if type == Double.self, let double = value as? Double { return try checked(double, key: key) }
        if let scalar = try otherScalar(value, key: key) { return scalar }
        if type == Date.self || type == Data.self || type == URL.self || type == Decimal.self {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return .raw(Array(try encoder.encode(value)))
        }
        let child = TreeEncoder(style: style, parent: self, key: key)
        child.verbatimKeys = style == .snakeCase && value is any StringKeyedEncodableDictionary
        try value.encode(to: child)
        return child.result
    }

    /// Numbers of the less common widths.
    private func otherScalar<T: Encodable>(_ value: T, key: (any CodingKey)?) throws -> JSONNode? {
        let type = T.self
        if type == Float.self, let float = value as? Float {
            guard float.isFinite else { throw nonFinite(float, key: key) }
            return .float(float)
        }
        if type == Int64.self, let int = value as? Int64 { return .int(int) }
        if type == Int32.self, let int = value as? Int32 { return .int(Int64(int)) }
        if type == Int16.self, let int = value as? Int16 { return .int(Int64(int)) }
        if type == Int8.self, let int = value as? Int8 { return .int(Int64(int)) }
        if type == UInt.self, let uint = value as? UInt { return .uint(UInt64(uint)) }
        if type == UInt64.self, let uint = value as? UInt64 { return .uint(uint) }
        if type == UInt32.self, let uint = value as? UInt32 { return .uint(UInt64(uint)) }
        if type == UInt16.self, let uint = value as? UInt16 { return .uint(UInt64(uint)) }
        if type == UInt8.self, let uint = value as? UInt8 { return .uint(UInt64(uint)) }
        return nil
    }

    func checked(_ double: Double, key: (any CodingKey)?) throws -> JSONNode {
        guard double.isFinite else { throw nonFinite(double, key: key) }
        return .double(double)
    }

    func nonFinite(_ value: Any, key: (any CodingKey)?) -> EncodingError {
        var path = codingPath
        if let key { path.append(key) }
        return EncodingError.invalidValue(value, .init(codingPath: path,
                                                       debugDescription: "Unable to encode \(value) directly in JSON."))
    }
}

struct TreeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: TreeEncoder
    let box: JSONObjectBox

    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil(forKey key: Key) throws { box.set(encoder.keyString(key), .null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { box.set(encoder.keyString(key), .bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { box.set(encoder.keyString(key), .string(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { box.set(encoder.keyString(key), .int(Int64(value))) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        box.set(encoder.keyString(key), try encoder.checked(value, key: key))
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        box.set(encoder.keyString(key), try encoder.node(for: value, key: key))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = TreeEncoder(style: encoder.style, parent: encoder, key: key)
        let container = child.container(keyedBy: keyType)
        box.set(encoder.keyString(key), child.result)
        return container
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = TreeEncoder(style: encoder.style, parent: encoder, key: key)
        let container = child.unkeyedContainer()
        box.set(encoder.keyString(key), child.result)
        return container
    }

    mutating func superEncoder() -> any Encoder { superEncoder(forKey: AnyCodingKey("super")) }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(forKey: AnyCodingKey(key.stringValue)) }

    private func superEncoder(forKey key: AnyCodingKey) -> any Encoder {
        // The member is filled in when the super encoder opens a container; one that writes nothing is `{}`.
        let name = encoder.keyString(key)
        box.set(name, .empty)
        let child = SuperTreeEncoder(style: encoder.style, parent: encoder, key: key)
        child.attach = { [box] node in box.set(name, node) }
        return child
    }
}

struct TreeUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: TreeEncoder
    let box: JSONArrayBox

    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { box.elements.count }

    private var nextKey: AnyCodingKey { AnyCodingKey(intValue: box.elements.count) ?? AnyCodingKey("\(box.elements.count)") }

    mutating func encodeNil() throws { box.elements.append(.null) }
    mutating func encode(_ value: String) throws { box.elements.append(.string(value)) }
    mutating func encode(_ value: Int) throws { box.elements.append(.int(Int64(value))) }
    mutating func encode(_ value: Bool) throws { box.elements.append(.bool(value)) }
    mutating func encode(_ value: Double) throws { box.elements.append(try encoder.checked(value, key: nextKey)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        box.elements.append(try encoder.node(for: value, key: nextKey))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = TreeEncoder(style: encoder.style, parent: encoder, key: nextKey)
        let container = child.container(keyedBy: keyType)
        box.elements.append(child.result)
        return container
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = TreeEncoder(style: encoder.style, parent: encoder, key: nextKey)
        let container = child.unkeyedContainer()
        box.elements.append(child.result)
        return container
    }

    mutating func superEncoder() -> any Encoder {
        let child = SuperTreeEncoder(style: encoder.style, parent: encoder, key: nextKey)
        let index = box.elements.count
        box.elements.append(.empty)
        child.attach = { [box] node in box.elements[index] = node }
        return child
    }
}

struct TreeSingleValueContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder

    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.result = .null }
    mutating func encode(_ value: String) throws { encoder.result = .string(value) }
    mutating func encode(_ value: Int) throws { encoder.result = .int(Int64(value)) }
    mutating func encode(_ value: Bool) throws { encoder.result = .bool(value) }
    mutating func encode(_ value: Double) throws { encoder.result = try encoder.checked(value, key: nil) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.result = try encoder.node(for: value, key: nil)
    }
}

/// The encoder of `superEncoder()`: it hands its value to the member it stands for once it has one.
final class SuperTreeEncoder: Encoder {
    let inner: TreeEncoder
    var attach: ((JSONNode) -> Void)?

    init(style: SortedKeysJSONEncoder.KeyStyle, parent: TreeEncoder, key: any CodingKey) {
        inner = TreeEncoder(style: style, parent: parent, key: key)
    }

    var codingPath: [any CodingKey] { inner.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let container = inner.container(keyedBy: type)
        attach?(inner.result)
        return container
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let container = inner.unkeyedContainer()
        attach?(inner.result)
        return container
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SuperSingleValueContainer(encoder: inner, attach: attach)
    }
}

/// A single value written through a super encoder: scalars are not boxed, so the member is set on each write.
struct SuperSingleValueContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    let attach: ((JSONNode) -> Void)?

    var codingPath: [any CodingKey] { encoder.codingPath }

    private func set(_ node: JSONNode) { encoder.result = node; attach?(node) }

    mutating func encodeNil() throws { set(.null) }
    mutating func encode(_ value: String) throws { set(.string(value)) }
    mutating func encode(_ value: Int) throws { set(.int(Int64(value))) }
    mutating func encode(_ value: Bool) throws { set(.bool(value)) }
    mutating func encode(_ value: Double) throws { set(try encoder.checked(value, key: nil)) }
    mutating func encode<T: Encodable>(_ value: T) throws { set(try encoder.node(for: value, key: nil)) }
}
