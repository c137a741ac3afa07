import Foundation
import Testing
import LetopisCore
import LetopisText

/// Documents for rule tests, with hand-given layers standing in for the models (tagger, parser,
/// dictionary, NER), so that each rule layer is tested alone and without installed models.
public enum DocumentFixture {
    /// A segmented document with mentions given by their text (found left to right), lemmas by form
    /// (others lower-cased) and parts of speech by form (others `NOUN`, punctuation `PUNCT`).
    ///
    /// ```swift
    /// let doc = DocumentFixture.segmented("Вчера Император Акихито выступил.",
    ///                                     mentions: [("Император Акихито", .person)], lemmas: ["выступил": "выступить"])
    /// ```
    /// A mention not in the text is recorded as an issue of the running test and left out.
    public static func segmented(_ text: String, mentions: [(String, EntityType)], lemmas: [String: String] = [:],
                                 tags: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation) -> Document {
        var doc = Document(id: "t", text: text)
        do { try SegmentationStage().process(&doc) } catch {
            Issue.record(error, "segmenting the fixture", sourceLocation: sourceLocation)
        }
        doc.lemmas = doc.tokens.map { t in
            let s = doc.text(of: t.range)
            return lemmas[s] ?? s.lowercased()
        }
        // Verbs and prepositions are tagged so title phrases stop at them, as with the real tagger.
        doc.morphTags = doc.tokens.map { t in
            let s = doc.text(of: t.range)
            if let pos = tags[s] { return MorphTag(pos: pos, features: []) }
            return MorphTag(pos: t.kind == .punctuation ? "PUNCT" : "NOUN", features: [])
        }
        var searchFrom = text.startIndex
        for (surface, type) in mentions {
            guard let r = text.range(of: surface, range: searchFrom..<text.endIndex) else {
                Issue.record("fixture: '\(surface)' is not in the text after the previous mention", sourceLocation: sourceLocation)
                continue
            }
            let start = text.utf8.distance(from: text.utf8.startIndex, to: r.lowerBound)
            let end = text.utf8.distance(from: text.utf8.startIndex, to: r.upperBound)
            doc.mentions.append(Mention(TextRange(start, end), type: type))
            searchFrom = r.upperBound
        }
        doc.layers.formUnion([.entities])
        return doc
    }

    /// Gives the tokens written `word` a part of speech and UD features, as the tagger would.
    public static func tag(_ doc: inout Document, _ word: String, _ pos: String, _ features: [(String, String)]) {
        for (i, t) in doc.tokens.enumerated() where i < doc.morphTags.count && doc.text(of: t.range) == word {
            doc.morphTags[i] = MorphTag(pos: pos, features: features)
        }
    }

    /// A hand-parsed sentence: each token as `form/lemma/POS/Feats/head/rel` (head 1-based within the
    /// document, 0 for the root), standing in for the tagger, parser and dictionary. Mentions are given
    /// by their text and type. A row of fewer than six fields is recorded as an issue and left out.
    public static func parsed(_ rows: [String], mentions: [(String, EntityType)] = [], published: String? = "2025-12-23",
                              sourceLocation: SourceLocation = #_sourceLocation) -> Document {
        let fields = rows.map { $0.split(separator: "/", omittingEmptySubsequences: false).map(String.init) }.filter { f in
            if f.count >= 6 { return true }
            Issue.record("fixture row '\(f.joined(separator: "/"))' has \(f.count) fields, not form/lemma/POS/Feats/head/rel",
                         sourceLocation: sourceLocation)
            return false
        }
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
        doc.tokens = zip(fields, ranges).map { f, r in Token(r, kind: f[2] == "PUNCT" ? .punctuation : .word) }
        doc.sentences = [Sentence(TextRange(0, text.utf8.count), tokens: 0..<doc.tokens.count)]
        doc.lemmas = fields.map { $0[1] }
        doc.morphTags = fields.map { f in MorphTag(pos: f[2], features: features(f[3])) }
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

    /// `Case=Gen|Number=Plur` → `[("Case", "Gen"), ("Number", "Plur")]`; a pair without `=` is left out.
    public static func features(_ field: String) -> [(String, String)] {
        field.split(separator: "|").compactMap { kv in
            let p = kv.split(separator: "=", maxSplits: 1)
            return p.count == 2 ? (String(p[0]), String(p[1])) : nil
        }
    }
}

/// A file of a test target's `Fixtures` folder, found next to the test source that asks.
///
/// ```swift
/// let url = FixtureFile.url("occupations.json")   // <this test file's folder>/Fixtures/occupations.json
/// ```
public enum FixtureFile {
    public static func url(_ name: String, filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").appendingPathComponent(name)
    }
}
