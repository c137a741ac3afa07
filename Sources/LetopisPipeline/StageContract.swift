import LetopisCore

/// What a stage reads and adds, as the registry declares it without building the stage (which may
/// need models): the pipeline is checked against these before any model is loaded, and each built
/// stage must declare the same (``StageRegistry/pipeline(_:models:)`` refuses one that does not).
public struct StageContract: Sendable, Hashable {
    /// Layers the stage cannot work without.
    public var requires: Set<Layer>
    /// Layers the stage reads when present; without them its output is poorer.
    public var uses: Set<Layer>
    /// Layers the stage adds.
    public var produces: Set<Layer>

    public init(requires: Set<Layer>, uses: Set<Layer> = [], produces: Set<Layer>) {
        self.requires = requires
        self.uses = uses
        self.produces = produces
    }

    /// The contract a built stage declares.
    public init(of stage: any Stage) {
        self.init(requires: stage.requires, uses: stage.uses, produces: stage.produces)
    }
}

extension Set where Element == Layer {
    /// `a, b, c` in a stable order, for messages.
    var listed: String { map(\.rawValue).sorted().joined(separator: ", ") }
}
