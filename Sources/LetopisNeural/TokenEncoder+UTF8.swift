import LetopisCore

/// Fast token encoding straight from a document's UTF-8 bytes.
///
/// Russian and ASCII tokens — nearly all of a news text — are lower-cased and
/// classified byte by byte, without building strings; any other token takes
/// the reference path (`String.lowercased()`, ``WordShape/of(_:)``), so the
/// ids are the same either way (a test checks both paths agree).
extension TokenEncoder {
    /// Case of a scalar as Python's `isupper`/`islower` see it.
    enum Case { case upper, lower, uncased }

    /// Word and shape ids of the tokens at `ranges` of `utf8`.
    public func encode(utf8: [UInt8], ranges: [TextRange]) -> EncodedSequence {
        var seq = EncodedSequence(words: [], shapes: [])
        seq.words.reserveCapacity(ranges.count)
        seq.shapes.reserveCapacity(ranges.count)
        var lower = [UInt8](repeating: 0, count: 64)
        utf8.withUnsafeBufferPointer { text in
            for r in ranges {
                guard r.start >= 0, r.end <= text.count, r.start < r.end else {
                    seq.words.append(words.unkID)
                    seq.shapes.append(shapeIDs["OTHER"] ?? shapePad)
                    continue
                }
                if lower.count < r.count { lower = [UInt8](repeating: 0, count: r.count) }
                if let (n, shape) = fastLowerAndShape(text, r, &lower) {
                    seq.words.append(lower.withUnsafeBufferPointer { words.id(ofLowercased: UnsafeBufferPointer(rebasing: $0[0..<n])) })
                    seq.shapes.append(shape)
                } else {
                    let s = String(decoding: UnsafeBufferPointer(rebasing: text[r.start..<r.end]), as: UTF8.self)
                    seq.words.append(words.id(of: s))
                    seq.shapes.append(shapeIDs[WordShape.of(s)] ?? shapePad)
                }
            }
        }
        return seq
    }

    /// Lower-cases a token of ASCII and basic Cyrillic into `out` and finds its
    /// shape id; nil when the token has any other character.
    @inline(__always)
    func fastLowerAndShape(_ text: UnsafeBufferPointer<UInt8>, _ r: TextRange, _ out: inout [UInt8]) -> (Int, Int32)? {
        var i = r.start, n = 0
        var uppers = 0, lowers = 0
        var firstCase = Case.uncased
        var scalars = 0
        var firstScalar: UInt32 = 0
        var secondScalar: UInt32 = 0
        var firstRussian = false, firstEnglish = false
        // Case pattern after a '-' for Xx-Xx: (upper count, lower count, first case) of each side.
        var dashAt = -1
        var leftUpper = 0, leftLower = 0
        var rightFirst = Case.uncased
        while i < r.end {
            let b = text[i]
            var scalar: UInt32
            var c = Case.uncased
            if b < 0x80 {
                scalar = UInt32(b)
                if b >= 0x41 && b <= 0x5A { c = .upper; out[n] = b + 32 }
                else { if b >= 0x61 && b <= 0x7A { c = .lower }; out[n] = b }
                n += 1; i += 1
            } else if (b == 0xD0 || b == 0xD1) && i + 1 < r.end {
                let b2 = text[i + 1]
                scalar = (UInt32(b & 0x1F) << 6) | UInt32(b2 & 0x3F)
                switch scalar {
                case 0x0400...0x040F: c = .upper; out[n] = 0xD1; out[n + 1] = 0x80 + UInt8(scalar - 0x0400 + 0x10)
                case 0x0410...0x041F: c = .upper; out[n] = 0xD0; out[n + 1] = 0xB0 + UInt8(scalar - 0x0410)
                case 0x0420...0x042F: c = .upper; out[n] = 0xD1; out[n + 1] = 0x80 + UInt8(scalar - 0x0420)
                case 0x0430...0x045F: c = .lower; out[n] = b; out[n + 1] = b2
                default: return nil
                }
                n += 2; i += 2
            } else {
                return nil
            }
            if scalars == 0 {
                firstScalar = scalar
                firstCase = c
                firstRussian = (0x0410...0x044F).contains(scalar) || scalar == 0x0401 || scalar == 0x0451
                firstEnglish = (0x41...0x5A).contains(scalar) || (0x61...0x7A).contains(scalar)
            } else if scalars == 1 {
                secondScalar = scalar
            }
            if scalar == 0x2D && dashAt < 0 {
                dashAt = scalars
                leftUpper = uppers; leftLower = lowers
            } else if dashAt >= 0 && dashAt == scalars - 1 {
                rightFirst = c
            }
            if c == .upper { uppers += 1 } else if c == .lower { lowers += 1 }
            scalars += 1
        }
        let shape: Int32
        if firstRussian || firstEnglish {
            let outline: Int
            if scalars == 1 { outline = firstCase == .upper ? 0 : 1 }
            else if uppers > 0 && lowers == 0 { outline = 2 }            // XX
            else if lowers > 0 && uppers == 0 { outline = 3 }            // xx
            else if firstCase == .upper && uppers == 1 && lowers > 0 { outline = 4 }  // Xx
            else if dashAt >= 0, isTitleParts(firstCase: firstCase, upper: leftUpper, lower: leftLower, count: dashAt),
                    isTitleParts(firstCase: rightFirst, upper: uppers - leftUpper, lower: lowers - leftLower,
                                 count: scalars - dashAt - 1) {
                outline = 5                                              // Xx-Xx
            } else { outline = 6 }                                       // OTHER
            shape = (firstRussian ? ruShapes : enShapes)[outline]
        } else if firstScalar >= 0x30 && firstScalar <= 0x39 {
            shape = numShape
        } else if (firstScalar == 0x2B || firstScalar == 0x2D) && scalars > 1 && secondScalar >= 0x30 && secondScalar <= 0x39 {
            shape = numShape
        } else if let p = punctShapes[firstScalar] {
            shape = scalars == 1 ? p : punctOther
        } else {
            // Cyrillic outside а-яё (ѐ, ђ, ...) and other marks: the reference path decides.
            if firstScalar >= 0x80 { return nil }
            shape = otherShape
        }
        return (n, shape)
    }

    /// slovnet's `is_title` on one side of a dash, from case counts.
    @inline(__always)
    func isTitleParts(firstCase: Case, upper: Int, lower: Int, count: Int) -> Bool {
        // Longer than one, first upper, the rest `islower()`: no other upper, some lower.
        count > 1 && firstCase == .upper && upper == 1 && lower >= 1
    }
}
