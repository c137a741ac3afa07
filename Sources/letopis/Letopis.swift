import ArgumentParser
import LetopisPipeline

@main
struct Letopis: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letopis",
        abstract: "Turns Russian news reports into structured event records.",
        subcommands: [
            ExtractCommand.self,
            StagesCommand.self,
            ModelsCommand.self,
            TagCommand.self,
            MorphCommand.self,
            SegmentCommand.self,
            TimeCommand.self,
            IngestCommand.self,
            EventsCommand.self,
            ShowCommand.self,
            ActorsCommand.self,
            DyadsCommand.self,
            TimelineCommand.self,
            SearchCommand.self,
            ExportCommand.self,
            ServeCommand.self,
            WorkerCommand.self,
        ]
    )
}
