import CLetopisKernels

/// A span of tokens `[start, end)` with an entity type, from BIO tags.
public struct TokenSpan: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var type: String
}

extension Kernels {
    /// slovnet's `bio_spans`: `B-X` opens a span, `I-*` extends the open one
    /// (whatever its type), `O` closes it; any other tag (`<pad>`) changes nothing.
    public static func bioSpans(_ tags: [String]) -> [TokenSpan] {
        var spans: [TokenSpan] = []
        var open: TokenSpan? = nil
        for (i, tag) in tags.enumerated() {
            let part: Substring, type: Substring
            if let dash = tag.firstIndex(of: "-") {
                part = tag[..<dash]
                type = tag[tag.index(after: dash)...]
            } else {
                part = tag[...]
                type = ""
            }
            switch part {
            case "O":
                if let o = open { spans.append(o); open = nil }
            case "B":
                if let o = open { spans.append(o) }
                open = TokenSpan(start: i, end: i + 1, type: String(type))
            case "I":
                open?.end = i + 1
            default:
                break
            }
        }
        if let o = open { spans.append(o) }
        return spans
    }
}
