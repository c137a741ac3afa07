/// A public error: what went wrong, about what, and how to fix it.
///
/// Printed as one line — `letopis: <subject>: <message> — <remedy>` — so a batch
/// run's error log names every failed input and its fix.
///
/// ```swift
/// throw LetopisError(.modelMissing, subject: "opencorpora/words.dawg",
///                    message: "model file not found", remedy: "run 'letopis models install'")
/// ```
public struct LetopisError: Error, Sendable, CustomStringConvertible, Equatable {
    /// An extensible error code (open set, like swift-nio's error codes).
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        public static let invalidUTF8 = Code(rawValue: "invalid-utf8")
        public static let emptyDocument = Code(rawValue: "empty-document")
        public static let documentTooLarge = Code(rawValue: "document-too-large")
        public static let malformedJSON = Code(rawValue: "malformed-json")
        public static let fileNotFound = Code(rawValue: "file-not-found")
        public static let unreadable = Code(rawValue: "unreadable")
        public static let badDate = Code(rawValue: "bad-date")
        public static let modelMissing = Code(rawValue: "model-missing")
        public static let modelCorrupt = Code(rawValue: "model-corrupt")
        public static let modelProtocol = Code(rawValue: "model-protocol")
        public static let installFailed = Code(rawValue: "install-failed")
        public static let pipelineInvalid = Code(rawValue: "pipeline-invalid")
        public static let badArgument = Code(rawValue: "bad-argument")
    }

    public var code: Code
    /// What the error is about: a file, a document id, a model.
    public var subject: String?
    public var message: String
    /// How to fix it, addressed to the user.
    public var remedy: String?
    /// The underlying error, if any, as text.
    public var cause: String?

    public init(_ code: Code, subject: String? = nil, message: String, remedy: String? = nil, cause: String? = nil) {
        self.code = code
        self.subject = subject
        self.message = message
        self.remedy = remedy
        self.cause = cause
    }

    public var description: String {
        var line = ""
        if let subject { line += "\(subject): " }
        line += message
        if let cause { line += " (\(cause))" }
        if let remedy { line += " — \(remedy)" }
        return line.replacingNewlines()
    }
}

extension String {
    /// The string on one line: error messages must stay one line each.
    func replacingNewlines() -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for ch in self { out.append(ch == "\n" || ch == "\r" || ch == "\r\n" ? " " : ch) }
        return out
    }
}
