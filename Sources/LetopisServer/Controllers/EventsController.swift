import Foundation
import Hummingbird
import LetopisCorpus
import LetopisStore

/// `GET /api/events` (the filters, sort and cursor of `letopis events`) and
/// `GET /api/events/{id}` (one event with every mention and the words behind each field).
struct EventsController {
    let dependencies: ServerDependencies

    static let listParameters = ["actor", "type", "country", "place", "from", "to", "status", "min_sources",
                                 "q", "sort", "limit", "cursor"]

    struct EventList: Encodable, Sendable {
        var events: [CorpusEvent]
        var nextCursor: String?
    }

    func addRoutes(to group: RouterGroup<ServerRequestContext>) {
        group.get("events") { request, _ in
            let filter = try Self.filter(QueryParameters(request, allowed: Self.listParameters), dependencies.configuration)
            let page = try await dependencies.requireStore().events(filter)
            return JSONBody(EventList(events: page.items, nextCursor: page.nextCursor))
        }
        group.get("events/:id") { request, context in
            _ = try QueryParameters(request, allowed: [])
            let id = try context.pathID()
            let store = try dependencies.requireStore()
            guard let event = try await store.event(id: id) else {
                throw APIError.notFound("event", id, list: "GET /api/events")
            }
            return JSONBody(try await EventDetail.build(event, store: store))
        }
    }

    /// The store's filter from the query string, every value checked.
    static func filter(_ query: QueryParameters, _ configuration: ServerConfiguration) throws -> EventFilter {
        // A reversed range is not an error: no event falls in it, and the list is empty.
        let from = try query.date("from"), to = try query.date("to")
        return EventFilter(
            actor: query.string("actor"), type: query.string("type")?.uppercased(), country: query.string("country")?.uppercased(),
            place: query.string("place"), from: from, to: to, status: query.string("status"),
            minSources: try query.int("min_sources", in: 0...1_000_000), text: query.string("q"),
            sort: try query.choice("sort", as: EventSort.self) ?? .dateDescending,
            limit: try query.limit(configuration), cursor: try query.cursor())
    }
}

/// One corpus event as `GET /api/events/{id}` gives it: the event's fields and, for every
/// mention, its document, sentence and the spans of trigger, participants, place, time and source.
struct EventDetail: Encodable, Sendable {
    var id: String
    var type: String
    var mode: String?
    var cameo: String?
    var quadClass: Int?
    var date: EventDate
    var place: EventPlace?
    var actors: [ActorRef]
    var recipients: [ActorRef]
    var contexts: [String]
    var status: String
    var firstSeen: String?
    var numMentions: Int
    var numArticles: Int
    var numSources: Int
    var lead: Bool
    var history: [HistoryEntry]
    var occurrence: String?
    var mentions: [MentionDetail]

    struct DocumentRef: Encodable, Sendable {
        var id: String
        var title: String?
        var url: String?
        var outlet: String?
        var published: String?
    }

    /// A span of the document with its normal form (place, source).
    struct NamedSpan: Encodable, Sendable {
        var start: Int
        var end: Int
        var text: String
        var normal: String?
    }

    /// The time of a mention: its value, and the span of the expression that dates it, if any.
    struct TimeSpan: Encodable, Sendable {
        var start: Int?
        var end: Int?
        var text: String?
        var value: String?
        var mod: String?
        var basis: String?
    }

    struct MentionDetail: Encodable, Sendable {
        var document: DocumentRef
        var event: String
        var type: String
        var sentence: DocumentRecord.Span?
        var trigger: DocumentRecord.Span
        var participants: [LinkedParticipant]
        var place: NamedSpan?
        var time: TimeSpan?
        var source: NamedSpan?
        var attribution: String?
        var date: String?
        var reason: String
        var reasonCode: String
        var status: String
        var lead: Bool
    }

    /// Most documents read to fill one event's mention spans; an event reported more often lists
    /// its further mentions without place, time and source spans.
    static let maxDocumentsRead = 200

    static func build(_ event: CorpusEvent, store: any EventStoreReader) async throws -> EventDetail {
        var documents: [String: StoredDocument?] = [:]
        var mentions: [MentionDetail] = []
        mentions.reserveCapacity(event.mentions.count)
        for mention in event.mentions {
            if documents[mention.document] == nil, documents.count < maxDocumentsRead {
                documents[mention.document] = .some(try await store.document(id: mention.document))
            }
            let document = documents[mention.document] ?? nil
            let layers = document?.layers.flatMap { try? JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) }
            let extracted = layers.flatMap { Self.extractedEvent(in: $0, trigger: mention.trigger) }
            mentions.append(MentionDetail(
                document: DocumentRef(id: mention.document, title: document?.title, url: document?.url,
                                      outlet: mention.outlet ?? document?.outlet, published: mention.published ?? document?.published),
                event: mention.event, type: event.type, sentence: mention.sentence,
                trigger: mention.trigger, participants: mention.participants,
                place: extracted.flatMap { Self.namedSpan($0["place"]) },
                time: Self.timeSpan(extracted?["time"], layers: layers, fallback: mention.date),
                source: extracted.flatMap { Self.namedSpan($0["source"]) },
                attribution: mention.attribution, date: mention.date, reason: mention.reason, reasonCode: mention.reasonCode,
                status: mention.status, lead: mention.lead))
        }
        return EventDetail(id: event.id, type: event.type, mode: event.mode, cameo: event.cameo, quadClass: event.quadClass,
                           date: event.date, place: event.place, actors: event.actors,
                           recipients: event.recipients, contexts: event.contexts, status: event.status,
                           firstSeen: event.firstSeen, numMentions: event.numMentions, numArticles: event.numArticles,
                           numSources: event.numSources, lead: event.lead, history: event.history,
                           occurrence: event.occurrence, mentions: mentions)
    }

    /// The event of a stored extraction whose trigger is the mention's trigger.
    static func extractedEvent(in layers: JSONValue, trigger: DocumentRecord.Span) -> JSONValue? {
        layers["events"]?.arrayValue.first { event in
            event["trigger"]?["start"]?.intValue == trigger.start && event["trigger"]?["end"]?.intValue == trigger.end
        }
    }

    static func namedSpan(_ value: JSONValue?) -> NamedSpan? {
        guard let value, let start = value["start"]?.intValue, let end = value["end"]?.intValue else { return nil }
        return NamedSpan(start: start, end: end, text: value["text"]?.stringValue ?? "", normal: value["normal"]?.stringValue)
    }

    static func timeSpan(_ value: JSONValue?, layers: JSONValue?, fallback: String?) -> TimeSpan? {
        guard let value else { return fallback.map { TimeSpan(value: $0) } }
        var span = TimeSpan(start: value["start"]?.intValue, end: value["end"]?.intValue, text: nil,
                            value: value["value"]?.stringValue ?? fallback, mod: value["mod"]?.stringValue,
                            basis: value["basis"]?.stringValue)
        if let start = span.start, let end = span.end,
           let timex = layers?["timexes"]?.arrayValue.first(where: { $0["start"]?.intValue == start && $0["end"]?.intValue == end }) {
            span.text = timex["text"]?.stringValue
        }
        return span
    }
}
