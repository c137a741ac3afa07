import Foundation
import LetopisCore
import LetopisEntities

/// Pipeline stage: PLOVER events — triggers, participants, place, time,
/// source, contexts and status — one record per happening.
///
/// Requires tokens, sentences, entities and actors; uses lemmas, morphology,
/// syntax and time expressions when present (without syntax it falls back to
/// the mentions around each trigger, and says so in the document's warnings).
public struct EventExtractionStage: Stage {
    public var name: String { "events.plover.v1" }
    public var requires: Set<Layer> { [.tokens, .sentences, .entities, .actors] }
    public var produces: Set<Layer> { [.events] }

    public let lexicon: TriggerLexicon
    public let gazetteer: CountryGazetteer

    public init(lexicon: TriggerLexicon = .standard, gazetteer: CountryGazetteer = .shared) {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
    }

    public func process(_ document: inout Document) throws {
        let extractor = EventExtractor(document: document, lexicon: lexicon, gazetteer: gazetteer)
        if !extractor.syntax.hasSyntax && !document.tokens.isEmpty {
            document.warnings.append("events: no syntax layer; participants found by position only")
        }
        let frames = AttributionFinder(extractor: extractor).frames()
        var candidates = extractor.candidates()
        // A reporting verb whose subject is a news organisation is attribution, not a statement.
        let mediaFrameTokens = Set(frames.filter(\.isMedia).map(\.token))
        candidates.removeAll { $0.entry.type == PloverOntology.statement && mediaFrameTokens.contains($0.tokens[0]) }
        // A statement is an event when one actor tells another (`сообщил РИА Новости`); said to no one
        // in particular (`заявил он`), it is attribution for what it reports, not a happening between actors.
        let statements = candidates.filter { $0.entry.type == PloverOntology.statement }
        candidates.removeAll { $0.entry.type == PloverOntology.statement && ($0.actors.isEmpty || $0.recipients.isEmpty) }
        for i in candidates.indices {
            let c = candidates[i]
            // Source: a frame in the same sentence (not the event's own verb); a statement is its speaker's word.
            if let frame = frames.first(where: { $0.sentence == c.sentence && !c.tokens.contains($0.token) }) {
                candidates[i].source = frame.source
            } else if c.entry.type != PloverOntology.statement,
                      let speaker = statements.first(where: { $0.sentence == c.sentence && $0.clause != c.clause && !$0.actors.isEmpty }),
                      let who = speaker.actors.first {
                candidates[i].source = FactPart(who.range, normal: who.normal)
            }
        }
        if document.isTraced {
            // Every reporting frame and every candidate before merging (`letopis extract --trace`).
            let text = document.text(ofToken:)
            let lines = frames.map { f in "frame s\(f.sentence) \(text(f.token)) -> \(f.source.normal ?? "") media=\(f.isMedia)" }
                + candidates.map { c in
                    "candidate s\(c.sentence) \(c.tokens.map(text)) A=\(c.actors.map { $0.normal ?? "" }) R=\(c.recipients.map { $0.normal ?? "" }) anaph=\(c.anaphoric) sides=\(c.sides) src=\(c.source?.normal ?? "-")"
                }
            for line in lines { document.trace("events") { line } }
        }
        let merged = EventMerger(document: document).merge(candidates)
        document.events = merged.map { c in
            var time: EventTime?
            if let i = c.timex {
                let t = document.timexes[i]
                time = EventTime(value: t.value, mod: t.mod, basis: .timex, timex: i)
            } else if let p = document.published {
                time = EventTime(value: p.date.iso, mod: nil, basis: .published, timex: nil)
            }
            var source = c.source
            if source == nil, let d = document.dateline, let r = d.agencyRange { source = FactPart(r, normal: d.agency) }
            // Candidates always have trigger tokens; an empty list still yields a range, not a trap.
            let triggerRange = Self.span(of: c.tokens, in: document)
            let evidence = c.evidence.filter { !$0.isEmpty }.map { Self.span(of: $0, in: document) }
            var participants = c.actors.map { p -> EventParticipant in var q = p; q.role = .actor; return q }
            participants += c.recipients.map { p -> EventParticipant in var q = p; q.role = .recipient; return q }
            // One actor once: `Джоэл Саймон (Joel Simon)` is two mentions of one person.
            var seenActors = Set<Int>()
            participants = participants.filter { p in p.entity.map { seenActors.insert($0).inserted } ?? true }
            let mode = c.entry.mode
            return Event(type: c.entry.type, mode: mode, cameo: PloverOntology.cameo(type: c.entry.type, mode: mode),
                         trigger: triggerRange, evidence: evidence, participants: participants, place: c.place,
                         time: time, source: source, contexts: c.contexts, status: c.status)
        }
        document.layers.formUnion(produces)
    }

    /// Text range from the first to the last of `tokens`; empty at the document's start when there are none.
    static func span(of tokens: [Int], in document: Document) -> TextRange {
        guard let first = tokens.min(), let last = tokens.max(), first >= 0, last < document.tokens.count else { return TextRange(0, 0) }
        return TextRange(document.tokens[first].range.start, document.tokens[last].range.end)
    }
}
