import Dispatch
import Foundation
import LetopisCore
import LetopisText
import LetopisNeural
import LetopisGeo

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

    /// Adds a stage at the end, or replaces the stage of that name where it stands.
    public mutating func register(_ name: String, summary: String, needsModels: Bool = false,
                                  make: @escaping @Sendable (ModelsDirectory) throws -> any Stage) {
        let entry = Entry(name: name, summary: summary, needsModels: needsModels, make: make)
        if let i = entries.firstIndex(where: { $0.name == name }) { entries[i] = entry } else { entries.append(entry) }
    }

    public func entry(_ name: String) -> Entry? { entries.first { $0.name == name } }

    /// Choices that change how standard stages are built.
    public struct Options: Sendable {
        /// How the syntax model picks heads: `.argmax` is natasha's (per token), `.tree` one valid tree per sentence.
        public var syntaxDecoding: SyntaxModel.Decoding
        public init(syntaxDecoding: SyntaxModel.Decoding = .argmax) { self.syntaxDecoding = syntaxDecoding }
    }

    /// The stages Letopis knows, in pipeline order.
    public static let standard = configured(Options())

    /// The standard stages built with `options`.
    public static func configured(_ options: Options) -> StageRegistry {
        var r = StageRegistry()
        r.register("segment", summary: "tokens and sentences (rules)") { _ in SegmentationStage() }
        r.register("neural", summary: "UD morphology, dependency syntax and PER/LOC/ORG mentions (slovnet)", needsModels: true) { models in
            for component in [ModelCatalog.navec] + ModelCatalog.slovnetModels.map(ModelCatalog.slovnet) {
                try models.check(component: component)
            }
            var stage = try NeuralTaggingStage(modelsDirectory: models.url, syntaxDecoding: options.syntaxDecoding)
            // All-capitals headlines are tagged as ordinary text would write them, when the dictionary is there
            // to tell names from other words; it is loaded only when such a sentence comes.
            if (try? models.check(component: ModelCatalog.dictionary)) != nil {
                stage.tagger.ordinaryCase = { word in
                    guard let analyzer = try? SharedModels.analyzer(models) else { return .title }
                    return OrdinaryCasing.of(word, analyzer)
                }
            }
            return stage
        }
        r.register("lemmas", summary: "dictionary forms (OpenCorpora)", needsModels: true) { models in
            try models.check(component: ModelCatalog.dictionary)
            return try LemmatizationStage(analyzer: SharedModels.analyzer(models))
        }
        r.register("time", summary: "time expressions resolved against the publication date (TIMEX3)") { _ in TimexStage() }
        r.register("entities", summary: "normalised names, actors, countries, occupations (the three entities.* stages)", needsModels: true) { models in
            try models.check(component: ModelCatalog.dictionary)
            try EntityResolutionStage.checkLexicons()
            return EntityResolutionStage(normalizer: MorphNormalizer(analyzer: try SharedModels.analyzer(models)))
        }
        // The parts of `entities`, for a pipeline that wants one of them; not in the default pipeline (`entities` runs them).
        r.register("entities.normalise", summary: "mentions widened to the names the corpora annotate, in the nominative", needsModels: true) { models in
            try models.check(component: ModelCatalog.dictionary)
            try EntityResolutionStage.checkLexicons()
            return MentionNormalisationStage(normalizer: MorphNormalizer(analyzer: try SharedModels.analyzer(models)))
        }
        r.register("entities.actors", summary: "mentions grouped into actors, people's name parts, organisations' sectors", needsModels: true) { models in
            try models.check(component: ModelCatalog.dictionary)
            try EntityResolutionStage.checkLexicons()
            return ActorResolutionStage(normalizer: MorphNormalizer(analyzer: try SharedModels.analyzer(models)))
        }
        r.register("entities.occupations", summary: "occupation facts, actors' roles, countries and descriptors") { _ in
            try EntityResolutionStage.checkLexicons()
            return OccupationStage()
        }
        r.register("events", summary: "PLOVER events with participants, place, time and source") { _ in
            // A missing or damaged ontology table stops the run before any document.
            _ = try CAMEO.table()
            _ = try ActorCodes.table()
            _ = try PloverScores.table()
            return EventExtractionStage()
        }
        r.register("places", summary: "places, regions and countries resolved to GeoNames entries (coordinates)", needsModels: true) { models in
            try models.check(component: ModelCatalog.gazetteer)
            let file = try GazetteerFile(url: models.file(ModelCatalog.gazetteer.requiredFiles[0]), remedy: models.installRemedy)
            return PlaceResolutionStage(resolver: PlaceResolver(gazetteer: file))
        }
        return r
    }

    /// The default pipeline: every registered stage, in order.
    /// The parts of a group (`entities.actors` of `entities`) are not in it: the group runs them.
    public var defaultStages: [String] { entries.map(\.name).filter { !isPartOfGroup($0) } }

    /// Whether a stage name is `group.part` of a registered group stage.
    func isPartOfGroup(_ name: String) -> Bool {
        guard let dot = name.firstIndex(of: ".") else { return false }
        return entry(String(name[..<dot])) != nil
    }

    /// Checks that every name is a registered stage, without building any.
    /// - Throws: ``LetopisError`` `.badArgument` naming the unknown stage and the known ones.
    public func checkNames(_ names: [String]) throws {
        for name in names where entry(name) == nil {
            throw LetopisError(.badArgument, subject: name, message: "no such stage",
                               remedy: "choose from: \(entries.map(\.name).joined(separator: ", "))")
        }
        if names.isEmpty {
            throw LetopisError(.badArgument, subject: "--stages", message: "no stage given",
                               remedy: "choose from: \(entries.map(\.name).joined(separator: ", "))")
        }
    }

    /// The stages to add to `names` so that each stage finds the layers it requires: `--stages events`
    /// → segment, neural, lemmas, time, entities. Stages of the registry are built to learn what they
    /// produce, so this is for the error path only; nil when a stage cannot be built (no models).
    func missingStages(for names: [String], models: ModelsDirectory) -> [String]? {
        var built: [String: any Stage] = [:]
        for e in entries { guard let stage = try? e.make(models) else { return nil }; built[e.name] = stage }
        var chosen = Set(names)
        // Walk the registry's order: add every earlier stage that produces a layer a chosen later stage lacks.
        var changed = true
        while changed {
            changed = false
            var have: Set<Layer> = [.text, .dateline]
            var needed: Set<Layer> = []
            for e in entries where chosen.contains(e.name) {
                guard let stage = built[e.name] else { continue }
                needed.formUnion(stage.requires.subtracting(have))
                have.formUnion(stage.produces)
            }
            for e in entries where !chosen.contains(e.name) && !isPartOfGroup(e.name) {
                if let stage = built[e.name], !stage.produces.isDisjoint(with: needed) { chosen.insert(e.name); changed = true }
            }
        }
        return entries.map(\.name).filter { chosen.contains($0) && !names.contains($0) }
    }

    /// Builds a checked pipeline from stage names. Stages load their models in
    /// parallel (memory-mapping and indexing are independent), so start-up costs
    /// the slowest model, not the sum.
    public func pipeline(_ names: [String], models: ModelsDirectory) throws -> Pipeline {
        var chosen: [Entry] = []
        for name in names {
            guard let entry = entry(name) else {
                throw LetopisError(.badArgument, subject: name, message: "no such stage",
                                   remedy: "choose from: \(entries.map(\.name).joined(separator: ", "))")
            }
            chosen.append(entry)
        }
        let entries = chosen
        let built = BuiltStages(count: entries.count)
        DispatchQueue.concurrentPerform(iterations: entries.count) { i in
            built.set(i, Result { try entries[i].make(models) })
        }
        do {
            return try Pipeline(stages: built.values().map { try $0.get() })
        } catch var error as LetopisError where error.code == .pipelineInvalid {
            if let add = missingStages(for: names, models: models), !add.isEmpty {
                let order = self.entries.map(\.name).filter { names.contains($0) || add.contains($0) }
                error.subject = "--stages \(names.joined(separator: ","))"
                error.remedy = "add the stages \(add.joined(separator: ", ")): --stages \(order.joined(separator: ","))"
            }
            throw error
        }
    }
}

/// Stages built by parallel workers, each into its own slot.
private final class BuiltStages: @unchecked Sendable {
    private var slots: [Result<any Stage, any Error>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: Result<any Stage, any Error>) {
        lock.lock(); slots[i] = value; lock.unlock()
    }

    /// In the order asked for; the first failure, in that order, is the one reported.
    func values() -> [Result<any Stage, any Error>] {
        slots.map { $0 ?? .failure(LetopisError(.pipelineInvalid, message: "a stage was not built")) }
    }
}
