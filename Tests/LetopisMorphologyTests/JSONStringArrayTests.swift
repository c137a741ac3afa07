import Foundation
import Testing
@testable import LetopisMorphology

@Suite("The string-array JSON reader")
struct JSONStringArrayTests {
    @Test("reads what JSONDecoder reads", arguments: [
        #"[]"#,
        #" [ "" , "NOUN,anim,masc sing,nomn" ] "#,
        #"["-бур", "ёж", "a\"b\\c\/d", "\b\f\n\r\t", "\u0436\u00e9", "\ud83d\ude00 emoji"]"#,
        "[\n  \"\",\n  \"-2\"\n]\n",
    ])
    func agreesWithFoundation(json: String) throws {
        let data = Data(json.utf8)
        let expected = try JSONDecoder().decode([String].self, from: data)
        let got = data.withUnsafeBytes { JSONStringArray.parse($0) }
        #expect(got == expected)
    }

    @Test("refuses anything else, so the caller falls back", arguments: [
        "", "{}", #"["a""#, #"["a",]"#, #"["a" "b"]"#, #"[1]"#, #"[["a"]]"#, #"["\x"]"#, #"["\ud83d"]"#,
        #"["\udc00"]"#, "[\"tab\there\"]", #"["a"] x"#,
    ])
    func refusesOtherShapes(json: String) {
        #expect(Data(json.utf8).withUnsafeBytes { JSONStringArray.parse($0) } == nil)
    }
}
