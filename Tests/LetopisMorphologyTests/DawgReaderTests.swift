import Testing
@testable import LetopisMorphology

@Suite("The DAWG reader")
struct DawgReaderTests {
    static func records() -> RecordDawg {
        var b = TinyDawgBuilder()
        b.insertRecord("еж", record: [0, 7, 0, 1])
        b.insertRecord("ёж", record: [0, 5, 0, 0])
        b.insertRecord("ёж", record: [0, 5, 0, 2])
        b.insertRecord("кот", record: [1, 2, 0, 3])
        let (units, guide) = b.build()
        return RecordDawg(dawg: Dawg(units: units), guide: DawgGuide(bytes: guide), recordSize: 4)
    }

    static func recordsOf(_ dawg: RecordDawg, _ match: RecordDawg.Match) -> [UInt64] {
        var out: [UInt64] = []
        dawg.forEachRecord(at: match.payloadIndex) { out.append($0) }
        return out
    }

    @Test("finds integer values by exact key and misses absent keys")
    func intLookup() {
        var b = TinyDawgBuilder()
        b.insert(Array("мир:NOUN".utf8), value: 750_000)
        b.insert(Array("мир:VERB".utf8), value: 1)
        b.insert(Array("a".utf8), value: 42)
        let dawg = Dawg(units: b.build().units)
        #expect(dawg.find(Array("мир:NOUN".utf8)) == 750_000)
        #expect(dawg.find(Array("мир:VERB".utf8)) == 1)
        #expect(dawg.find(Array("a".utf8)) == 42)
        #expect(dawg.find(Array("мир".utf8)) == nil)
        #expect(dawg.find(Array("мир:NOUNS".utf8)) == nil)
    }

    @Test("decodes every base64 record of a key, in base64 order")
    func records() {
        let dawg = Self.records()
        let found = dawg.similarItems(Array("кот".utf8), substitutes: .none)
        #expect(found.count == 1)
        #expect(Self.recordsOf(dawg, found[0]) == [0x0102_0003])
        #expect(dawg.contains(Array("кот".utf8)))
        #expect(!dawg.contains(Array("ко".utf8)))
    }

    @Test("lets е stand for ё, the key as written first")
    func substitutes() {
        let dawg = Self.records()
        let subs = RecordDawg.Substitutes([(from: "е", to: "ё")])
        let found = dawg.similarItems(Array("еж".utf8), substitutes: subs)
        #expect(found.map { String(decoding: $0.key(Array("еж".utf8)), as: UTF8.self) } == ["еж", "ёж"])
        #expect(Self.recordsOf(dawg, found[1]) == [0x0005_0000, 0x0005_0002])
        // ё is never replaced by е
        let strict = dawg.similarItems(Array("ёж".utf8), substitutes: subs)
        #expect(strict.map { String(decoding: $0.key(Array("ёж".utf8)), as: UTF8.self) } == ["ёж"])
    }

    @Test("answers nothing, without crashing, on a corrupt unit array")
    func corrupt() {
        let dawg = RecordDawg(dawg: Dawg(units: [0xFFFF_FFFF, 7, 0x8000_0000]), guide: DawgGuide(bytes: [1, 1]), recordSize: 4)
        #expect(dawg.similarItems(Array("кот".utf8), substitutes: .none).isEmpty)
        #expect(Dawg(units: []).find([1, 2, 3]) == nil)
    }

    @Test("reads base64 as binascii does")
    func base64() {
        let text = Array(TinyDawgBuilder.base64([0, 255, 16, 32]).utf8)
        #expect(text.withUnsafeBufferPointer { Base64.decodeInteger($0, bytes: 4) } == 0x00FF_1020)
        #expect(text.withUnsafeBufferPointer { Base64.decodeInteger($0, bytes: 8) } == nil)
        let long = Array(TinyDawgBuilder.base64([0, 0, 0, 9, 1, 2, 0, 3]).utf8)
        #expect(long.withUnsafeBufferPointer { Base64.decodeInteger($0, bytes: 8) } == 0x0000_0009_0102_0003)
    }
}
