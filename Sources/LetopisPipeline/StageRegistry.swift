import Foundation
import LetopisCore
import LetopisText

/// Named stages and how to build them, so the command line and configuration
/// can compose pipelines by name (`segment`, `time`, `ner`, ...).
public struct StageRegistry: Sendable {
    public struct Entry: Sendable {
        public var name: String
        public var summary: String
        /// Whether the stage needs installed model data.
        public var needsModels: Bool
        public var make: @Sendable (ModelsDirectory) throws -> any Stage
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    public mutating func register(_ name: String, summary: String, needsModels: Bool = false,
                                  make: @escaping @Sendable (ModelsDirectory) throws -> any Stage) {
        entries.removeAll { $0.name == name }
        entries.append(Entry(name: name, summary: summary, needsModels: needsModels, make: make))
    }

    public func entry(_ name: String) -> Entry? { entries.first { $0.name == name } }

    /// The stages Letopis knows, in pipeline order.
    public static let standard: StageRegistry = {
        var r = StageRegistry()
        r.register("segment", summary: "tokens and sentences (rules)") { _ in SegmentationStage() }
        return r
    }()

    /// The default pipeline: every registered stage, in order.
    public var defaultStages: [String] { entries.map(\.name) }

    /// Builds a checked pipeline from stage names.
    public func pipeline(_ names: [String], models: ModelsDirectory) throws -> Pipeline {
        var stages: [any Stage] = []
        for name in names {
            guard let entry = entry(name) else {
                throw LetopisError(.badArgument, subject: name, message: "no such stage",
                                   remedy: "choose from: \(entries.map(\.name).joined(separator: ", "))")
            }
            stages.append(try entry.make(models))
        }
        return try Pipeline(stages: stages)
    }
}
