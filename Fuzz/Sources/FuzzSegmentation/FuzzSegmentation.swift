import FuzzSupport
import LetopisCore
import LetopisText

/// Tokenizer and sentence splitter on arbitrary UTF-8; checks their invariants.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var document = Document(id: "fuzz", text: fuzzText(data, size))
    do { try SegmentationStage().process(&document) } catch { return 0 }
    var previousEnd = 0
    for token in document.tokens {
        // Tokens are in order, inside the text, and do not overlap.
        precondition(token.range.start >= previousEnd && token.range.end <= document.utf8.count && token.range.start < token.range.end)
        previousEnd = token.range.end
    }
    var previous = 0
    for sentence in document.sentences {
        precondition(sentence.tokens.lowerBound >= previous && sentence.tokens.upperBound <= document.tokens.count)
        previous = sentence.tokens.upperBound
    }
    return 0
}

@_cdecl("FuzzSegmentation_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv) { data, size in fuzz(data, size) }
}
