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

    /// JSON Lines documents, read by ``DocumentReader`` (UTF-8 and size checks, `published` field,
    /// a `date` header when there is none): a bad line is one error on standard error, the rest are written.
    private func runJSONL(path: String, defaultAnchor: CalendarDate?) throws {
        try runDocuments(paths: [path], defaultAnchor: defaultAnchor)
    }

    /// Every `.txt` file of DIR, read by ``DocumentReader`` (id = file name without extension; a
    /// `date YYYY-MM-DD` header gives the publication date).
    private func runDirectory(path: String, defaultAnchor: CalendarDate?) throws {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            throw ValidationError("\(path): cannot list the directory — check the path")
        }
        try runDocuments(paths: names.sorted().filter { $0.hasSuffix(".txt") }.map { path + "/" + $0 }, defaultAnchor: defaultAnchor)
    }

    private func runDocuments(paths: [String], defaultAnchor: CalendarDate?) throws {
        // The publication date comes from the record or its header, else --published; never guessed from the text.
        let reader = DocumentReader(options: ReadOptions(published: defaultAnchor, inferPublished: false))
        var failed = 0
        for item in reader.read(paths: paths) {
            for warning in item.warnings { Console.warning(warning) }
            switch item.result {
            case .success(let document):
                print(encode(document))
            case .failure(let error):
                Console.error(error)
                failed += 1
            }
        }
        if failed > 0 {
            Console.note("\(failed) document(s) skipped")
            throw ExitCode(1)
        }
    }

    private func encode(_ document: Document) -> String {
        let id = document.id
        let body = TextRange(min(document.bodyStart, document.utf8.count), document.utf8.count)
        let tokens = Tokenizer().tokenize(document.utf8, in: body)
        let (timexes, _) = TimeExpressionTagger().tag(document.utf8, tokens: tokens, anchor: document.published?.date)
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
