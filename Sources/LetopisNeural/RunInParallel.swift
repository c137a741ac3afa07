import Foundation
import LetopisCore

/// Runs `body` over contiguous slices of `documents` on `threads` cores at once.
///
/// Each slice is handed to one task; the slices are disjoint, so tasks never
/// touch the same document. The work is split in about `4 × threads` slices of
/// similar size so that a slow slice does not leave a core idle.
public func runInParallel(_ documents: inout [Document], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                          _ body: @Sendable (inout [Document]) -> Void) {
    let threads = max(1, threads)
    guard threads > 1, documents.count > 1 else { body(&documents); return }
    // Split by text size so that chunks take about the same time.
    let total = documents.reduce(0) { $0 + $1.utf8.count + 1 }
    let pieces = min(documents.count, threads * 4)
    var bounds: [Int] = [0]
    var acc = 0
    for (i, d) in documents.enumerated() {
        acc += d.utf8.count + 1
        if acc * pieces >= total * bounds.count, i + 1 < documents.count, bounds.count < pieces { bounds.append(i + 1) }
    }
    bounds.append(documents.count)
    let ranges = zip(bounds, bounds.dropFirst()).map { $0..<$1 }.filter { !$0.isEmpty }
    documents.withUnsafeMutableBufferPointer { buffer in
        nonisolated(unsafe) let docs = buffer
        // Worker w takes slices w, w + workers, ...: at most `threads` run at once.
        let workers = min(threads, ranges.count)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var r = w
            while r < ranges.count {
                let range = ranges[r]
                var slice = Array(docs[range])
                body(&slice)
                for (i, d) in zip(range, slice) { docs[i] = d }
                r += workers
            }
        }
    }
}
