import Testing
import LetopisCore
@_exported import LetopisTestSupport
import LetopisText
import LetopisEntities
@testable import LetopisEvents

/// A hand-parsed sentence: each token as `form/lemma/POS/Feats/head/rel` (head 1-based within the
/// document, 0 for the root), standing in for the tagger, parser and dictionary so event rules are
/// tested alone (the shared ``DocumentFixture/parsed(_:mentions:published:sourceLocation:)``).
func parsed(_ rows: [String], mentions: [(String, EntityType)] = [], published: String? = "2025-12-23",
            sourceLocation: SourceLocation = #_sourceLocation) -> Document {
    DocumentFixture.parsed(rows, mentions: mentions, published: published, sourceLocation: sourceLocation)
}

/// A fixture through the two stages the event rules need: entities, then events.
func resolvedAndCoded(_ doc: Document) throws -> Document {
    var d = doc
    try EntityResolutionStage().process(&d)
    try EventExtractionStage().process(&d)
    return d
}

/// The text of an event's participants in one role.
func names(_ d: Document, _ e: Event, _ role: EventParticipant.Role) -> [String] {
    e.participants.filter { $0.role == role }.map { d.text(of: $0.range) }
}

/// Adds a time expression over `surface` to a fixture.
func dated(_ doc: Document, _ surface: String, type: TimexType, value: String) -> Document {
    var d = doc
    if let r = d.text.range(of: surface) {
        let start = d.text.utf8.distance(from: d.text.utf8.startIndex, to: r.lowerBound)
        d.timexes.append(Timex(TextRange(start, start + surface.utf8.count), type: type, value: value, rule: "fixture"))
        d.layers.insert(.timexes)
    }
    return d
}
