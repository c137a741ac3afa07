import Foundation
import Testing
import LetopisCore
import LetopisText
@testable import LetopisTime

/// One line of `Fixtures/timex.txt`: text | published | span | value | mod | type.
struct TimexFixture: CustomTestStringConvertible, Sendable {
    var line: Int
    var text: String
    var published: CalendarDate?
    var span: String?
    var value: String
    var mod: String?
    var type: String
    var testDescription: String { "line \(line): \(text)" }

    static let all: [TimexFixture] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/timex.txt")
        guard let content = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var out: [TimexFixture] = []
        for (n, raw) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let p = line.components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }
            guard p.count >= 5 else { continue }
            out.append(TimexFixture(line: n + 1, text: p[0], published: CalendarDate(iso: p[1]),
                                    span: p[2] == "-" ? nil : p[2], value: p[3], mod: p[4] == "-" ? nil : p[4],
                                    type: p.count > 5 ? p[5] : "DATE"))
        }
        return out
    }()
}

func tagged(_ text: String, published: String? = nil) -> (doc: Document, timexes: [Timex], warnings: [String]) {
    let doc = Document(id: "t", text: text)
    let tokens = Tokenizer().tokenize(doc.utf8)
    let (timexes, warnings) = TimeExpressionTagger().tag(doc.utf8, tokens: tokens, anchor: published.flatMap { CalendarDate(iso: $0) })
    return (doc, timexes, warnings)
}
