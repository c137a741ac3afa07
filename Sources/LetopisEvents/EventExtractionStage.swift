import Foundation
import LetopisCore
import LetopisEntities

/// Pipeline stage: PLOVER events — triggers, participants, place, time,
/// source, contexts and status — one record per happening.
///
/// Requires tokens, sentences, entities and actors; uses lemmas, morphology, syntax, time
/// expressions and facts when present (without syntax it falls back to the mentions around each
/// trigger and says so in the document's warnings; without lemmas it matches folded surfaces;
/// without time expressions every event is dated by publication; without facts a title does not
/// lead to the person holding it).
public struct EventExtractionStage: Stage {
    public var name: String { "events.plover.v1" }
    public var requires: Set<Layer> { [.tokens, .sentences, .entities, .actors] }
    public var uses: Set<Layer> { [.lemmas, .morph, .syntax, .timexes, .facts] }
    public var produces: Set<Layer> { [.events] }

    public let lexicon: TriggerLexicon
    public let gazetteer: CountryGazetteer

    public init(lexicon: TriggerLexicon = .standard, gazetteer: CountryGazetteer = .shared) {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
    }

    /// Loads the event layer's tables (`Lexicons/*.tsv`); throws the error naming a malformed file
    /// and line, so a damaged build stops before any document.
    public static func checkTables() throws {
        _ = try TriggerLexicon.loaded.get()
        _ = try EventLexicons.loaded.get()
        _ = try EventTriggerModel.loaded.get()
    }

    public func process(_ document: inout Document) throws {
        _ = try TriggerLexicon.loaded.get()
        let tables = try EventLexicons.loaded.get()
        let model = try EventTriggerModel.loaded.get()
        let view = document.tokenView()
        let extractor = EventExtractor(view: view, lexicon: lexicon, gazetteer: gazetteer, tables: tables, model: model)
        if !view.hasSyntax && !document.tokens.isEmpty {
            document.warnings.append("events: no syntax layer; participants found by position only")
        }
        let frames = AttributionFinder(extractor: extractor).frames()
        let (found, dropped) = extractor.candidatesAndDropped()
        let candidates = Self.attributed(found, frames: frames, in: view)
        if document.isTraced { Self.trace(frames, candidates, dropped, view, into: &document) }
        var merger = EventMerger(document: document)
        let merged = merger.merge(candidates)
        document.events = merged.map { Self.event($0, in: view) }
        document.layers.formUnion(produces)
    }

    /// Statements that are attribution dropped; each remaining candidate's source set.
    static func attributed(_ found: [EventCandidate], frames: [AttributionFinder.Frame], in view: TokenView) -> [EventCandidate] {
        var candidates = found
        // A reporting verb whose subject is a news organisation is attribution, not a statement.
        let mediaFrameTokens = Set(frames.filter(\.isMedia).map(\.token))
        candidates.removeAll { $0.entry.type == PloverOntology.statement && mediaFrameTokens.contains($0.trigger) }
        // A statement is an event when one actor tells another (`сообщил РИА Новости`); said to no one
        // in particular (`заявил он`), it is attribution for what it reports, not a happening between actors.
        let statements = candidates.filter { $0.entry.type == PloverOntology.statement }
        candidates.removeAll { $0.entry.type == PloverOntology.statement && ($0.actors.isEmpty || $0.recipients.isEmpty) }
        let tails = frames.filter(\.isTail)
        for i in candidates.indices {
            // Words that only attribute (`…, — СМИ`) are no participant, whatever the parse attached them to.
            for frame in tails where frame.sentence == candidates[i].sentence {
                candidates[i].actors.removeAll { AttributionFinder.isAttributionWords($0.range, of: frame) }
                candidates[i].recipients.removeAll { AttributionFinder.isAttributionWords($0.range, of: frame) }
            }
            let c = candidates[i]
            // Source: a frame in the same sentence (not the event's own verb); a statement is its speaker's word.
            if let frame = frames.first(where: {
                $0.sentence == c.sentence && !c.tokens.contains($0.token) && AttributionFinder.frame($0, reaches: c.trigger, in: view)
            }) {
                candidates[i].source = frame.source
            } else if c.entry.type != PloverOntology.statement,
                      let speaker = statements.first(where: {
                          $0.sentence == c.sentence && $0.clause != c.clause && !$0.actors.isEmpty
                              && AttributionFinder.word($0.trigger, reaches: c.trigger, in: view)
                      }),
                      let who = speaker.actors.first {
                candidates[i].source = FactPart(who.range, normal: who.normal)
            }
        }
        return candidates
    }

    /// Every reporting frame and every candidate before merging, with its rule and patterns
    /// (`letopis extract --trace`).
    static func trace(_ frames: [AttributionFinder.Frame], _ candidates: [EventCandidate], _ dropped: [DroppedTrigger],
                      _ view: TokenView, into document: inout Document) {
        // `at=` is the trigger's code-point range (as the JSON output counts), so a trace can be lined up with annotations.
        let map = CodePointMap(utf8: document.utf8)
        let count = document.utf8.count
        func at(_ tokens: [TokenIndex]) -> String {
            let r = span(of: tokens, in: view)
            return "at=\(map.codePoint(min(r.start, count)))-\(map.codePoint(min(r.end, count)))"
        }
        let lines = frames.map { f in "frame s\(f.sentence) \(view.text(f.token)) -> \(f.source.normal ?? "") media=\(f.isMedia)" }
            + candidates.map { c in
                "candidate s\(c.sentence) \(c.tokens.map(view.text)) \(at(c.tokens)) type=\(c.entry.type.rawValue) A=\(c.actors.map { $0.normal ?? "" }) R=\(c.recipients.map { $0.normal ?? "" }) anaph=\(c.anaphoric) sides=\(c.sides) src=\(c.source?.normal ?? "-") rule=\(c.entry.rule) patterns=\(c.patterns)"
            }
            + dropped.map { d in
                "dropped s\(d.sentence) \(d.tokens.map(view.text)) \(at(d.tokens)) type=\(d.entry.type.rawValue) rule=\(d.entry.rule) why=\(d.reason)"
            }
        for line in lines { document.trace("events") { line } }
    }

    /// The output record of a merged candidate.
    static func event(_ c: EventCandidate, in view: TokenView) -> Event {
        let document = view.document
        var source = c.source
        if source == nil, let d = document.dateline, let r = d.agencyRange { source = FactPart(r, normal: d.agency) }
        // Candidates always have trigger tokens; an empty list still yields a range, not a trap.
        let triggerRange = span(of: c.tokens, in: view)
        let evidence = c.evidence.filter { !$0.isEmpty }.map { span(of: $0, in: view) }
        var participants = c.actors.map { p -> EventParticipant in var q = p; q.role = .actor; return q }
        participants += c.recipients.map { p -> EventParticipant in var q = p; q.role = .recipient; return q }
        // One actor once: `Джоэл Саймон (Joel Simon)` is two mentions of one person.
        var seenActors = Set<Int>()
        participants = participants.filter { p in p.entity.map { seenActors.insert($0).inserted } ?? true }
        let mode = c.entry.mode
        var event = Event(type: c.entry.type, mode: mode, cameo: PloverOntology.cameo(type: c.entry.type, mode: mode),
                          trigger: triggerRange, evidence: evidence, participants: participants, place: c.place,
                          time: time(of: c, status: c.status, in: document), source: source, contexts: c.contexts,
                          status: c.status, rule: c.entry.rule, patterns: c.patterns)
        codedByConventions(&event, offered: c.offered)
        // An offer is dated as an act told as done (the publication date when nothing dates it); the act offered
        // keeps its own date (`FUTURE_REF`).
        if event.status != c.status { event.time = time(of: c, status: event.status, in: document) }
        return event
    }

    /// An event is dated to the day (the conventions' date is a TIMEX3 date value, as GDELT's and PLOVER's are): a
    /// time of day the expression gives (`вечером 16 октября` → `2024-10-16TEV`, `в 14:00` → `…T14:00`) stays in
    /// the time expression, and the event keeps the day it names (`2024-10-16`). Durations (`P…`) are left whole.
    static func eventDate(_ value: String) -> String {
        guard let first = value.first, first.isNumber || first == "X",
              let t = value.firstIndex(of: "T"), value.distance(from: value.startIndex, to: t) >= 4 else { return value }
        return String(value[..<t])
    }

    /// The event's date: its time expression; else `FUTURE_REF` for what has not happened, the publication date
    /// for what has, and `PAST_REF` for what has in a text with no date of its own.
    static func time(of c: EventCandidate, status: EventStatus, in document: Document) -> EventTime? {
        var time: EventTime?
        if let x = c.timex, x.rawValue >= 0, x.rawValue < document.timexes.count {
            let t = document.timexes[x.rawValue]
            time = EventTime(value: eventDate(t.value), mod: t.mod, basis: .timex, timex: x.rawValue)
        } else if status == .planned || status == .hypothetical {
            // What has not happened yet has no day to stand in (event-annotation.md: `FUTURE_REF`).
            time = EventTime(value: "FUTURE_REF", mod: nil, basis: .tense, timex: nil)
        } else if let p = document.published {
            time = EventTime(value: p.date.iso, mod: nil, basis: .published, timex: nil)
        } else if c.tense == .past || status == .occurred {
            // A text with no date of its own: what it reports as done was done before it was written,
            // whatever the trigger's form (`встречи`, `отвергает`, `задержания`) — the conventions'
            // undated background event, `PAST_REF`.
            time = EventTime(value: "PAST_REF", mod: nil, basis: .tense, timex: nil)
        }
        return time
    }

    /// The conventions' coding of announcements and offers (`../shared/event-annotation.md`, Types): "a future or
    /// promised CONSULT, SUPPORT, COOPERATE or AID is AGREE with status planned … a future RETREAT is CONCEDE" (CAMEO's
    /// "express intent" codes, 03x, are AGREE in PLOVER); "an offer or a stated readiness (`готов встретиться`) is
    /// AGREE, status occurred: the offer is the act". The act as told stays in ``Event/intended``.
    static func codedByConventions(_ event: inout Event, offered: Bool) {
        let type: EventType, status: EventStatus, pattern: String
        if offered, event.status == .planned || event.status == .hypothetical, PloverOntology.offerable.contains(event.type) {
            (type, status, pattern) = ("AGREE", .occurred, "convention.offer-as-agree")
        } else if event.status == .planned || event.status == .hypothetical, let announced = PloverOntology.announcedAs[event.type] {
            (type, status, pattern) = (announced, event.status, "convention.announced-as-\(announced.rawValue.lowercased())")
        } else {
            return
        }
        event.intended = IntendedAct(type: event.type, mode: event.mode, cameo: event.cameo, status: event.status, time: event.time)
        event.type = type
        event.mode = nil
        event.cameo = PloverOntology.cameo(type: type, mode: nil)
        event.status = status
        event.patterns.append(pattern)
    }

    /// Text range from the first to the last of `tokens`; empty at the document's start when there are none.
    static func span(of tokens: [TokenIndex], in view: TokenView) -> TextRange {
        guard let first = tokens.min(), let last = tokens.max() else { return TextRange(0, 0) }
        return view.range(of: first..<(last + 1)) ?? TextRange(0, 0)
    }
}
