import Foundation
import LetopisCore
import LetopisCorpus

extension EventStore: EventStoreReader {
    // MARK: Synchronous forms (the CLI uses these)

    static func offset(_ cursor: String?) throws -> Int {
        guard let cursor, !cursor.isEmpty else { return 0 }
        guard cursor.hasPrefix("o"), let offset = Int(cursor.dropFirst()), offset >= 0 else {
            throw LetopisError(.badArgument, subject: "cursor \(cursor)", message: "not a cursor this database gave",
                               remedy: "pass back the next_cursor of the previous page, or no cursor for the first page")
        }
        return offset
    }

    static func checkDay(_ value: String?, _ name: String) throws {
        guard let value else { return }
        guard CalendarDate(iso: value) != nil else {
            throw LetopisError(.badDate, subject: "\(name) \(value)", message: "not a date", remedy: "write it as YYYY-MM-DD")
        }
    }

    /// The full-text condition on document ids for `text`.
    static func documentsMatching(_ dialect: SQLDialect) -> String {
        switch dialect {
        case .sqlite:
            return "SELECT d.id FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid WHERE documents_fts MATCH ?"
        case .postgres:
            return "SELECT id FROM documents WHERE tsv @@ plainto_tsquery('russian', ?)"
        }
    }

    /// Words of a search as an FTS5 query: every word, each as a prefix of its stem (`"путин"* "визит"*`).
    /// FTS5 has no Russian stemmer, so a word of five letters or more loses its final vowels and soft
    /// signs (at most two): `Москва` → `москв*` finds `Москве`, `Москвы`. PostgreSQL stems with its
    /// `russian` configuration instead.
    static func ftsQuery(_ text: String, dialect: SQLDialect) -> String {
        guard dialect == .sqlite else { return text }
        let endings = Set("аеёиоуыэюяйь")
        let words = text.split { !($0.isLetter || $0.isNumber) }.map { word -> String in
            var stem = Array(word.lowercased())
            var dropped = 0
            while stem.count >= 5, dropped < 2, let last = stem.last, endings.contains(last) { stem.removeLast(); dropped += 1 }
            return "\"" + String(stem) + "\"*"
        }
        return words.isEmpty ? "\"\"" : words.joined(separator: " ")
    }

    /// Ids of the corpus actors an id or name stands for.
    static func actorCondition(_ value: String) -> (String, [SQLValue]) {
        ("(SELECT actor FROM actor_names WHERE name_key = ? UNION SELECT actor FROM block_actors WHERE actor = ?)",
         [.text(nameKey(value)), .text(value)])
    }

    /// The conditions, order and page of an event list: `WHERE ... ORDER BY ... LIMIT ? OFFSET ?` and its values.
    /// Every sort has its index (Schema version 2), so a page walks an index instead of sorting the table.
    func eventListQuery(_ filter: EventFilter) throws -> (clause: String, arguments: [SQLValue], offset: Int, limit: Int) {
        try EventStore.checkDay(filter.from, "--from")
        try EventStore.checkDay(filter.to, "--to")
        let offset = try EventStore.offset(filter.cursor)
        let limit = max(1, min(filter.limit, 100_000))
        let dialect = backend.dialect
        var conditions: [String] = []
        var args: [SQLValue] = []
        if let actor = filter.actor {
            let (sub, subArgs) = EventStore.actorCondition(actor)
            conditions.append("id IN (SELECT event FROM event_actors WHERE actor IN \(sub))")
            args += subArgs
        }
        if let type = filter.type { conditions.append("type = ?"); args.append(.text(type.uppercased())) }
        if let country = filter.country {
            conditions.append("(place_country = ? OR id IN (SELECT ea.event FROM event_actors ea JOIN block_actors ba ON ba.actor = ea.actor AND ba.block = ea.block WHERE ba.country = ?))")
            args += [.text(country.uppercased()), .text(country.uppercased())]
        }
        if let place = filter.place {
            if let geonameID = Int(place) {
                conditions.append("geoname_id = ?"); args.append(.integer(geonameID))
            } else {
                conditions.append("place_key LIKE ?"); args.append(.text("%" + nameKey(place) + "%"))
            }
        }
        if let from = filter.from { conditions.append("date_latest >= ?"); args.append(.text(from)) }
        if let to = filter.to { conditions.append("date_earliest <= ?"); args.append(.text(to)) }
        if let status = filter.status { conditions.append("status = ?"); args.append(.text(status)) }
        if let minSources = filter.minSources { conditions.append("num_sources >= ?"); args.append(.integer(minSources)) }
        if let text = filter.text {
            conditions.append("id IN (SELECT event FROM event_mentions WHERE document IN (\(EventStore.documentsMatching(dialect))))")
            args.append(.text(EventStore.ftsQuery(text, dialect: dialect)))
        }
        let order: String
        switch filter.sort {
        case .dateDescending: order = "date_earliest DESC, id"
        case .dateAscending: order = "date_earliest, id"
        case .sources: order = "num_sources DESC, id"
        case .firstSeen: order = "first_seen DESC, id"
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ") + " "
        return (whereClause + "ORDER BY \(order) LIMIT ? OFFSET ?", args + [.integer(limit + 1), .integer(offset)], offset, limit)
    }

    public func listEvents(_ filter: EventFilter) throws -> Page<CorpusEvent> {
        let query = try eventListQuery(filter)
        let rows = try backend.query("SELECT body FROM events \(query.clause)", query.arguments)
        var events: [CorpusEvent] = []
        for row in rows.prefix(query.limit) {
            var event = try EventStore.decode(CorpusEvent.self, row.text(0))
            if !filter.includeMentions { event.mentions = [] }
            events.append(event)
        }
        return Page(items: events, nextCursor: rows.count > query.limit ? "o\(query.offset + query.limit)" : nil)
    }

    /// The page `listEvents` gives, as the stored API fragments: one indexed read, nothing decoded
    /// (an event stored before Schema version 2 is encoded from its body).
    public func listEventSummaries(_ filter: EventFilter) throws -> FragmentPage {
        let query = try eventListQuery(filter)
        let rows = try backend.query("SELECT summary, CASE WHEN summary IS NULL THEN body END FROM events \(query.clause)",
                                     query.arguments)
        var items: [JSONFragment] = []
        items.reserveCapacity(min(rows.count, query.limit))
        for row in rows.prefix(query.limit) {
            if let summary = row.string(0) {
                items.append(JSONFragment(text: summary))
            } else {
                items.append(try ResponseJSON.summary(try EventStore.decode(CorpusEvent.self, row.text(1))))
            }
        }
        return FragmentPage(items: items, nextCursor: rows.count > query.limit ? "o\(query.offset + query.limit)" : nil)
    }

    /// One event's stored detail (`GET /api/events/{id}`), or nil for an unknown id. An event stored before
    /// Schema version 2 has none: it is built from its body and its documents' records.
    public func findEventDetail(id: String) throws -> JSONFragment? {
        let rows = try backend.query("SELECT detail, CASE WHEN detail IS NULL THEN body END FROM events WHERE id = ?", [.text(id)])
        guard let row = rows.first else { return nil }
        if let detail = row.string(0) { return JSONFragment(text: detail) }
        let event = try EventStore.decode(CorpusEvent.self, row.text(1))
        let documents = Array(Set(event.mentions.map(\.document))).sorted()
        var records: [String: DocumentRecord] = [:]
        try backend.read { session in
            for chunk in documents.chunked(400) {
                for row in try session.query("SELECT id, record, text FROM documents WHERE id IN (\(placeholders(chunk.count)))",
                                             chunk.map { .text($0) }) {
                    guard let json = row.string(1), let record = try? EventStore.record(json: json, text: row.string(2)) else { continue }
                    records[row.text(0)] = record
                }
            }
        }
        return try ResponseJSON.fragment(EventDetail(event: event, records: records))
    }

    /// Why each report of event `other` would or would not join event `id`, by the rules resolution applies (each
    /// report against the event as a whole, words weighed over their block): `letopis show ID --against OTHER`.
    /// Nil when either event is unknown. Reports of another block (type or month) never join, and say so.
    public func explain(_ other: String, against id: String) throws -> [(mention: String, decision: MergeDecision)]? {
        try backend.read { session in
            func block(_ event: String) throws -> String? {
                try session.query("SELECT block FROM events WHERE id = ?", [.text(event)]).first?.string(0)
            }
            func mentions(_ event: String) throws -> [String] {
                try session.query("SELECT mention FROM event_mentions WHERE event = ? ORDER BY mention", [.text(event)]).map { $0.text(0) }
            }
            guard let home = try block(id), let away = try block(other) else { return nil }
            let reports = try mentions(other)
            if home != away {
                return reports.map { ($0, MergeDecision.otherBlock(away, home)) }
            }
            let records = try records(block: home, in: session)
            let actors = resolver.resolveActors(records, period: try periodPeople(block: home, records: records, in: session))
            return resolver.explain(reports, against: try mentions(id), records: records, actors: actors)
        }
    }

    public func findEvent(id: String) throws -> CorpusEvent? {
        let rows = try backend.query("SELECT body FROM events WHERE id = ?", [.text(id)])
        guard let body = rows.first?.string(0) else { return nil }
        return try EventStore.decode(CorpusEvent.self, body)
    }

    /// Merges the per-block rows of one corpus actor: the first block's values, aliases and roles united.
    func mergedActor(_ id: String, in session: any SQLSession) throws -> CorpusActor? {
        let rows = try session.query("SELECT body FROM block_actors WHERE actor = ? ORDER BY block", [.text(id)])
        var merged: CorpusActor?
        for row in rows {
            guard let actor = try? EventStore.decode(CorpusActor.self, row.text(0)) else { continue }
            guard var current = merged else { merged = actor; continue }
            current.aliases = Array(Set(current.aliases).union(actor.aliases)).sorted()
            current.roles = Array(Set(current.roles).union(actor.roles)).sorted()
            current.roleCountries = Array(Set(current.roleCountries).union(actor.roleCountries)).sorted()
            if actor.name.count > current.name.count { current.name = actor.name }
            current.country = current.country ?? actor.country
            current.sector = current.sector ?? actor.sector
            current.person = current.person ?? actor.person
            current.geo = current.geo ?? actor.geo
            current.documentActors += actor.documentActors
            current.documents += actor.documents
            merged = current
        }
        return merged
    }

    func actorCounts(_ id: String, in session: any SQLSession) throws -> (events: Int, mentions: Int) {
        let row = try session.query("""
            SELECT COUNT(*), COALESCE(SUM(num_mentions), 0) FROM events
            WHERE id IN (SELECT event FROM event_actors WHERE actor = ?)
            """, [.text(id)]).first
        return (row?.int(0) ?? 0, row?.int(1) ?? 0)
    }

    public func listActors(_ filter: ActorFilter) throws -> Page<StoredActor> {
        let offset = try EventStore.offset(filter.cursor)
        let limit = max(1, min(filter.limit, 100_000))
        var conditions: [String] = []
        var args: [SQLValue] = []
        if let name = filter.name {
            conditions.append("ba.actor IN (SELECT actor FROM actor_names WHERE name_key LIKE ?)")
            args.append(.text("%" + nameKey(name) + "%"))
        }
        if let type = filter.type { conditions.append("ba.type = ?"); args.append(.text(type.uppercased())) }
        if let country = filter.country { conditions.append("ba.country = ?"); args.append(.text(country.uppercased())) }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try backend.read { session in
            let rows = try session.query("""
                SELECT ba.actor, (SELECT COUNT(DISTINCT ea.event) FROM event_actors ea WHERE ea.actor = ba.actor) AS n
                FROM block_actors ba \(whereClause) GROUP BY ba.actor ORDER BY n DESC, ba.actor LIMIT ? OFFSET ?
                """, args + [.integer(limit + 1), .integer(offset)])
            var actors: [StoredActor] = []
            for row in rows.prefix(limit) {
                guard let actor = try mergedActor(row.text(0), in: session) else { continue }
                let counts = try actorCounts(actor.id, in: session)
                actors.append(StoredActor(actor: actor, numEvents: counts.events, numMentions: counts.mentions))
            }
            return Page(items: actors, nextCursor: rows.count > limit ? "o\(offset + limit)" : nil)
        }
    }

    /// The corpus actor id an id or a name stands for: the id itself, else the actor with most events of that name.
    func actorID(_ value: String, in session: any SQLSession) throws -> String? {
        if try !session.query("SELECT 1 FROM block_actors WHERE actor = ? LIMIT 1", [.text(value)]).isEmpty { return value }
        let rows = try session.query("""
            SELECT an.actor, (SELECT COUNT(DISTINCT ea.event) FROM event_actors ea WHERE ea.actor = an.actor) AS n
            FROM actor_names an WHERE an.name_key = ? GROUP BY an.actor ORDER BY n DESC, an.actor LIMIT 1
            """, [.text(nameKey(value))])
        return rows.first?.string(0)
    }

    public func findActor(id: String) throws -> ActorDetail? {
        let resolved: (CorpusActor, Int, Int)? = try backend.read { session in
            guard let actorID = try actorID(id, in: session), let actor = try mergedActor(actorID, in: session) else { return nil }
            let counts = try actorCounts(actorID, in: session)
            return (actor, counts.events, counts.mentions)
        }
        guard let (actor, events, mentions) = resolved else { return nil }
        return ActorDetail(actor: StoredActor(actor: actor, numEvents: events, numMentions: mentions),
                           timeline: try timelineBuckets(TimelineQuery(actor: actor.id)),
                           topCounterparts: try dyadCounts(DyadFilter(actor: actor.id, limit: 10)))
    }

    public func dyadCounts(_ filter: DyadFilter) throws -> [DyadCount] {
        try EventStore.checkDay(filter.from, "--from")
        try EventStore.checkDay(filter.to, "--to")
        var conditions: [String] = []
        var args: [SQLValue] = []
        if let from = filter.from { conditions.append("d.date_latest >= ?"); args.append(.text(from)) }
        if let to = filter.to { conditions.append("d.date_earliest <= ?"); args.append(.text(to)) }
        if let type = filter.type { conditions.append("d.type = ?"); args.append(.text(type.uppercased())) }
        // An actor and a recipient are a dyad; so are two actors of a reciprocal event (a meeting lists every side
        // as an actor and has no recipient), each pair once, in id order.
        let reciprocal = CorpusEvent.reciprocalTypes.sorted().map { "'\($0)'" }.joined(separator: ", ")
        return try backend.read { session in
            if let actor = filter.actor {
                guard let id = try actorID(actor, in: session) else { return [] }
                conditions.append("(d.actor = ? OR d.counterpart = ?)")
                args += [.text(id), .text(id)]
            }
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let rows = try session.query("""
                SELECT d.actor, d.counterpart, d.type, COUNT(DISTINCT d.id) AS n FROM (
                    SELECT e.id, e.type, e.date_earliest, e.date_latest, a.actor AS actor, r.actor AS counterpart FROM events e
                    JOIN event_actors a ON a.event = e.id AND a.role = 'actor'
                    JOIN event_actors r ON r.event = e.id AND r.role = 'recipient'
                    UNION ALL
                    SELECT e.id, e.type, e.date_earliest, e.date_latest, a.actor, b.actor FROM events e
                    JOIN event_actors a ON a.event = e.id AND a.role = 'actor'
                    JOIN event_actors b ON b.event = e.id AND b.role = 'actor' AND a.actor < b.actor
                    WHERE e.type IN (\(reciprocal))
                      AND NOT EXISTS (SELECT 1 FROM event_actors x WHERE x.event = e.id AND x.role = 'recipient')
                ) d
                \(whereClause) GROUP BY d.actor, d.counterpart, d.type ORDER BY n DESC, d.actor, d.counterpart, d.type LIMIT ?
                """, args + [.integer(max(1, filter.limit))])
            var names: [String: String] = [:]
            func name(_ id: String) throws -> String {
                if let known = names[id] { return known }
                let found = try session.query("SELECT MIN(name) FROM block_actors WHERE actor = ?", [.text(id)]).first?.string(0) ?? id
                names[id] = found
                return found
            }
            return try rows.map { row in
                DyadCount(actor: ActorRef(id: row.text(0), name: try name(row.text(0))),
                          counterpart: ActorRef(id: row.text(1), name: try name(row.text(1))),
                          type: row.text(2), count: row.int(3))
            }
        }
    }

    public func timelineBuckets(_ query: TimelineQuery) throws -> [TimelineBucket] {
        try EventStore.checkDay(query.from, "--from")
        try EventStore.checkDay(query.to, "--to")
        let rows: [SQLRow] = try backend.read { session in
            guard let id = try actorID(query.actor, in: session) else { return [] }
            var conditions = ["ea.actor = ?"]
            var args: [SQLValue] = [.text(id)]
            if let from = query.from { conditions.append("e.date_earliest >= ?"); args.append(.text(from)) }
            if let to = query.to { conditions.append("e.date_earliest <= ?"); args.append(.text(to)) }
            return try session.query("""
                SELECT e.date_earliest, e.type, COUNT(DISTINCT e.id) FROM events e JOIN event_actors ea ON ea.event = e.id
                WHERE \(conditions.joined(separator: " AND ")) GROUP BY e.date_earliest, e.type ORDER BY e.date_earliest, e.type
                """, args)
        }
        var counts: [String: [String: Int]] = [:]
        for row in rows {
            let day = row.text(0)
            let period = query.by == .week ? EventStore.monday(of: day) : day
            counts[period, default: [:]][row.text(1), default: 0] += row.int(2)
        }
        return counts.keys.sorted().flatMap { period in
            (counts[period] ?? [:]).keys.sorted().map { TimelineBucket(period: period, type: $0, count: counts[period]?[$0] ?? 0) }
        }
    }

    /// The Monday starting the ISO week of a day (`YYYY-MM-DD`); the day itself when it does not parse.
    static func monday(of day: String) -> String {
        guard let date = CalendarDate(iso: day) else { return day }
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        guard let start = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)),
              let weekday = calendar.dateComponents([.weekday], from: start).weekday,
              let monday = calendar.date(byAdding: .day, value: -((weekday + 5) % 7), to: start) else { return day }
        let parts = calendar.dateComponents([.year, .month, .day], from: monday)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    public func findDocument(id: String) throws -> StoredDocument? {
        try backend.read { session in
            guard let row = try session.query("""
                SELECT id, title, url, outlet, published, time, sha256, extractor_version, state, error, text, layers, record
                FROM documents WHERE id = ?
                """, [.text(id)]).first else { return nil }
            var triggers: [String: (type: String, span: DocumentRecord.Span)] = [:]
            if let json = row.string(12), let record = try? EventStore.decode(DocumentRecord.self, json) {
                for mention in record.events { triggers[mention.id] = (mention.type, mention.trigger) }
            }
            let links = try session.query("SELECT mention, event FROM event_mentions WHERE document = ? ORDER BY mention", [.text(id)])
                .compactMap { link -> DocumentEventLink? in
                    guard let trigger = triggers[link.text(0)] else { return nil }
                    return DocumentEventLink(mention: link.text(0), event: link.text(1), type: trigger.type, trigger: trigger.span)
                }
            return StoredDocument(id: row.text(0), title: row.string(1), url: row.string(2), outlet: row.string(3),
                                  published: row.string(4), time: row.string(5), sha256: row.text(6),
                                  extractorVersion: row.text(7), state: row.text(8), error: row.string(9),
                                  text: row.text(10), layers: row.string(11), events: links)
        }
    }

    public func searchDocuments(_ query: SearchQuery) throws -> Page<SearchHit> {
        let offset = try EventStore.offset(query.cursor)
        let limit = max(1, min(query.limit, 1000))
        let dialect = backend.dialect
        let rows = try backend.read { session -> [SQLRow] in
            switch dialect {
            case .sqlite:
                return try session.query("""
                    SELECT d.id, d.title, d.outlet, d.published, snippet(documents_fts, 0, '[', ']', '…', 16)
                    FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
                    WHERE documents_fts MATCH ? ORDER BY rank, d.id LIMIT ? OFFSET ?
                    """, [.text(EventStore.ftsQuery(query.text, dialect: dialect)), .integer(limit + 1), .integer(offset)])
            case .postgres:
                return try session.query("""
                    SELECT id, title, outlet, published,
                           ts_headline('russian', text, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=10')
                    FROM documents, plainto_tsquery('russian', ?) q WHERE tsv @@ q
                    ORDER BY ts_rank(tsv, q) DESC, id LIMIT ? OFFSET ?
                    """, [.text(query.text), .integer(limit + 1), .integer(offset)])
            }
        }
        let hits = rows.prefix(limit).map {
            SearchHit(document: $0.text(0), title: $0.string(1), outlet: $0.string(2), published: $0.string(3),
                      snippet: $0.text(4).replacingOccurrences(of: "\n", with: " "))
        }
        return Page(items: Array(hits), nextCursor: rows.count > limit ? "o\(offset + limit)" : nil)
    }

    public func counts() throws -> StoreStatistics {
        try backend.read { session in
            func count(_ sql: String) throws -> Int { try session.query(sql, []).first?.int(0) ?? 0 }
            return StoreStatistics(
                documents: try count("SELECT COUNT(*) FROM documents WHERE state = 'ok'"),
                failedDocuments: try count("SELECT COUNT(*) FROM documents WHERE state = 'failed'"),
                mentions: try count("SELECT COUNT(*) FROM mentions"),
                events: try count("SELECT COUNT(*) FROM events"),
                actors: try count("SELECT COUNT(DISTINCT actor) FROM block_actors"),
                schemaVersion: Schema.current)
        }
    }

    // MARK: EventStoreReader

    public func events(_ filter: EventFilter) async throws -> Page<CorpusEvent> {
        try await offThread { try self.listEvents(filter) }
    }
    public func event(id: String) async throws -> CorpusEvent? { try await offThread { try self.findEvent(id: id) } }
    public func actors(_ filter: ActorFilter) async throws -> Page<StoredActor> { try await offThread { try self.listActors(filter) } }
    public func actor(id: String) async throws -> ActorDetail? { try await offThread { try self.findActor(id: id) } }
    public func dyads(_ filter: DyadFilter) async throws -> [DyadCount] { try await offThread { try self.dyadCounts(filter) } }
    public func timeline(_ query: TimelineQuery) async throws -> [TimelineBucket] { try await offThread { try self.timelineBuckets(query) } }
    public func document(id: String) async throws -> StoredDocument? { try await offThread { try self.findDocument(id: id) } }
    public func search(_ query: SearchQuery) async throws -> Page<SearchHit> { try await offThread { try self.searchDocuments(query) } }
    public func statistics() async throws -> StoreStatistics { try await offThread { try self.counts() } }
    public func eventSummaries(_ filter: EventFilter) async throws -> FragmentPage {
        try await offThread { try self.listEventSummaries(filter) }
    }
    public func eventDetail(id: String) async throws -> JSONFragment? { try await offThread { try self.findEventDetail(id: id) } }

    private func offThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
        }
    }
}
