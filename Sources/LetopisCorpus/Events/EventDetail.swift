/// One corpus event with the evidence behind every mention: its document, its sentence and the spans of
/// trigger, participants, place, time and source — what `GET /api/events/{id}` answers.
///
/// Built from the event and the records of the documents that mention it, so the store can build it
/// once when it resolves a block and serve the stored JSON as it is (a read is then one row, with no
/// decoding). A mention whose document record is missing keeps its trigger and participants and has
/// no place, time or source spans.
///
/// ```swift
/// let detail = EventDetail(event: event, records: ["doc-1": record])
/// detail.mentions[0].place?.text   // "Анкаре"
/// ```
/// - Complexity: O(mentions + events of the mentioned documents).
public struct EventDetail: Encodable, Sendable, Hashable {
    public var id: String
    public var type: String
    public var mode: String?
    public var cameo: String?
    public var quadClass: Int?
    public var date: EventDate
    public var place: EventPlace?
    public var actors: [ActorRef]
    public var recipients: [ActorRef]
    public var contexts: [String]
    public var status: String
    public var firstSeen: String?
    public var numMentions: Int
    public var numArticles: Int
    public var numSources: Int
    public var lead: Bool
    public var history: [HistoryEntry]
    public var occurrence: String?
    public var mentions: [MentionDetail]

    /// The document of a mention, as the event view links to it.
    public struct DocumentRef: Encodable, Sendable, Hashable {
        public var id: String
        public var title: String?
        public var url: String?
        public var outlet: String?
        public var published: String?
    }

    /// A span of the document with its normal form (place, source).
    public struct NamedSpan: Encodable, Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var text: String
        public var normal: String?
    }

    /// The time of a mention: its value, and the span of the expression that dates it, if any.
    public struct TimeSpan: Encodable, Sendable, Hashable {
        public var start: Int?
        public var end: Int?
        public var text: String?
        public var value: String?
        public var mod: String?
        public var basis: String?
    }

    /// One mention with its evidence.
    public struct MentionDetail: Encodable, Sendable, Hashable {
        public var document: DocumentRef
        public var event: String
        public var type: String
        public var sentence: DocumentRecord.Span?
        public var trigger: DocumentRecord.Span
        public var participants: [LinkedParticipant]
        public var place: NamedSpan?
        public var time: TimeSpan?
        public var source: NamedSpan?
        public var attribution: String?
        public var date: String?
        public var reason: String
        public var reasonCode: String
        public var status: String
        public var lead: Bool
    }

    /// The detail of `event`; `records` are the documents' records by document id (those missing give
    /// mentions without place, time and source spans).
    public init(event: CorpusEvent, records: [String: DocumentRecord]) {
        id = event.id
        type = event.type
        mode = event.mode
        cameo = event.cameo
        quadClass = event.quadClass
        date = event.date
        place = event.place
        actors = event.actors
        recipients = event.recipients
        contexts = event.contexts
        status = event.status
        firstSeen = event.firstSeen
        numMentions = event.numMentions
        numArticles = event.numArticles
        numSources = event.numSources
        lead = event.lead
        history = event.history
        occurrence = event.occurrence
        mentions = event.mentions.map { mention in
            let record = records[mention.document]
            let extracted = record?.events.first { $0.id == mention.event }
            let time: TimeSpan?
            if let found = extracted?.time {
                time = TimeSpan(start: found.timex?.start, end: found.timex?.end, text: found.timex?.text,
                                value: found.value, mod: found.mod, basis: found.basis)
            } else {
                time = mention.date.map { TimeSpan(value: $0) }
            }
            return MentionDetail(
                document: DocumentRef(id: mention.document, title: record?.title, url: record?.url,
                                      outlet: mention.outlet ?? record?.outlet, published: mention.published ?? record?.published),
                event: mention.event, type: event.type, sentence: mention.sentence, trigger: mention.trigger,
                participants: mention.participants,
                place: extracted?.place.map { NamedSpan(start: $0.start, end: $0.end, text: $0.text, normal: $0.normal) },
                time: time,
                source: extracted?.source.map { NamedSpan(start: $0.start, end: $0.end, text: $0.text, normal: $0.normal) },
                attribution: mention.attribution, date: mention.date, reason: mention.reason, reasonCode: mention.reasonCode,
                status: mention.status, lead: mention.lead)
        }
    }
}
