import ArgumentParser
import LetopisPipeline

@main
struct Letopis: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letopis",
        abstract: "Turns Russian news reports into structured event records.",
        subcommands: [
            ExtractCommand.self,
            ModelsCommand.self,
            TagCommand.self,
            MorphCommand.self,
            SegmentCommand.self,
            TimeCommand.self,
            ServeCommand.self,
        ]
    )
}
