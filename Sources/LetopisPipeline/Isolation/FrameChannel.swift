#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Length-prefixed frames over a pair of file descriptors (pipes to or from a worker process).
///
/// A frame is a 4-byte little-endian length and that many bytes. Reads and writes retry on
/// `EINTR` and short counts; the end of the stream or an error is `nil` / `false`, never a trap,
/// because the other side may die at any moment — that is what the channel is for.
struct FrameChannel {
    let input: Int32
    let output: Int32

    /// The largest frame accepted: a chunk of documents at the default limit fits many times over.
    static let maxFrame = 1 << 31 - 1

    func send(_ payload: [UInt8]) -> Bool {
        guard payload.count <= Self.maxFrame else { return false }
        let n = UInt32(payload.count)
        let header: [UInt8] = [UInt8(n & 0xFF), UInt8((n >> 8) & 0xFF), UInt8((n >> 16) & 0xFF), UInt8(n >> 24)]
        return Self.writeAll(output, header) && Self.writeAll(output, payload)
    }

    func receive() -> [UInt8]? {
        guard let header = Self.readExactly(input, 4) else { return nil }
        let n = Int(header[0]) | Int(header[1]) << 8 | Int(header[2]) << 16 | Int(header[3]) << 24
        return Self.readExactly(input, n)
    }

    /// What a receive with a deadline got.
    enum Received { case frame([UInt8]), closed, timedOut }

    /// Receives a frame, giving up at `deadline` (the other side stalled: it is alive but silent).
    func receive(until deadline: ContinuousClock.Instant) -> Received {
        guard let header = Self.readExactly(input, 4, until: deadline) else {
            return ContinuousClock.now >= deadline ? .timedOut : .closed
        }
        let n = Int(header[0]) | Int(header[1]) << 8 | Int(header[2]) << 16 | Int(header[3]) << 24
        guard let payload = Self.readExactly(input, n, until: deadline) else {
            return ContinuousClock.now >= deadline ? .timedOut : .closed
        }
        return .frame(payload)
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress.map { $0 + offset }, bytes.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }

    static func readExactly(_ fd: Int32, _ count: Int, until deadline: ContinuousClock.Instant? = nil) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var offset = 0
        while offset < count {
            if let deadline, !waitReadable(fd, until: deadline) { return nil }
            let got = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress.map { $0 + offset }, count - offset) }
            if got < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if got == 0 { return nil }
            offset += got
        }
        return bytes
    }
}

extension FrameChannel {
    /// Waits until `fd` can be read (data, end of stream or an error) or `deadline` passes; false on the deadline.
    static func waitReadable(_ fd: Int32, until deadline: ContinuousClock.Instant) -> Bool {
        while true {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { return false }
            let (seconds, attoseconds) = left.components
            // Whole milliseconds, rounded up, capped so the Int32 of poll cannot overflow.
            let milliseconds = min(Int64(Int32.max), seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
            var request = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, Int32(milliseconds))
            if ready > 0 { return true }
            if ready < 0 && errno != EINTR { return true }  // let the read report the error
        }
    }
}
