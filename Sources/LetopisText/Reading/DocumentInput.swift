import Foundation
import LetopisCore

/// Where a document came from, for error messages: `file.jsonl:12`, `stdin`, `a/b.txt`.
public struct InputLocation: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int?

    public init(path: String, line: Int? = nil) {
        self.path = path
        self.line = line
    }

    public var description: String { line.map { "\(path):\($0)" } ?? path }
}

/// One item read from the inputs: a document ready for the pipeline, or the
/// error that stopped it (the batch goes on either way).
public struct ReadItem: Sendable {
    public var location: InputLocation
    public var result: Result<Document, LetopisError>
    /// Problems that did not stop the document (a bad `published` field, ...).
    public var warnings: [LetopisError]

    public init(location: InputLocation, result: Result<Document, LetopisError>, warnings: [LetopisError] = []) {
        self.location = location
        self.result = result
        self.warnings = warnings
    }
}

/// Options that apply to every document read.
public struct ReadOptions: Sendable {
    /// Publication date for documents that carry none (`--published`).
    public var published: CalendarDate?
    /// Documents larger than this are refused with a clear error rather than
    /// stalling a batch; raise it for book-length inputs.
    public var maxDocumentBytes: Int
    /// Look for a publication date in the first lines when none is given.
    public var inferPublished: Bool

    public static let defaultMaxDocumentBytes = 8 << 20

    public init(published: CalendarDate? = nil, maxDocumentBytes: Int = ReadOptions.defaultMaxDocumentBytes,
                inferPublished: Bool = true) {
        self.published = published
        self.maxDocumentBytes = maxDocumentBytes
        self.inferPublished = inferPublished
    }
}
