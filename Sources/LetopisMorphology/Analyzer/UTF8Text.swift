/// Small helpers over UTF-8 text with Python's code-point semantics
/// (pymorphy3 slices and measures words in code points).
enum UTF8Text {
    /// The byte length of the scalar starting with `lead` (1 for stray continuation bytes).
    @inline(__always) static func scalarLength(_ lead: UInt8) -> Int {
        if lead < 0xC0 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    /// The byte offset where each code point starts.
    static func scalarStarts(_ bytes: [UInt8]) -> [Int] {
        var starts: [Int] = []
        starts.reserveCapacity(bytes.count)
        for (i, b) in bytes.enumerated() where b & 0xC0 != 0x80 { starts.append(i) }
        return starts
    }

    /// Number of code points (Python's `len`).
    @inline(__always) static func count(_ s: String) -> Int { s.unicodeScalars.count }

    /// Python's `s[dropFirst : len(s) - dropLast]` in code points, empty when they cross.
    static func slice(_ s: String, dropFirst: Int, dropLast: Int) -> String {
        let scalars = s.unicodeScalars
        let n = scalars.count
        let start = min(max(dropFirst, 0), n)
        let end = max(n - max(dropLast, 0), 0)
        guard start < end else { return "" }
        let a = scalars.index(scalars.startIndex, offsetBy: start)
        let b = scalars.index(scalars.startIndex, offsetBy: end)
        return String(scalars[a..<b])
    }

    /// Python's `s[:k]` (k may be negative, counting from the end).
    static func prefix(_ s: String, _ k: Int) -> String {
        let n = count(s)
        let end = k >= 0 ? min(k, n) : max(n + k, 0)
        return slice(s, dropFirst: 0, dropLast: n - end)
    }

    /// Python's `s[k:]` (k may be negative, counting from the end).
    static func suffix(from k: Int, of s: String) -> String {
        let n = count(s)
        let start = k >= 0 ? min(k, n) : max(n + k, 0)
        return slice(s, dropFirst: start, dropLast: 0)
    }

    /// Python's `str.lower()`: ASCII and Russian letters by table, the rest by Unicode full mapping.
    static func lowercased(_ s: String) -> String {
        var simple = true
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var it = s.utf8.makeIterator()
        while let b = it.next() {
            if b < 0x80 {
                out.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
            } else if b == 0xD0 {
                guard let c = it.next() else { simple = false; break }
                if c >= 0x90 && c <= 0x9F {          // А..П → а..п
                    out.append(0xD0); out.append(c + 0x20)
                } else if c >= 0xA0 && c <= 0xAF {   // Р..Я → р..я
                    out.append(0xD1); out.append(c - 0x20)
                } else if c == 0x81 {                // Ё → ё
                    out.append(0xD1); out.append(0x91)
                } else if c >= 0xB0 && c <= 0xBF {   // а..п
                    out.append(0xD0); out.append(c)
                } else { simple = false; break }
            } else if b == 0xD1 {
                guard let c = it.next() else { simple = false; break }
                if (c >= 0x80 && c <= 0x8F) || c == 0x91 { out.append(0xD1); out.append(c) } else { simple = false; break }
            } else { simple = false; break }
        }
        if simple { return out.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) } }
        return s.lowercased()
    }

    /// Whether `s` starts with `prefix` (byte-wise, which is code-point-wise for valid UTF-8).
    @inline(__always) static func hasPrefix(_ s: String, _ prefix: String) -> Bool {
        s.utf8.starts(with: prefix.utf8)
    }

    @inline(__always) static func hasSuffix(_ s: String, _ suffix: String) -> Bool {
        s.utf8.count >= suffix.utf8.count && s.utf8.reversed().starts(with: suffix.utf8.reversed())
    }
}
