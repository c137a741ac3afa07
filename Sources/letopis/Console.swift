#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import CLetopisKernels
import Foundation
import LetopisPipeline

/// Buffered standard output and one-line errors on standard error.
///
/// Output goes through `write(2)` with its errors checked: a full disk (`> /dev/full`) or a closed
/// pipe is one line and exit status 2, not a trap. A closed pipe ends the run silently (as `head`
/// expects of every Unix tool) unless SIGPIPE was ignored by whoever started Letopis — then it is
/// reported like any other write error.
enum Console {
    nonisolated(unsafe) private static var buffer: [UInt8] = []
    /// Whether SIGPIPE was ignored when Letopis started (the isolated runner ignores it later for its pipes).
    nonisolated(unsafe) static var sigpipeIgnoredAtStart: Bool = {
        var current = sigaction()
        sigaction(SIGPIPE, nil, &current)
        // SIG_IGN is the handler address 1.
        return current.__sigaction_handler.sa_handler.map { unsafeBitCast($0, to: Int.self) == 1 } ?? false
    }()

    static func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count > 1 << 16 { flush() }
    }

    static func write(_ string: String) { write(Array(string.utf8)) }

    /// Writes and flushes at once, with the same error handling (for the commands that print as they go).
    static func writeNow(_ data: Data) { write(Array(data)); flush() }

    static func flush() {
        guard !buffer.isEmpty else { return }
        _ = sigpipeIgnoredAtStart
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress.map { $0 + offset }, buffer.count - offset) }
            if n < 0 {
                let code = errno
                if code == EINTR { continue }
                failWriting(code)
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Ends the run on an output error: nothing more can be written.
    static func failWriting(_ code: Int32) -> Never {
        if code == EPIPE && !sigpipeIgnoredAtStart {
            // The reader went away (`| head`): end as the default SIGPIPE would, quietly.
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
        }
        let reason = String(cString: strerror(code))
        let remedy = code == ENOSPC ? "free some space on the output's disk and run again"
            : code == EPIPE ? "the program reading the output stopped; check it" : "check where the output goes"
        error(LetopisError(.unreadable, subject: "standard output", message: "cannot write the output: \(reason)", remedy: remedy))
        exit(2)
    }

    static func error(_ error: LetopisError) { line("letopis: error: \(error)") }

    static func warning(_ error: LetopisError) { line("letopis: warning: \(error)") }

    static func note(_ text: String) { line("letopis: \(text)") }

    /// One line on standard error; a failure to write it has nowhere to be reported.
    private static func line(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress.map { $0 + offset }, bytes.count - offset) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            offset += n
        }
    }

    /// All of standard input.
    /// - Throws: ``LetopisError`` when standard input is closed or unreadable.
    static func readStandardInput() throws -> [UInt8] {
        if lk_standard_input_was_closed() != 0 {
            throw LetopisError(.unreadable, subject: "stdin", message: "standard input is closed",
                               remedy: "pipe the text in, or name a file instead of '-'")
        }
        var bytes: [UInt8] = []
        var block = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = block.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if n < 0 {
                let code = errno
                if code == EINTR { continue }
                throw LetopisError(.unreadable, subject: "stdin",
                                   message: code == EBADF ? "standard input is closed" : "cannot read standard input: \(String(cString: strerror(code)))",
                                   remedy: "pipe the text in, or name a file instead of '-'")
            }
            if n == 0 { return bytes }
            bytes.append(contentsOf: block[0..<n])
        }
    }

    static var isTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
}

/// Exit statuses: 0 all went well, 1 some inputs failed (the rest were processed), 2 nothing could run.
enum ExitStatus {
    static let inputFailed = ExitCode(1)
    static let unusable = ExitCode(2)
}

/// Runs a command body, turning a ``LetopisError`` into one line and exit status 2.
func runReportingErrors(_ body: () throws -> Void) throws {
    do { try body() } catch let error as LetopisError {
        Console.flush()
        Console.error(error)
        throw ExitStatus.unusable
    }
}
