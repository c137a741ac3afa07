#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import LetopisPipeline

/// Workers are started while the first chunk is read, so that they load their models meanwhile; a run
/// of fewer documents than workers must not start the ones it will never use.
@Suite("starting workers ahead of the first chunk")
struct WorkerStartTests {
    /// A stand-in worker that records, in a file of its own, every byte the parent sends it.
    func recordingPool(count: Int, in dir: URL) -> WorkerPool {
        WorkerPool(job: ExtractionJob(stages: ["segment"], models: "models"), count: count, executable: "/bin/sh",
                   arguments: ["-c", "cat > \"$0.$$\"", dir.appendingPathComponent("worker").path], documentTimeout: 0)
    }

    func recordings(in dir: URL) throws -> [[UInt8]] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
            .map { [UInt8](try Data(contentsOf: dir.appendingPathComponent($0))) }
    }

    @Test("prepare starts exactly the workers asked for, once each, and sends each the job")
    func startsOnlyWhatIsAskedFor() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("letopis-start-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            let pool = recordingPool(count: 3, in: dir)
            pool.prepare(workers: 1)
            pool.prepare(workers: 1)  // the first chunk's first document seen again: no second start
            pool.prepare(workers: 2)
        }  // the pool is gone: the pipes close, the stand-ins write their files and are waited for
        let sent = try recordings(in: dir)
        #expect(sent.count == 2)
        for bytes in sent {
            // one frame: a 4-byte little-endian length, then the job as JSON
            #expect(bytes.count > 4)
            let length = bytes.prefix(4).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
            #expect(length == bytes.count - 4)
            let job = try JSONDecoder().decode(ExtractionJob.self, from: Data(bytes.dropFirst(4)))
            #expect(job.stages == ["segment"])
        }
    }
}
