// Morphology throughput, load time and memory.
//
//   swift build -c release --package-path Benchmarks
//   Benchmarks/.build/release/MorphologyBenchmark TOKENS_FILE [--stream FILE] [--models DIR] [--runs N]
//
// With --stream FILE (every token in text order), also the rate on running text with the cache on.
// TOKENS_FILE holds one token per line (Benchmarks/scripts/morph-compare.sh writes the
// distinct tokens of FactRuEval devset and NEREL train/dev). Prints the dictionary load time,
// resident memory before and after loading, and words/s (median of N runs) without the
// word cache and with it (warm), on one core.
import Foundation
import LetopisPipeline

func residentBytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        let kb = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
        return kb * 1024
    }
    return 0
}

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// CPU time of this thread: words per CPU-second is words/s per core, whatever else the machine runs.
func cpuNow() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

var args = Array(CommandLine.arguments.dropFirst())
var modelsPath = ProcessInfo.processInfo.environment["LETOPIS_MODELS"]
    ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share/letopis/models").path
var runs = 5
var tokensPath: String?
var streamPath: String?
while !args.isEmpty {
    let a = args.removeFirst()
    switch a {
    case "--models": modelsPath = args.isEmpty ? modelsPath : args.removeFirst()
    case "--stream": streamPath = args.isEmpty ? nil : args.removeFirst()
    case "--runs": runs = args.isEmpty ? runs : Int(args.removeFirst()) ?? runs
    default: tokensPath = a
    }
}
guard let tokensPath, let text = try? String(contentsOfFile: tokensPath, encoding: .utf8) else {
    FileHandle.standardError.write(Data("usage: MorphologyBenchmark TOKENS_FILE [--models DIR] [--runs N]\n".utf8))
    exit(2)
}
let tokens = text.split(separator: "\n").map(String.init)

let rssBefore = residentBytes()
let t0 = now()
let dictionary: MorphDictionary
do {
    dictionary = try MorphDictionary(directory: URL(fileURLWithPath: modelsPath).appendingPathComponent("opencorpora"))
} catch {
    FileHandle.standardError.write(Data("letopis: \(error)\n".utf8))
    exit(1)
}
let loadSeconds = now() - t0
let rssAfter = residentBytes()

@MainActor func measure(_ morph: MorphAnalyzer, warm: Bool, tokens: [String] = tokens) -> Double {
    if warm { for t in tokens { _ = morph.parse(t) } }
    var rates: [Double] = []
    var sink = 0
    for _ in 0..<runs {
        let start = cpuNow()
        for t in tokens { sink &+= morph.parse(t).count }
        rates.append(Double(tokens.count) / (cpuNow() - start))
    }
    if sink == 42 { print("") }
    rates.sort()
    return rates[rates.count / 2]
}

let uncached = measure(MorphAnalyzer(dictionary: dictionary, cacheCapacity: 0), warm: false)
let cached = measure(MorphAnalyzer(dictionary: dictionary), warm: true)
var streamRate: Double?
var streamCount = 0
if let streamPath, let streamText = try? String(contentsOfFile: streamPath, encoding: .utf8) {
    let stream = streamText.split(separator: "\n").map(String.init)
    streamCount = stream.count
    // A fresh analyzer: the cache fills as the text is read, as in a real run.
    streamRate = measure(MorphAnalyzer(dictionary: dictionary), warm: false, tokens: stream)
}
let rssEnd = residentBytes()

func mib(_ b: Int) -> String { String(format: "%.1f MiB", Double(b) / 1_048_576) }
print("tokens: \(tokens.count) (\(tokensPath))")
print(String(format: "dictionary load: %.3f s", loadSeconds))
print("resident memory: \(mib(rssBefore)) before load, \(mib(rssAfter)) after load (dictionary ≈ \(mib(rssAfter - rssBefore))), \(mib(rssEnd)) after the runs")
print(String(format: "letopis uncached: %.0f words/s (median of %d runs, per CPU-second of one thread)", uncached, runs))
print(String(format: "letopis cached:   %.0f words/s (median of %d runs, warm cache, per CPU-second of one thread)", cached, runs))
if let streamRate {
    print(String(format: "letopis running text (%d tokens, cache on): %.0f words/s (median of %d runs)", streamCount, streamRate, runs))
}
