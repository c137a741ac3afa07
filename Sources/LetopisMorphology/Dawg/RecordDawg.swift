/// A `RecordDAWG` of dawg_python: each key maps to one or more fixed-size big-endian
/// records, stored in the DAWG itself as `key \x01 base64(record)`.
///
/// `words.dawg` maps a word form to `(paradigm, form index)` records (`>HH`);
/// `prediction-suffixes-N.dawg` maps a word ending to `(count, paradigm, form index)` (`>IHH`).
struct RecordDawg: Sendable {
    let dawg: Dawg
    let guide: DawgGuide
    /// Bytes in one record.
    let recordSize: Int

    static let payloadSeparator: UInt8 = 0x01

    /// A key found by ``similarItems(_:substitutes:)``: the key as stored (with substitutions)
    /// and the node after its payload separator.
    struct Match {
        /// The key as stored; empty when it is the looked-up key itself (no substitution).
        var substitutedKey: [UInt8]
        var payloadIndex: UInt32
        var isSubstituted: Bool { !substitutedKey.isEmpty }

        /// The key as stored, given the key that was looked up.
        func key(_ lookedUp: [UInt8]) -> [UInt8] { isSubstituted ? substitutedKey : lookedUp }
    }

    /// The records of the key whose payload separator node is `index`, in dawg_python's order
    /// (the order of their base64 texts), each as a big-endian integer (`>HH` → 32 bits,
    /// `>IHH` → 64 bits).
    ///
    /// This is dawg_python's `Completer` walk on two stack buffers (no allocation); payload
    /// keys longer than 63 bytes end the walk, so a corrupt guide cannot loop.
    func forEachRecord(at index: UInt32, _ body: (UInt64) -> Void) {
        guard !guide.bytes.isEmpty else { return }
        let capacity = 64
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: capacity) { stack in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { key in
                var depth = 1
                var keyLength = 0
                stack[0] = index
                var lastIndex = Dawg.root
                while depth > 0 {
                    var current = stack[depth - 1]
                    if lastIndex != Dawg.root {
                        var label = guide.child(current)
                        if label == 0 {
                            // climb until a node has a next sibling
                            while true {
                                label = guide.sibling(current)
                                if keyLength > 0 { keyLength -= 1 }
                                depth -= 1
                                guard depth > 0 else { return }
                                current = stack[depth - 1]
                                if label != 0 { break }
                            }
                        }
                        guard depth < capacity, keyLength < capacity, let next = dawg.follow(label, from: current) else { return }
                        key[keyLength] = label; keyLength += 1
                        stack[depth] = next; depth += 1
                        current = next
                    }
                    // find the terminal below `current`
                    while !dawg.hasValue(current) {
                        let label = guide.child(current)
                        guard depth < capacity, keyLength < capacity, let next = dawg.follow(label, from: current) else { return }
                        key[keyLength] = label; keyLength += 1
                        stack[depth] = next; depth += 1
                        current = next
                    }
                    lastIndex = current
                    if let value = Base64.decodeInteger(UnsafeBufferPointer(rebasing: key[0..<keyLength]), bytes: recordSize) {
                        body(value)
                    }
                }
            }
        }
    }

    /// Every key equal to `key` up to the `substitutes` (`е` may stand for `ё`), in
    /// dawg_python's `similar_items` order: the key as written first, then variants with
    /// the earliest substitution first.
    ///
    /// `key` is UTF-8; `substitutes` maps one character's bytes to the bytes that may replace it.
    func similarItems(_ key: [UInt8], substitutes: Substitutes) -> [Match] {
        var result: [Match] = []
        collect(key, from: 0, prefix: [], index: Dawg.root, substitutes: substitutes, into: &result, depth: 0)
        return result
    }

    private func collect(_ key: [UInt8], from start: Int, prefix: [UInt8], index startIndex: UInt32,
                         substitutes: Substitutes, into result: inout [Match], depth: Int) {
        let insertAt = result.count
        var index = startIndex
        var pos = start
        let n = key.count
        while pos < n {
            let lead = key[pos]
            let len = lead < 0x80 ? 1 : UTF8Text.scalarLength(lead)
            let end = min(pos + len, n)
            // Substitution recursion is bounded: beyond 8 substitutions deep we stop branching.
            if depth < 8, substitutes.leads.contains(lead) {
                for sub in substitutes.pairs where sub.from.count == end - pos && MorphCompare.equal(key, pos, sub.from) {
                    if let next = dawg.follow(sub.to, from: index) {
                        var newPrefix = prefix
                        newPrefix.append(contentsOf: key[start..<pos])
                        newPrefix.append(contentsOf: sub.to)
                        collect(key, from: end, prefix: newPrefix, index: next, substitutes: substitutes,
                                into: &result, depth: depth + 1)
                    }
                }
            }
            var p = pos
            while p < end {
                guard let next = dawg.follow(key[p], from: index) else { return }
                index = next
                p += 1
            }
            pos = end
        }
        if let payload = dawg.follow(RecordDawg.payloadSeparator, from: index) {
            var found: [UInt8] = []
            if depth > 0 {
                found = prefix
                found.append(contentsOf: key[start...])
            }
            result.insert(Match(substitutedKey: found, payloadIndex: payload), at: insertAt)
        }
    }

    /// Characters that may stand for others (`е` for `ё`), as UTF-8, with their lead bytes
    /// for a quick test.
    struct Substitutes: Sendable {
        let pairs: [(from: [UInt8], to: [UInt8])]
        let leads: Set<UInt8>

        init(_ pairs: [(from: String, to: String)]) {
            self.pairs = pairs.map { (Array($0.from.utf8), Array($0.to.utf8)) }
            self.leads = Set(self.pairs.compactMap(\.from.first))
        }

        static let none = Substitutes([])
    }

    /// Whether the exact key is present.
    func contains(_ key: [UInt8]) -> Bool {
        guard let i = dawg.follow(key, from: Dawg.root) else { return false }
        return dawg.follow(RecordDawg.payloadSeparator, from: i) != nil
    }
}

/// Standard base64 (with `=` padding), as `binascii.a2b_base64` reads it.
enum Base64 {
    /// The first `bytes` decoded bytes of `text` as a big-endian integer; `nil` if there are fewer.
    @inline(__always) static func decodeInteger(_ text: UnsafeBufferPointer<UInt8>, bytes: Int) -> UInt64? {
        var acc: UInt32 = 0
        var bits = 0
        var n = 0
        var value: UInt64 = 0
        for c in text {
            let v = table[Int(c)]
            if v == 0xFF { continue }
            acc = ((acc << 6) | UInt32(v)) & 0xFFFF
            bits += 6
            if bits >= 8 {
                bits -= 8
                if n < bytes { value = value << 8 | UInt64((acc >> UInt32(bits)) & 0xFF) }
                n += 1
            }
        }
        return n >= bytes ? value : nil
    }

    static let table: [UInt8] = {
        var t = [UInt8](repeating: 0xFF, count: 256)
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        for (i, c) in alphabet.enumerated() { t[Int(c)] = UInt8(i) }
        return t
    }()
}

enum MorphCompare {
    /// Whether `key[at..<at + bytes.count] == bytes` (the caller checked the length).
    @inline(__always) static func equal(_ key: [UInt8], _ at: Int, _ bytes: [UInt8]) -> Bool {
        var i = 0
        while i < bytes.count {
            if key[at + i] != bytes[i] { return false }
            i += 1
        }
        return true
    }
}
