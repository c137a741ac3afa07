import Foundation
import Testing
@testable import LetopisCore

/// The tree decoder must give what `JSONDecoder` gives: records are read back from the database by it, and a
/// different value would be a different resolution. It must also decode the common values itself (a decoder
/// that always handed over to `JSONDecoder` would pass the comparisons and save nothing).
@Suite("The tree JSON decoder")
struct TreeJSONDecoderTests {
    typealias Everything = SortedKeysJSONEncoderTests.Everything
    typealias Inner = SortedKeysJSONEncoderTests.Inner

    /// Scalars, optionals, arrays, dictionaries and nesting, and no type `JSONDecoder` treats specially.
    struct Plain: Codable, Equatable {
        var index = 1
        var inLead = true
        var latitude = 55.0
        var longitude = 37.6173
        var tiny = 1e-7
        var huge = 1.5e300
        var negativeZero = -0.0
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
        var dictionary: [String: Int] = ["myKey": 1, "a10": 2, "Я": 4, "ё": 6]
        var intKeys: [Int: String] = [10: "x", 9: "y"]
        var optionals: [String?] = ["a", nil]
        var kind = Kind.second
    }

    enum Kind: String, Codable { case first, second }

    func foundation<T: Decodable>(_ type: T.Type, _ text: String) -> Result<T, any Error> {
        Result { try JSONDecoder().decode(type, from: Data(text.utf8)) }
    }

    func ours<T: Decodable>(_ type: T.Type, _ text: String) -> Result<T, any Error> {
        Result { try TreeJSONDecoder().decode(type, from: text) }
    }

    /// Both decode the same value, or both fail.
    func expectSame<T: Decodable & Equatable>(_ type: T.Type, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        switch (foundation(type, text), ours(type, text)) {
        case (.success(let a), .success(let b)): #expect(a == b, "\(text)", sourceLocation: sourceLocation)
        case (.failure, .failure): break
        case (let a, let b): Issue.record("JSONDecoder: \(a), tree: \(b) for \(text)", sourceLocation: sourceLocation)
        }
    }

    /// The tree itself decodes it (no hand-over), to the value `JSONDecoder` gives.
    func expectDecodedByTree<T: Decodable & Equatable>(_ type: T.Type, _ text: String,
                                                        sourceLocation: SourceLocation = #_sourceLocation) throws {
        var text = text
        let tree = try text.withUTF8 { try TreeJSONDecoder.treeDecode(type, $0) }
        #expect(tree == (try JSONDecoder().decode(type, from: Data(text.utf8))), "\(text)", sourceLocation: sourceLocation)
    }

    @Test("decodes plain values itself, to JSONDecoder's values")
    func plainValues() throws {
        let encoded = try SortedKeysJSONEncoder().string(Plain())
        try expectDecodedByTree(Plain.self, encoded)
        try expectDecodedByTree([Plain].self, try SortedKeysJSONEncoder().string([Plain(), Plain(index: -7, text: "")]))
        // Written by hand: whitespace, escapes (a surrogate pair, an escaped slash), exponents, null for an optional.
        let handWritten = """
             { "a" : [ 1 , -0 , 12e2 , 1.5E-3 ] , "b" : "\\u0416\\ud83d\\ude00\\/\\"" , "c" : null , "d" : true }\n
            """
        struct Hand: Codable, Equatable { var a: [Double]; var b: String; var c: Int?; var d: Bool; var e: String? }
        try expectDecodedByTree(Hand.self, handWritten)
        try expectDecodedByTree(String.self, "\"top\"")
        try expectDecodedByTree(Int.self, "  42 ")
    }

    @Test("gives JSONDecoder's values for what it hands over: dates, data, URLs, decimals, floats")
    func handedOver() throws {
        let encoded = try SortedKeysJSONEncoder().string(Everything())
        expectSame(Everything.self, encoded)
        let everything = try TreeJSONDecoder().decode(Everything.self, from: encoded)
        #expect(everything.date == Everything().date && everything.url == Everything().url)
    }

    @Test("fails where JSONDecoder fails and agrees on the doubtful cases")
    func malformedAndDoubtful() {
        struct Small: Codable, Equatable { var a: Int; var b: String? }
        for text in ["", " ", "{", "{\"a\":1", "{\"a\":1,}", "{\"a\":01}", "{\"a\":+1}", "{\"a\":1.}", "{\"a\":.5}",
                     "{\"a\":1e}", "{\"a\":-}", "{\"a\":1} x", "{'a':1}", "{\"a\":\"1\"}", "{\"a\":true}", "{\"a\":null}",
                     "{\"b\":\"x\"}", "{\"a\":1,\"b\":2}", "{\"a\":1,\"b\":\"\\x\"}", "{\"a\":1,\"b\":\"\\ud800\"}",
                     "{\"a\":1,\"b\":\"\u{1}\"}", "{\"a\":1.0}", "{\"a\":1e2}", "{\"a\":99999999999999999999}",
                     "{\"a\":1,\"a\":2}", "{\"a\":1,\"b\":null,\"b\":\"x\"}", "\u{feff}{\"a\":1}", "[{\"a\":1}]",
                     "{\"a\":1,\"b\":\"ok\",\"c\":[1,{\"d\":[]}]}", "{\"a\":-0}", "{\"a\":\"\\u00e9\"}"] {
            expectSame(Small.self, text)
        }
        expectSame([Int8].self, "[127, 128]")
        expectSame([UInt].self, "[-1]")
        expectSame([Double].self, "[1e400]")
        expectSame([Double].self, "[0.1, 1, -2.5e-300]")
        expectSame(Kind.self, "\"third\"")
        expectSame([[Int]].self, String(repeating: "[", count: 600) + String(repeating: "]", count: 600))
        // Invalid UTF-8 in a string.
        #expect(throws: (any Error).self) { try TreeJSONDecoder().decode([String].self, from: [0x5B, 0x22, 0xFF, 0x22, 0x5D]) }
    }
}
