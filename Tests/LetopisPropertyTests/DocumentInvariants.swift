import Testing
import LetopisCore

/// What every layer must hold whatever the input: ranges inside the text and on character
/// boundaries, tokens in order, sentences over tokens, references to mentions and actors that exist.
enum DocumentInvariants {
    static func inside(_ r: TextRange, _ doc: Document) -> Bool {
        r.start >= 0 && r.start <= r.end && r.end <= doc.utf8.count && boundary(r.start, doc) && boundary(r.end, doc)
    }

    /// Not inside a UTF-8 sequence: the byte there is not a continuation byte.
    static func boundary(_ offset: Int, _ doc: Document) -> Bool {
        offset == doc.utf8.count || (offset >= 0 && offset < doc.utf8.count && doc.utf8[offset] & 0xC0 != 0x80)
    }

    static func checkSegmentation(_ doc: Document, sourceLocation: SourceLocation = #_sourceLocation) {
        var previousEnd = 0
        for (i, t) in doc.tokens.enumerated() {
            #expect(inside(t.range, doc) && t.range.start >= previousEnd && t.range.end > t.range.start,
                    "token \(i) \(t.range) out of order or outside the text", sourceLocation: sourceLocation)
            previousEnd = t.range.end
        }
        var nextToken = 0
        for (i, s) in doc.sentences.enumerated() {
            #expect(s.tokens.lowerBound >= nextToken && s.tokens.upperBound <= doc.tokens.count && inside(s.range, doc),
                    "sentence \(i) tokens \(s.tokens) overlap the previous or leave the document", sourceLocation: sourceLocation)
            nextToken = s.tokens.upperBound
        }
    }

    static func checkLayers(_ doc: Document, sourceLocation: SourceLocation = #_sourceLocation) {
        for m in doc.mentions {
            #expect(inside(m.range, doc), "mention \(m.range) outside the text", sourceLocation: sourceLocation)
            if let e = m.entity { #expect(doc.actors.contains { $0.id == e }, "mention names actor \(e), which does not exist", sourceLocation: sourceLocation) }
        }
        for a in doc.actors {
            #expect(a.mentions.allSatisfy { $0 >= 0 && $0 < doc.mentions.count }, "actor \(a.id) names a mention that does not exist",
                    sourceLocation: sourceLocation)
        }
        for t in doc.timexes { #expect(inside(t.range, doc), "time expression \(t.range) outside the text", sourceLocation: sourceLocation) }
        for f in doc.facts {
            let parts = [f.who, f.job] + (f.where.map { [$0] } ?? [])
            #expect(parts.allSatisfy { inside($0.range, doc) }, "fact part outside the text", sourceLocation: sourceLocation)
        }
        for e in doc.events {
            #expect(inside(e.trigger, doc), "event trigger \(e.trigger) outside the text", sourceLocation: sourceLocation)
            #expect(e.evidence.allSatisfy { inside($0, doc) }, "event evidence outside the text", sourceLocation: sourceLocation)
            #expect(e.participants.allSatisfy { inside($0.range, doc) }, "participant outside the text", sourceLocation: sourceLocation)
            if let t = e.time?.timex { #expect(t >= 0 && t < doc.timexes.count, "event time names timex \(t)", sourceLocation: sourceLocation) }
        }
    }
}
