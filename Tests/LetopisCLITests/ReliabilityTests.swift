import Foundation
import Testing

/// Bad documents, bad inputs and bad outputs, as a user meets them: each costs one line on standard
/// error and the right exit status, and the good documents are still written.
@Suite("letopis extract under failure")
struct ReliabilityTests {
    func jsonLines(_ texts: [(String, String)]) -> String {
        texts.map { id, text in
            let data = try? JSONSerialization.data(withJSONObject: ["id": id, "text": text])
            return String(decoding: data ?? Data(), as: UTF8.self)
        }.joined(separator: "\n") + "\n"
    }

    func write(_ text: String, to name: String, in dir: URL) throws -> URL {
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    func errorLines(_ stderr: String) -> [Substring] { stderr.split(separator: "\n").filter { $0.contains("error:") } }

    @Test("a document that crashes a worker costs that document only, named by id, exit 1")
    func poisonDocument() throws {
        let dir = try CLI.temporaryDirectory()
        let input = try write(jsonLines([("a", "Первый текст."), ("b", "Второй BOOM текст."), ("c", "Третий текст.")]),
                              to: "batch.jsonl", in: dir)
        let r = try CLI.run(["extract", input.path, "--format", "json", "--stages", "segment", "--jobs", "2"],
                            environment: ["LETOPIS_WORKER_CRASH_MARKER": "BOOM"])
        #expect(r.status == 1)
        let ids = r.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
        }
        #expect(ids == ["a", "c"])
        let errors = errorLines(r.stderr)
        #expect(errors.count == 1)
        #expect(errors.first?.contains("b (") == true)
        // Signal 11 normally; under AddressSanitizer its SEGV handler turns the signal into an exit status.
        #expect(errors.first?.contains("crashed the extractor (signal 11") == true
                || errors.first?.contains("crashed the extractor (exit status") == true)
    }

    /// A document that makes a worker loop or stall (the debug-only `LETOPIS_WORKER_HANG_MARKER` makes
    /// the worker sleep for ever on it) costs that document only: the parent stops the silent worker
    /// after `--document-timeout`, starts another, and reports the document the second time it stalls.
    /// One worker (the whole batch in one slice: found by the one-at-a-time re-run) and two.
    @Test("a document that stalls a worker costs that document only, named with the fix, exit 1",
          .timeLimit(.minutes(2)), arguments: ["1", "2"])
    func stalledDocument(jobs: String) throws {
        let dir = try CLI.temporaryDirectory()
        let input = try write(jsonLines([("a", "Первый текст."), ("b", "Второй HANG текст."), ("c", "Третий текст.")]),
                              to: "batch.jsonl", in: dir)
        let r = try CLI.run(["extract", input.path, "--format", "json", "--stages", "segment", "--jobs", jobs,
                             "--document-timeout", "1"],
                            environment: ["LETOPIS_WORKER_HANG_MARKER": "HANG"])
        #expect(r.status == 1, "\(r.stderr)")
        let ids = r.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
        }
        #expect(ids == ["a", "c"], "the hang marker is honoured by debug builds only: \(r.stderr)")
        let errors = errorLines(r.stderr)
        #expect(errors.count == 1, "\(r.stderr)")
        #expect(errors.first?.contains("b (") == true && errors.first?.contains("batch.jsonl:2)") == true, "\(errors)")
        #expect(errors.first?.contains("stalled the extractor") == true)
        #expect(errors.first?.contains("--document-timeout") == true)
        #expect(r.stderr.contains("1 stalled the extractor"))
    }

    @Test("--document-timeout 0 turns the watchdog off: a slow document is waited for")
    func noTimeout() throws {
        let input = jsonLines([("a", "Первый текст."), ("b", "Второй текст.")])
        let r = try CLI.run(["extract", "-", "--format", "json", "--stages", "segment", "--jobs", "1", "--document-timeout", "0"],
                            stdin: input)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").count == 2)
    }

    @Test("the in-process mode writes exactly what the worker processes write")
    func inProcessMatchesIsolated() throws {
        let input = jsonLines([("a", "Министр прибыл в Москву 2 мая."), ("b", "Переговоры прошли в Анкаре.")])
        let isolated = try CLI.run(["extract", "-", "--format", "json", "--stages", "segment,time", "--jobs", "2"], stdin: input)
        let inProcess = try CLI.run(["extract", "-", "--format", "json", "--stages", "segment,time", "--jobs", "1", "--no-isolation"], stdin: input)
        #expect(isolated.status == 0 && inProcess.status == 0)
        #expect(isolated.stdout == inProcess.stdout)
        #expect(isolated.stdout.split(separator: "\n").count == 2)
    }

    @Test("--jobs 0 is refused with a message")
    func jobsZero() throws {
        let r = try CLI.run(["extract", "-", "--jobs", "0"], stdin: "Текст.")
        #expect(r.status != 0)
        #expect(r.stderr.contains("--jobs must be at least 1"))
    }

    @Test("a closed standard input is one line and exit 1, the named files still written")
    func closedStandardInput() throws {
        let dir = try CLI.temporaryDirectory()
        let a = try write("Текст статьи.", to: "a.txt", in: dir)
        let executable = try #require(CLI.executable)
        let r = try CLI.run(["-c", "exec \"$0\" extract \"$1\" - --format json --stages segment <&-", executable.path, a.path],
                            shell: true)
        #expect(r.status == 1)
        #expect(r.stdout.contains("\"id\":\"a\""))
        #expect(errorLines(r.stderr).count == 1)
        #expect(r.stderr.contains("standard input is closed"))
    }

    @Test("segment - on a closed standard input is one line, not a trap")
    func closedStandardInputSegment() throws {
        let executable = try #require(CLI.executable)
        let r = try CLI.run(["-c", "exec \"$0\" segment - <&-", executable.path], shell: true)
        #expect(r.status == 2)
        #expect(r.stderr.contains("standard input is closed"))
    }

    @Test("a full disk is one line and exit 2")
    func fullDisk() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let executable = try #require(CLI.executable)
        let r = try CLI.run(["-c", "printf 'Текст.' | exec \"$0\" extract - --format json --stages segment > /dev/full", executable.path],
                            shell: true)
        #expect(r.status == 2)
        #expect(errorLines(r.stderr).count == 1)
        #expect(r.stderr.contains("cannot write the output"))
    }

    @Test("a closed pipe with SIGPIPE ignored is one line and exit 2")
    func closedPipe() throws {
        let executable = try #require(CLI.executable)
        // `trap '' PIPE` makes the shell start Letopis with SIGPIPE ignored; `true` closes the pipe at once.
        let script = "trap '' PIPE; yes 'Текст статьи номер один.' | head -c 300000 | \"$0\" extract - --format json --stages segment | true; exit ${PIPESTATUS[2]}"
        let r = try CLI.run(["-c", script, executable.path], shell: true, bash: true)
        #expect(r.status == 2)
        #expect(r.stderr.contains("cannot write the output"))
    }

    @Test("a UTF-8 byte-order mark is stripped: the header and dateline are read, offsets count after it")
    func byteOrderMark() throws {
        let dir = try CLI.temporaryDirectory()
        let url = dir.appendingPathComponent("bom.txt")
        try Data([0xEF, 0xBB, 0xBF] + Array("date 2025-12-23\nМОСКВА, 23 декабря — РИА Новости. Текст.".utf8)).write(to: url)
        let r = try CLI.run(["extract", url.path, "--format", "json", "--stages", "segment"])
        #expect(r.status == 0)
        let object = try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["published"] as? String == "2025-12-23")
        let dateline = try #require(object["dateline"] as? [String: Any])
        #expect(dateline["place"] as? String == "Москва")
    }

    @Test("an invalid header date is a warning that keeps the dateline")
    func invalidHeaderDate() throws {
        let r = try CLI.run(["extract", "-", "--format", "json", "--stages", "segment"],
                            stdin: "date 2025-02-30\nМОСКВА, 23 декабря — РИА Новости. Текст.")
        #expect(r.status == 1)
        #expect(r.stderr.contains("letopis: warning:"))
        #expect(errorLines(r.stderr).isEmpty)
        let object = try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect((object["dateline"] as? [String: Any])?["place"] as? String == "Москва")
    }

    @Test("a subdirectory named *.txt is skipped with a note, and a link to the directory itself too")
    func directoriesAreNotRecursive() throws {
        let dir = try CLI.temporaryDirectory()
        _ = try write("Текст.", to: "a.txt", in: dir)
        let sub = dir.appendingPathComponent("sub.txt")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        _ = try write("Внутри.", to: "inner.txt", in: sub)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("self.txt").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("loop.txt").path, withDestinationPath: "loop.txt")
        let r = try CLI.run(["extract", dir.path, "--format", "json", "--stages", "segment"])
        #expect(r.stdout.split(separator: "\n").count == 1)
        #expect(r.stderr.contains("sub.txt: skipped: a directory"))
        #expect(r.stderr.contains("self.txt: skipped: a directory"))
        #expect(r.stderr.contains("loop.txt: the symbolic link loops back on itself"))
        #expect(!r.stderr.contains("no such file"))
        #expect(r.status == 1)
    }

    @Test("a FIFO is read like a file")
    func fifo() throws {
        let executable = try #require(CLI.executable)
        let dir = try CLI.temporaryDirectory()
        let fifo = dir.appendingPathComponent("in.txt").path
        let r = try CLI.run(["-c", "mkfifo \"$1\" && (printf 'Текст из канала.' > \"$1\" &) && exec \"$0\" extract \"$1\" --format json --stages segment",
                             executable.path, fifo], shell: true)
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"id\":\"in\""))
    }

    @Test("UTF-16 input is named as UTF-16 with the iconv line that converts it")
    func utf16() throws {
        let dir = try CLI.temporaryDirectory()
        let url = dir.appendingPathComponent("u16.txt")
        try Data([0xFF, 0xFE] + "Текст статьи.".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).write(to: url)
        let r = try CLI.run(["extract", url.path, "--format", "json", "--stages", "segment"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("UTF-16"))
        #expect(r.stderr.contains("iconv -f UTF-16 -t UTF-8"))
    }

    @Test("deeply nested JSON is named as too deep, not as invalid")
    func deepJSON() throws {
        let deep = "{\"id\":\"d\",\"text\":\"Текст.\",\"x\":" + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "}\n"
        let r = try CLI.run(["extract", "-", "--format", "json", "--stages", "segment"], stdin: deep + jsonLines([("ok", "Текст.")]))
        #expect(r.status == 1)
        #expect(r.stderr.contains("5001 levels deep"))
        #expect(r.stdout.split(separator: "\n").count == 1)
    }

    @Test("--stages events names the stages to add")
    func stagesToAdd() throws {
        let r = try CLI.run(["extract", "-", "--format", "json", "--stages", "events"], stdin: "Текст.")
        #expect(r.status == 2)
        #expect(r.stderr.contains("--stages segment"))
        #expect(errorLines(r.stderr).count == 1)
    }
}
