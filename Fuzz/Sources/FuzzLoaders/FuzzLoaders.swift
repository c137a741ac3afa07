import Foundation
import FuzzSupport
import LetopisCore
import LetopisMorphology
import LetopisNeural
import LetopisText

/// The dictionary and model loaders on corrupted files. Each input picks one model file and replaces
/// it by the input (even first byte), patches bytes of the real file (odd), or truncates it (first
/// byte ≡ 3 mod 4); the loader of that file must then fail with an error or load something that
/// works — never trap.
///
/// Fast by construction (the first campaign ran 2 inputs a second): the models directory is a copy
/// in memory — a tmpfs (`/dev/shm`) of links to the installed files, the originals read once into
/// memory, one corrupted file written per input — and only the loader of the corrupted file runs:
/// the navec table and the word vocabulary (a second of indexing) are loaded once and handed to the
/// slovnet loaders unless the input corrupts them. Loaders go through `mmap` exactly as in production.
let installed = fuzzModelsDirectory
let scratch: URL = {
    let shm = URL(fileURLWithPath: "/dev/shm")
    let base = FileManager.default.isWritableFile(atPath: shm.path) ? shm : FileManager.default.temporaryDirectory
    return base.appendingPathComponent("letopis-fuzz-models-\(getpid())")
}()

/// The files a loader reads, relative to the models directory (navec's `vocab` is read by no loader).
let candidates: [String] = {
    var out: [String] = []
    let fm = FileManager.default
    guard let walker = fm.enumerator(atPath: installed.path) else { return [] }
    while let path = walker.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let full = installed.appendingPathComponent(path).path
        guard fm.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
              let size = (try? fm.attributesOfItem(atPath: full))?[.size] as? Int, size <= 32 << 20 else { continue }
        if path.hasPrefix("slovnet/") || path.hasPrefix("opencorpora/") || (path.hasPrefix("navec/") && !path.hasSuffix("/vocab")) {
            out.append(path)
        }
    }
    guard !out.isEmpty else {
        FileHandle.standardError.write(Data("FuzzLoaders: no models under \(installed.path) — run 'letopis models install'\n".utf8))
        exit(2)
    }
    return out.sorted()
}()

/// The navec pack and word vocabulary of the installed models, for the loaders of the other files.
let navecID = "news_v1_1B_250K_300d_100q"
let sharedNavec = try? NavecPack(modelsDirectory: installed, id: navecID)
let sharedWords = try? WordVocabulary(installed.appendingPathComponent("slovnet/ner_news_v1/vocabs/word"),
                                      name: "slovnet/ner_news_v1/vocabs/word")

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
    // The tmpfs copy goes with the fuzzer, however it ends (libFuzzer calls exit).
    atexit { try? FileManager.default.removeItem(at: scratch) }
}

nonisolated(unsafe) var originals: [String: [UInt8]] = [:]
nonisolated(unsafe) var linked = false

let sentence = "Глава МИД России Сергей Лавров прибыл в Анкару 2 мая."

/// A segmented sentence for a loaded model to tag: it must tag without trapping.
func segmented() -> [Document] {
    var document = Document(id: "f", text: sentence)
    try? SegmentationStage().process(&document)
    return [document]
}

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
    FileManager.default.createFile(atPath: target.path, contents: Data(corrupted))
    defer {
        try? FileManager.default.removeItem(at: target)
        try? FileManager.default.createSymbolicLink(at: target, withDestinationURL: installed.appendingPathComponent(path))
    }
    if path.hasPrefix("opencorpora/") {
        if let dictionary = try? MorphDictionary(directory: scratch.appendingPathComponent("opencorpora")) {
            let analyzer = MorphAnalyzer(dictionary: dictionary, cacheCapacity: 0)
            for word in ["стали", "Путиным", "кот", "бежать", "xyz"] { _ = analyzer.parse(word); _ = analyzer.lemma(word) }
        }
    } else if path.hasPrefix("navec/") {
        // The corrupted table, then a model that reads it (NER: the three share the embedding code).
        if let navec = try? NavecPack(modelsDirectory: scratch, id: navecID),
           let model = try? NERModel(modelsDirectory: scratch, navec: navec, words: sharedWords) {
            var documents = segmented()
            NERTagger(model: model).process(batch: &documents)
        }
    } else if path.contains("/morph_") {
        if let model = try? MorphModel(modelsDirectory: scratch, navec: sharedNavec, words: sharedWords) {
            var documents = segmented()
            MorphTagger(model: model).process(batch: &documents)
        }
    } else if path.contains("/syntax_") {
        if let model = try? SyntaxModel(modelsDirectory: scratch, navec: sharedNavec, words: sharedWords) {
            var documents = segmented()
            SyntaxParser(model: model).process(batch: &documents)
        }
    } else {
        if let model = try? NERModel(modelsDirectory: scratch, navec: sharedNavec, words: sharedWords) {
            var documents = segmented()
            NERTagger(model: model).process(batch: &documents)
        }
    }
    return 0
}

@_cdecl("FuzzLoaders_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    // Models load here, before the first input: loaded lazily by it, they counted toward its time limit,
    // and on a loaded machine the empty input "timed out" before anything was fuzzed.
    _ = candidates; _ = sharedNavec; _ = sharedWords
    return runFuzzer(argc, argv) { data, size in fuzz(data, size) }
}
