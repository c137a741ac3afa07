#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation
import LetopisCore
import LetopisText

/// Runs an ``ExtractionJob`` over a stream of inputs and hands back each document's encoded bytes
/// in input order — in supervised worker processes (the default) or in this process.
///
/// **Isolation.** A trap in Swift (an index out of range, an overflow) cannot be caught: it ends
/// the process. So the parent never runs the pipeline; it starts `workers` copies of its own
/// executable (`letopis worker`), sends each a slice of every chunk of documents as length-prefixed
/// frames, and receives one outcome per document. When a worker dies, the parent starts a new one
/// and runs that slice again one document at a time; a document that kills a worker a second time
/// is *poison*: it is reported by id (`crashed the extractor (signal 4 ...)`) and the run goes on.
/// A worker that stays silent past ``documentTimeout`` (a loop, a stall) is killed and handled the
/// same way: its slice is re-run one document at a time, and the document that stalls a worker a
/// second time is reported (`stalled the extractor`).
/// The workers batch their slice for the neural stage as the in-process runner does, so speed is
/// the same. See `Docs/reliability.md`.
///
/// ```swift
/// let runner = ExtractionRunner(job: job, workers: 2)
/// let summary = try runner.run(reader.units(paths: paths), output: { write($0) }, report: { print($0, $1) })
/// ```
public struct ExtractionRunner: Sendable {
    public enum Mode: Sendable, Equatable {
        /// Worker processes started from `executable` with `arguments` (`letopis worker`).
        case isolated(executable: String, arguments: [String])
        /// Threads of this process: fastest to debug, but a crash ends the run.
        case inProcess
    }

    public var job: ExtractionJob
    public var workers: Int
    public var chunkSize: Int
    public var mode: Mode
    /// Seconds a worker may take per document before it is called stalled, killed and replaced;
    /// a slice of documents gets this plus as much again per MiB of its text, since work is linear
    /// in the text. Zero or less: no limit. Only isolated workers are watched (`--document-timeout`).
    public var documentTimeout: Double = ExtractionRunner.defaultDocumentTimeout

    /// 60 s: about 100 × the slowest real post on a loaded machine; an 8 MiB worst case gets 9 minutes.
    public static let defaultDocumentTimeout: Double = 60

    /// The default worker command: this executable's hidden `worker` subcommand.
    public static var ownWorker: Mode { .isolated(executable: WorkerProcess.ownExecutable, arguments: ["worker"]) }

    public init(job: ExtractionJob, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                chunkSize: Int = 256, mode: Mode = ExtractionRunner.ownWorker) {
        self.job = job
        self.workers = max(1, workers)
        self.chunkSize = max(1, chunkSize)
        self.mode = mode
    }

    /// How serious a reported line is.
    public enum Severity: String, Sendable { case error, warning, note }

    public struct Summary: Sendable, Equatable {
        public var processed = 0
        public var failed = 0
        /// Documents that crashed a worker twice (counted in `failed` too).
        public var crashed = 0
        /// Documents that stalled a worker past the time limit twice (counted in `failed` too).
        public var stalled = 0
        public var warnings = 0
        public init() {}
    }

    /// Chunks a run holds at once: one in the workers and one whose results the caller is taking
    /// (``run(_:output:report:)`` overlaps the two). Whatever keeps the raw units of a run for its error
    /// reports must keep this many chunks, plus the one being read.
    public static let chunksInFlight = 2

    /// Runs every input. `output` gets each document's bytes in input order; `report` every
    /// error, warning and note as one ``LetopisError``.
    ///
    /// **Pipelined.** While the workers extract chunk *n*, this thread hands chunk *n − 1*'s results to
    /// `output` and `report` (an ingest stores them meanwhile) and reads chunk *n + 1*'s input. At most
    /// ``chunksInFlight`` chunks of results exist at once, so memory stays flat; `output` and `report`
    /// are called on the calling thread, in input order, as before.
    /// - Throws: ``LetopisError`` when nothing can run (a model missing, a worker that cannot start).
    public func run(_ events: some Sequence<InputEvent>, output: ([UInt8]) -> Void,
                    report: (LetopisError, Severity) -> Void) throws -> Summary {
        var summary = Summary()
        let engine: any ChunkEngine
        switch mode {
        case .inProcess: engine = InProcessEngine(processor: try job.makeProcessor(), threads: workers)
        case .isolated(let executable, let arguments):
            // A write to a worker that just died must fail with EPIPE, not kill the parent.
            signal(SIGPIPE, SIG_IGN)
            engine = WorkerPool(job: job, count: workers, executable: executable, arguments: arguments,
                                documentTimeout: documentTimeout)
        }
        /// Hands one finished chunk's outcomes out, in input order.
        func deliver(_ round: [InputEvent], _ outcomes: [DocumentOutcome]) {
            var outcomes = outcomes[...]
            for event in round {
                switch event {
                case .note(let note): report(note, .note)
                case .failure(let error): summary.failed += 1; report(error, .error)
                case .unit:
                    guard let outcome = outcomes.popFirst() else { continue }
                    for warning in outcome.warnings { summary.warnings += 1; report(warning, .warning) }
                    switch outcome.result {
                    case .success(let bytes): summary.processed += 1; output(bytes)
                    case .failure(let error):
                        summary.failed += 1
                        if error.code == .crashed { summary.crashed += 1 }
                        if error.code == .stalled { summary.stalled += 1 }
                        report(error, .error)
                    }
                }
            }
        }
        // The chunk in the workers. The engine runs one chunk at a time, so the next is submitted only
        // after this one is collected.
        var inFlight: (round: [InputEvent], work: ChunkInFlight)?
        func advance(_ next: [InputEvent]?) throws {
            let finished = try inFlight.map { ($0.round, try $0.work.outcomes()) }
            inFlight = next.map { round in
                let units = round.compactMap { event -> RawInput? in if case .unit(let u) = event { return u }; return nil }
                return (round, ChunkInFlight(engine: engine, units: units))
            }
            if let finished { deliver(finished.0, finished.1) }
        }
        var round: [InputEvent] = []
        round.reserveCapacity(chunkSize)
        var unitsInRound = 0
        var submitted = false
        for event in events {
            round.append(event)
            if case .unit = event {
                unitsInRound += 1
                // The first chunk's k-th document means its k-th worker will be needed: start it now, so
                // that it loads its models while this thread reads the rest of the chunk (a one-document
                // run still starts one worker). Only before the first chunk goes out, when no thread
                // but this one touches the engine.
                if !submitted && unitsInRound <= workers { engine.prepare(workers: unitsInRound) }
            }
            if unitsInRound == chunkSize {
                submitted = true
                try advance(round)
                round = []
                round.reserveCapacity(chunkSize)
                unitsInRound = 0
            }
        }
        try advance(round)
        try advance(nil)
        // Wait for the workers to end here, not when the pool is freed: the last chunk's thread may still
        // hold the pool when this process exits, and a worker nobody waited for is missing from the
        // parent's resource usage (`time` then reports the parent's CPU only).
        engine.finish()
        return summary
    }
}

/// One chunk being processed by the engine on a thread of its own; ``outcomes()`` waits for it.
private final class ChunkInFlight: @unchecked Sendable {
    private var result: Result<[DocumentOutcome], any Error> = .success([])
    private let done = DispatchSemaphore(value: 0)

    init(engine: any ChunkEngine, units: [RawInput]) {
        guard !units.isEmpty else { done.signal(); return }
        let box = UncheckedBox(engine)
        let thread = Thread { [self] in
            result = Result { try box.value.process(units) }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The chunk's outcomes, in order, once the engine has them (the semaphore orders the write before this read).
    func outcomes() throws -> [DocumentOutcome] {
        done.wait()
        return try result.get()
    }
}

/// An engine handed to the one thread that uses it while the caller waits on that thread's chunk.
private struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

extension LetopisError.Code {
    /// A document crashed the extractor twice.
    public static let crashed = LetopisError.Code(rawValue: "crashed")
    /// A document kept a worker busy past the time limit twice.
    public static let stalled = LetopisError.Code(rawValue: "stalled")
}

/// Processes one chunk of units into one outcome each, in order.
protocol ChunkEngine {
    func process(_ units: [RawInput]) throws -> [DocumentOutcome]
    /// Gets the first `workers` workers going ahead of the first chunk (a hint: nothing may fail here;
    /// a worker that cannot start is reported when ``process(_:)`` needs it).
    func prepare(workers: Int)
    /// Ends the workers after the last chunk and waits for them.
    func finish()
}

extension ChunkEngine {
    func prepare(workers: Int) {}
    func finish() {}
}

struct InProcessEngine: ChunkEngine {
    let processor: ChunkProcessor
    let threads: Int
    func process(_ units: [RawInput]) throws -> [DocumentOutcome] {
        units.isEmpty ? [] : processor.process(units, threads: threads)
    }
}

/// The supervised worker processes, one slot each, started when first needed.
final class WorkerPool: ChunkEngine, @unchecked Sendable {
    let job: ExtractionJob
    let executable: String
    let arguments: [String]
    private var slots: [WorkerSlot]

    init(job: ExtractionJob, count: Int, executable: String, arguments: [String], documentTimeout: Double) {
        self.job = job
        self.executable = executable
        self.arguments = arguments
        slots = (0..<count).map { _ in WorkerSlot(documentTimeout: documentTimeout) }
    }

    func prepare(workers: Int) {
        for slot in slots.prefix(workers) { slot.start(job: job, executable: executable, arguments: arguments) }
    }

    func finish() {
        for slot in slots { slot.stop() }
    }

    func process(_ units: [RawInput]) throws -> [DocumentOutcome] {
        guard !units.isEmpty else { return [] }
        let bounds = BatchRunner.balancedSlices(units.map(\.bytes.count), into: min(slots.count, units.count))
        let results = SlotResults(count: bounds.count - 1)
        let slots = self.slots, job = self.job, executable = self.executable, arguments = self.arguments
        // One thread per slot, not concurrentPerform: the slots block on their workers' pipes, and
        // Dispatch, seeing its threads blocked on a loaded machine, may run the iterations one after
        // the other — the workers then take turns (measured: twice the wall time of the in-process run).
        let done = DispatchGroup()
        for w in 0..<(bounds.count - 1) {
            let slice = Array(units[bounds[w]..<bounds[w + 1]])
            guard !slice.isEmpty else { results.set(w, .success([])); continue }
            done.enter()
            let thread = Thread {
                results.set(w, Result { try slots[w].process(slice, job: job, executable: executable, arguments: arguments) })
                done.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        done.wait()
        return try results.values().flatMap { try $0.get() }
    }
}

/// One worker process and its restarts; used by one thread at a time.
final class WorkerSlot: @unchecked Sendable {
    private var worker: WorkerProcess?
    /// Seconds per document (and per MiB of a slice's text) before the worker is called stalled; ≤ 0: none.
    let documentTimeout: Double

    init(documentTimeout: Double = ExtractionRunner.defaultDocumentTimeout) {
        self.documentTimeout = documentTimeout
    }

    /// How the last worker to fail ended: its exit, or killed for silence after so many seconds.
    private enum Failure { case ended(WorkerProcess.Ending, String?), stalled(seconds: Double) }

    /// Outcomes of a slice; a worker's death costs only the document that caused it.
    func process(_ units: [RawInput], job: ExtractionJob, executable: String, arguments: [String]) throws -> [DocumentOutcome] {
        if let outcomes = try attempt(units, job: job, executable: executable, arguments: arguments) { return outcomes }
        // The worker died on this slice: find the culprit, one document at a time.
        guard units.count > 1 else { return [try poisonOrRetry(units[0], job: job, executable: executable, arguments: arguments)] }
        var outcomes: [DocumentOutcome] = []
        for unit in units {
            if let one = try attempt([unit], job: job, executable: executable, arguments: arguments), let outcome = one.first {
                outcomes.append(outcome)
            } else {
                outcomes.append(poison(unit))
            }
        }
        return outcomes
    }

    /// A lone document that crashed once gets one more try before it is called poison.
    private func poisonOrRetry(_ unit: RawInput, job: ExtractionJob, executable: String, arguments: [String]) throws -> DocumentOutcome {
        if let one = try attempt([unit], job: job, executable: executable, arguments: arguments), let outcome = one.first { return outcome }
        return poison(unit)
    }

    private var lastFailure: Failure?

    private func poison(_ unit: RawInput) -> DocumentOutcome {
        var how = "crashed the extractor"
        switch lastFailure {
        case .ended(.signalled(let s), let words)?: how += " (signal \(s)\(words.map { ": \($0)" } ?? ""))"
        case .ended(.exited(let s), let words)?: how += " (exit status \(s)\(words.map { ": \($0)" } ?? ""))"
        case .stalled(let seconds)?:
            return DocumentOutcome(result: .failure(LetopisError(
                .stalled, subject: Self.name(of: unit),
                message: "stalled the extractor: no result within \(Self.format(seconds)) s, twice (the worker was stopped)",
                remedy: "the other documents are written; if the document is only slow, raise the limit (--document-timeout SECONDS, 0 for none), otherwise please report it with this document")))
        case nil: break
        }
        return DocumentOutcome(result: .failure(LetopisError(
            .crashed, subject: Self.name(of: unit), message: how,
            remedy: "the other documents are written; please report it with this document (letopis extract --no-isolation reproduces it)")))
    }

    /// The time a slice may take: the per-document limit, plus as much again per MiB of text.
    func allowance(for units: [RawInput]) -> Double? {
        guard documentTimeout > 0 else { return nil }
        let bytes = units.reduce(0) { $0 + $1.bytes.count }
        return documentTimeout * (1 + Double(bytes) / Double(1 << 20))
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)
    }

    /// `dev.jsonl:12 (id tg123)`: where the document is, and its id when the line gives one.
    static func name(of unit: RawInput) -> String {
        guard unit.kind == .jsonLine else { return unit.location.description }
        if DocumentReader.nestingDepth(unit.bytes) <= DocumentReader.maxNestingDepth,
           let object = try? JSONSerialization.jsonObject(with: Data(unit.bytes)) as? [String: Any] {
            switch object["id"] {
            case let s as String where !s.isEmpty: return "\(s) (\(unit.location))"
            case let n as NSNumber: return "\(n.stringValue) (\(unit.location))"
            default: break
            }
        }
        return unit.location.description
    }

    /// Runs the units on the worker, starting it if needed; nil when the worker died meanwhile.
    private func attempt(_ units: [RawInput], job: ExtractionJob, executable: String, arguments: [String]) throws -> [DocumentOutcome]? {
        let worker = try running(job: job, executable: executable, arguments: arguments)
        var request = WireWriter()
        request.u32(units.count)
        for unit in units { request.input(unit) }
        let answer: FrameChannel.Received
        if let seconds = allowance(for: units) {
            answer = worker.exchange(request.bytes, until: .now + .milliseconds(Int64(min(seconds, 1e9) * 1000)))
        } else {
            answer = worker.exchange(request.bytes).map { FrameChannel.Received.frame($0) } ?? .closed
        }
        if case .timedOut = answer, let seconds = allowance(for: units) {
            // Alive but silent: a loop or a stall. It costs this slice a re-run, one document at a time.
            worker.kill()
            _ = worker.end()
            lastFailure = .stalled(seconds: seconds)
            self.worker = nil
            return nil
        }
        if case .frame(let reply) = answer {
            var reader = WireReader(reply)
            if let count = try? reader.u32(), count == units.count {
                var outcomes: [DocumentOutcome] = []
                for _ in 0..<count {
                    guard let outcome = try? reader.outcome() else { break }
                    outcomes.append(outcome)
                }
                if outcomes.count == units.count { return outcomes }
            }
            worker.kill()  // a garbled answer: treat the worker as dead
        }
        lastFailure = .ended(worker.end(), worker.lastWords())
        self.worker = nil
        return nil
    }

    /// A worker started ahead of its first slice: its configuration is sent, its answer not yet read.
    private var starting: WorkerProcess?

    /// Starts the worker and sends it the job without waiting for it to load its models; ``running(job:executable:arguments:)``
    /// takes its answer. Does nothing when a worker is already there; a failure here is left for that call to report.
    func start(job: ExtractionJob, executable: String, arguments: [String]) {
        guard worker == nil, starting == nil, let process = try? WorkerProcess(executable: executable, arguments: arguments) else { return }
        guard process.send(Self.configuration(of: job)) else { _ = process.end(); return }
        starting = process
    }

    /// Closes the pipe to the worker (it then returns from its loop and exits) and waits for it.
    func stop() {
        if let worker { _ = worker.end() }
        if let starting { _ = starting.end() }
        worker = nil
        starting = nil
    }

    private static func configuration(of job: ExtractionJob) -> [UInt8] {
        (try? JSONEncoder().encode(job)).map { [UInt8]($0) } ?? []
    }

    private func running(job: ExtractionJob, executable: String, arguments: [String]) throws -> WorkerProcess {
        if let worker { return worker }
        let worker: WorkerProcess
        let reply: [UInt8]?
        if let started = starting {
            starting = nil
            worker = started
            reply = worker.receive()
        } else {
            worker = try WorkerProcess(executable: executable, arguments: arguments)
            reply = worker.exchange(Self.configuration(of: job))
        }
        var reader = WireReader(reply ?? [])
        guard reply != nil, let status = try? reader.u8() else {
            let ending = worker.end()
            throw LetopisError(.unreadable, subject: "worker", message: "a worker process ended while starting (\(ending))",
                               remedy: "run with --no-isolation to see why", cause: worker.lastWords())
        }
        if status != 0 {
            _ = worker.end()
            throw (try? reader.error()) ?? LetopisError(.unreadable, subject: "worker", message: "a worker could not start")
        }
        self.worker = worker
        return worker
    }
}

/// Results of the slots, each written by its own thread.
private final class SlotResults: @unchecked Sendable {
    private var slots: [Result<[DocumentOutcome], any Error>?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: Result<[DocumentOutcome], any Error>) { lock.lock(); slots[i] = value; lock.unlock() }
    func values() -> [Result<[DocumentOutcome], any Error>] {
        slots.map { $0 ?? .failure(LetopisError(.unreadable, message: "a slice was not processed")) }
    }
}

/// The worker side: reads the job, then chunks, until its input closes.
public enum WorkerMain {
    /// Serves the parent over standard input and output; returns when the parent closes the pipe.
    /// Standard output is kept for frames: anything printed by accident goes to standard error.
    public static func serve() {
        let output = dup(STDOUT_FILENO)
        dup2(STDERR_FILENO, STDOUT_FILENO)
        let channel = FrameChannel(input: STDIN_FILENO, output: output)
        guard let configuration = channel.receive() else { return }
        var ready = WireWriter()
        let processor: ChunkProcessor
        do {
            let job = try JSONDecoder().decode(ExtractionJob.self, from: Data(configuration))
            processor = try job.makeProcessor()
            ready.u8(0)
        } catch {
            ready.u8(1)
            ready.error(error as? LetopisError ?? LetopisError(.pipelineInvalid, subject: "worker", message: "cannot start",
                                                               remedy: "run with --no-isolation to see why", cause: "\(error)"))
            _ = channel.send(ready.bytes)
            return
        }
        guard channel.send(ready.bytes) else { return }
        // Fault injection for the tests of the supervisor: a unit holding this marker kills the worker
        // with SIGSEGV, as a trap in the pipeline would. Unset in normal runs.
        let crashMarker = ProcessInfo.processInfo.environment["LETOPIS_WORKER_CRASH_MARKER"].flatMap { $0.isEmpty ? nil : $0 }
        #if DEBUG
        // The same for the watchdog: a unit holding this marker makes the worker sleep for ever, as a
        // loop in a rule would. Debug builds only, so no release binary can be stalled this way.
        let hangMarker = ProcessInfo.processInfo.environment["LETOPIS_WORKER_HANG_MARKER"].flatMap { $0.isEmpty ? nil : $0 }
        #endif
        while let frame = channel.receive() {
            var reader = WireReader(frame)
            var units: [RawInput] = []
            if let count = try? reader.u32() {
                for _ in 0..<count { if let unit = try? reader.input() { units.append(unit) } }
            }
            if let crashMarker, units.contains(where: { String(decoding: $0.bytes, as: UTF8.self).contains(crashMarker) }) {
                raise(SIGSEGV)
            }
            #if DEBUG
            if let hangMarker, units.contains(where: { String(decoding: $0.bytes, as: UTF8.self).contains(hangMarker) }) {
                while true { sleep(3600) }
            }
            #endif
            var reply = WireWriter()
            let outcomes = processor.process(units, threads: 1)
            reply.u32(outcomes.count)
            for outcome in outcomes { reply.outcome(outcome) }
            guard channel.send(reply.bytes) else { return }
        }
    }
}
