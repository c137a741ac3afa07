import LetopisCore
import LetopisText
import LetopisEntities
@testable import LetopisEvents

/// A hand-parsed sentence: each token as `form/lemma/POS/Feats/head/rel` (head 1-based within the
/// document, 0 for the root), standing in for the tagger, parser and dictionary so event rules are
/// tested alone. Mentions are given by their text and type.
func parsed(_ rows: [String], mentions: [(String, EntityType)] = [], published: String? = "2025-12-23") -> Document {
    let fields = rows.map { $0.split(separator: "/", omittingEmptySubsequences: false).map(String.init) }
    var text = ""
    var ranges: [TextRange] = []
    for (i, f) in fields.enumerated() {
        let form = f[0]
        let glued = [".", ",", "»", ")"].contains(form) || (i > 0 && ["«", "("].contains(fields[i - 1][0]))
        if i > 0 && !glued { text += " " }
        let start = text.utf8.count
        text += form
        ranges.append(TextRange(start, text.utf8.count))
    }
    var doc = Document(id: "fixture", text: text,
                       published: published.flatMap { CalendarDate(iso: $0) }.map { PublicationDate($0, source: .header) })
    doc.tokens = zip(fields, ranges).map { f, r in
        Token(r, kind: f[2] == "PUNCT" ? .punctuation : .word)
    }
    doc.sentences = [Sentence(TextRange(0, text.utf8.count), tokens: 0..<doc.tokens.count)]
    doc.lemmas = fields.map { $0[1] }
    doc.morphTags = fields.map { f in
        MorphTag(pos: f[2], features: f[3].isEmpty ? [] : f[3].split(separator: "|").map { kv in
            let p = kv.split(separator: "=")
            return (String(p[0]), String(p[1]))
        })
    }
    doc.syntax = fields.map { f in
        let h = Int(f[4]) ?? 0
        return DependencyArc(head: h == 0 ? nil : h - 1, relation: f[5])
    }
    for (surface, type) in mentions {
        guard let r = text.range(of: surface) else { continue }
        let start = text.utf8.distance(from: text.utf8.startIndex, to: r.lowerBound)
        doc.mentions.append(Mention(TextRange(start, start + surface.utf8.count), type: type))
    }
    doc.layers.formUnion([.tokens, .sentences, .lemmas, .morph, .syntax, .entities])
    return doc
}

/// A fixture through the two stages the event rules need: entities, then events.
func resolvedAndCoded(_ doc: Document) throws -> Document {
    var d = doc
    try EntityResolutionStage().process(&d)
    try EventExtractionStage().process(&d)
    return d
}
