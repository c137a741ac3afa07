#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import LetopisPipeline
import LetopisText

/// The parent's side of the hung-worker watchdog: a silent pipe is a stall, a closed one a death.
@Suite("worker watchdog")
struct WatchdogTests {
    @Test("a frame that does not come before the deadline is a stall; a closed pipe is not")
    func receiveUntilDeadline() throws {
        var fds: [Int32] = [-1, -1]
        #expect(pipe(&fds) == 0)
        let channel = FrameChannel(input: fds[0], output: fds[1])
        let silent = channel.receive(until: .now + .milliseconds(50))
        guard case .timedOut = silent else { Issue.record("expected a stall, got \(silent)"); return }
        #expect(channel.send([1, 2, 3]))
        let answered = channel.receive(until: .now + .seconds(5))
        guard case .frame(let bytes) = answered else { Issue.record("expected the frame, got \(answered)"); return }
        #expect(bytes == [1, 2, 3])
        close(fds[1])
        let closed = channel.receive(until: .now + .seconds(5))
        guard case .closed = closed else { Issue.record("expected the end of the stream, got \(closed)"); return }
        close(fds[0])
    }

    @Test("a slice gets the per-document limit plus as much again per MiB of its text; zero is no limit")
    func allowance() {
        let unit = { (n: Int) in RawInput(kind: .text, location: InputLocation(path: "a.txt"), id: "a", bytes: Array(repeating: 0x61, count: n)) }
        #expect(WorkerSlot(documentTimeout: 60).allowance(for: [unit(10)]).map { ($0 - 60) < 0.01 } == true)
        #expect(WorkerSlot(documentTimeout: 60).allowance(for: [unit(1 << 20), unit(1 << 20)]) == 180)
        #expect(WorkerSlot(documentTimeout: 0).allowance(for: [unit(10)]) == nil)
    }
}
