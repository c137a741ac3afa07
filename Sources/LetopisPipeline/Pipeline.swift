import LetopisCore

/// An ordered list of stages, checked when it is built.
public struct Pipeline: Sendable {
    public let stages: [any Stage]

    /// Fails when a stage requires a layer no earlier stage produces.
    public init(stages: [any Stage], given: Set<Layer> = [.text, .dateline]) throws {
        var have = given
        for stage in stages {
            let missing = stage.requires.subtracting(have)
            if !missing.isEmpty {
                throw LetopisError(.pipelineInvalid, subject: stage.name,
                                   message: "needs \(missing.map(\.rawValue).sorted().joined(separator: ", ")) which no earlier stage produces",
                                   remedy: "add the stage that produces it before '\(stage.name)'")
            }
            have.formUnion(stage.produces)
        }
        self.stages = stages
    }

    public func run(_ document: inout Document) throws {
        for stage in stages { try stage.process(&document) }
    }
}
