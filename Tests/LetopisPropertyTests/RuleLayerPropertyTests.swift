import Foundation
import Testing
import LetopisCore
import LetopisText
import LetopisTime
import LetopisEntities
import LetopisEvents
@testable import LetopisGeo
import LetopisTestSupport

/// Every rule layer — segmentation, time, entities, events, places — over documents no one wrote by
/// hand, with made-up model layers (``StandInLayers``): the property is that no layer traps (a trap
/// ends this test process) and that every range a layer writes lies inside the text, on character
/// boundaries. Seeds are fixed, so a failure repeats.
@Suite("Every rule layer, on random and adversarial documents")
struct RuleLayerPropertyTests {
    /// The rule layers in pipeline order, built without models.
    static func ruleStages() throws -> [any Stage] {
        [TimexStage(), EntityResolutionStage(), EventExtractionStage(),
         PlaceResolutionStage(resolver: PlaceResolver(gazetteer: try TinyPlaces.file))]
    }

    /// Segments `text`, adds stand-in model layers, runs every rule layer, and checks what they wrote.
    static func runEveryLayer(_ text: String, seed: UInt64, published: CalendarDate? = CalendarDate(iso: "2025-12-23"),
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        var rng = SeededGenerator(seed: seed)
        var doc = Document(id: "seed-\(seed)", text: text, published: published.map { PublicationDate($0, source: .header) })
        try SegmentationStage().process(&doc)
        DocumentInvariants.checkSegmentation(doc, sourceLocation: sourceLocation)
        StandInLayers.add(to: &doc, using: &rng)
        for stage in try ruleStages() {
            do { try stage.process(&doc) } catch {
                // A stage may refuse a document with an error; it must not trap. The error must name it.
                #expect("\(error)".isEmpty == false, sourceLocation: sourceLocation)
            }
        }
        DocumentInvariants.checkLayers(doc, sourceLocation: sourceLocation)
    }

    @Test("documents of random tokens go through every layer", arguments: 0..<40)
    func randomTokens(seed: Int) throws {
        var rng = SeededGenerator(seed: UInt64(seed) &* 7919 &+ 1)
        let text = RandomText.document(tokens: Int.random(in: 0...160, using: &rng), using: &rng)
        try Self.runEveryLayer(text, seed: UInt64(seed))
    }

    @Test("a quote, bracket or dash opening a sentence before a name goes through every layer",
          arguments: AdversarialOpenings.cases)
    func openerBeforeName(_ text: String) throws {
        for seed in UInt64(0)..<8 {
            try Self.runEveryLayer(text, seed: seed)
        }
    }

    @Test("the same document, with the names as the only mentions, gives facts and events inside the text",
          arguments: AdversarialOpenings.cases.prefix(24))
    func openerWithNameMentions(_ text: String) throws {
        var doc = Document(id: "named", text: text, published: CalendarDate(iso: "2025-12-23").map { PublicationDate($0, source: .header) })
        try SegmentationStage().process(&doc)
        var rng = SeededGenerator(seed: 99)
        StandInLayers.add(to: &doc, using: &rng)
        doc.mentions = AdversarialOpenings.names.flatMap { name in ranges(of: name, in: text).map { Mention($0, type: .person) } }
            .sorted { $0.range.start < $1.range.start }
        for stage in try Self.ruleStages() { try stage.process(&doc) }
        DocumentInvariants.checkLayers(doc)
    }

    @Test("a random document gives the same layers twice (the rules keep no state between documents)")
    func deterministic() throws {
        var rng = SeededGenerator(seed: 4242)
        let text = RandomText.document(tokens: 120, using: &rng)
        func run() throws -> Document {
            var r = SeededGenerator(seed: 7)
            var doc = Document(id: "d", text: text)
            try SegmentationStage().process(&doc)
            StandInLayers.add(to: &doc, using: &r)
            for stage in try Self.ruleStages() { try stage.process(&doc) }
            return doc
        }
        let a = try run(), b = try run()
        #expect(a.mentions == b.mentions)
        #expect(a.timexes == b.timexes)
        #expect(a.facts == b.facts)
        #expect(a.events.count == b.events.count)
    }
}

/// Byte ranges of every occurrence of `needle` in `text`.
func ranges(of needle: String, in text: String) -> [TextRange] {
    var out: [TextRange] = []
    var from = text.startIndex
    while let r = text.range(of: needle, range: from..<text.endIndex) {
        let start = text.utf8.distance(from: text.utf8.startIndex, to: r.lowerBound)
        out.append(TextRange(start, start + needle.utf8.count))
        from = r.upperBound
    }
    return out
}
