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
        var key: [UInt8]
        var payloadIndex: UInt32
    }

    /// The records of the key whose payload separator node is `index`, in dawg_python's order
    /// (the order of their base64 texts). Calls `body` with each record's bytes.
    func forEachRecord(at index: UInt32, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var completer = DawgCompleter(dawg: dawg, guide: guide, start: index)
        var record = [UInt8](repeating: 0, count: recordSize + 3)
        while completer.next() {
            let n = Base64.decode(completer.key, into: &record)
            guard n >= recordSize else { continue }
            record.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<recordSize])) }
        }
    }

    /// Every key equal to `key` up to the `substitutes` (`е` may stand for `ё`), in
    /// dawg_python's `similar_items` order: the key as written first, then variants with
    /// the earliest substitution first.
    ///
    /// `key` is UTF-8; `substitutes` maps one character's bytes to the bytes that may replace it.
    func similarItems(_ key: [UInt8], substitutes: [(from: [UInt8], to: [UInt8])]) -> [Match] {
        var result: [Match] = []
        collect(key, from: 0, prefix: [], index: Dawg.root, substitutes: substitutes, into: &result, depth: 0)
        return result
    }

    private func collect(_ key: [UInt8], from start: Int, prefix: [UInt8], index startIndex: UInt32,
                         substitutes: [(from: [UInt8], to: [UInt8])], into result: inout [Match], depth: Int) {
        let insertAt = result.count
        var index = startIndex
        var pos = start
        let n = key.count
        // Only characters that start a substitute need the slow path; test their lead byte.
        let leads = substitutes.map { $0.from.first ?? 0 }
        while pos < n {
            let lead = key[pos]
            let len = lead < 0x80 ? 1 : UTF8Text.scalarLength(lead)
            let end = min(pos + len, n)
            // Substitution recursion is bounded: beyond 8 substitutions deep we stop branching.
            if depth < 8, leads.contains(lead) {
                for sub in substitutes where sub.from.count == end - pos && key[pos..<end].elementsEqual(sub.from) {
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
            var found = prefix
            found.append(contentsOf: key[start...])
            result.insert(Match(key: found, payloadIndex: payload), at: insertAt)
        }
    }

    /// Whether the exact key is present.
    func contains(_ key: [UInt8]) -> Bool {
        guard let i = dawg.follow(key, from: Dawg.root) else { return false }
        return dawg.follow(RecordDawg.payloadSeparator, from: i) != nil
    }
}

/// Standard base64 (with `=` padding), as `binascii.a2b_base64` reads it.
enum Base64 {
    static let table: [UInt8] = {
        var t = [UInt8](repeating: 0xFF, count: 256)
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        for (i, c) in alphabet.enumerated() { t[Int(c)] = UInt8(i) }
        return t
    }()

    /// Decodes `text` into `out` (which must be large enough); returns the number of bytes, skipping invalid characters.
    static func decode(_ text: [UInt8], into out: inout [UInt8]) -> Int {
        var acc: UInt32 = 0
        var bits = 0
        var n = 0
        for c in text {
            let v = table[Int(c)]
            if v == 0xFF { continue }
            acc = (acc << 6) | UInt32(v)
            bits += 6
            if bits >= 8 {
                bits -= 8
                if n < out.count { out[n] = UInt8((acc >> UInt32(bits)) & 0xFF) }
                n += 1
            }
        }
        return min(n, out.count)
    }
}
