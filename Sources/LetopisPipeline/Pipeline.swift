import LetopisCore

/// An ordered list of stages, checked when it is built.
public struct Pipeline: Sendable {
    public let stages: [any Stage]
    /// Whether documents record what stages decided (``Document/traceLines``), for `--trace`.
    public var traces = false

    /// Layers every document has before any stage runs.
    public static let given: Set<Layer> = [.text, .dateline]

    /// Fails when a stage requires a layer no earlier stage produces. Stages built from the registry are
    /// checked by name first (``StageRegistry/analyse(_:)``), which names the stages to add; this check
    /// is the one for stages put together in code.
    /// - Throws: ``LetopisError`` `.pipelineInvalid` naming the stage and the layers it lacks.
    public init(stages: [any Stage], given: Set<Layer> = Pipeline.given) throws {
        var have = given
        for stage in stages {
            let missing = stage.requires.subtracting(have)
            if !missing.isEmpty {
                let producers = stages.filter { !$0.produces.isDisjoint(with: missing) }.map { "'\($0.name)'" }
                let remedy = producers.isEmpty
                    ? "add a stage that produces \(missing.listed) before '\(stage.name)'"
                    : "put \(producers.joined(separator: ", ")) before '\(stage.name)'"
                throw LetopisError(.pipelineInvalid, subject: stage.name,
                                   message: "needs \(missing.listed), which no earlier stage produces", remedy: remedy)
            }
            have.formUnion(stage.produces)
        }
        self.stages = stages
    }

    public func run(_ document: inout Document) throws {
        if traces { document.startTracing() }
        for stage in stages { try stage.process(&document) }
    }
}
