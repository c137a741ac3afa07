import Foundation
import LetopisCore
import LetopisCorpus

/// The period of the surname rule (schema version 3): which people each month names in full, kept current as
/// documents arrive and change, so that a block's surnames alone are read against the whole month
/// (``PeriodName``, ``PeriodPeople``; `Docs/corpus.md`).
///
/// `person_names` holds each document's rows; `period_names` their counts per period, one row per distinct full
/// name. A write that changes who a surname can be in a period (``PeriodPeople/candidates(_:)`` before and after
/// differ) marks the period's blocks that hold that surname alone, in the same transaction: a block's actors
/// then depend only on the stored documents, whatever order they came in.
extension EventStore {
    /// Replaces the person rows of `replaced` documents by `written` ones and returns the blocks to mark again.
    /// Runs inside ``store(_:)``'s transaction, after the mentions are written.
    func updatePeople(replaced: [String], written: [(document: String, people: [PeriodName])],
                      in session: any SQLSession) throws -> Set<String> {
        var delta: [PeriodName: Int] = [:]
        for chunk in replaced.chunked(400) {
            let args = chunk.map { SQLValue.text($0) }
            let old = try session.query("""
                SELECT period, surname, given, patronymic, country, name FROM person_names WHERE document IN (\(placeholders(chunk.count)))
                """, args)
            for row in old {
                let name = PeriodName(period: row.text(0), surname: row.text(1), given: row.text(2), patronymic: row.text(3),
                                      country: row.text(4), name: row.text(5))
                if name.isFull { delta[name, default: 0] -= 1 }
            }
            try session.execute("DELETE FROM person_names WHERE document IN (\(placeholders(chunk.count)))", args)
        }
        var rows: [[SQLValue]] = []
        for (document, people) in written {
            for name in people {
                rows.append([.text(document), .text(name.period), .text(name.surname), .text(name.given), .text(name.patronymic),
                             .text(name.country), .text(name.name)])
                if name.isFull { delta[name, default: 0] += 1 }
            }
        }
        try session.insert("INSERT INTO person_names (document, period, surname, given, patronymic, country, name)", columns: 7,
                           rows: rows, tail: "ON CONFLICT DO NOTHING", chunk: 200)
        return try applyCounts(delta, in: session)
    }

    /// Adds `delta` to the period counts; the blocks holding a surname alone whose candidates changed.
    private func applyCounts(_ delta: [PeriodName: Int], in session: any SQLSession) throws -> Set<String> {
        let changes = delta.filter { $0.value != 0 }
        guard !changes.isEmpty else { return [] }
        var touched: [String: Set<String>] = [:]   // period → surnames
        for name in changes.keys { touched[name.period, default: []].insert(name.surname) }
        var marks = Set<String>()
        var upserts: [[SQLValue]] = []
        for period in touched.keys.sorted() {
            let surnames = (touched[period] ?? []).sorted()
            let before = try periodRows(period: period, surnames: surnames, in: session)
            var changed: [String] = []
            for surname in surnames {
                let old = before[surname] ?? []
                var counts: [PeriodName: Int] = [:]
                for row in old {
                    counts[PeriodName(period: period, surname: surname, given: row.given, patronymic: row.patronymic,
                                      country: row.country, name: row.name)] = row.documents
                }
                for (name, d) in changes where name.period == period && name.surname == surname {
                    counts[name, default: 0] += d
                    upserts.append([.text(period), .text(surname), .text(name.given), .text(name.patronymic), .text(name.country),
                                    .text(name.name), .integer(d)])
                }
                let new = counts.map { PeriodPeople.Row(given: $0.key.given, patronymic: $0.key.patronymic, country: $0.key.country,
                                                        name: $0.key.name, documents: $0.value) }.filter { $0.documents > 0 }
                if PeriodPeople.candidates(old) != PeriodPeople.candidates(new) { changed.append(surname) }
            }
            // One query per period for all its changed surnames: a fresh ingest changes many in every batch, and on
            // PostgreSQL each query is a round trip.
            for chunk in changed.chunked(400) {
                let blocks = try session.query("""
                    SELECT DISTINCT m.block FROM person_names p JOIN mentions m ON m.document = p.document
                    WHERE p.period = ? AND p.given = '' AND p.surname IN (\(placeholders(chunk.count)))
                    """, [.text(period)] + chunk.map { .text($0) })
                for row in blocks where EventBlock(key: row.text(0))?.window == period { marks.insert(row.text(0)) }
            }
        }
        try session.insert("INSERT INTO period_names (period, surname, given, patronymic, country, name, documents)", columns: 7,
                           rows: upserts, tail: "ON CONFLICT (period, surname, given, patronymic, country, name) DO UPDATE SET documents = period_names.documents + excluded.documents",
                           chunk: 200)
        for period in touched.keys.sorted() {
            try session.execute("DELETE FROM period_names WHERE period = ? AND documents <= 0", [.text(period)])
        }
        return marks
    }

    /// The period's full names of some surnames, by surname.
    private func periodRows(period: String, surnames: [String], in session: any SQLSession) throws -> [String: [PeriodPeople.Row]] {
        var out: [String: [PeriodPeople.Row]] = [:]
        for chunk in surnames.chunked(400) {
            let rows = try session.query("""
                SELECT surname, given, patronymic, country, name, documents FROM period_names
                WHERE period = ? AND surname IN (\(placeholders(chunk.count)))
                """, [.text(period)] + chunk.map { .text($0) })
            for row in rows {
                out[row.text(0), default: []].append(PeriodPeople.Row(given: row.text(1), patronymic: row.text(2), country: row.text(3),
                                                                      name: row.text(4), documents: row.int(5)))
            }
        }
        return out
    }

    /// The people a block's surnames alone are read against: its month's full names (nil for a block with no
    /// surname alone, which reads nothing of the period).
    func periodPeople(block key: String, records: [DocumentRecord], in session: any SQLSession) throws -> PeriodPeople? {
        guard let block = EventBlock(key: key) else { return nil }
        let surnames = resolver.periodSurnames(records)
        guard !surnames.isEmpty else { return nil }
        return PeriodPeople(period: block.window, rows: try periodRows(period: block.window, surnames: surnames.sorted(), in: session))
    }

    /// Fills the person tables from the records of a database written before schema version 3, a slice of
    /// documents per transaction (the position kept in `letopis_pending`, so an interrupted fill goes on where
    /// it stopped), then marks every block for resolution.
    func fillPersonNames() throws {
        // Looked up in a read first: a reader of a read-only database, or of one already filled, writes nothing.
        let pending = try backend.read { session in
            try session.query("SELECT COUNT(*) FROM letopis_pending WHERE task = 'person_names'", []).first?.int(0) ?? 0
        }
        guard pending > 0 else { return }
        while true {
            let finished = try backend.write { session -> Bool in
                if session.dialect == .postgres { try session.execute("SELECT pg_advisory_xact_lock(\(Self.peopleLock))") }
                guard let row = try session.query("SELECT position FROM letopis_pending WHERE task = 'person_names'", []).first else {
                    return true
                }
                let slice = try session.query("""
                    SELECT id, record, text FROM documents WHERE state = 'ok' AND id > ? ORDER BY id LIMIT 200
                    """, [.text(row.text(0))])
                guard let last = slice.last?.text(0) else {
                    let blocks = try session.query("SELECT DISTINCT block FROM mentions", []).map { $0.text(0) }.sorted()
                    try session.insert("INSERT INTO dirty_blocks (block, stamp)", columns: 2,
                                       rows: blocks.map { [.text($0), .integer(Int.random(in: 1...(1 << 52)))] },
                                       tail: "ON CONFLICT (block) DO UPDATE SET stamp = dirty_blocks.stamp + 1")
                    try session.execute("DELETE FROM letopis_pending WHERE task = 'person_names'", [])
                    return true
                }
                let ids = slice.map { SQLValue.text($0.text(0)) }
                // Documents written since the upgrade have their rows already.
                let done = Set(try session.query("SELECT DISTINCT document FROM person_names WHERE document IN (\(placeholders(ids.count)))", ids)
                    .map { $0.text(0) })
                var written: [(document: String, people: [PeriodName])] = []
                for row in slice where !done.contains(row.text(0)) {
                    guard let json = row.string(1), let record = try? EventStore.record(json: json, text: row.string(2)) else { continue }
                    written.append((row.text(0), resolver.personNames(of: record)))
                }
                _ = try updatePeople(replaced: [], written: written, in: session)
                try session.execute("UPDATE letopis_pending SET position = ? WHERE task = 'person_names'", [.text(last)])
                return false
            }
            if finished { return }
        }
    }

    /// Serialises writers of the person tables on PostgreSQL, so that each reads the counts the others left
    /// (SQLite has one writer).
    static let peopleLock = 7216502
}
