#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import LetopisCore
import LetopisText

/// A worker: a child process running `letopis worker`, fed chunks of raw inputs over a pipe.
///
/// The child's standard input and output carry frames; its standard error goes to an unlinked
/// temporary file, so that a crash prints no backtrace into the user's error stream and the
/// parent can still quote the runtime's last words (`Fatal error: Index out of range`).
final class WorkerProcess {
    let pid: pid_t
    private let channel: FrameChannel
    private let errorLog: Int32
    private var reaped = false
    /// Whether `end()` closed the pipe to the worker: closing a descriptor twice could close another
    /// worker's pipe, started meanwhile on another thread under the same number.
    private var outputClosed = false

    /// How a worker ended.
    enum Ending: Equatable { case exited(Int32), signalled(Int32) }

    private static let spawnLock = NSLock()

    /// The path of the running executable, to start workers from (`/proc/self/exe` on Linux,
    /// which survives the binary being moved or rebuilt while a batch runs).
    static var ownExecutable: String {
        #if os(Linux)
        if FileManager.default.isExecutableFile(atPath: "/proc/self/exe") { return "/proc/self/exe" }
        #endif
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
    }

    /// Starts `executable arguments...` with pipes to its standard input and output.
    /// - Throws: ``LetopisError`` when the process cannot be started.
    init(executable: String, arguments: [String]) throws {
        // pipe2 and mkostemp are not visible to Swift on Glibc: the descriptors are made close-on-exec
        // with fcntl, under a lock that every spawn takes, so that no other worker inherits them.
        Self.spawnLock.lock()
        defer { Self.spawnLock.unlock() }
        var toChild: [Int32] = [-1, -1], fromChild: [Int32] = [-1, -1]
        guard pipe(&toChild) == 0 else { throw Self.startError("cannot make a pipe: \(Self.describe(errno))") }
        guard pipe(&fromChild) == 0 else {
            close(toChild[0]); close(toChild[1])
            throw Self.startError("cannot make a pipe: \(Self.describe(errno))")
        }
        var template = Array("/tmp/letopis-worker-XXXXXX".utf8CString)
        let log = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            let fd = mkstemp(base)
            if fd >= 0 { unlink(base) }
            return fd
        }
        for fd in toChild + fromChild + [log] where fd >= 0 { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        if log >= 0 { posix_spawn_file_actions_adddup2(&actions, log, 2) }

        // argv[0] is the name the parent was started as, so that `ps` shows `letopis worker`, not `/proc/self/exe`.
        let argv = ([CommandLine.arguments.first ?? executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var environment = ProcessInfo.processInfo.environment
        // The parent reports the crash in one line; the runtime's multi-second backtrace is not wanted.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }

        var child = pid_t()
        let status = posix_spawn(&child, executable, &actions, nil, argv, envp)
        close(toChild[0]); close(fromChild[1])
        guard status == 0 else {
            close(toChild[1]); close(fromChild[0]); if log >= 0 { close(log) }
            throw Self.startError("cannot start \(executable): \(Self.describe(status))")
        }
        pid = child
        channel = FrameChannel(input: fromChild[0], output: toChild[1])
        errorLog = log
    }

    deinit {
        if !outputClosed { close(channel.output) }
        close(channel.input)
        if !reaped { var status: Int32 = 0; _ = waitpid(pid, &status, 0) }
        if errorLog >= 0 { close(errorLog) }
    }

    /// Sends a request and waits for the answer; nil when the worker died (or broke the protocol).
    func exchange(_ request: [UInt8]) -> [UInt8]? {
        guard channel.send(request) else { return nil }
        return channel.receive()
    }

    /// Sends a request without waiting for the answer (``receive()`` takes it later); false when the worker died.
    func send(_ request: [UInt8]) -> Bool { channel.send(request) }

    /// Waits for the answer to a request sent by ``send(_:)``; nil when the worker died.
    func receive() -> [UInt8]? { channel.receive() }

    /// Sends a request and waits for the answer until `deadline`: `.timedOut` when the worker is
    /// alive but silent (a loop or a stall in the pipeline), `.closed` when it died.
    func exchange(_ request: [UInt8], until deadline: ContinuousClock.Instant) -> FrameChannel.Received {
        guard channel.send(request) else { return .closed }
        return channel.receive(until: deadline)
    }

    /// Waits for the process to end (after it closed its output) and says how it did.
    func end() -> Ending {
        if !outputClosed { close(channel.output); outputClosed = true }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        reaped = true
        let signal = status & 0x7F
        if signal != 0 && signal != 0x7F { return .signalled(signal) }
        return .exited((status >> 8) & 0xFF)
    }

    /// Kills a worker that broke the protocol or stalled without dying.
    func kill() { _ = Glibc.kill(pid, SIGKILL) }

    /// The runtime's message before the crash (`Fatal error: ...`), if it left one.
    func lastWords() -> String? {
        guard errorLog >= 0 else { return nil }
        let size = lseek(errorLog, 0, SEEK_END)
        guard size > 0 else { return nil }
        let start = max(0, Int(size) - 16_384)
        var bytes = [UInt8](repeating: 0, count: Int(size) - start)
        let got = bytes.withUnsafeMutableBytes { pread(errorLog, $0.baseAddress, $0.count, off_t(start)) }
        guard got > 0 else { return nil }
        let lines = String(decoding: bytes.prefix(got), as: UTF8.self).split(separator: "\n")
        let fatal = lines.last { $0.contains("Fatal error") || $0.contains("fatal error") }
        return (fatal ?? lines.last).map { String($0.prefix(300)) }
    }

    static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }

    static func startError(_ message: String) -> LetopisError {
        LetopisError(.unreadable, subject: "worker", message: message,
                     remedy: "check free memory and process limits (ulimit -u), or run with --no-isolation")
    }
}
