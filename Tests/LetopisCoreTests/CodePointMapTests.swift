import Testing
@testable import LetopisCore

@Suite("A code point map")
struct CodePointMapTests {
    @Test("counts Cyrillic letters as one code point each")
    func cyrillic() {
        let map = CodePointMap(utf8: Array("Аб c".utf8))
        #expect(map.codePoint(0) == 0)
        #expect(map.codePoint(2) == 1)
        #expect(map.codePoint(4) == 2)
        #expect(map.codePoint(6) == 4)
        #expect(map.byteOffset(ofCodePoint: 2) == 4)
        #expect(map.byteOffset(ofCodePoint: 1) == 2)
        #expect(map.byteOffset(ofCodePoint: 0) == 0)
        #expect(map.byteOffset(ofCodePoint: 4) == 6)
    }
}
