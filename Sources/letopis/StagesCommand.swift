import ArgumentParser
import LetopisPipeline

/// `letopis stages`: the registered stages in pipeline order, with what each requires, uses and
/// produces, so that a `--stages` list can be put together without trial and error.
struct StagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "Lists the pipeline's stages with the layers each requires, uses when present, and produces.",
        discussion: """
        A stage list (extract --stages) must give every stage the layers it requires from an earlier stage; \
        a stage that uses a layer no earlier stage makes still runs, with poorer output, and extract says so \
        once. Every document starts with the layers text and dateline. With --check, the list is checked \
        as extract would check it, without loading any model.
        """)

    @Option(help: "Check this comma-separated stage list instead of listing the stages.")
    var check: String?

    func run() throws {
        let registry = StageRegistry.standard
        if let check {
            try runReportingErrors {
                let names = check.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                let analysis = try registry.analyse(names)
                for remark in analysis.remarks { Console.note("note: \(remark)") }
                Console.write("--stages \(names.joined(separator: ",")): every stage finds the layers it requires\n")
                Console.flush()
            }
            return
        }
        Console.write(Self.listing(registry))
        Console.flush()
    }

    /// One block a stage: name, summary, whether it needs models, and its layers.
    static func listing(_ registry: StageRegistry) -> String {
        var out = "Every document starts with: \(Pipeline.given.map(\.rawValue).sorted().joined(separator: ", "))\n"
        for entry in registry.entries {
            out += "\n\(entry.name)\t\(entry.summary)\(entry.needsModels ? " [models]" : "")\n"
            guard let contract = entry.contract else {
                out += "  (the registration declares no layers; the stage says when built)\n"
                continue
            }
            for (label, layers) in [("requires", contract.requires), ("uses", contract.uses), ("produces", contract.produces)] where !layers.isEmpty {
                out += "  \(label): \(layers.map(\.rawValue).sorted().joined(separator: ", "))\n"
            }
        }
        return out
    }
}
