import ArgumentParser
import CLetopisKernels
import LetopisPipeline

/// `letopis worker`: the child side of extract's isolated run. Not for people: it reads a job and
/// chunks of documents as frames on standard input and answers on standard output.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker", abstract: "Internal: a worker process of an isolated extract run.",
        shouldDisplay: false)

    func run() throws {
        lk_keep_freed_buffers_in_heap()
        registerEncoders()
        WorkerMain.serve()
    }
}

/// Registers the output encoders commands add beyond the built-in ones. Called by every command
/// that starts workers and by `worker` itself, since a worker is a fresh process: an encoder a
/// command registers here (ingest's database record) is then known on both sides.
func registerEncoders() {
    Ingestion.registerRecordEncoder()
}
