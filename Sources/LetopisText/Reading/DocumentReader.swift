import Foundation
import LetopisCore

/// Reads documents from files, directories and standard input.
///
/// - `.txt`: one document; `id` is the file name without extension; the text is
///   the whole file exactly as read. A leading `date YYYY-MM-DD` header gives the
///   publication date.
/// - `.jsonl`: one document per line, `{"id", "text", "published"?, "title"?, "url"?, "source"?, "time"?}`
///   (`source`, the outlet, and `time`, the publication timestamp, are kept for `letopis ingest`).
/// - a directory: its `.txt` and `.jsonl` files (not recursive), sorted by name.
/// - `-`: standard input, JSON Lines if its first non-blank byte is `{`, else one text document `stdin`.
///
/// Every failure is one ``ReadItem`` with a ``LetopisError`` naming the input
/// and the fix; the other documents are still read.
///
/// ```swift
/// for item in DocumentReader().read(paths: ["news/"]) { ... }
/// ```
public struct DocumentReader: Sendable {
    public var options: ReadOptions

    public init(options: ReadOptions = ReadOptions()) {
        self.options = options
    }

    /// Lazily reads every input in order, streaming: memory holds one document at a time.
    public func read(paths: [String]) -> AnySequence<ReadItem> {
        AnySequence(units(paths: paths).lazy.compactMap { event -> ReadItem? in
            switch event {
            case .unit(let unit): return self.read(unit)
            case .failure(let error):
                return ReadItem(location: InputLocation(path: error.subject ?? "input"), result: .failure(error))
            case .note: return nil
            }
        })
    }

    /// The raw units of `paths` (files, JSON lines) and the problems of whole inputs, streamed.
    public func units(paths: [String]) -> InputUnits {
        InputUnits(paths: paths, maxDocumentBytes: options.maxDocumentBytes)
    }

    /// Parses one raw unit into a document, or the error that stops it.
    public func read(_ unit: RawInput) -> ReadItem {
        switch unit.kind {
        case .text: return readText(unit.bytes, id: unit.id, location: unit.location)
        case .jsonLine: return readJSONLine(unit.bytes, location: unit.location, fallbackID: unit.id)
        }
    }

    /// The bytes without a leading UTF-8 byte-order mark: offsets count from the first byte after it.
    static func strippingBOM(_ bytes: [UInt8]) -> [UInt8] {
        LineStream.startsWithBOM(bytes) ? Array(bytes.dropFirst(3)) : bytes
    }

    /// A whole text file as one document.
    public func readText(_ bytes: [UInt8], id: String, location: InputLocation) -> ReadItem {
        let bytes = Self.strippingBOM(bytes)
        switch validate(bytes, location: location) {
        case .failure(let error): return ReadItem(location: location, result: .failure(error))
        case .success: break
        }
        let text = String(decoding: bytes, as: UTF8.self)
        var document = Document(id: id, text: text)
        let header = HeaderParser.parse(document.utf8)
        if let header {
            document.bodyStart = header.bodyStart
            document.published = PublicationDate(header.date, source: .header)
        }
        var warnings: [LetopisError] = []
        if header == nil, let bad = HeaderParser.malformedHeader(document.utf8) {
            // The header line is still a header: the body (and its dateline) starts after it.
            document.bodyStart = bad.bodyStart
            warnings.append(LetopisError(.badDate, subject: location.description,
                                         message: "header '\(bad.value)' is not a valid date; the document is processed without it",
                                         remedy: "write the first line as 'date YYYY-MM-DD'"))
        }
        finish(&document)
        return ReadItem(location: location, result: .success(document), warnings: warnings)
    }

    /// Every line of a JSON Lines file; a broken line fails alone.
    public func readJSONLines(_ bytes: [UInt8], path: String) -> [ReadItem] {
        var items: [ReadItem] = []
        var lineNumber = 0
        var start = 0
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            let line = bytes[start..<end]
            start = end + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            items.append(readJSONLine(Array(line), location: InputLocation(path: path, line: lineNumber),
                                      fallbackID: "\(stem)-\(lineNumber)"))
        }
        return items
    }

    func readJSONLine(_ line: [UInt8], location: InputLocation, fallbackID: String) -> ReadItem {
        let line = Self.strippingBOM(line)
        func fail(_ code: LetopisError.Code, _ message: String, _ remedy: String, cause: String? = nil) -> ReadItem {
            ReadItem(location: location, result: .failure(LetopisError(code, subject: location.description,
                                                                       message: message, remedy: remedy, cause: cause)))
        }
        if case .failure(let error) = validate(line, location: location, allowEmpty: true) {
            return ReadItem(location: location, result: .failure(error))
        }
        let object: Any
        let depth = Self.nestingDepth(line)
        if depth > Self.maxNestingDepth {
            // Checked before parsing: the parser's own limit is deep in its recursion, and a record is flat.
            return fail(.malformedJSON, "the line nests arrays or objects \(depth) levels deep; a record has at most \(Self.maxNestingDepth)",
                        "write one flat JSON object per line: {\"id\": ..., \"text\": ...}")
        }
        do { object = try JSONSerialization.jsonObject(with: Data(line)) } catch {
            return fail(.malformedJSON, "not a valid JSON object",
                        "write one JSON object per line: {\"id\": ..., \"text\": ...}",
                        cause: (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String)
        }
        guard let record = object as? [String: Any] else {
            return fail(.malformedJSON, "the line is JSON but not an object",
                        "write one JSON object per line: {\"id\": ..., \"text\": ...}")
        }
        guard let text = record["text"] as? String else {
            return fail(.malformedJSON, "no string field 'text'", "give each line a \"text\" field with the article")
        }
        let id: String
        switch record["id"] {
        case let s as String where !s.isEmpty: id = s
        case let n as NSNumber: id = n.stringValue
        default: id = fallbackID
        }
        let docLocation = InputLocation(path: location.path, line: location.line)
        if case .failure(let error) = validate(Array(text.utf8), location: docLocation) {
            return ReadItem(location: location, result: .failure(LetopisError(
                error.code, subject: "\(location) (id \(id))", message: error.message, remedy: error.remedy)))
        }
        var document = Document(id: id, text: text)
        document.title = record["title"] as? String
        document.url = record["url"] as? String
        document.outlet = record["source"] as? String
        document.time = record["time"] as? String
        var warnings: [LetopisError] = []
        if let published = record["published"], !(published is NSNull) {
            let string = (published as? String) ?? "\(published)"
            // Accept a full timestamp too: the calendar day is its first ten characters.
            if let date = CalendarDate(iso: string.prefix(10)) {
                document.published = PublicationDate(date, source: .field)
            } else {
                warnings.append(LetopisError(.badDate, subject: "\(location) (id \(id))",
                                             message: "'published' is '\(string)', not a date",
                                             remedy: "write it as YYYY-MM-DD; the document is processed without it"))
            }
        }
        if document.published == nil, let header = HeaderParser.parse(document.utf8) {
            document.bodyStart = header.bodyStart
            document.published = PublicationDate(header.date, source: .header)
        }
        finish(&document)
        return ReadItem(location: location, result: .success(document), warnings: warnings)
    }

    /// Nesting a record may have: its fields are strings, numbers and, at most, a shallow object or two.
    public static let maxNestingDepth = 64

    /// Deepest nesting of arrays and objects in a JSON text, brackets inside strings not counted. - Complexity: O(n).
    public static func nestingDepth(_ bytes: [UInt8]) -> Int {
        var depth = 0, deepest = 0, inString = false, escaped = false
        for b in bytes {
            if inString {
                if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch b {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1; deepest = max(deepest, depth)
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            default: break
            }
        }
        return deepest
    }

    /// Whether the bytes look like UTF-16: a UTF-16 byte-order mark, or NUL bytes in most even or odd places.
    static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) { return true }
        let sample = bytes.prefix(4096)
        guard sample.count >= 8 else { return false }
        var evenNUL = 0, oddNUL = 0
        for (i, b) in sample.enumerated() where b == 0 { if i % 2 == 0 { evenNUL += 1 } else { oddNUL += 1 } }
        let half = sample.count / 2
        return max(evenNUL, oddNUL) * 10 >= half * 3 && min(evenNUL, oddNUL) * 10 < half
    }

    /// Checks size, UTF-8 validity, NUL bytes and emptiness.
    func validate(_ bytes: [UInt8], location: InputLocation, allowEmpty: Bool = false) -> Result<Void, LetopisError> {
        if bytes.count > options.maxDocumentBytes {
            return .failure(LetopisError(.documentTooLarge, subject: location.description,
                                         message: "document is \(bytes.count) bytes, over the limit of \(options.maxDocumentBytes)",
                                         remedy: "split it, or raise the limit with --max-document-bytes"))
        }
        if Self.looksLikeUTF16(bytes) {
            return .failure(LetopisError(.invalidUTF8, subject: location.description,
                                         message: "the text is UTF-16, not UTF-8",
                                         remedy: "convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)"))
        }
        if let bad = UTF8Validation.firstInvalidOffset(bytes) {
            return .failure(LetopisError(.invalidUTF8, subject: location.description,
                                         message: "not valid UTF-8 at byte \(bad)",
                                         remedy: "convert it to UTF-8 (e.g. iconv -f cp1251 -t utf-8 for Windows Cyrillic)"))
        }
        if let nul = bytes.firstIndex(of: 0) {
            return .failure(LetopisError(.invalidUTF8, subject: location.description,
                                         message: "contains a NUL byte at \(nul); it looks like a binary file",
                                         remedy: "give Letopis plain-text articles"))
        }
        if !allowEmpty && bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return .failure(LetopisError(.emptyDocument, subject: location.description,
                                         message: "the document is empty", remedy: "remove it from the batch or give it text"))
        }
        return .success(())
    }

    /// Dateline, option date and inferred date: what every document gets after reading.
    func finish(_ document: inout Document) {
        if let dateline = DatelineParser.parse(document.utf8, from: document.bodyStart) {
            document.dateline = dateline
            document.layers.insert(.dateline)
        }
        if document.published == nil, let date = options.published {
            document.published = PublicationDate(date, source: .option)
        }
        if document.published == nil, options.inferPublished,
           let date = PublicationDateInference.infer(document.utf8, from: document.bodyStart) {
            document.published = PublicationDate(date, source: .inferred)
        }
    }
}
