import Foundation
import FuzzSupport
import LetopisPipeline
import LetopisText

/// `extract` end to end on arbitrary UTF-8: the reader, every stage and every encoder, the pipeline built once.
let processor: ChunkProcessor = {
    let job = ExtractionJob(stages: StageRegistry.standard.defaultStages, models: fuzzModelsDirectory.path)
    do { return try job.makeProcessor() } catch {
        FileHandle.standardError.write(Data("FuzzExtract: \(error) — run 'letopis models install'\n".utf8))
        exit(2)
    }
}()
let encoders = ["text", "conllu", "plover"].compactMap { try? DocumentEncoders.make($0) }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = Array(fuzzText(data, size).utf8)
    let unit = RawInput(kind: .text, location: InputLocation(path: "fuzz.txt"), id: "fuzz", bytes: text)
    // One pass, as a worker makes it: read, every stage, then the job's JSON encoder and the others.
    // (The campaign before ran the processor and then the stages again: half its time went to the copy.)
    guard case .success(var document) = processor.reader.read(unit).result else { return 0 }
    for stage in processor.pipeline.stages { try? stage.process(&document) }
    _ = processor.encoder.encode(document)
    for encoder in encoders { _ = encoder.encode(document) }
    return 0
}

@_cdecl("FuzzExtract_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    // Models load here, before the first input: loaded lazily by it, they counted toward its time limit,
    // and on a loaded machine the empty input "timed out" before anything was fuzzed.
    _ = processor; _ = encoders
    return runFuzzer(argc, argv) { data, size in fuzz(data, size) }
}
