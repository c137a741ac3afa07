import Foundation
import Testing

/// Runs the built `letopis` executable, as a user would.
struct CLI {
    static let executable: URL? = {
        // The test bundle sits in the build products folder, next to the executable.
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("letopis")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs letopis with `arguments`, or, with `shell`, `/bin/sh` (or bash) with them (`-c script letopis ...`).
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
                    shell: Bool = false, bash: Bool = false) throws -> Result {
        let process = Process()
        process.executableURL = shell ? URL(fileURLWithPath: bash ? "/bin/bash" : "/bin/sh")
            : try #require(executable, "the letopis executable is built with the tests")
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: e, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("letopis-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}

@Suite("letopis extract")
struct ExtractCommandTests {
    let article = "date 2025-12-23\nМОСКВА, 23 декабря — РИА Новости. Министры встретились в Москве. Стороны обсудили сотрудничество."

    func lines(_ s: String) throws -> [[String: Any]] {
        try s.split(separator: "\n").map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    @Test("writes one JSON object per article with id, publication date, dateline and sentences")
    func writesJSON() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a1.txt")
        try article.write(to: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["extract", file.path, "--format", "json", "--stages", "segment"])
        #expect(r.status == 0, "\(r.stderr)")
        let docs = try lines(r.stdout)
        #expect(docs.count == 1)
        #expect(docs[0]["id"] as? String == "a1")
        #expect(docs[0]["published"] as? String == "2025-12-23")
        let dateline = try #require(docs[0]["dateline"] as? [String: Any])
        #expect(dateline["place"] as? String == "Москва")
        #expect(dateline["agency"] as? String == "РИА Новости")
        #expect((docs[0]["sentences"] as? [[Int]])?.count == 3)
    }

    @Test("reports each bad input in one line, still writes the good ones, and exits 1")
    func badInputs() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try article.write(to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try "".write(to: dir.appendingPathComponent("empty.txt"), atomically: true, encoding: .utf8)
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0xFF, 0xFE]).write(to: dir.appendingPathComponent("binary.txt"))
        try "{\"id\":\"j1\",\"text\":\"Текст.\"}\n{broken\n{\"id\":\"j3\",\"text\":\"Ещё.\"}\n"
            .write(to: dir.appendingPathComponent("batch.jsonl"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["extract", dir.path, dir.appendingPathComponent("missing.txt").path, "--format", "json", "--stages", "segment"])
        #expect(r.status == 1)
        #expect(try lines(r.stdout).compactMap { $0["id"] as? String } == ["j1", "j3", "good"])
        let errors = r.stderr.split(separator: "\n").filter { $0.hasPrefix("letopis: error:") }
        #expect(errors.count == 4, "\(r.stderr)")
        #expect(errors.contains { $0.contains("batch.jsonl:2") })
        #expect(errors.contains { $0.contains("empty.txt") && $0.contains("empty") })
        #expect(errors.contains { $0.contains("binary.txt") })
        #expect(errors.contains { $0.contains("missing.txt") })
        #expect(!r.stderr.contains("Fatal error"))
    }

    @Test("reads JSON Lines from standard input")
    func stdin() throws {
        let r = try CLI.run(["extract", "-", "--format", "json", "--stages", "segment"],
                            stdin: "{\"id\":\"s1\",\"text\":\"Первое. Второе.\",\"published\":\"2025-01-05\"}\n")
        #expect(r.status == 0)
        let docs = try lines(r.stdout)
        #expect(docs.first?["id"] as? String == "s1")
        #expect(docs.first?["published"] as? String == "2025-01-05")
    }

    @Test("refuses a bad --published date with exit status 2")
    func badOption() throws {
        let r = try CLI.run(["extract", "-", "--published", "2025-02-30"], stdin: "Текст.")
        #expect(r.status == 2)
        #expect(r.stderr.contains("YYYY-MM-DD"))
    }

    @Test("writes a readable summary with --format text")
    func textFormat() throws {
        let r = try CLI.run(["extract", "-", "--format", "text", "--stages", "segment"], stdin: article)
        #expect(r.status == 0)
        #expect(r.stdout.contains("published 2025-12-23"))
        #expect(r.stdout.contains("dateline: Москва"))
    }
}

@Suite("letopis models")
struct ModelsCommandTests {
    @Test("list says what is missing and how to install it")
    func listMissing() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(["models", "list", "--models", dir.path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("letopis models install"))
        #expect(r.stdout.contains("missing  opencorpora dictionary"))
    }
}
