import Foundation

/// Foundation's `JSONDecoder` (default strategies) with the same results, in less time on the values Letopis
/// stores: it parses the text into a light tree and decodes from it, and hands anything it does not decode
/// exactly as `JSONDecoder` would to `JSONDecoder` itself.
///
/// Resolution decodes every stored record of a block (3,600 records of 2.3 KB for the telegram stream), and
/// `JSONDecoder` was a fifth of it. This decoder takes strings, booleans, integers of every width, `Double`,
/// optionals, arrays, dictionaries and anything built of them. Whenever it cannot decode a value — a missing key,
/// a type mismatch, malformed or non-UTF-8 text, a number that is not a plain integer where an integer is
/// asked, a key written twice, a `Float`, `Date`, `Data`, `URL` or `Decimal`, nesting deeper than 512 — it
/// decodes the whole text again with `JSONDecoder`, so the value or the error is `JSONDecoder`'s.
/// `TreeJSONDecoderTests` compare the two on every kind of value and on malformed text.
///
/// ```swift
/// let record = try TreeJSONDecoder().decode(DocumentRecord.self, from: json)
/// ```
public struct TreeJSONDecoder: Sendable {
    public init() {}

    /// The value the JSON `text` holds, as `JSONDecoder().decode(type, from: Data(text.utf8))` gives it.
    /// - Throws: `JSONDecoder`'s error when the text does not hold a `T`.
    public func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        var text = text
        if let value = text.withUTF8({ bytes in try? Self.treeDecode(type, bytes) }) { return value }
        return try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// The value UTF-8 JSON `bytes` hold, as `JSONDecoder().decode(type, from: Data(bytes))` gives it.
    public func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        if let value = bytes.withUnsafeBufferPointer({ buffer in try? Self.treeDecode(type, buffer) }) { return value }
        return try JSONDecoder().decode(type, from: Data(bytes))
    }

    static func treeDecode<T: Decodable>(_ type: T.Type, _ bytes: UnsafeBufferPointer<UInt8>) throws -> T {
        var parser = JSONTreeParser(bytes: bytes)
        let root = try parser.parseDocument()
        return try TreeDecoder(value: root).unbox(root, as: type)
    }
}

/// Why the tree decoder gave up (the caller then asks `JSONDecoder`).
struct TreeDecodingFailure: Error {}

// MARK: - The tree

/// A parsed JSON value. Numbers keep their text, checked against JSON's grammar, and are converted when decoded.
enum JSONTreeValue {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONTreeValue])
    case object(JSONTreeObject)
}

/// An object's members in the order written.
struct JSONTreeObject {
    var keys: [String] = []
    var values: [JSONTreeValue] = []

    /// The value of `key`; a key written twice is left to `JSONDecoder`.
    func value(for key: String) throws -> JSONTreeValue? {
        var found: Int?
        for index in keys.indices where keys[index] == key {
            guard found == nil else { throw TreeDecodingFailure() }
            found = index
        }
        return found.map { values[$0] }
    }
}

/// A strict parser of RFC 8259 JSON over UTF-8 bytes: anything else throws.
struct JSONTreeParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func parseDocument() throws -> JSONTreeValue {
        let value = try parseValue()
        skipWhitespace()
        guard position == bytes.count else { throw TreeDecodingFailure() }
        return value
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    mutating func parseValue() throws -> JSONTreeValue {
        skipWhitespace()
        guard position < bytes.count else { throw TreeDecodingFailure() }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "n"): try expect("null"); return .null
        default: return .number(try parseNumber())
        }
    }

    mutating func expect(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw TreeDecodingFailure() }
        let start = word.utf8Start
        for offset in 0..<count where bytes[position + offset] != start[offset] { throw TreeDecodingFailure() }
        position += count
    }

    mutating func enter() throws {
        depth += 1
        guard depth <= 512 else { throw TreeDecodingFailure() }
    }

    mutating func parseObject() throws -> JSONTreeValue {
        try enter()
        position += 1
        var object = JSONTreeObject()
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw TreeDecodingFailure() }
            let key = try parseString()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw TreeDecodingFailure() }
            position += 1
            object.keys.append(key)
            object.values.append(try parseValue())
            skipWhitespace()
            guard position < bytes.count else { throw TreeDecodingFailure() }
            let next = bytes[position]
            position += 1
            if next == UInt8(ascii: ",") { continue }
            guard next == UInt8(ascii: "}") else { throw TreeDecodingFailure() }
            depth -= 1
            return .object(object)
        }
    }

    mutating func parseArray() throws -> JSONTreeValue {
        try enter()
        position += 1
        var elements: [JSONTreeValue] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            elements.append(try parseValue())
            skipWhitespace()
            guard position < bytes.count else { throw TreeDecodingFailure() }
            let next = bytes[position]
            position += 1
            if next == UInt8(ascii: ",") { continue }
            guard next == UInt8(ascii: "]") else { throw TreeDecodingFailure() }
            depth -= 1
            return .array(elements)
        }
    }

    /// A string from its opening quote (``JSONStringLiteral``: escapes decoded, UTF-8 validated, raw control
    /// characters refused).
    mutating func parseString() throws -> String {
        guard let string = JSONStringLiteral.read(bytes, at: &position) else { throw TreeDecodingFailure() }
        return string
    }

    /// A number as JSON writes one: `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`, kept as text.
    mutating func parseNumber() throws -> String {
        let start = position
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count else { throw TreeDecodingFailure() }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
        } else {
            guard try digits() > 0 else { throw TreeDecodingFailure() }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard try digits() > 0 else { throw TreeDecodingFailure() }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard try digits() > 0 else { throw TreeDecodingFailure() }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    mutating func digits() throws -> Int {
        let start = position
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
        return position - start
    }
}

// MARK: - Decoding from the tree

final class TreeDecoder: Decoder {
    let value: JSONTreeValue
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(value: JSONTreeValue) { self.value = value }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let object) = value else { throw TreeDecodingFailure() }
        return KeyedDecodingContainer(TreeKeyedDecodingContainer<Key>(decoder: self, object: object))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else { throw TreeDecodingFailure() }
        return TreeUnkeyedDecodingContainer(decoder: self, elements: elements)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { TreeSingleValueDecodingContainer(decoder: self) }

    /// A `T` from one value: the common scalars directly, the types `JSONDecoder` treats specially refused,
    /// anything else through its own `init(from:)`.
    func unbox<T: Decodable>(_ value: JSONTreeValue, as type: T.Type) throws -> T {
        if type == String.self { return try unboxString(value) as? T ?? { throw TreeDecodingFailure() }() }
        if type == Int.self { return try unboxInteger(value, as: Int.self) as? T ?? { throw TreeDecodingFailure() }() }
        if type == Bool.self { return try unboxBool(value) as? T ?? { throw TreeDecodingFailure() }() }
        if type == Double.self { return try unboxDouble(value) as? T ?? { throw TreeDecodingFailure() }() }
        if let integer = try otherInteger(value, as: type) { return integer }
        if type == Float.self || type == Date.self || type == Data.self || type == URL.self || type == Decimal.self {
            throw TreeDecodingFailure()
        }
        return try T(from: TreeDecoder(value: value))
    }

    private func otherInteger<T>(_ value: JSONTreeValue, as type: T.Type) throws -> T? {
        let integer: Any
        switch type {
        case is Int64.Type: integer = try unboxInteger(value, as: Int64.self)
        case is Int32.Type: integer = try unboxInteger(value, as: Int32.self)
        case is Int16.Type: integer = try unboxInteger(value, as: Int16.self)
        case is Int8.Type: integer = try unboxInteger(value, as: Int8.self)
        case is UInt.Type: integer = try unboxInteger(value, as: UInt.self)
        case is UInt64.Type: integer = try unboxInteger(value, as: UInt64.self)
        case is UInt32.Type: integer = try unboxInteger(value, as: UInt32.self)
        case is UInt16.Type: integer = try unboxInteger(value, as: UInt16.self)
        case is UInt8.Type: integer = try unboxInteger(value, as: UInt8.self)
        default: return nil
        }
        guard let typed = integer as? T else { throw TreeDecodingFailure() }
        return typed
    }

    func unboxString(_ value: JSONTreeValue) throws -> String {
        guard case .string(let string) = value else { throw TreeDecodingFailure() }
        return string
    }

    func unboxBool(_ value: JSONTreeValue) throws -> Bool {
        guard case .bool(let bool) = value else { throw TreeDecodingFailure() }
        return bool
    }

    /// Plain integers only (no fraction, no exponent), in range.
    func unboxInteger<I: FixedWidthInteger>(_ value: JSONTreeValue, as type: I.Type) throws -> I {
        guard case .number(let text) = value, let integer = I(text, radix: 10) else { throw TreeDecodingFailure() }
        return integer
    }

    func unboxDouble(_ value: JSONTreeValue) throws -> Double {
        guard case .number(let text) = value, let double = Double(text), double.isFinite else { throw TreeDecodingFailure() }
        return double
    }
}

struct TreeKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: TreeDecoder
    let object: JSONTreeObject

    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { object.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { object.keys.contains(key.stringValue) }

    private func value(_ key: Key) throws -> JSONTreeValue {
        guard let value = try object.value(for: key.stringValue) else { throw TreeDecodingFailure() }
        return value
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        if case .null = try value(key) { return true }
        return false
    }

    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder.unboxString(try value(key)) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder.unboxBool(try value(key)) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder.unboxInteger(try value(key), as: Int.self) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder.unboxDouble(try value(key)) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoder.unbox(try value(key), as: type) }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let value = try object.value(for: key.stringValue) else { return nil }
        if case .null = value { return nil }
        return try decoder.unboxString(value)
    }

    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        guard let value = try object.value(for: key.stringValue) else { return nil }
        if case .null = value { return nil }
        return try decoder.unboxInteger(value, as: Int.self)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let value = try object.value(for: key.stringValue) else { return nil }
        if case .null = value { return nil }
        return try decoder.unbox(value, as: type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try TreeDecoder(value: try value(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try TreeDecoder(value: try value(key)).unkeyedContainer()
    }

    // `JSONDecoder` hands a missing member to a super decoder as null; left to it.
    func superDecoder() throws -> any Decoder { throw TreeDecodingFailure() }
    func superDecoder(forKey key: Key) throws -> any Decoder { throw TreeDecodingFailure() }
}

struct TreeUnkeyedDecodingContainer: UnkeyedDecodingContainer {
    let decoder: TreeDecoder
    let elements: [JSONTreeValue]
    var currentIndex = 0

    init(decoder: TreeDecoder, elements: [JSONTreeValue]) {
        self.decoder = decoder
        self.elements = elements
    }

    var codingPath: [any CodingKey] { [] }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private mutating func next() throws -> JSONTreeValue {
        guard currentIndex < elements.count else { throw TreeDecodingFailure() }
        defer { currentIndex += 1 }
        return elements[currentIndex]
    }

    mutating func decodeNil() throws -> Bool {
        guard currentIndex < elements.count else { throw TreeDecodingFailure() }
        if case .null = elements[currentIndex] {
            currentIndex += 1
            return true
        }
        return false
    }

    mutating func decode(_ type: String.Type) throws -> String { try decoder.unboxString(try next()) }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try decoder.unboxBool(try next()) }
    mutating func decode(_ type: Int.Type) throws -> Int { try decoder.unboxInteger(try next(), as: Int.self) }
    mutating func decode(_ type: Double.Type) throws -> Double { try decoder.unboxDouble(try next()) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.unbox(try next(), as: type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try TreeDecoder(value: try next()).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try TreeDecoder(value: try next()).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { throw TreeDecodingFailure() }
}

struct TreeSingleValueDecodingContainer: SingleValueDecodingContainer {
    let decoder: TreeDecoder

    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool {
        if case .null = decoder.value { return true }
        return false
    }

    func decode(_ type: String.Type) throws -> String { try decoder.unboxString(decoder.value) }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.unboxBool(decoder.value) }
    func decode(_ type: Int.Type) throws -> Int { try decoder.unboxInteger(decoder.value, as: Int.self) }
    func decode(_ type: Double.Type) throws -> Double { try decoder.unboxDouble(decoder.value) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.unbox(decoder.value, as: type) }
}
