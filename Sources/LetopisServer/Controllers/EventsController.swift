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

    // Both routes send what the store keeps ready (JSON fragments written when a block is resolved):
    // nothing is decoded or encoded per request but the page's frame.
    func addRoutes(to group: RouterGroup<ServerRequestContext>) {
        group.get("events") { request, _ in
            let filter = try Self.filter(QueryParameters(request, allowed: Self.listParameters), dependencies.configuration)
            let page = try await dependencies.requireStore().eventSummaries(filter)
            return JSONResponse(Self.eventList(page))
        }
        group.get("events/:id") { request, context in
            _ = try QueryParameters(request, allowed: [])
            let id = try context.pathID()
            guard let detail = try await dependencies.requireStore().eventDetail(id: id) else {
                throw APIError.notFound("event", id, list: "GET /api/events")
            }
            return JSONResponse(ByteBuffer(string: detail.text))
        }
    }

    /// `{"events":[...],"next_cursor":"..."}` (no `next_cursor` on the last page) from the stored rows.
    static func eventList(_ page: FragmentPage) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.reserveCapacity(page.items.reduce(40) { $0 + $1.text.utf8.count + 1 })
        buffer.writeStaticString(#"{"events":["#)
        for (n, item) in page.items.enumerated() {
            if n > 0 { buffer.writeStaticString(",") }
            buffer.writeString(item.text)
        }
        buffer.writeStaticString("]")
        if let cursor = page.nextCursor {
            buffer.writeStaticString(#","next_cursor":"#)
            buffer.writeString(ResponseJSON.quoted(cursor))
        }
        buffer.writeStaticString("}")
        return buffer
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
