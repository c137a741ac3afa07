import LetopisCore

/// Word and shape ids of one token sequence, ready for a model.
public struct EncodedSequence: Sendable {
    public var words: [Int32]
    public var shapes: [Int32]
    public var count: Int { words.count }

    public init(words: [Int32], shapes: [Int32]) {
        self.words = words
        self.shapes = shapes
    }

    /// The tokens `range` of this sequence.
    public subscript(range: Range<Int>) -> EncodedSequence {
        EncodedSequence(words: Array(words[range]), shapes: Array(shapes[range]))
    }
}

/// Maps token texts to a pack's word and shape ids, as slovnet's `WordShapeEncoder`.
public struct TokenEncoder: Sendable {
    public let words: WordVocabulary
    let shapeIDs: [String: Int32]
    let shapePad: Int32
    /// Shape ids of the outlines X, x, XX, xx, Xx, Xx-Xx, OTHER for RU and EN.
    let ruShapes: [Int32]
    let enShapes: [Int32]
    let numShape: Int32
    let otherShape: Int32
    let punctOther: Int32
    /// `PUNCT_c` ids by the mark's scalar.
    let punctShapes: [UInt32: Int32]

    init(words: WordVocabulary, shapes: [String]) {
        self.words = words
        var ids: [String: Int32] = [:]
        for (i, s) in shapes.enumerated() { ids[s] = Int32(i) }
        shapeIDs = ids
        let pad = ids["<pad>"] ?? 0
        shapePad = pad
        let outlines = ["X", "x", "XX", "xx", "Xx", "Xx-Xx", "OTHER"]
        ruShapes = outlines.map { ids["RU_" + $0] ?? pad }
        enShapes = outlines.map { ids["EN_" + $0] ?? pad }
        numShape = ids["NUM"] ?? pad
        otherShape = ids["OTHER"] ?? pad
        punctOther = ids["PUNCT_OTHER"] ?? pad
        var puncts: [UInt32: Int32] = [:]
        for p in WordShape.puncts { puncts[p.value] = ids["PUNCT_" + String(p)] ?? pad }
        punctShapes = puncts
    }

    /// Whether two encoders give the same ids (same word file, same shapes).
    func sameIDs(as other: TokenEncoder) -> Bool {
        (words === other.words || words.sameBytes(as: other.words.file)) && shapeIDs == other.shapeIDs
    }

    public func encode(_ tokens: [String]) -> EncodedSequence {
        var seq = EncodedSequence(words: [], shapes: [])
        seq.words.reserveCapacity(tokens.count)
        seq.shapes.reserveCapacity(tokens.count)
        for t in tokens {
            seq.words.append(words.id(of: t))
            seq.shapes.append(shapeIDs[WordShape.of(t)] ?? shapePad)
        }
        return seq
    }
}

extension Array where Element == EncodedSequence {
    /// Consecutive groups of about `rows` tokens (a longer sequence is a group of its own).
    func chunked(rows: Int) -> [Range<Int>] {
        var chunks: [Range<Int>] = []
        var start = 0, total = 0
        for (i, s) in enumerated() {
            if total > 0 && total + s.count > rows {
                chunks.append(start..<i)
                start = i
                total = 0
            }
            total += s.count + 1
        }
        if start < count { chunks.append(start..<count) }
        return chunks
    }
}
