import Foundation
import LetopisCore
@testable import LetopisText

/// One-line fixtures read from `Fixtures/` beside this file.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Non-comment, non-empty lines of a fixture file, with `⏎` turned into line breaks.
    static func lines(_ name: String) -> [String] {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent(name)) else { return [] }
        return String(decoding: data, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map(String.init)
            .filter { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }
            .map { $0.replacingOccurrences(of: "⏎", with: "\n") }
    }

    static func texts(of tokens: [Token], in utf8: [UInt8]) -> [String] {
        tokens.map { String(decoding: utf8[$0.range.start..<$0.range.end], as: UTF8.self) }
    }

    /// Source fidelity: tokens are ordered, disjoint, non-empty, inside the range, and every
    /// non-space scalar of the range lies in a token. Returns a description of the first violation.
    static func invariantViolation(_ utf8: [UInt8], _ tokens: [Token], range: TextRange? = nil) -> String? {
        let start = range?.start ?? 0, end = range?.end ?? utf8.count
        var covered = [Bool](repeating: false, count: utf8.count)
        var previousEnd = start
        for (n, t) in tokens.enumerated() {
            if t.range.isEmpty { return "token \(n) is empty" }
            if t.range.start < previousEnd { return "token \(n) overlaps or is out of order" }
            if t.range.end > end { return "token \(n) ends past the range" }
            covered.withUnsafeMutableBufferPointer { c in for b in t.range.start..<t.range.end { c[b] = true } }
            previousEnd = t.range.end
        }
        // Only uncovered bytes need a look: they must be spaces.
        let uncovered = (start..<end).filter { !covered[$0] && utf8[$0] & 0xC0 != 0x80 }
        for offset in uncovered {
            var scalars = String(decoding: utf8[offset..<min(end, offset + 4)], as: UTF8.self).unicodeScalars.makeIterator()
            guard let scalar = scalars.next() else { continue }
            if !scalar.properties.isWhitespace && scalar.value >= 0x20
                && scalar.value != 0x200B && scalar.value != 0xFEFF && scalar.value != 0x2060 {
                return "scalar U+\(String(scalar.value, radix: 16)) at byte \(offset) is in no token"
            }
        }
        return nil
    }
}
