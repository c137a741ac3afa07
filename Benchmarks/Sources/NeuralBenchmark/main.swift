// Neural benchmark: model load time, tokens/s per model and for all three on
// 1 and N cores, encoder GFLOP/s and peak resident memory.
//
//   swift build -c release --package-path Benchmarks
//   Benchmarks/.build/release/NeuralBenchmark [--models DIR] [--repeat N] DIR_OF_TXT...
import Foundation
import LetopisPipeline
#if canImport(Glibc)
import Glibc
#endif

/// VmHWM of /proc/self/status: the peak resident set.
func peakRSSMB() -> Double {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = s.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
    return kb / 1024
}

func currentRSSMB() -> Double {
    guard let s = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let parts = s.split(separator: " ")
    guard parts.count > 1, let pages = Double(parts[1]) else { return 0 }
    return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}

func main() {
var args = Array(CommandLine.arguments.dropFirst())
var modelsPath = ProcessInfo.processInfo.environment["LETOPIS_MODELS"]
    ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share/letopis/models").path
var repeats = 5
var dirs: [String] = []
while !args.isEmpty {
    let a = args.removeFirst()
    if a == "--models", !args.isEmpty { modelsPath = args.removeFirst() }
    else if a == "--repeat", !args.isEmpty { repeats = Int(args.removeFirst()) ?? 5 }
    else { dirs.append(a) }
}
if dirs.isEmpty { dirs = ["../shared/data/factrueval-2016/devset"] }
let modelsURL = URL(fileURLWithPath: modelsPath, isDirectory: true)

var textList: [(String, String)] = []
for dir in dirs {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    for n in names {
        if let d = FileManager.default.contents(atPath: dir + "/" + n) {
            textList.append((String(n.dropLast(4)), String(decoding: d, as: UTF8.self)))
        }
    }
}
guard !textList.isEmpty else { print("no .txt files in \(dirs)"); exit(1) }
let texts = textList

let rss0 = currentRSSMB()
let t0 = Date()
let tagger: NeuralTagger
do { tagger = try NeuralTagger(modelsDirectory: modelsURL) } catch { print("letopis: \(error)"); exit(1) }
let loadTime = Date().timeIntervalSince(t0)

let segmenter = SegmentationStage()
func segmented() -> [Document] {
    texts.map { (id, text) in
        var d = Document(id: id, text: text)
        try? segmenter.process(&d)
        return d
    }
}
let base = segmented()
let repeatCount = repeats
let tokenCount = base.reduce(0) { $0 + $1.tokens.count }

func median(_ xs: [Double]) -> Double { let s = xs.sorted(); return s[s.count / 2] }

func cpuSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

/// Wall seconds (median and best) and process CPU seconds (median) of `body` over the repeats.
/// On a shared machine the CPU time of a one-thread run is the robust figure.
func measureAll(_ body: () -> Void) -> (wall: Double, best: Double, cpu: Double) {
    var times: [Double] = [], cpus: [Double] = []
    for _ in 0..<repeatCount {
        let t = Date(), c = cpuSeconds()
        body()
        times.append(Date().timeIntervalSince(t))
        cpus.append(cpuSeconds() - c)
    }
    return (median(times), times.min() ?? 0, median(cpus))
}

func measure(_ body: () -> Void) -> Double { measureAll(body).wall }

let threadsAll = ProcessInfo.processInfo.activeProcessorCount
var results: [String: Any] = [
    "documents": texts.count, "tokens": tokenCount, "load_s": loadTime,
    "cpu_avx2": Kernels.usesAVX2, "threads_available": threadsAll,
]
let macs = tagger.morph!.model.base.encoder.multiplyAddsPerToken
results["encoder_macs_per_token"] = macs

// Warm up (first touch of mapped pages).
var warm = base
tagger.process(&warm, threads: threadsAll)
results["rss_after_load_and_warmup_mb"] = currentRSSMB() - rss0

func perModel(_ name: String, _ stage: @escaping @Sendable (inout [Document]) -> Void) {
    for threads in Set([1, threadsAll]).sorted() {
        let (s, best, cpu) = measureAll {
            var docs = base
            runInParallel(&docs, threads: threads, stage)
        }
        results["\(name)_\(threads)t_tokens_per_s"] = Double(tokenCount) / s
        results["\(name)_\(threads)t_best_tokens_per_s"] = Double(tokenCount) / best
        if threads == 1 { results["\(name)_1t_tokens_per_cpu_s"] = Double(tokenCount) / cpu }
        if name == "all" { results["all_\(threads)t_docs_per_s"] = Double(texts.count) / s }
    }
}
let m = tagger.morph!, sx = tagger.syntax!, nr = tagger.ner!
perModel("morph") { m.process(batch: &$0) }
perModel("syntax") { sx.process(batch: &$0) }
perModel("ner") { nr.process(batch: &$0) }
let tg = tagger
perModel("all") { tg.processBatch(&$0) }
// Segmentation included, as the natasha side measures it.
for threads in Set([1, threadsAll]).sorted() {
    let (s, best, cpu) = measureAll {
        var docs = texts.map { Document(id: $0.0, text: $0.1) }
        runInParallel(&docs, threads: threads) { slice in
            for i in slice.indices { try? SegmentationStage().process(&slice[i]) }
            tg.processBatch(&slice)
        }
    }
    results["pipeline_\(threads)t_docs_per_s"] = Double(texts.count) / s
    results["pipeline_\(threads)t_tokens_per_s"] = Double(tokenCount) / s
    results["pipeline_\(threads)t_best_docs_per_s"] = Double(texts.count) / best
    if threads == 1 {
        results["pipeline_1t_docs_per_cpu_s"] = Double(texts.count) / cpu
        results["pipeline_1t_tokens_per_cpu_s"] = Double(tokenCount) / cpu
    }
}
// Encoder alone, one core: GFLOP/s counting 2 flops per multiply-add.
let encodedAll = base.flatMap { doc in doc.sentences.map { s in m.model.base.tokens.encode(s.tokens.map { doc.text(ofToken: $0) }) } }
let (_, _, encTime) = measureAll {
    _ = m.model.base.encodeOnly(encodedAll)
}
let encTokens = encodedAll.reduce(0) { $0 + $1.count }
// What the GEMMs really multiply: distinct words once per group in the first layer, every row after.
let executed = m.model.base.executedMultiplyAdds(encodedAll)
results["encoder_executed_macs_per_token"] = executed / max(encTokens, 1)
// CPU time of one thread: robust to other processes on a shared machine.
results["encoder_1t_gflops"] = Double(executed * 2) / encTime / 1e9
results["encoder_1t_effective_gflops"] = Double(encTokens * macs * 2) / encTime / 1e9
results["encoder_1t_tokens_per_s"] = Double(encTokens) / encTime
results["peak_rss_mb"] = peakRSSMB()
if let load = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) { results["loadavg"] = load.trimmingCharacters(in: .whitespacesAndNewlines) }

let json = try! JSONSerialization.data(withJSONObject: results, options: [.sortedKeys, .prettyPrinted])
print(String(decoding: json, as: UTF8.self))
}

main()
