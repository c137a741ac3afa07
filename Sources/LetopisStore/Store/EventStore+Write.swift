import Foundation
import LetopisCore
import LetopisCorpus

/// One document handed to ``EventStore/store(_:)``: extracted, or failed with its error.
public enum IngestItem: Sendable {
    /// An extracted document and, optionally, its extraction as `extract --format json` writes it.
    case extracted(DocumentRecord, layers: String?)
    /// A document whose extraction failed: stored with its text and error so that it is not lost.
    case failed(id: String, text: String, error: String, extractorVersion: String)
    /// An extracted document already in the form the store writes (prepared in a worker process).
    case prepared(PreparedRecord)

    public var id: String {
        switch self {
        case .extracted(let record, _): return record.id
        case .prepared(let prepared): return prepared.id
        case .failed(let id, _, _, _): return id
        }
    }

    var sha256: String {
        switch self {
        case .extracted(let record, _): return record.textSHA256
        case .prepared(let prepared): return prepared.textSHA256
        case .failed(_, let text, _, _):
            var hash = SHA256()
            hash.update(Array(text.utf8))
            return hash.hexDigest()
        }
    }

    var extractorVersion: String {
        switch self {
        case .extracted(let record, _): return record.extractorVersion
        case .prepared(let prepared): return prepared.extractorVersion
        case .failed(_, _, _, let version): return version
        }
    }

    var state: String {
        if case .failed = self { return "failed" }
        return "ok"
    }
}

/// What ``EventStore/store(_:)`` did with a batch.
public struct BatchOutcome: Sendable, Hashable, Codable {
    /// New documents stored.
    public var added = 0
    /// Known ids whose text (or extractor version) changed: mentions replaced.
    public var replaced = 0
    /// Same id, same text, same extractor version: nothing changed.
    public var unchanged = 0
    /// Failed documents recorded with their error.
    public var failed = 0
    /// Event mentions written.
    public var mentions = 0
    /// Ids repeated within the batch with another text: the first kept, these skipped.
    public var duplicateIDs: [String] = []
    public init() {}
}

extension EventStore {
    /// Stores a batch of documents and their mentions in one transaction and marks the event blocks they
    /// touch (including the blocks of replaced mentions) for ``resolvePending()``.
    ///
    /// Rules: an id already stored with the same SHA-256 and extractor version changes nothing; a known id
    /// with another text replaces its mentions; within the batch, the first occurrence of an id is kept and
    /// later ones with another text are listed in ``BatchOutcome/duplicateIDs``.
    /// - Complexity: a constant number of statements per batch (multi-row inserts), not per row.
    @discardableResult
    public func store(_ batch: [IngestItem]) throws -> BatchOutcome {
        var outcome = BatchOutcome()
        var firstByID: [String: IngestItem] = [:]
        var order: [String] = []
        for item in batch {
            if let first = firstByID[item.id] {
                if first.sha256 != item.sha256 { outcome.duplicateIDs.append(item.id) }
                continue
            }
            firstByID[item.id] = item
            order.append(item.id)
        }
        guard !order.isEmpty else { return outcome }
        let dialect = backend.dialect
        return try backend.write { session in
            // Writers of the period's names must see each other's counts (EventStore+People).
            if dialect == .postgres { try session.execute("SELECT pg_advisory_xact_lock(\(Self.peopleLock))") }
            var existing: [String: (sha: String, version: String, state: String)] = [:]
            for chunk in order.chunked(400) {
                let rows = try session.query(
                    "SELECT id, sha256, extractor_version, state FROM documents WHERE id IN (\(placeholders(chunk.count)))",
                    chunk.map { .text($0) })
                for row in rows { existing[row.text(0)] = (row.text(1), row.text(2), row.text(3)) }
            }
            var writing: [IngestItem] = []
            for id in order {
                guard let item = firstByID[id] else { continue }
                if let known = existing[id] {
                    if known.sha == item.sha256 && known.version == item.extractorVersion && known.state == item.state {
                        outcome.unchanged += 1
                        continue
                    }
                    outcome.replaced += 1
                } else if item.state == "ok" {
                    outcome.added += 1
                }
                if case .failed = item { outcome.failed += 1 }
                writing.append(item)
            }
            guard !writing.isEmpty else { return outcome }
            var blocks = Set<String>()
            let replacedIDs = writing.map(\.id).filter { existing[$0] != nil }
            for chunk in replacedIDs.chunked(400) {
                let args = chunk.map { SQLValue.text($0) }
                for row in try session.query("SELECT DISTINCT block FROM mentions WHERE document IN (\(placeholders(chunk.count)))", args) {
                    blocks.insert(row.text(0))
                }
                try session.execute("DELETE FROM mentions WHERE document IN (\(placeholders(chunk.count)))", args)
            }
            var documentRows: [[SQLValue]] = []
            var mentionRows: [[SQLValue]] = []
            var people: [(document: String, people: [PeriodName])] = []
            for item in writing {
                switch item {
                case .extracted, .prepared:
                    let prepared: PreparedRecord
                    switch item {
                    case .extracted(let record, let layers): prepared = try PreparedRecord(record: record, layers: layers)
                    case .prepared(let p): prepared = p
                    case .failed: continue
                    }
                    documentRows.append(prepared.documentRow)
                    people.append((prepared.id, prepared.people))
                    for mention in prepared.mentions {
                        blocks.insert(mention.block)
                        mentionRows.append([.text(mention.id), .text(prepared.id), .text(mention.block), .text(mention.type)])
                    }
                case .failed(let id, let text, let error, let version):
                    documentRows.append([
                        .text(id), .text(item.sha256), .text("failed"), .text(error), .null, .null, .null, .null, .null,
                        .text(version), .text(text), .null, .null, .integer(0),
                    ])
                }
            }
            let columns = "id, sha256, state, error, title, url, outlet, published, time, extractor_version, text, record, layers, mention_count"
            let updates: [String] = columns.split(separator: ",").dropFirst().map { column -> String in
                let name = column.trimmingCharacters(in: .whitespaces)
                return name + " = excluded." + name
            }
            let update: String = updates.joined(separator: ", ")
            try session.insert("INSERT INTO documents (\(columns))", columns: 14, rows: documentRows,
                               tail: "ON CONFLICT (id) DO UPDATE SET \(update)", chunk: 100)
            try session.insert("INSERT INTO mentions (id, document, block, type)", columns: 4, rows: mentionRows,
                               tail: "ON CONFLICT (id) DO UPDATE SET document = excluded.document, block = excluded.block, type = excluded.type")
            blocks.formUnion(try updatePeople(replaced: replacedIDs, written: people, in: session))
            // Sorted so that concurrent writers lock dirty rows in one order (no deadlock on PostgreSQL). A new mark
            // starts at a random stamp, so that a block resolved and marked again never shows the stamp it had
            // when its records were read ahead (``resolvePending(progress:)``).
            try session.insert("INSERT INTO dirty_blocks (block, stamp)", columns: 2,
                               rows: blocks.sorted().map { [.text($0), .integer(Int.random(in: 1...(1 << 52)))] },
                               tail: "ON CONFLICT (block) DO UPDATE SET stamp = dirty_blocks.stamp + 1")
            _ = dialect
            outcome.mentions = mentionRows.count
            return outcome
        }
    }

    /// Number of blocks waiting for resolution.
    public func pendingBlocks() throws -> Int {
        try backend.read { session in try session.query("SELECT COUNT(*) FROM dirty_blocks", []).first?.int(0) ?? 0 }
    }

    /// Recomputes every dirty block, one transaction per block, until none is left.
    ///
    /// On PostgreSQL a block is claimed with `FOR UPDATE SKIP LOCKED`, so several ingest processes share
    /// the work; a block made dirty again while it is being resolved (its stamp changed) stays dirty.
    ///
    /// **Read-ahead.** `readAhead` helper threads (one per core: at the end of an ingest, extraction is over
    /// and resolution is all the work left) read dirty blocks' records and resolve them outside any
    /// transaction, taking the blocks in order from a window four times as wide; the writer claims and
    /// writes whichever block is ready first, so that one large block does not hold the others back. A
    /// result is used only if its block, when claimed, still has the stamp it had when its records were read
    /// (read first, so records are never older than the stamp); otherwise the block is resolved again inside
    /// its transaction. New marks start at a random stamp, so a block resolved and marked again in between
    /// cannot show the old one. Blocks are independent, so the database is the same as resolving each block
    /// inside its own transaction, in any order, whatever `readAhead` is.
    /// - Parameter readAhead: helper threads (0: none, every block resolved in its transaction).
    /// - Returns: the number of blocks resolved.
    @discardableResult
    public func resolvePending(readAhead: Int = ProcessInfo.processInfo.activeProcessorCount,
                               progress: ((Int) -> Void)? = nil) throws -> Int {
        let lock = backend.dialect == .postgres ? " FOR UPDATE SKIP LOCKED" : ""
        let claimFirst = "SELECT block, stamp FROM dirty_blocks ORDER BY block LIMIT 1" + lock
        let claimBlock = "SELECT block, stamp FROM dirty_blocks WHERE block = ?" + lock
        let pool = readAhead > 0 ? ReadAheadPool(store: self, threads: readAhead) : nil
        let width = 4 * max(0, readAhead)
        // The blocks dirty now, the largest first: resolution time grows faster than a block's size, and a
        // large block started last would leave the other threads idle at the end (in the telegram stream
        // three blocks of 150 take 40 % of the time). Blocks marked later are claimed in key order below.
        var plan = pool == nil ? [] : try largestBlocksFirst()
        var resolved = 0
        // Submitted and not yet claimed, in block order.
        var inFlight: [BlockReadAhead] = []
        // Never leave a read-ahead running on a store the caller may close.
        defer {
            pool?.cancelWaiting()
            for ahead in inFlight { _ = ahead.finished() }
        }
        while true {
            // Waited for outside any transaction: an in-memory database has one connection for reads and writes,
            // so a read-ahead may be queued behind the transaction below.
            let ready = pool.flatMap { inFlight.isEmpty ? nil : $0.firstFinished(of: inFlight) }
            if let ready { inFlight.removeAll { $0 === ready } }
            let computed = ready?.finished()
            enum Step { case resolved, skipped, done }
            let step = try backend.write { session -> Step in
                let claimed = try ready.map { try session.query(claimBlock, [.text($0.block)]) } ?? session.query(claimFirst, [])
                // Its block was resolved (or is being resolved) by another process: nothing to do with it.
                guard let row = claimed.first else { return ready == nil ? .done : .skipped }
                let block = row.text(0), stamp = row.int(1)
                if let pool, inFlight.count < width {
                    if plan.isEmpty {
                        // Marked after the plan was made (another process, or a block found stale).
                        plan = try session.query("SELECT block FROM dirty_blocks ORDER BY block LIMIT ?",
                                                 [.integer(width + inFlight.count + 1)]).map { $0.text(0) }.reversed()
                    }
                    while inFlight.count < width, let key = plan.popLast() {
                        guard key != block, !inFlight.contains(where: { $0.block == key }) else { continue }
                        let ahead = BlockReadAhead(block: key)
                        inFlight.append(ahead)
                        pool.submit(ahead)
                    }
                }
                let reusable = computed.flatMap { $0.block == block && $0.stamp == stamp ? $0.rows : nil }
                let rows = try reusable ?? blockRows(block: block, in: session)
                try write(rows, in: session)
                try session.execute("DELETE FROM dirty_blocks WHERE block = ? AND stamp = ?", [.text(block), .integer(stamp)])
                return .resolved
            }
            switch step {
            case .done: return resolved
            case .skipped: continue
            case .resolved:
                resolved += 1
                progress?(resolved)
            }
        }
    }

    /// The dirty blocks by their number of mentions, the largest last (taken with `popLast`), ties in key order.
    func largestBlocksFirst() throws -> [String] {
        let rows = try backend.read { session in
            try session.query("""
                SELECT d.block, COUNT(m.id) FROM dirty_blocks d LEFT JOIN mentions m ON m.block = d.block GROUP BY d.block
                """, [])
        }
        let sized = rows.map { (block: $0.text(0), size: $0.int(1)) }
        return sized.sorted { $0.size != $1.size ? $0.size < $1.size : $0.block > $1.block }.map(\.block)
    }

    /// Replaces the events of one block by the resolution of the records with mentions in it.
    func resolve(block key: String, in session: any SQLSession) throws {
        try write(try blockRows(block: key, in: session), in: session)
    }

    /// A block's rows from what is stored: its records and its period's people.
    func blockRows(block key: String, in session: any SQLSession) throws -> BlockRows {
        let records = try records(block: key, in: session)
        return try blockRows(block: key, records: records, period: try periodPeople(block: key, records: records, in: session))
    }

    /// The records of the documents with mentions in a block, by id.
    func records(block key: String, in session: any SQLSession) throws -> [DocumentRecord] {
        let rows = try session.query("""
            SELECT record, text FROM documents WHERE state = 'ok' AND id IN (SELECT DISTINCT document FROM mentions WHERE block = ?)
            ORDER BY id
            """, [.text(key)])
        var records: [DocumentRecord] = []
        records.reserveCapacity(rows.count)
        for row in rows {
            guard let json = row.string(0), let record = try? EventStore.record(json: json, text: row.string(1)) else { continue }
            records.append(record)
        }
        return records
    }

    /// The rows that replace a block's events, actors and names: its resolution, as values.
    func blockRows(block key: String, records: [DocumentRecord], period: PeriodPeople?) throws -> BlockRows {
        var out = BlockRows(key: key)
        guard let block = EventBlock(key: key), !records.isEmpty else { return out }
        let actors = resolver.resolveActors(records, period: period)
        let events = resolver.resolveEvents(records, actors: actors, blocks: [block])
        var referenced = Set<String>()
        // The API's responses for each event, stored with it (Schema version 2).
        let recordsByID = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for event in events {
            let place = event.place
            out.events.append([
                .text(event.id), .text(key), .text(event.type), SQLValue(event.mode), .text(event.status),
                .text(event.date.value), .text(event.date.earliest), .text(event.date.latest), SQLValue(event.firstSeen),
                .integer(event.numMentions), .integer(event.numArticles), .integer(event.numSources), SQLValue(event.lead),
                SQLValue(place.map { nameKey($0.name) }), SQLValue(place?.geo?.country), SQLValue(place?.geo?.geonameID),
                place?.geo.map { .real($0.latitude) } ?? .null, place?.geo.map { .real($0.longitude) } ?? .null,
                .text(try EventStore.json(event)),
                .text(try ResponseJSON.summary(event).text),
                .text(try ResponseJSON.fragment(EventDetail(event: event, records: recordsByID)).text),
            ])
            var seenMentions = Set<String>()
            for mention in event.mentions where seenMentions.insert(mention.event).inserted {
                out.mentions.append([.text(mention.event), .text(event.id), .text(key), .text(mention.document), .text(mention.reason)])
                for participant in mention.participants { if let actor = participant.actor { referenced.insert(actor) } }
            }
            var seenActors = Set<String>()
            for (role, list) in [("actor", event.actors), ("recipient", event.recipients)] {
                for actor in list where seenActors.insert(role + "|" + actor.id).inserted {
                    referenced.insert(actor.id)
                    out.actors.append([.text(event.id), .text(actor.id), .text(role), .text(key), .text(event.type), .text(event.date.earliest)])
                }
            }
            if let placeActor = place?.actor { referenced.insert(placeActor) }
        }
        for id in referenced.sorted() {
            guard let actor = actors.actor(id: id) else { continue }
            out.blockActors.append([.text(key), .text(actor.id), .text(actor.type), .text(actor.name), .text(nameKey(actor.name)),
                                    SQLValue(actor.country), .text(try EventStore.json(actor))])
            var keys = Set(actor.aliases.map(nameKey))
            keys.insert(nameKey(actor.name))
            for name in keys.sorted() { out.names.append([.text(actor.id), .text(name), .text(key)]) }
        }
        return out
    }

    static let eventColumns = ["id", "block", "type", "mode", "status", "date_value", "date_earliest", "date_latest", "first_seen",
                               "num_mentions", "num_articles", "num_sources", "lead", "place_key", "place_country", "geoname_id",
                               "latitude", "longitude", "body", "summary", "detail"]
    static let eventUpdates = eventColumns.dropFirst().map { "\($0) = excluded.\($0)" }.joined(separator: ", ")

    /// Replaces a block's rows.
    func write(_ rows: BlockRows, in session: any SQLSession) throws {
        let blockArgs: [SQLValue] = [.text(rows.key)]
        for table in ["events", "event_mentions", "event_actors", "block_actors", "actor_names"] {
            try session.execute("DELETE FROM \(table) WHERE block = ?", blockArgs)
        }
        // An event's id comes from its first mention, and a mention can move to another block (its document's text
        // changed): the block it left, dirty too, may still hold the event under that id until it is resolved. So
        // the event and its actors are moved here, as a moved mention is below; resolving the other block then deletes only its own
        // rows, and the database is the same in whichever order the two blocks are resolved.
        try session.insert("INSERT INTO events (\(Self.eventColumns.joined(separator: ", ")))", columns: Self.eventColumns.count,
                           rows: rows.events, tail: "ON CONFLICT (id) DO UPDATE SET \(Self.eventUpdates)", chunk: 100)
        try session.insert("INSERT INTO event_mentions (mention, event, block, document, reason)", columns: 5, rows: rows.mentions,
                           tail: "ON CONFLICT (mention) DO UPDATE SET event = excluded.event, block = excluded.block, document = excluded.document, reason = excluded.reason")
        try session.insert("INSERT INTO event_actors (event, actor, role, block, type, date_earliest)", columns: 6, rows: rows.actors,
                           tail: "ON CONFLICT (event, actor, role) DO UPDATE SET block = excluded.block, type = excluded.type, date_earliest = excluded.date_earliest")
        try session.insert("INSERT INTO block_actors (block, actor, type, name, name_key, country, body)", columns: 7, rows: rows.blockActors, chunk: 200)
        try session.insert("INSERT INTO actor_names (actor, name_key, block)", columns: 3, rows: rows.names)
    }
}

/// A block's resolution as rows to write.
struct BlockRows: Sendable {
    var key: String
    var events: [[SQLValue]] = []
    var mentions: [[SQLValue]] = []
    var actors: [[SQLValue]] = []
    var blockActors: [[SQLValue]] = []
    var names: [[SQLValue]] = []
}

/// A dirty block to read and resolve ahead of its claim, by a ``ReadAheadPool`` thread, while other blocks
/// are written (see ``EventStore/resolvePending(readAhead:progress:)``).
final class BlockReadAhead: @unchecked Sendable {
    /// The block it resolves.
    let block: String
    // Written before `done` is signalled, read only after waiting for it.
    private var result: (block: String, stamp: Int, rows: BlockRows)?
    private let done = DispatchSemaphore(value: 0)
    private var waited = false

    init(block: String) { self.block = block }

    /// Reads the block's stamp, then its records, and resolves them. Called once, by a pool thread.
    func run(store: EventStore) {
        // The stamp first, then the records: records never older than the stamp they are checked against.
        _ = try? store.backend.read { session in
            guard let row = try session.query("SELECT stamp FROM dirty_blocks WHERE block = ?", [.text(block)]).first else {
                return
            }
            let stamp = row.int(0)
            self.result = (block, stamp, try store.blockRows(block: block, in: session))
        }
        done.signal()
    }

    /// Marks it done without a result (it was cancelled before a thread took it).
    func skip() { done.signal() }

    /// Waits for the thread; the block it read, the stamp it saw and the rows it computed (nil when the block
    /// was no longer dirty, reading failed or it was cancelled: the block is then resolved in its transaction).
    func finished() -> (block: String, stamp: Int, rows: BlockRows)? {
        if !waited { done.wait(); waited = true }
        return result
    }

    /// True once it is done (never waits). Called by the thread that calls ``finished()``.
    var isFinished: Bool {
        if waited { return true }
        if done.wait(timeout: .now()) == .success { waited = true; return true }
        return false
    }
}

/// Threads that run read-aheads in the order they were submitted, at most `threads` at once.
final class ReadAheadPool: @unchecked Sendable {
    private let store: EventStore
    private let threads: Int
    private let lock = NSLock()
    private var waiting: [BlockReadAhead] = []
    private var running = 0
    // Read-aheads finished so far, under `completion`: a waiter that saw none finished sleeps until it grows.
    private let completion = NSCondition()
    private var completed = 0

    init(store: EventStore, threads: Int) {
        self.store = store
        self.threads = max(1, threads)
    }

    func submit(_ ahead: BlockReadAhead) {
        lock.lock()
        waiting.append(ahead)
        let start = running < threads
        if start { running += 1 }
        lock.unlock()
        guard start else { return }
        let thread = Thread { [self] in
            while let next = take() {
                next.run(store: store)
                finished()
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The next read-ahead to run, or nil (and the thread ends) when none waits.
    private func take() -> BlockReadAhead? {
        lock.lock()
        defer { lock.unlock() }
        guard !waiting.isEmpty else { running -= 1; return nil }
        return waiting.removeFirst()
    }

    private func finished() {
        completion.lock()
        completed += 1
        completion.broadcast()
        completion.unlock()
    }

    /// The first of `aheads` that is done, waiting until one is. Every one of them must have been submitted.
    func firstFinished(of aheads: [BlockReadAhead]) -> BlockReadAhead? {
        completion.lock()
        defer { completion.unlock() }
        while true {
            if let done = aheads.first(where: { $0.isFinished }) { return done }
            let seen = completed
            // Checked under the lock a completion takes to count itself: no wake-up is lost.
            while completed == seen { completion.wait() }
        }
    }

    /// Drops every read-ahead no thread has taken yet.
    func cancelWaiting() {
        lock.lock()
        let dropped = waiting
        waiting.removeAll()
        lock.unlock()
        for ahead in dropped { ahead.skip() }
        if !dropped.isEmpty { finished() }
    }
}

func placeholders(_ count: Int) -> String {
    Array(repeating: "?", count: count).joined(separator: ",")
}

extension Array {
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min(count, $0 + size)] }
    }
}
