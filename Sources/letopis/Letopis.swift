import ArgumentParser
import LetopisPipeline

@main
struct Letopis: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letopis",
        abstract: "Turns Russian news reports into structured event records.",
        subcommands: [
            TimeCommand.self,
        ]
    )
}
