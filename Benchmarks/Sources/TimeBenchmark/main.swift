// Time-expression throughput: expressions/s and MB/s over a directory of texts.
//
//   swift build -c release --package-path Benchmarks
//   Benchmarks/.build/release/TimeBenchmark ../shared/data/nerel-1.1/dev [repeats]
//
// Tokenizing is timed apart from tagging so that the figure is the time layer's own.
import Foundation
import LetopisPipeline

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: TimeBenchmark DIR [repeats] — DIR holds .txt files\n".utf8))
    exit(2)
}
let directory = arguments[1]
let repeats = arguments.count >= 3 ? max(1, Int(arguments[2]) ?? 5) : 5
guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
    FileHandle.standardError.write(Data("TimeBenchmark: \(directory): cannot list the directory — check the path\n".utf8))
    exit(2)
}
var texts: [[UInt8]] = []
for name in names.sorted() where name.hasSuffix(".txt") {
    if let data = FileManager.default.contents(atPath: directory + "/" + name) { texts.append([UInt8](data)) }
}
let bytes = texts.reduce(0) { $0 + $1.count }
let tokenizer = Tokenizer()
let tokens = texts.map { tokenizer.tokenize($0) }
let tagger = TimeExpressionTagger()
let anchor = CalendarDate(iso: "2025-12-23")
let clock = ContinuousClock()
var expressions = 0
var best = Duration.seconds(1_000_000)
for _ in 0..<repeats {
    var found = 0
    let elapsed = clock.measure {
        for (text, toks) in zip(texts, tokens) { found += tagger.tag(text, tokens: toks, anchor: anchor).timexes.count }
    }
    expressions = found
    best = min(best, elapsed)
}
let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
print("documents \(texts.count), bytes \(bytes), expressions \(expressions), best of \(repeats)")
print(String(format: "time: %.1f ms  %.0f expressions/s  %.2f MB/s", seconds * 1000, Double(expressions) / seconds, Double(bytes) / seconds / 1e6))
