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
        /// What the stage requires, uses and produces, known without building it; nil when the
        /// registration did not say (the stage is then built to learn it, which needs its models).
        public var contract: StageContract?
        /// Whether the stage runs only when named (`--stages ...,nerel`), not in the default pipeline.
        public var optIn: Bool = false
        public var make: @Sendable (ModelsDirectory) throws -> any Stage
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    /// Adds a stage at the end, or replaces the stage of that name where it stands.
    /// - Parameter contract: what the built stage declares; ``pipeline(_:models:)`` refuses a stage
    ///   that declares otherwise, so the checks made by name before building hold for what runs.
    /// - Parameter optIn: the stage is left out of ``defaultStages`` and runs only when named.
    public mutating func register(_ name: String, summary: String, needsModels: Bool = false, contract: StageContract? = nil,
                                  optIn: Bool = false, make: @escaping @Sendable (ModelsDirectory) throws -> any Stage) {
        let entry = Entry(name: name, summary: summary, needsModels: needsModels, contract: contract, optIn: optIn, make: make)
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
        r.register("segment", summary: "tokens and sentences (rules)",
                   contract: StageContract(requires: [.text], produces: [.tokens, .sentences])) { _ in SegmentationStage() }
        r.register("neural", summary: "UD morphology, dependency syntax and PER/LOC/ORG mentions (slovnet)", needsModels: true,
                   contract: StageContract(requires: [.tokens, .sentences], produces: [.morph, .syntax, .entities])) { models in
            for component in [ModelCatalog.navec] + ModelCatalog.slovnetModels.map(ModelCatalog.slovnet) {
                try models.check(component: component)
            }
            // All-capitals headlines and texts typed in lower case are tagged as ordinary text would write them,
            // when the dictionary is there to tell names from other words; it is loaded only when such text comes.
            let dictionary = (try? models.check(component: ModelCatalog.dictionary)) != nil
            return try NeuralTaggingStage(modelsDirectory: models.url, syntaxDecoding: options.syntaxDecoding,
                                          casing: dictionary ? DictionaryCasing(models: models) : nil)
        }
        r.register("lemmas", summary: "dictionary forms (OpenCorpora)", needsModels: true,
                   contract: StageContract(requires: [.tokens], produces: [.lemmas])) { models in
            try models.check(component: ModelCatalog.dictionary)
            return try LemmatizationStage(analyzer: SharedModels.analyzer(models))
        }
        r.register("time", summary: "time expressions resolved against the publication date (TIMEX3)",
                   contract: StageContract(requires: [.tokens], produces: [.timexes])) { _ in TimexStage() }
        r.register("entities", summary: "normalised names, actors, countries, occupations (the three entities.* stages)", needsModels: true,
                   contract: StageContract(requires: [.tokens, .sentences, .entities], uses: [.lemmas, .morph, .dateline],
                                           produces: [.entities, .normalised, .actors, .facts])) { models in
            try models.check(component: ModelCatalog.dictionary)
            try EntityResolutionStage.checkLexicons()
            return EntityResolutionStage(normalizer: MorphNormalizer(analyzer: try SharedModels.analyzer(models)))
        }
        // The parts of `entities`, for a pipeline that wants one of them; not in the default pipeline (`entities` runs them).
        r.register("entities.normalise", summary: "mentions widened to the names the corpora annotate, in the nominative", needsModels: true,
                   contract: StageContract(requires: [.tokens, .sentences, .entities], uses: [.lemmas, .morph, .dateline],
                                           produces: [.entities, .normalised])) { models in
            try models.check(component: ModelCatalog.dictionary)
            try EntityResolutionStage.checkLexicons()
            return MentionNormalisationStage(normalizer: MorphNormalizer(analyzer: try SharedModels.analyzer(models)))
        }
        r.register("entities.actors", summary: "mentions grouped into actors, people's name parts, organisations' sectors", needsModels: true,
                   contract: StageContract(requires: [.tokens, .sentences, .entities, .normalised], uses: [.lemmas, .morph],
                                           produces: [.actors])) { models in
            try models.check(component: ModelCatalog.dictionary)
            try EntityResolutionStage.checkLexicons()
            return ActorResolutionStage(normalizer: MorphNormalizer(analyzer: try SharedModels.analyzer(models)))
        }
        r.register("entities.occupations", summary: "occupation facts, actors' roles, countries and descriptors",
                   contract: StageContract(requires: [.tokens, .sentences, .entities, .normalised, .actors], uses: [.lemmas, .morph],
                                           produces: [.facts])) { _ in
            try EntityResolutionStage.checkLexicons()
            return OccupationStage()
        }
        r.register("events", summary: "PLOVER events with participants, place, time and source",
                   contract: StageContract(requires: [.tokens, .sentences, .entities, .actors],
                                           uses: [.lemmas, .morph, .syntax, .timexes, .facts], produces: [.events])) { _ in
            // A missing or damaged ontology or lexicon table stops the run before any document.
            try EventExtractionStage.checkTables()
            _ = try CAMEO.table()
            _ = try ActorCodes.table()
            _ = try PloverScores.table()
            return EventExtractionStage()
        }
        r.register("places", summary: "places, regions and countries resolved to GeoNames entries (coordinates)", needsModels: true,
                   contract: StageContract(requires: [.actors], produces: [.places])) { models in
            try models.check(component: ModelCatalog.gazetteer)
            let file = try GazetteerFile(url: models.file(ModelCatalog.gazetteer.requiredFiles[0]), remedy: models.installRemedy)
            return PlaceResolutionStage(resolver: PlaceResolver(gazetteer: file))
        }
        // Opt-in: nothing reads its layer yet, and it costs about one more encoder pass (Docs/neural.md).
        r.register("nerel", summary: "mentions of NEREL's 29 entity types, nested (learned tagger; opt-in)",
                   needsModels: true, contract: StageContract(requires: [.tokens, .sentences], produces: [.nerel]), optIn: true) { models in
            for component in [ModelCatalog.navec, ModelCatalog.slovnet("ner")] { try models.check(component: component) }
            return NERELStage(model: try NERELWeights.model(models))
        }
        return r
    }

    /// The default pipeline: every registered stage that is not opt-in, in order; the parts of a group
    /// (`entities.actors` of `entities`) are not in it, the group runs them.
    public var defaultStages: [String] { entries.filter { !$0.optIn }.map(\.name).filter { !isPartOfGroup($0) } }

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

    /// Builds a checked pipeline from stage names. The list is checked by name first
    /// (``analyse(_:models:)``: an impossible list fails before any model is loaded, naming the stages
    /// to add); stages then load their models in parallel (memory-mapping and indexing are independent),
    /// so start-up costs the slowest model, not the sum.
    /// - Throws: ``LetopisError``: `.badArgument` for an unknown stage, `.pipelineInvalid` for a list that
    ///   cannot work or a stage that declares other layers than its registration, or a model's error.
    public func pipeline(_ names: [String], models: ModelsDirectory) throws -> Pipeline {
        _ = try analyse(names, models: models)
        let chosen = names.compactMap(entry)
        let built = BuiltStages(count: chosen.count)
        DispatchQueue.concurrentPerform(iterations: chosen.count) { i in
            built.set(i, Result { try chosen[i].make(models) })
        }
        let stages = try built.values().map { try $0.get() }
        for (entry, stage) in zip(chosen, stages) {
            if let declared = entry.contract, declared != StageContract(of: stage) {
                let actual = StageContract(of: stage)
                throw LetopisError(.pipelineInvalid, subject: entry.name,
                                   message: "the registry declares requires [\(declared.requires.listed)], uses [\(declared.uses.listed)], produces [\(declared.produces.listed)], but stage '\(stage.name)' declares requires [\(actual.requires.listed)], uses [\(actual.uses.listed)], produces [\(actual.produces.listed)]",
                                   remedy: "make the registration in StageRegistry.configured say what the stage declares")
            }
        }
        return try Pipeline(stages: stages)
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
