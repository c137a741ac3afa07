/// One line of a stage's trace: a decision and its reason, for `--trace` (`letopis extract --trace`
/// prints them; an ordinary run records none). Replaces the environment variables stages once
/// printed to standard error under, which worker processes and the server could not show.
public struct TraceLine: Sendable, Hashable, Codable {
    /// The stage's short name, e.g. `events`.
    public var stage: String
    public var text: String

    public init(stage: String, text: String) {
        self.stage = stage
        self.text = text
    }
}

extension Document {
    /// Whether this document records traces (the run has `--trace`).
    public var isTraced: Bool { traceLines != nil }

    /// Records a line of `stage`'s trace when the run traces; the text is not even built otherwise.
    ///
    /// ```swift
    /// document.trace("events") { "candidate \(c.tokens) A=\(c.actors)" }
    /// ```
    public mutating func trace(_ stage: String, _ text: () -> String) {
        guard traceLines != nil else { return }
        traceLines?.append(TraceLine(stage: stage, text: text()))
    }

    /// Starts recording traces (an empty list), for a traced run.
    public mutating func startTracing() {
        if traceLines == nil { traceLines = [] }
    }
}
