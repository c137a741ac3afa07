/// Decides which document actors are one corpus actor and which event mentions are one corpus event.
///
/// Pure logic over ``DocumentRecord`` values: no storage, no clock, no randomness. The result depends only
/// on the set of records given, never on their order, so that a store that is killed and restarted, or fed by
/// two ingest processes, ends with the same events as one uninterrupted run. The rules, each with its
/// reason, are in `Docs/corpus.md`.
///
/// ```swift
/// let resolution = CorpusResolver().resolve(records)
/// resolution.events.first?.mentions.map(\.reason)
/// ```
///
/// The store drives it incrementally: a new or changed document touches the ``EventBlock``s of its mentions
/// (``blocks(of:)``); the store fetches the records with mentions in those blocks and calls
/// ``resolveEvents(_:actors:blocks:)`` for them, replacing those blocks' events.
public struct CorpusResolver: Sendable {
    public init() {}

    /// Actors, then events, over a set of documents.
    /// - Complexity: near-linear in the number of actors and mentions (candidates are found through indexes
    ///   by name, participant and day, never by comparing every pair).
    public func resolve(_ records: [DocumentRecord]) -> CorpusResolution {
        let actors = resolveActors(records)
        return CorpusResolution(actors: actors, events: resolveEvents(records, actors: actors, blocks: nil))
    }

    /// The corpus actors of a set of documents. "In that period" of the surname rule is the set given, or
    /// `period` when the set is narrower (a store's block): a surname alone is then read against the people the
    /// whole period names in full (``PeriodPeople``; ``personNames(of:)`` gives each document's rows).
    public func resolveActors(_ records: [DocumentRecord], period: PeriodPeople? = nil) -> ActorResolution {
        var resolver = ActorResolver(records: records)
        resolver.period = period
        return resolver.resolve()
    }

    /// The corpus events of the mentions in `blocks` (all mentions when nil), given resolved actors.
    /// Records may hold mentions of other blocks too; those are ignored.
    public func resolveEvents(_ records: [DocumentRecord], actors: ActorResolution, blocks: Set<EventBlock>?) -> [CorpusEvent] {
        EventClusterer(records: records, actors: actors, blocks: blocks).resolve()
    }

    /// The blocks a document's mentions fall in: what the store recomputes when it arrives or changes.
    public func blocks(of record: DocumentRecord) -> Set<EventBlock> {
        Set(record.events.map { EventClusterer.block(of: $0, published: record.published) })
    }

    /// The block of one mention of `record`.
    public func block(of mention: DocumentRecord.EventMention, in record: DocumentRecord) -> EventBlock {
        EventClusterer.block(of: mention, published: record.published)
    }

    /// Why each of `reports` (mention ids) would or would not join the event made of the mentions `event`, by the
    /// rules clustering applies: each report compared with the event as a whole, its words weighed against the
    /// sentences of `records` in its block. `records` are those of the block (as the store reads them for it).
    public func explain(_ reports: [String], against event: [String], records: [DocumentRecord],
                        actors: ActorResolution) -> [(mention: String, decision: MergeDecision)] {
        EventClusterer(records: records, actors: actors, blocks: nil).explain(reports, against: event)
    }

    /// Whether two mentions could be one event, and why (or why not), by the same rules clustering applies:
    /// for tests and for `letopis show` when a user asks why two reports are apart.
    public func compare(_ a: (record: DocumentRecord, mention: DocumentRecord.EventMention),
                        _ b: (record: DocumentRecord, mention: DocumentRecord.EventMention),
                        actors: ActorResolution) -> MergeDecision {
        EventClusterer.compare(a, b, actors: actors)
    }
}

/// The verdict on two mentions: one event or not, and the reason in words.
public struct MergeDecision: Sendable, Hashable, Codable {
    public var compatible: Bool
    public var reason: String

    public init(compatible: Bool, reason: String) {
        self.compatible = compatible
        self.reason = reason
    }

    /// A report of block `report` against an event of block `event` (`EventBlock` keys): never one event.
    public static func otherBlock(_ report: String, _ event: String) -> MergeDecision {
        MergeDecision(compatible: false, reason: "different blocks \(report) and \(event): reports of other types or months never join")
    }
}
