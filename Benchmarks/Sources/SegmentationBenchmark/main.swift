// Throughput of tokenization + sentence splitting, on one core.
//
//   swift build -c release --package-path Benchmarks
//   Benchmarks/.build/release/SegmentationBenchmark ../shared/data/factrueval-2016/devset [runs] [repeat]
//
// Reads every .txt file of the directory, concatenates them `repeat` times (default 20,
// so that one run lasts long enough to time), runs tokenize + split `runs` times
// (default 7) and prints the median MB/s and tokens/s.
import Foundation
import LetopisPipeline

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: SegmentationBenchmark DIR [runs] [repeat]\n".utf8))
    exit(2)
}
let directory = URL(fileURLWithPath: arguments[1])
let runs = arguments.count > 2 ? max(1, Int(arguments[2]) ?? 7) : 7
let repeats = arguments.count > 3 ? max(1, Int(arguments[3]) ?? 20) : 20

let names: [String]
do {
    names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
} catch {
    FileHandle.standardError.write(Data("cannot list \(directory.path): \(error)\n".utf8))
    exit(2)
}
var texts: [[UInt8]] = []
for name in names {
    if let data = try? Data(contentsOf: directory.appendingPathComponent(name)) { texts.append([UInt8](data)) }
}
guard !texts.isEmpty else {
    FileHandle.standardError.write(Data("no .txt files in \(directory.path)\n".utf8))
    exit(2)
}
let corpus = Array(repeating: texts, count: repeats).flatMap { $0 }
let bytes = corpus.reduce(0) { $0 + $1.count }

let tokenizer = Tokenizer()
let splitter = SentenceSplitter()

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

var seconds: [Double] = []
var tokenCount = 0
var sentenceCount = 0
// One warm-up run, then the timed ones.
for run in 0...runs {
    var tokensThisRun = 0
    var sentencesThisRun = 0
    let start = now()
    for text in corpus {
        let tokens = tokenizer.tokenize(text)
        let sentences = splitter.split(text, tokens: tokens)
        tokensThisRun += tokens.count
        sentencesThisRun += sentences.count
    }
    let elapsed = now() - start
    if run > 0 { seconds.append(elapsed) }
    tokenCount = tokensThisRun
    sentenceCount = sentencesThisRun
}
seconds.sort()
let median = seconds[seconds.count / 2]
let mb = Double(bytes) / 1_000_000
print("files = \(texts.count) x \(repeats), bytes = \(bytes), tokens = \(tokenCount), sentences = \(sentenceCount), runs = \(runs)")
print(String(format: "median %.4f s (min %.4f, max %.4f)", median, seconds.first!, seconds.last!))
print(String(format: "SEGMENT_MB_PER_S = %.1f", mb / median))
print(String(format: "SEGMENT_TOKENS_PER_S = %.0f", Double(tokenCount) / median))
