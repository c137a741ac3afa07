import Foundation
import FuzzSupport
import LetopisMorphology

/// The OpenCorpora analyser, lemmatiser and inflector on arbitrary words (the dictionary loaded once).
let analyzer: MorphAnalyzer? = {
    guard let dictionary = try? MorphDictionary(directory: fuzzModelsDirectory.appendingPathComponent("opencorpora")) else {
        FileHandle.standardError.write(Data("FuzzMorphology: no dictionary under \(fuzzModelsDirectory.path)/opencorpora — run 'letopis models install'\n".utf8))
        exit(2)
    }
    return MorphAnalyzer(dictionary: dictionary, cacheCapacity: 0)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard let analyzer else { return 0 }
    let word = fuzzText(data, size)
    for parse in analyzer.parse(word).prefix(3) { _ = parse.description }
    _ = analyzer.lemma(word)
    _ = analyzer.normalForms(word)
    return 0
}

@_cdecl("FuzzMorphology_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    // Models load here, before the first input: loaded lazily by it, they counted toward its time limit,
    // and on a loaded machine the empty input "timed out" before anything was fuzzed.
    _ = analyzer
    return runFuzzer(argc, argv) { data, size in fuzz(data, size) }
}
