import FuzzSupport
import LetopisText

/// The `.txt` reader (header, dateline, date inference) and the JSON Lines reader on arbitrary bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = fuzzBytes(data, size)
    let reader = DocumentReader()
    _ = reader.read(RawInput(kind: .text, location: InputLocation(path: "fuzz.txt"), id: "fuzz", bytes: bytes))
    _ = reader.read(RawInput(kind: .jsonLine, location: InputLocation(path: "fuzz.jsonl", line: 1), id: "fuzz-1", bytes: bytes))
    // The same bytes as the text of a JSON record, so the header and dateline readers see them from a line too.
    var line = Array(#"{"id":"f","text":""#.utf8)
    for b in bytes { if b == 0x22 || b == 0x5C { line.append(0x5C) }; line.append(b >= 0x20 ? b : 0x20) }
    line.append(contentsOf: Array(#""}"#.utf8))
    _ = reader.read(RawInput(kind: .jsonLine, location: InputLocation(path: "fuzz.jsonl", line: 2), id: "fuzz-2", bytes: line))
    return 0
}

@_cdecl("FuzzReader_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv) { data, size in fuzz(data, size) }
}
