import Foundation
import Testing
@testable import LetopisCore

/// The fast encoder must write exactly what `JSONEncoder` writes with the same settings: stored JSON is
/// compared and served as text, so a difference of one byte would be a different record.
@Suite("The sorted-keys JSON encoder")
struct SortedKeysJSONEncoderTests {
    func foundation<T: Encodable>(_ value: T, snake: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if snake { encoder.keyEncodingStrategy = .convertToSnakeCase }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    func ours<T: Encodable>(_ value: T, snake: Bool) throws -> String {
        try SortedKeysJSONEncoder(keyStyle: snake ? .snakeCase : .declared).string(value)
    }

    func expectSame<T: Encodable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for snake in [false, true] {
            #expect(try ours(value, snake: snake) == foundation(value, snake: snake), sourceLocation: sourceLocation)
        }
    }

    struct Inner: Codable, Equatable {
        var path = "a/b"
        var geonameID: Int? = 524901
        var missing: String? = nil
        var ABCDef = 1
        var _under = 2
        var aBC = 3
        var textSHA256 = "ff"
        var URLValue = "x"
    }

    struct Everything: Codable, Equatable {
        var index = 1
        var inLead = true
        var numMentions = 3
        var latitude = 55.0
        var longitude = 37.6173
        var tiny = 1e-7
        var huge = 1.5e300
        var exact = 1e15
        var negativeZero = -0.0
        var float: Float = 0.1
        var int8: Int8 = -3
        var uint64: UInt64 = .max
        var int64: Int64 = .min
        var text = "Путин сказал: \"нет\" \\ / \n\r\t\u{8}\u{c}\u{1}\u{1f}\u{7f}\u{2028}é😀"
        var empty = ""
        var optionalText: String? = "есть"
        var nothing: Int? = nil
        var strings = ["b", "a", "Я"]
        var nested = [Inner(), Inner(geonameID: nil)]
        var matrix = [[1, 2], [], [3]]
        var dictionary: [String: Int] = ["myKey": 1, "a10": 2, "a9": 3, "Я": 4, "я": 5, "ё": 6, "B": 7, "_": 8]
        var intKeys: [Int: String] = [10: "x", 9: "y"]
        var optionals: [String?] = ["a", nil]
        var date = Date(timeIntervalSinceReferenceDate: 12345.5)
        var data = Data([1, 2, 3, 250])
        var url = URL(string: "https://ria.ru/a/b?c=d")
        var decimal = Decimal(string: "12.50")
    }

    @Test("writes what JSONEncoder writes, with declared and with snake-case keys")
    func sameAsFoundation() throws {
        try expectSame(Everything())
        try expectSame(Inner())
        try expectSame([Everything(), Everything(index: 2, text: "")])
        try expectSame("top-level string")
        try expectSame(42)
        try expectSame([String: [Int]]())
        try expectSame([Inner]())
    }

    @Test("writes every control character and quote as JSONEncoder escapes it")
    func escapes() throws {
        var text = ""
        for value in 0..<0x20 { text.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        text += "\"\\/\u{7f}\u{80}\u{2028}\u{2029}\u{feff}"
        try expectSame([text])
        try expectSame(["\(text)": text])
    }

    struct Custom: Encodable {
        var key: String
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encode(1, forKey: AnyCodingKey(key))
            try container.encode(2, forKey: AnyCodingKey(key))
            try container.encodeNil(forKey: AnyCodingKey("nil"))
            var list = container.nestedUnkeyedContainer(forKey: AnyCodingKey("list"))
            try list.encode("x")
            var object = list.nestedContainer(keyedBy: AnyCodingKey.self)
            try object.encode(true, forKey: AnyCodingKey("flagValue"))
            var inner = container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: AnyCodingKey("innerObject"))
            try inner.encode(3.25, forKey: AnyCodingKey("value"))
            _ = encoder.container(keyedBy: AnyCodingKey.self)
        }
    }

    struct WritesNothing: Encodable { func encode(to encoder: any Encoder) throws {} }
    struct HoldsNothing: Encodable { var nothing = WritesNothing(); var list = [WritesNothing()] }

    @Test("keeps the last of a key written twice, nests containers and writes {} for a value that writes nothing")
    func containers() throws {
        try expectSame(Custom(key: "someKey"))
        try expectSame(HoldsNothing())
    }

    @Test("refuses what JSONEncoder refuses: non-finite numbers and an empty top-level value")
    func refuses() {
        #expect(throws: EncodingError.self) { try SortedKeysJSONEncoder().encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try SortedKeysJSONEncoder().encode(["x": Double.infinity]) }
        #expect(throws: EncodingError.self) { try SortedKeysJSONEncoder().encode(WritesNothing()) }
    }

    @Test("decodes back to the value")
    func roundTrips() throws {
        let value = Everything()
        let bytes = try SortedKeysJSONEncoder().encode(value)
        #expect(try JSONDecoder().decode(Everything.self, from: Data(bytes)) == value)
    }
}
