import FuzzSupport
import LetopisCore
import LetopisText
import LetopisTime

/// The time grammar and resolver on arbitrary UTF-8, against a fixed publication date.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var document = Document(id: "fuzz", text: fuzzText(data, size))
    document.published = CalendarDate(iso: "2025-12-23").map { PublicationDate($0, source: .option) }
    do {
        try SegmentationStage().process(&document)
        try TimexStage().process(&document)
    } catch { return 0 }
    for timex in document.timexes { precondition(timex.range.start <= timex.range.end && timex.range.end <= document.utf8.count) }
    return 0
}

@_cdecl("FuzzTime_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv) { data, size in fuzz(data, size) }
}
