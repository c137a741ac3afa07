import Foundation
import Testing

/// `letopis time --jsonl` / `--dir` read through DocumentReader: its UTF-8 and JSON checks, the
/// `published` field and the `date` header, with a bad document costing that document only.
@Suite("letopis time reading files")
struct TimeCommandTests {
    @Test("a line that is not UTF-8 is one error naming its line; the others are tagged, exit 1")
    func badLineInJSONLines() throws {
        let dir = try CLI.temporaryDirectory()
        var bytes = Array(#"{"id": "a", "text": "Визит состоялся в конце июля.", "published": "2025-12-23"}"#.utf8) + [0x0A]
        bytes += Array(#"{"id": "b", "text": "Плохой "#.utf8) + [0xFF, 0xFE] + Array(#" текст"}"#.utf8) + [0x0A]
        bytes += Array(#"{"id": "c", "text": "Встреча пройдёт 5 марта."}"#.utf8) + [0x0A]
        let input = dir.appendingPathComponent("docs.jsonl")
        try Data(bytes).write(to: input)
        let r = try CLI.run(["time", "--jsonl", input.path, "--published", "2026-01-10"])
        #expect(r.status == 1)
        let errors = r.stderr.split(separator: "\n").filter { $0.contains("error:") }
        #expect(errors.count == 1)
        #expect(errors.first?.contains("docs.jsonl:2") == true, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.map { $0["id"] as? String } == ["a", "c"])
        let a = try #require((lines.first?["timexes"] as? [[String: Any]])?.first)
        #expect(a["value"] as? String == "2025-07", "the record's date, not --published")
        let c = try #require((lines.last?["timexes"] as? [[String: Any]])?.first)
        #expect(c["value"] as? String == "2026-03-05", "--published for a record without one")
    }

    @Test("a text file's date header anchors it and its offsets count from the file's start")
    func dateHeaderInDirectory() throws {
        let dir = try CLI.temporaryDirectory()
        try Data("date 2024-05-02\nВчера прошли переговоры.".utf8).write(to: dir.appendingPathComponent("doc1.txt"))
        let r = try CLI.run(["time", "--dir", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(doc["id"] as? String == "doc1")
        let x = try #require((doc["timexes"] as? [[String: Any]])?.first)
        #expect(x["value"] as? String == "2024-05-01")
        #expect(x["start"] as? Int == 16)
    }
}
