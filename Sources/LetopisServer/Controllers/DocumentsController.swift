import Foundation
import Hummingbird
import LetopisCorpus
import LetopisStore

/// `GET /api/documents/{id}` (the text and every layer), `GET /api/search?q=` and
/// `GET /api/places` (event places with coordinates, for the map).
struct DocumentsController {
    let dependencies: ServerDependencies

    /// A stored document with its extraction as a JSON object rather than a string.
    struct DocumentView: Encodable, Sendable {
        var id: String
        var title: String?
        var url: String?
        var outlet: String?
        var published: String?
        var time: String?
        var sha256: String
        var extractorVersion: String
        var state: String
        var error: String?
        var text: String
        var events: [DocumentEventLink]
        /// The `letopis extract --format json` record: `entities`, `timexes`, `events`, ...
        var extraction: JSONValue?
    }

    struct SearchResults: Encodable, Sendable {
        var hits: [SearchHit]
        var nextCursor: String?
    }

    func addRoutes(to group: RouterGroup<ServerRequestContext>) {
        let configuration = dependencies.configuration
        group.get("documents/:id") { request, context in
            _ = try QueryParameters(request, allowed: [])
            let id = try context.pathID()
            guard let document = try await dependencies.requireStore().document(id: id) else {
                throw APIError.notFound("document", id, list: "GET /api/search?q=... or an event's mentions")
            }
            let extraction = document.layers.flatMap { try? JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) }
            return JSONBody(DocumentView(
                id: document.id, title: document.title, url: document.url, outlet: document.outlet,
                published: document.published, time: document.time, sha256: document.sha256,
                extractorVersion: document.extractorVersion, state: document.state, error: document.error,
                text: document.text, events: document.events, extraction: extraction))
        }
        group.get("search") { request, _ in
            let query = try QueryParameters(request, allowed: ["q", "limit", "cursor"])
            let text = try query.required("q", example: "переговоры")
            let page = try await dependencies.requireStore().search(
                SearchQuery(text: text, limit: try query.limit(configuration), cursor: try query.cursor()))
            return JSONBody(SearchResults(hits: page.items, nextCursor: page.nextCursor))
        }
        group.get("places") { request, _ in
            let query = try QueryParameters(request, allowed: ["actor", "type", "country", "from", "to"])
            let from = try query.date("from"), to = try query.date("to")
            let filter = EventFilter(actor: query.string("actor"), type: query.string("type")?.uppercased(),
                                     country: query.string("country")?.uppercased(), from: from, to: to)
            return JSONBody(try await PlaceMap.build(filter, store: dependencies.requireStore()))
        }
    }
}

/// Event places with coordinates, counted, for the map: one point a resolved place, sized by its
/// number of events and coloured by the quad class most of them have.
struct PlaceMap: Encodable, Sendable {
    struct Point: Encodable, Sendable {
        var name: String
        var country: String?
        var geonameId: Int?
        var lat: Double
        var lon: Double
        var count: Int
        /// The most frequent quad class of its events (1–4), nil when none has one.
        var quadClass: Int?
        var quadClasses: [String: Int]
    }

    var places: [Point]
    /// Events read, and whether the cap stopped the reading before the last one.
    var eventsRead: Int
    var truncated: Bool
    var unplaced: Int

    /// Most events read for one map (pages of 1,000); the map says when it was cut.
    static let maxEvents = 50_000

    static func build(_ base: EventFilter, store: any EventStoreReader) async throws -> PlaceMap {
        var filter = base
        filter.limit = 1_000
        var points: [String: Point] = [:]
        var read = 0, unplaced = 0
        var truncated = false
        while true {
            let page = try await store.events(filter)
            for event in page.items {
                read += 1
                guard let place = event.place, let geo = place.geo, geo.latitude.isFinite, geo.longitude.isFinite,
                      abs(geo.latitude) <= 90, abs(geo.longitude) <= 180 else { unplaced += 1; continue }
                let lat = geo.latitude, lon = geo.longitude
                let key = geo.geonameID.map { "g\($0)" } ?? "n\(place.name)|\(lat)|\(lon)"
                var point = points[key] ?? Point(name: place.name, country: geo.country, geonameId: geo.geonameID,
                                                 lat: lat, lon: lon, count: 0, quadClass: nil, quadClasses: [:])
                point.count += 1
                if let quad = event.quadClass { point.quadClasses[String(quad), default: 0] += 1 }
                points[key] = point
            }
            guard let next = page.nextCursor, !page.items.isEmpty else { break }
            if read >= maxEvents { truncated = true; break }
            filter.cursor = next
        }
        var list = Array(points.values)
        for index in list.indices {
            list[index].quadClass = list[index].quadClasses.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }
                .flatMap { Int($0.key) }
        }
        list.sort { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
        return PlaceMap(places: list, eventsRead: read, truncated: truncated, unplaced: unplaced)
    }
}
