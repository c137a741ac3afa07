import LetopisCore

/// What checking a stage list by name found besides errors: one remark for each stage that will
/// run without a layer it reads when present (`uses`), naming the stage that would add it.
public struct PipelineAnalysis: Sendable, Equatable {
    /// One line per stage, e.g. `stage 'events' reads syntax when present, which 'neural' produces; …`.
    public var remarks: [String]
}

extension StageRegistry {
    /// Checks a stage list by name, before any stage is built or any model loaded, as spaCy's
    /// pipeline analysis does: each stage must find every layer it requires made by an earlier one.
    ///
    /// ```
    /// --stages events
    /// error: --stages events: stage 'events' needs tokens, sentences (which 'segment' produces),
    ///        entities (which 'neural' produces), actors (which 'entities' produces) — add segment,
    ///        neural, lemmas, entities to --stages: --stages segment,neural,lemmas,entities,events
    /// ```
    ///
    /// - Returns: remarks for layers a stage only uses (its output is poorer without them).
    /// - Throws: ``LetopisError`` `.badArgument` for an unknown or empty list, `.pipelineInvalid` naming
    ///   the stages to add (or to move earlier) and the whole `--stages` list that works.
    /// - Complexity: O(stages × layers); stages without a declared contract are built to learn theirs
    ///   (only then is `models` read).
    public func analyse(_ names: [String], models: ModelsDirectory? = nil) throws -> PipelineAnalysis {
        try checkNames(names)
        let contracts = ContractTable(registry: self, models: models)
        var have = Pipeline.given
        var problems: [String] = []
        var remarks: [String] = []
        for (position, name) in names.enumerated() {
            guard let contract = contracts[name] else { continue }
            let missing = contract.requires.subtracting(have)
            if !missing.isEmpty {
                problems.append("stage '\(name)' needs " + describe(missing, after: position, in: names, contracts))
            }
            let absent = contract.uses.subtracting(have).subtracting(missing)
            let addable = absent.filter { !producers(of: $0, contracts).isEmpty }
            if !addable.isEmpty {
                let add = Set(addable.flatMap { producers(of: $0, contracts).prefix(1) })
                remarks.append("stage '\(name)' reads " + describe(Set(addable), after: position, in: names, contracts)
                               + " when present; without \(addable.count == 1 ? "it" : "them") its output is poorer"
                               + " — add \(ordered(add).joined(separator: ", ")) to --stages")
            }
            have.formUnion(contract.produces)
        }
        if !problems.isEmpty {
            let complete = completed(names, contracts)
            let added = complete.filter { !names.contains($0) }
            let fix = added.isEmpty
                ? "run them in this order: --stages \(complete.joined(separator: ","))"
                : "add \(added.joined(separator: ", ")) to --stages: --stages \(complete.joined(separator: ","))"
            throw LetopisError(.pipelineInvalid, subject: "--stages \(names.joined(separator: ","))",
                               message: problems.joined(separator: "; "), remedy: fix)
        }
        return PipelineAnalysis(remarks: remarks)
    }

    /// `tokens (which 'segment' produces), actors (which 'entities' produces, but runs after it)`.
    private func describe(_ layers: Set<Layer>, after position: Int, in names: [String], _ contracts: ContractTable) -> String {
        layers.sorted { $0.rawValue < $1.rawValue }.map { layer in
            let makers = producers(of: layer, contracts)
            guard let first = makers.first else { return "\(layer) (which no registered stage produces)" }
            if let later = makers.first(where: { names.dropFirst(position + 1).contains($0) }) {
                return "\(layer) (which '\(later)' produces, but runs after it)"
            }
            let alternatives = makers.count > 1 ? " or " + makers.dropFirst().map { "'\($0)'" }.joined(separator: " or ") : ""
            return "\(layer) (which '\(first)'\(alternatives) produce\(makers.count > 1 ? "" : "s"))"
        }.joined(separator: ", ")
    }

    /// Registered stages that produce `layer`, in registry order. A stage that also requires the layer
    /// refines it (`entities` widens the mentions `neural` found) and cannot supply it from nothing.
    private func producers(of layer: Layer, _ contracts: ContractTable) -> [String] {
        entries.map(\.name).filter { name in
            guard let contract = contracts[name] else { return false }
            return contract.produces.contains(layer) && !contract.requires.contains(layer)
        }
    }

    /// `names` in registry order together with every stage they need, directly or through another:
    /// the first registered producer of each missing layer is added, until nothing is missing.
    func completed(_ names: [String], _ contracts: ContractTable) -> [String] {
        var chosen = Set(names)
        var changed = true
        while changed {
            changed = false
            var have = Pipeline.given
            var needed: Set<Layer> = []
            for name in ordered(chosen) {
                guard let contract = contracts[name] else { continue }
                needed.formUnion(contract.requires.subtracting(have))
                have.formUnion(contract.produces)
            }
            for layer in needed {
                let makers = producers(of: layer, contracts)
                if let maker = makers.first, !makers.contains(where: chosen.contains) {
                    chosen.insert(maker)
                    changed = true
                }
            }
        }
        return ordered(chosen)
    }

    /// Stage names in registry order.
    func ordered(_ names: Set<String>) -> [String] { entries.map(\.name).filter(names.contains) }
}

/// The contract of each registered stage: the declared one, else (with models) the built stage's.
struct ContractTable {
    private var table: [String: StageContract] = [:]

    init(registry: StageRegistry, models: ModelsDirectory?) {
        for entry in registry.entries {
            if let declared = entry.contract {
                table[entry.name] = declared
            } else if let models, let stage = try? entry.make(models) {
                table[entry.name] = StageContract(of: stage)
            }
        }
    }

    subscript(name: String) -> StageContract? { table[name] }
}
