import Foundation
import FuzzSupport
import LetopisCore
import LetopisMorphology
import LetopisNeural
import LetopisText

/// The dictionary and model loaders on corrupted files. A private copy of the models directory is made
/// of links to the installed files; each input picks one file and replaces it by the input (even first
/// byte), patches bytes of the real file (odd), or truncates it (first byte ≡ 3 mod 4); the loader must
/// then fail with an error or load something that works — never trap.
let installed = fuzzModelsDirectory
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("letopis-fuzz-models-\(getpid())")

/// Files small enough to rewrite at every input, relative to the models directory.
let candidates: [String] = {
    var out: [String] = []
    let fm = FileManager.default
    guard let walker = fm.enumerator(atPath: installed.path) else { return [] }
    while let path = walker.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let full = installed.appendingPathComponent(path).path
        guard fm.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
              let size = (try? fm.attributesOfItem(atPath: full))?[.size] as? Int, size <= 8 << 20 else { continue }
        if path.hasPrefix("slovnet/") || path.hasPrefix("opencorpora/") || path.hasPrefix("navec/") { out.append(path) }
    }
    guard !out.isEmpty else {
        FileHandle.standardError.write(Data("FuzzLoaders: no models under \(installed.path) — run 'letopis models install'\n".utf8))
        exit(2)
    }
    return out.sorted()
}()

/// Links every installed file into the scratch directory.
func linkAll() {
    let fm = FileManager.default
    try? fm.removeItem(at: scratch)
    guard let walker = fm.enumerator(atPath: installed.path) else { return }
    while let path = walker.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let from = installed.appendingPathComponent(path)
        let to = scratch.appendingPathComponent(path)
        guard fm.fileExists(atPath: from.path, isDirectory: &isDirectory) else { continue }
        if isDirectory.boolValue { try? fm.createDirectory(at: to, withIntermediateDirectories: true) }
        else {
            try? fm.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? fm.createSymbolicLink(at: to, withDestinationURL: from)
        }
    }
}

nonisolated(unsafe) var originals: [String: [UInt8]] = [:]
nonisolated(unsafe) var linked = false

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size >= 2 else { return 0 }
    if !linked { linkAll(); linked = true }
    let bytes = fuzzBytes(data, size)
    let mode = bytes[0], path = candidates[Int(bytes[1]) % candidates.count]
    let payload = Array(bytes.dropFirst(2))
    let original = originals[path] ?? {
        let b = (try? Data(contentsOf: installed.appendingPathComponent(path))).map { [UInt8]($0) } ?? []
        originals[path] = b
        return b
    }()
    var corrupted: [UInt8]
    if mode % 4 == 3 {
        let cut = payload.prefix(4).reduce(0) { $0 << 8 | Int($1) }
        corrupted = Array(original.prefix(original.isEmpty ? 0 : cut % original.count))
    } else if mode % 2 == 1 {
        corrupted = original
        var i = 0
        while i + 4 < payload.count, !corrupted.isEmpty {
            let offset = (Int(payload[i]) << 16 | Int(payload[i + 1]) << 8 | Int(payload[i + 2])) % corrupted.count
            corrupted[offset] = payload[i + 3]
            i += 4
        }
    } else {
        corrupted = payload
    }
    let target = scratch.appendingPathComponent(path)
    try? FileManager.default.removeItem(at: target)
    try? Data(corrupted).write(to: target)
    defer {
        try? FileManager.default.removeItem(at: target)
        try? FileManager.default.createSymbolicLink(at: target, withDestinationURL: installed.appendingPathComponent(path))
    }
    if path.hasPrefix("opencorpora/") {
        if let dictionary = try? MorphDictionary(directory: scratch.appendingPathComponent("opencorpora")) {
            let analyzer = MorphAnalyzer(dictionary: dictionary, cacheCapacity: 0)
            for word in ["стали", "Путиным", "кот", "бежать", "xyz"] { _ = analyzer.parse(word); _ = analyzer.lemma(word) }
        }
    } else {
        let task: NeuralModels.Task = path.contains("morph") ? .morph : path.contains("syntax") ? .syntax : .ner
        if let tagger = try? NeuralTagger(modelsDirectory: scratch, tasks: [task]) {
            var document = Document(id: "f", text: "Глава МИД России Сергей Лавров прибыл в Анкару.")
            try? SegmentationStage().process(&document)
            var documents = [document]
            tagger.processBatch(&documents)
        }
    }
    return 0
}

@_cdecl("FuzzLoaders_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv) { data, size in fuzz(data, size) }
}
