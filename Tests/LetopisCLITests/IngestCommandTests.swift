import Foundation
import Testing
import LetopisTestSupport

@Suite("letopis ingest and the query commands", .requiresModels())
struct IngestCommandTests {
    static let fixture: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/ingest-small.jsonl").path
    }()

    @Test("a document that crashes the extractor is stored as failed with its error, and the rest of the batch is stored")
    func crashCostsOneDocument() throws {
        let dir = try CLI.temporaryDirectory()
        let input = dir.appendingPathComponent("batch.jsonl")
        let rows = [("a", "Президент России Владимир Путин встретился в Кремле с президентом Турции Реджепом Тайипом Эрдоганом."),
                    ("b", "Второй BOOM текст."),
                    ("c", "Министр иностранных дел России Сергей Лавров провёл переговоры в Анкаре.")]
        let lines = rows.map { id, text in
            String(decoding: (try? JSONSerialization.data(withJSONObject: ["id": id, "text": text, "published": "2024-11-04"])) ?? Data(),
                   as: UTF8.self)
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: input)
        let db = dir.appendingPathComponent("events.sqlite").path
        let run = try CLI.run(["ingest", input.path, "--db", db, "--jobs", "2"], environment: ["LETOPIS_WORKER_CRASH_MARKER": "BOOM"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("b (") && run.stderr.contains("crashed the extractor"), "\(run.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(summary["added"] as? Int == 2 && summary["failed"] as? Int == 1, "\(run.stdout)")
        let database = try #require(summary["database"] as? [String: Any])
        #expect(database["documents"] as? Int == 2 && database["failed"] as? Int == 1, "\(run.stdout)")
        let events = try CLI.run(["events", "--db", db, "--format", "json"])
        #expect(!events.stdout.isEmpty && !events.stdout.contains("\"document\":\"b\""))
    }

    @Test("ingest stores the documents, keeps the first of a repeated id, and a second run changes nothing")
    func ingestTwice() throws {
        let db = try CLI.temporaryDirectory().appendingPathComponent("events.sqlite").path
        let first = try CLI.run(["ingest", IngestCommandTests.fixture, "--db", db])
        #expect(first.status == 1, "a repeated id with another text is reported: \(first.stderr)")
        #expect(first.stderr.contains("ria-1") && first.stderr.contains("the first is kept"))
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        #expect(summary["added"] as? Int == 2 && summary["duplicate_ids"] as? Int == 1)
        let database = try #require(summary["database"] as? [String: Any])
        #expect(database["documents"] as? Int == 2)

        let events = try CLI.run(["events", "--db", db, "--format", "json"])
        #expect(events.status == 0, "\(events.stderr)")
        let lines = events.stdout.split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            let event = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for key in ["id", "type", "date", "actors", "recipients", "status", "num_mentions", "num_sources", "mentions"] {
                #expect(event[key] != nil, "key \(key)")
            }
        }
        let firstLine = try #require(lines.first)
        let firstEvent = try JSONSerialization.jsonObject(with: Data(firstLine.utf8)) as? [String: Any]
        let firstID = try #require(firstEvent?["id"] as? String)
        let show = try CLI.run(["show", "--db", db, firstID])
        #expect(show.status == 0 && show.stdout.contains("why:"), "\(show.stderr)")
        let ids = try lines.map { line in
            try #require((try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String)
        }
        if let secondID = ids.dropFirst().first {
            let against = try CLI.run(["show", "--db", db, firstID, "--against", secondID])
            #expect(against.status == 0 && against.stdout.contains("kept apart") && against.stdout.contains("why:"),
                    "\(against.stdout) \(against.stderr)")
        }
        let unknown = try CLI.run(["show", "--db", db, firstID, "--against", "ev-nothing"])
        #expect(unknown.status != 0 && unknown.stderr.contains("ev-nothing") && unknown.stderr.split(separator: "\n").count == 1,
                "\(unknown.stderr)")

        let search = try CLI.run(["search", "--db", db, "Кремль", "--format", "json"])
        #expect(search.stdout.contains("tass-1") && !search.stdout.contains("ria-1"))

        let again = try CLI.run(["ingest", IngestCommandTests.fixture, "--db", db])
        let summary2 = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        #expect(summary2["unchanged"] as? Int == 2 && summary2["added"] as? Int == 0)

        let gdelt = try CLI.temporaryDirectory()
        let export = try CLI.run(["export", "--db", db, "--format", "gdelt", "--out", gdelt.path])
        #expect(export.status == 0, "\(export.stderr)")
        let rows = try String(contentsOf: gdelt.appendingPathComponent("events.tsv"), encoding: .utf8).split(separator: "\n")
        #expect(rows.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 61 })
        let mentions = try String(contentsOf: gdelt.appendingPathComponent("mentions.tsv"), encoding: .utf8).split(separator: "\n")
        #expect(mentions.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 16 })
    }

    @Test("a file that is not a database: one line and exit status 2")
    func notADatabase() throws {
        let path = try CLI.temporaryDirectory().appendingPathComponent("notes.txt")
        try Data(repeating: 0x41, count: 4096).write(to: path)
        let r = try CLI.run(["events", "--db", path.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("not a SQLite database") && r.stderr.split(separator: "\n").count == 1)
    }
}
