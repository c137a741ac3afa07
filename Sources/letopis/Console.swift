import ArgumentParser
import Foundation
import LetopisPipeline

/// Buffered standard output and one-line errors on standard error.
enum Console {
    nonisolated(unsafe) private static var buffer: [UInt8] = []

    static func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count > 1 << 16 { flush() }
    }

    static func write(_ string: String) { write(Array(string.utf8)) }

    static func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    static func error(_ error: LetopisError) {
        FileHandle.standardError.write(Data("letopis: error: \(error)\n".utf8))
    }

    static func note(_ line: String) {
        FileHandle.standardError.write(Data("letopis: \(line)\n".utf8))
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
