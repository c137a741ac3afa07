@testable import LetopisMorphology

/// Builds a small DAWG (an unminimised trie) in dawgdic's double-array layout, with its
/// guide, so the reader can be tested without the real dictionary.
///
/// Each node's children sit at `index ^ offset ^ label`; `index ^ offset` is unique per node,
/// so following a label from a node never lands on another node's child with that label.
struct TinyDawgBuilder {
    final class Node {
        var children: [UInt8: Node] = [:]
        var value: UInt32?
    }

    let root = Node()

    mutating func insert(_ key: [UInt8], value: UInt32 = 0) {
        var node = root
        for b in key {
            if let next = node.children[b] { node = next } else {
                let next = Node()
                node.children[b] = next
                node = next
            }
        }
        node.value = value
    }

    /// A RecordDAWG entry: `key \u{01} base64(record)`.
    mutating func insertRecord(_ key: String, record: [UInt8]) {
        insert(Array(key.utf8) + [0x01] + Array(TinyDawgBuilder.base64(record).utf8))
    }

    static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var out = ""
        var i = 0
        while i < bytes.count {
            let chunk = Array(bytes[i..<min(i + 3, bytes.count)])
            let n = (UInt32(chunk[0]) << 16) | (UInt32(chunk.count > 1 ? chunk[1] : 0) << 8) | UInt32(chunk.count > 2 ? chunk[2] : 0)
            for k in 0..<4 {
                if k <= chunk.count { out.append(alphabet[Int((n >> UInt32(18 - 6 * k)) & 63)]) } else { out.append("=") }
            }
            i += 3
        }
        return out
    }

    func build() -> (units: [UInt32], guide: [UInt8]) {
        var units = [UInt32](repeating: 0, count: 4096)
        var guide = [UInt8](repeating: 0, count: 8192)
        var used = Set<Int>([0])
        var usedBases = Set<Int>()
        var queue: [(Node, Int)] = [(root, 0)]
        while !queue.isEmpty {
            let (node, index) = queue.removeFirst()
            var labels = node.children.keys.sorted().map(Int.init)
            if node.value != nil { labels.insert(0, at: 0) }
            guard !labels.isEmpty else { continue }
            var offset = 1
            while true {
                let base = index ^ offset
                if !usedBases.contains(base), labels.allSatisfy({ l in let j = base ^ l; return j != 0 && !used.contains(j) && j < units.count }) { break }
                offset += 1
            }
            let base = index ^ offset
            usedBases.insert(base)
            units[index] |= UInt32(offset) << 10
            if let v = node.value {
                units[index] |= 1 << 8
                used.insert(base)
                units[base] = (1 << 31) | v
            }
            let sorted = node.children.keys.sorted()
            if let first = sorted.first { guide[index * 2] = first }
            for (k, label) in sorted.enumerated() {
                let j = base ^ Int(label)
                used.insert(j)
                units[j] |= UInt32(label)
                if k + 1 < sorted.count { guide[j * 2 + 1] = sorted[k + 1] }
                queue.append((node.children[label]!, j))
            }
        }
        let count = (used.max() ?? 0) + 1
        return (Array(units[0..<count]), Array(guide[0..<(count * 2)]))
    }

    /// The file bytes: `UInt32 n`, n units, and (with the guide) `UInt32 n`, 2n guide bytes.
    func fileBytes(withGuide: Bool) -> [UInt8] {
        let (units, guide) = build()
        var out: [UInt8] = []
        func u32(_ v: UInt32) { for k in 0..<4 { out.append(UInt8((v >> UInt32(8 * k)) & 0xFF)) } }
        u32(UInt32(units.count))
        units.forEach(u32)
        if withGuide {
            u32(UInt32(units.count))
            out += guide
        }
        return out
    }
}
