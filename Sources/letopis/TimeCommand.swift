import ArgumentParser
import Foundation
import LetopisPipeline

/// `letopis time`: finds and resolves time expressions, for people (`TEXT`) or
/// for the scorer (`--jsonl FILE` or `--dir DIR`, JSON Lines with code point offsets).
struct TimeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "time",
        abstract: "Find time expressions and resolve them against the publication date.",
        discussion: """
        letopis time --published 2025-12-23 "в конце июля"
        letopis time --trace --published 2025-12-23 "Визит состоится в ближайшее время."
        letopis time --jsonl docs.jsonl > out.jsonl      (records {id, text, published?})
        letopis time --dir ../shared/data/nerel-1.1/dev > out.jsonl   (.txt files; id = file name)
        Without a publication date values stay relative (XXXX-07); the clock is never read.
        """
    )

    @Flag(help: "Show the rule that found each expression and the tense it was resolved with.")
    var trace = false

    @Option(help: "Publication date (YYYY-MM-DD) to resolve against.")
    var published: String?

    @Option(help: "Read JSON Lines documents {id, text, published?} from FILE; write one JSON object per line.")
    var jsonl: String?

    @Option(help: "Read every .txt file of DIR (id = file name without extension); write JSON Lines.")
    var dir: String?

    @Argument(help: "Text to analyse.")
    var text: [String] = []

    func run() throws {
        var anchor: CalendarDate? = nil
        if let published {
            guard let d = CalendarDate(iso: published) else {
                throw ValidationError("--published '\(published)' is not a date — write it YYYY-MM-DD, e.g. 2025-12-23")
            }
            anchor = d
        }
        if let jsonl { try runJSONL(path: jsonl, defaultAnchor: anchor); return }
        if let dir { try runDirectory(path: dir, defaultAnchor: anchor); return }
        guard !text.isEmpty else { throw ValidationError("give a TEXT, --jsonl FILE or --dir DIR") }
        let document = Document(id: "text", text: text.joined(separator: " "))
        let tokens = Tokenizer().tokenize(document.utf8)
        let result = TimeExpressionTagger().trace(document.utf8, tokens: tokens, anchor: anchor)
        for t in result.traces {
            let x = t.timex
            var line = "\(document.text(of: x.range))\t\(x.type.rawValue)\t\(x.value)\t\(x.mod?.rawValue ?? "-")"
            if trace { line += "\t\(x.rule)\ttense=\(t.tense.rawValue)" }
            print(line)
        }
        for w in result.warnings { FileHandle.standardError.write(Data("letopis: warning: \(w)\n".utf8)) }
    }

    private func runJSONL(path: String, defaultAnchor: CalendarDate?) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("\(path): cannot read the file — check the path")
        }
        let content = String(decoding: data, as: UTF8.self)
        var skipped = 0
        defer { if skipped > 0 { FileHandle.standardError.write(Data("letopis: \(skipped) line(s) of \(path) skipped\n".utf8)) } }
        for (n, line) in content.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = object["text"] as? String else {
                FileHandle.standardError.write(Data("letopis: error: \(path):\(n + 1): not a JSON object with \"text\" — skipped; write one {\"id\", \"text\", \"published\"} object per line\n".utf8))
                skipped += 1
                continue
            }
            let id = (object["id"] as? String) ?? (object["id"].map { "\($0)" } ?? String(n + 1))
            let anchor = (object["published"] as? String).flatMap { CalendarDate(iso: $0.prefix(10)) } ?? defaultAnchor
            print(encode(id: id, text: text, bodyStart: 0, anchor: anchor))
        }
        if skipped > 0 { throw ExitCode(1) }
    }

    private func runDirectory(path: String, defaultAnchor: CalendarDate?) throws {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: path) else {
            throw ValidationError("\(path): cannot list the directory — check the path")
        }
        for name in names.sorted() where name.hasSuffix(".txt") {
            guard let data = fm.contents(atPath: path + "/" + name) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            var anchor = defaultAnchor
            var bodyStart = 0
            // A `date YYYY-MM-DD` header gives the publication date.
            let trimmed = text.drop { $0 == " " || $0 == "\u{FEFF}" }
            if trimmed.hasPrefix("date "), let d = CalendarDate(iso: trimmed.dropFirst(5).prefix(10)) {
                anchor = d
                bodyStart = text.utf8.count - trimmed.utf8.count + 15
            }
            print(encode(id: String(name.dropLast(4)), text: text, bodyStart: bodyStart, anchor: anchor))
        }
    }

    private func encode(id: String, text: String, bodyStart: Int, anchor: CalendarDate?) -> String {
        let document = Document(id: id, text: text)
        let body = TextRange(min(bodyStart, document.utf8.count), document.utf8.count)
        let tokens = Tokenizer().tokenize(document.utf8, in: body)
        let (timexes, _) = TimeExpressionTagger().tag(document.utf8, tokens: tokens, anchor: anchor)
        let map = CodePointMap(utf8: document.utf8)
        var items: [String] = []
        for x in timexes {
            var item = "{\"start\":\(map.codePoint(x.range.start)),\"end\":\(map.codePoint(x.range.end)),"
            item += "\"text\":\(jsonString(document.text(of: x.range))),\"type\":\"\(x.type.rawValue)\","
            item += "\"value\":\(jsonString(x.value)),\"mod\":\(x.mod.map { "\"\($0.rawValue)\"" } ?? "null")"
            if trace { item += ",\"rule\":\(jsonString(x.rule))" }
            items.append(item + "}")
        }
        return "{\"id\":\(jsonString(id)),\"timexes\":[\(items.joined(separator: ","))]}"
    }

    private func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
