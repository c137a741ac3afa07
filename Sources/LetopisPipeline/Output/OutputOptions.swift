/// What an encoder writes beyond the default layers.
public struct OutputOptions: Sendable, Hashable {
    /// Extra per-token layers in JSON: `tokens`, `morph`, `syntax`.
    public var with: Set<String>
    /// Include the rule behind each time expression and sentence boundary.
    public var trace: Bool

    public init(with: Set<String> = [], trace: Bool = false) {
        self.with = with
        self.trace = trace
    }
}
