import Hummingbird
import LetopisCorpus
import LetopisStore

/// `GET /api/actors`, `GET /api/actors/{id}`, `GET /api/dyads` and `GET /api/timeline`.
struct ActorsController {
    let dependencies: ServerDependencies

    /// A corpus actor with its counts, flat: `id`, `type`, `name`, `aliases`, `roles`, ... `num_events`.
    struct ActorSummary: Encodable, Sendable {
        var id: String
        var type: String
        var name: String
        var aliases: [String]
        var country: String?
        var sector: String?
        var person: DocumentRecord.NameParts?
        var roles: [String]
        var roleCountries: [String]
        var geo: DocumentRecord.Geo?
        var documents: Int
        var numEvents: Int
        var numMentions: Int

        init(_ stored: StoredActor) {
            let actor = stored.actor
            (id, type, name, aliases, country, sector) = (actor.id, actor.type, actor.name, actor.aliases, actor.country, actor.sector)
            (person, roles, roleCountries, geo, documents) = (actor.person, actor.roles, actor.roleCountries, actor.geo, actor.documents)
            (numEvents, numMentions) = (stored.numEvents, stored.numMentions)
        }
    }

    struct ActorList: Encodable, Sendable {
        var actors: [ActorSummary]
        var nextCursor: String?
    }

    /// One actor: who it is, its names and roles, its events by day and type, and its counterparts.
    struct ActorView: Encodable, Sendable {
        var actor: ActorSummary
        var timeline: [TimelineBucket]
        var topCounterparts: [DyadCount]
        var recentEvents: [CorpusEvent]
    }

    struct DyadList: Encodable, Sendable {
        var dyads: [DyadCount]
    }

    struct Timeline: Encodable, Sendable {
        var actor: String
        var by: TimelineBucketSize
        var buckets: [TimelineBucket]
    }

    func addRoutes(to group: RouterGroup<ServerRequestContext>) {
        let configuration = dependencies.configuration
        group.get("actors") { request, _ in
            let query = try QueryParameters(request, allowed: ["q", "type", "country", "limit", "cursor"])
            let filter = ActorFilter(name: query.string("q"), type: query.string("type"),
                                     country: query.string("country")?.uppercased(),
                                     limit: try query.limit(configuration), cursor: try query.cursor())
            let page = try await dependencies.requireStore().actors(filter)
            return JSONBody(ActorList(actors: page.items.map(ActorSummary.init), nextCursor: page.nextCursor))
        }
        group.get("actors/:id") { request, context in
            _ = try QueryParameters(request, allowed: [])
            let id = try context.pathID()
            let store = try dependencies.requireStore()
            guard let detail = try await store.actor(id: id) else {
                throw APIError.notFound("actor", id, list: "GET /api/actors")
            }
            let recent = try await store.events(EventFilter(actor: detail.actor.actor.id, limit: 20))
            return JSONBody(ActorView(actor: ActorSummary(detail.actor), timeline: detail.timeline,
                                      topCounterparts: detail.topCounterparts, recentEvents: recent.items))
        }
        group.get("dyads") { request, _ in
            let query = try QueryParameters(request, allowed: ["actor", "type", "from", "to", "limit"])
            let from = try query.date("from"), to = try query.date("to")
            let filter = DyadFilter(actor: query.string("actor"), type: query.string("type")?.uppercased(),
                                    from: from, to: to, limit: try query.limit(configuration))
            return JSONBody(DyadList(dyads: try await dependencies.requireStore().dyads(filter)))
        }
        group.get("timeline") { request, _ in
            let query = try QueryParameters(request, allowed: ["actor", "by", "from", "to"])
            let actor = try query.required("actor", example: "Сергей Лавров")
            let by = try query.choice("by", as: TimelineBucketSize.self) ?? .day
            let buckets = try await dependencies.requireStore().timeline(
                TimelineQuery(actor: actor, by: by, from: try query.date("from"), to: try query.date("to")))
            return JSONBody(Timeline(actor: actor, by: by, buckets: buckets))
        }
    }
}
