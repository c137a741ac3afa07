import ArgumentParser
import Foundation
import LetopisPipeline

/// `letopis segment`: tokens and sentences of a text, with the rule behind every decision;
/// `letopis segment --eval DIR`: scores segmentation against FactRuEval `.tokens` files.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Prints the tokens and sentences of a text, or scores segmentation against FactRuEval.",
        discussion: """
            Reads a text file (or standard input with '-' or no path). A first line 'date YYYY-MM-DD' \
            is a header and is not segmented. With --trace, every candidate sentence boundary is \
            printed with the rule that decided it, and every token join or split with its rule.
            With --eval DIR, segments every NAME.txt of DIR that has a NAME.tokens (FactRuEval format) \
            and prints token and sentence-boundary precision, recall and F1.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "A text file; '-' or nothing reads standard input.")
    var path: String?

    @Flag(help: "Show the rule that decided at each candidate boundary.")
    var trace = false

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(name: .customLong("eval"), help: "Evaluate against the FactRuEval .tokens files of this directory.")
    var evalDirectory: String?

    @Flag(help: "With --eval: list every disagreement with the gold.")
    var errors = false

    @Flag(help: "Segment the whole text, without skipping a 'date YYYY-MM-DD' header line.")
    var noHeader = false

    func run() throws {
        do {
            if let evalDirectory {
                try evaluate(evalDirectory)
            } else {
                try segment()
            }
        } catch let error as LetopisError {
            FileHandle.standardError.write(Data("letopis: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }

    func evaluate(_ directory: String) throws {
        var evaluation = SegmentationEvaluation()
        try evaluation.addFactRuEval(directory: URL(fileURLWithPath: directory))
        if errors {
            for d in evaluation.disagreements {
                print("\(d.kind.rawValue)\t\(d.document)\t\(d.offset)\t\(d.rule ?? "-")\t\(d.context)")
            }
        }
        switch format {
        case .text:
            print("documents = \(evaluation.documents)")
            print("tokens: \(evaluation.tokens)")
            print("sentence boundaries: \(evaluation.sentenceBoundaries)")
            print(String(format: "TOKEN_F1 = %.4f", evaluation.tokens.f1))
            print(String(format: "SENTENCE_F1 = %.4f", evaluation.sentenceBoundaries.f1))
        case .json:
            func score(_ s: PRF) -> [String: Any] {
                ["precision": s.precision, "recall": s.recall, "f1": s.f1,
                 "tp": s.truePositives, "fp": s.falsePositives, "fn": s.falseNegatives]
            }
            let object: [String: Any] = ["documents": evaluation.documents,
                                         "tokens": score(evaluation.tokens),
                                         "sentence_boundaries": score(evaluation.sentenceBoundaries)]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        }
    }

    func readInput() throws -> String {
        let data: Data
        if let path, path != "-" {
            do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                throw LetopisError(.fileNotFound, subject: path, message: "cannot read the file",
                                   remedy: "check the path", cause: "\(error)")
            }
        } else {
            data = Data(try Console.readStandardInput())
        }
        return String(decoding: data, as: UTF8.self)
    }

    func segment() throws {
        let text = try readInput()
        let utf8 = Array(text.utf8)
        let body = TextRange(noHeader ? 0 : SegmentationStage.bodyStart(of: utf8), utf8.count)
        var tokenTrace: [TokenDecision] = []
        var sentenceTrace: [SentenceDecision] = []
        let tokens = Tokenizer().tokenize(utf8, in: body, trace: &tokenTrace)
        let sentences = SentenceSplitter().split(utf8, tokens: tokens, casing: TextCasing.of(utf8, tokens: tokens),
                                                 trace: &sentenceTrace)
        let map = CodePointMap(utf8: utf8)
        func slice(_ r: TextRange) -> String { String(decoding: utf8[r.start..<r.end], as: UTF8.self) }
        func oneLine(_ s: String) -> String { s.replacingOccurrences(of: "\n", with: "⏎") }
        let scalars = Array(text.unicodeScalars)
        /// The text around a byte offset, `‖` marking it (by code points: ranges never cut a scalar).
        func around(_ offset: Int) -> String {
            let cp = map.codePoint(offset)
            let a = Swift.max(0, cp - 25), b = Swift.min(scalars.count, cp + 25)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[a..<cp])
            view.append("‖")
            view.append(contentsOf: scalars[cp..<b])
            return oneLine(String(view))
        }

        switch format {
        case .text:
            for (n, s) in sentences.enumerated() {
                let words = tokens[s.tokens].map { slice($0.range) }
                print("\(n + 1)\t\(map.codePoint(s.range.start))..<\(map.codePoint(s.range.end))\t\(words.joined(separator: "|"))")
            }
            if trace {
                print("")
                for d in sentenceTrace {
                    print("sentence \(d.boundary ? "BOUNDARY" : "no-boundary")\t\(d.rule.rawValue)\t\(map.codePoint(d.offset))\t\(around(d.offset))")
                }
                for d in tokenTrace {
                    print("token \(d.joined ? "join" : "split")\t\(d.rule.rawValue)\t\(map.codePoint(d.offset))\t\(around(d.offset))")
                }
            }
        case .json:
            var object: [String: Any] = [
                "tokens": tokens.map { t -> [String: Any] in
                    ["start": map.codePoint(t.range.start), "end": map.codePoint(t.range.end),
                     "text": slice(t.range), "kind": "\(t.kind)"]
                },
                "sentences": sentences.map { s -> [String: Any] in
                    ["start": map.codePoint(s.range.start), "end": map.codePoint(s.range.end),
                     "tokens": [s.tokens.lowerBound, s.tokens.upperBound]]
                },
            ]
            if trace {
                object["sentence_decisions"] = sentenceTrace.map { d -> [String: Any] in
                    ["offset": map.codePoint(d.offset), "token": d.token, "rule": d.rule.rawValue, "boundary": d.boundary]
                }
                object["token_decisions"] = tokenTrace.map { d -> [String: Any] in
                    ["offset": map.codePoint(d.offset), "rule": d.rule.rawValue, "joined": d.joined]
                }
            }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        }
    }
}
