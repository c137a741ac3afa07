import ArgumentParser
import LetopisPipeline

/// `--models DIR`, shared by every command that reads model data, resolved one way
/// (`--models`, then `$LETOPIS_MODELS`, `$XDG_DATA_HOME/letopis/models`, `~/.local/share/letopis/models`).
struct ModelsOption: ParsableArguments {
    @Option(help: "Models directory (default: $LETOPIS_MODELS or ~/.local/share/letopis/models).")
    var models: String?

    var directory: ModelsDirectory { ModelsDirectory.resolve(option: models) }
}
