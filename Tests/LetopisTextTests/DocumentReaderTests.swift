import Foundation
import Testing
@testable import LetopisText
@testable import LetopisCore

@Suite("A document reader")
struct DocumentReaderTests {
    let reader = DocumentReader()

    func document(_ item: ReadItem) throws -> Document {
        switch item.result {
        case .success(let d): return d
        case .failure(let e): Issue.record("unexpected error \(e)"); throw e
        }
    }

    func error(_ item: ReadItem) -> LetopisError? {
        if case .failure(let e) = item.result { return e }
        return nil
    }

    @Test("takes the publication date from a header on the same line as the body")
    func inlineHeader() throws {
        let text = " date 2025-12-23 БЕЙРУТ, 23 - РИА Новости. Текст."
        let d = try document(reader.readText(Array(text.utf8), id: "x", location: InputLocation(path: "x.txt")))
        #expect(d.published == PublicationDate(CalendarDate(iso: "2025-12-23")!, source: .header))
        #expect(d.text == text)
        #expect(d.text(of: TextRange(d.bodyStart, d.bodyStart + 12)) == "БЕЙРУТ")
        #expect(d.dateline?.place == "Бейрут")
    }

    @Test("takes the publication date from a header line")
    func headerLine() throws {
        let d = try document(reader.readText(Array("date 2024-02-29\nТекст.".utf8), id: "x", location: InputLocation(path: "x")))
        #expect(d.published?.date.iso == "2024-02-29")
        #expect(d.bodyStart == 16)
    }

    @Test("warns about an impossible header date and keeps the document")
    func badHeader() throws {
        let item = reader.readText(Array("date 2025-02-30\nТекст.".utf8), id: "x", location: InputLocation(path: "x"))
        let d = try document(item)
        #expect(d.published == nil)
        #expect(item.warnings.first?.code == .badDate)
    }

    @Test("infers a date written in the first line and marks it inferred")
    func inferred() throws {
        let d = try document(reader.readText(Array("Новости 23.12.2025\nМОСКВА, 23 — ТАСС. Текст.".utf8), id: "x",
                                             location: InputLocation(path: "x")))
        #expect(d.published == PublicationDate(CalendarDate(iso: "2025-12-23")!, source: .inferred))
    }

    @Test("uses the option date only when the document gives none")
    func optionDate() throws {
        let r = DocumentReader(options: ReadOptions(published: CalendarDate(iso: "2020-01-01")))
        let a = try document(r.readText(Array("Текст без даты.".utf8), id: "a", location: InputLocation(path: "a")))
        #expect(a.published == PublicationDate(CalendarDate(iso: "2020-01-01")!, source: .option))
        let b = try document(r.readText(Array("date 2025-01-02\nТекст.".utf8), id: "b", location: InputLocation(path: "b")))
        #expect(b.published?.source == .header)
    }

    @Test("refuses invalid UTF-8 and names the byte")
    func invalidUTF8() {
        let e = error(reader.readText([0x41, 0xD0, 0x41], id: "x", location: InputLocation(path: "bad.txt")))
        #expect(e?.code == .invalidUTF8)
        #expect(e?.description.contains("byte 1") == true)
        #expect(e?.description.contains("bad.txt") == true)
    }

    @Test("refuses overlong encodings and surrogates", arguments: [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] as [[UInt8]])
    func malformed(_ bytes: [UInt8]) {
        #expect(UTF8Validation.firstInvalidOffset(bytes) == 0)
    }

    @Test("accepts every valid sequence")
    func validUTF8() {
        #expect(UTF8Validation.firstInvalidOffset(Array("Москва́ 😀 €".utf8)) == nil)
    }

    @Test("refuses NUL bytes, empty and oversized documents")
    func badDocuments() {
        #expect(error(reader.readText([0x41, 0x00, 0x41], id: "x", location: InputLocation(path: "x")))?.code == .invalidUTF8)
        #expect(error(reader.readText(Array(" \n\t ".utf8), id: "x", location: InputLocation(path: "x")))?.code == .emptyDocument)
        let small = DocumentReader(options: ReadOptions(maxDocumentBytes: 10))
        #expect(error(small.readText(Array("очень длинный текст".utf8), id: "x", location: InputLocation(path: "x")))?.code == .documentTooLarge)
    }

    @Test("reads JSON Lines and reports a broken line without losing the others")
    func jsonLines() throws {
        let input = """
        {"id": "a", "text": "Первый.", "published": "2025-01-02"}
        {"id": "b", "text": "Второй.
        not json at all

        {"id": 7, "text": "Третий.", "published": "2025-13-45"}
        {"text": "Без id."}
        {"id": "e", "title": "no text"}
        """
        let items = reader.readJSONLines(Array(input.utf8), path: "batch.jsonl")
        #expect(items.count == 6)
        #expect(try document(items[0]).published?.date.iso == "2025-01-02")
        #expect(error(items[1])?.code == .malformedJSON)
        #expect(error(items[1])?.description.hasPrefix("batch.jsonl:2") == true)
        #expect(error(items[2])?.code == .malformedJSON)
        let third = try document(items[3])
        #expect(third.id == "7")
        #expect(third.published == nil)
        #expect(items[3].warnings.first?.code == .badDate)
        #expect(try document(items[4]).id == "batch-6")
        #expect(error(items[5])?.code == .malformedJSON)
    }

    @Test("reads a directory's .txt and .jsonl files in name order and reports missing paths")
    func directory() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("letopis-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Б.".write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        try "А.".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "{\"id\":\"c1\",\"text\":\"В.\"}\n".write(to: dir.appendingPathComponent("c.jsonl"), atomically: true, encoding: .utf8)
        try "skip".write(to: dir.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        let items = Array(reader.read(paths: [dir.path, dir.appendingPathComponent("missing.txt").path]))
        #expect(try items.prefix(3).map { try document($0).id } == ["a", "b", "c1"])
        #expect(error(items[3])?.code == .fileNotFound)
    }
}
