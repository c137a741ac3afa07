import LetopisCore

/// The event database's tables, by schema version. Both backends get the same tables and columns;
/// only the full-text index differs (FTS5 on SQLite, a `tsvector` column on PostgreSQL).
///
/// - `documents`: one row per document id: text, metadata, SHA-256, extractor version, state (`ok`,
///   `failed`) and error, and `record`, the ``LetopisCorpus/DocumentRecord`` as JSON (what resolution reads).
/// - `mentions`: one row per event mention (`<doc id>-<n>`) with its document and block.
/// - `dirty_blocks`: blocks whose events must be recomputed (written with the documents that touch them).
/// - `events`, `event_mentions`, `event_actors`, `block_actors`: the resolution of each block, replaced
///   whole when the block is recomputed.
///
/// Version 2 stores each event's API responses (`summary`: its row of `GET /api/events`; `detail`:
/// `GET /api/events/{id}`) with it, written when its block is resolved, and indexes every sort order of
/// the event list, so that the server answers both from one indexed read with no decoding. Events of a
/// version-1 database have no fragments until their blocks are resolved again: the migration marks every
/// block dirty (the next `letopis ingest` resolves them) and readers build what is missing meanwhile.
///
/// Version 3 keeps the people each document names, per period (`person_names`: full names and surnames alone,
/// under the windows of the document's mentions), and the period's full names with their document counts
/// (`period_names`), so that a surname alone is read against the whole month, not one block (``PeriodName``).
/// A database of an earlier version gets the tables filled from its stored records when it is opened
/// (`letopis_pending` holds the task until it is done) and every block marked dirty.
enum Schema {
    /// Every version this build knows, oldest first. A database with a later version is refused.
    static let versions = [1, 2, 3]
    static var current: Int { versions.last ?? 1 }

    static func statements(version: Int, dialect: SQLDialect) -> [String] {
        switch version {
        case 1: return version1(dialect)
        case 2: return version2(dialect)
        case 3: return version3(dialect)
        default: return []
        }
    }

    private static func version1(_ dialect: SQLDialect) -> [String] {
        let real = dialect == .postgres ? "DOUBLE PRECISION" : "REAL"
        let big = dialect == .postgres ? "BIGINT" : "INTEGER"
        var statements = [
            """
            CREATE TABLE documents (
                id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, state TEXT NOT NULL, error TEXT,
                title TEXT, url TEXT, outlet TEXT, published TEXT, time TEXT, extractor_version TEXT NOT NULL,
                text TEXT NOT NULL, record TEXT, layers TEXT, mention_count \(big) NOT NULL DEFAULT 0)
            """,
            "CREATE TABLE mentions (id TEXT PRIMARY KEY, document TEXT NOT NULL, block TEXT NOT NULL, type TEXT NOT NULL)",
            "CREATE INDEX mentions_document ON mentions (document)",
            "CREATE INDEX mentions_block ON mentions (block, document)",
            "CREATE TABLE dirty_blocks (block TEXT PRIMARY KEY, stamp \(big) NOT NULL DEFAULT 0)",
            """
            CREATE TABLE events (
                id TEXT PRIMARY KEY, block TEXT NOT NULL, type TEXT NOT NULL, mode TEXT, status TEXT NOT NULL,
                date_value TEXT NOT NULL, date_earliest TEXT NOT NULL, date_latest TEXT NOT NULL,
                first_seen TEXT, num_mentions \(big) NOT NULL, num_articles \(big) NOT NULL, num_sources \(big) NOT NULL,
                lead \(big) NOT NULL, place_key TEXT, place_country TEXT, geoname_id \(big), latitude \(real), longitude \(real),
                body TEXT NOT NULL)
            """,
            "CREATE INDEX events_block ON events (block)",
            "CREATE INDEX events_date ON events (date_latest, date_earliest)",
            "CREATE INDEX events_type ON events (type, date_latest)",
            "CREATE TABLE event_mentions (mention TEXT PRIMARY KEY, event TEXT NOT NULL, block TEXT NOT NULL, document TEXT NOT NULL, reason TEXT NOT NULL)",
            "CREATE INDEX event_mentions_event ON event_mentions (event)",
            "CREATE INDEX event_mentions_block ON event_mentions (block)",
            "CREATE INDEX event_mentions_document ON event_mentions (document)",
            "CREATE TABLE event_actors (event TEXT NOT NULL, actor TEXT NOT NULL, role TEXT NOT NULL, block TEXT NOT NULL, type TEXT NOT NULL, date_earliest TEXT NOT NULL, PRIMARY KEY (event, actor, role))",
            "CREATE INDEX event_actors_actor ON event_actors (actor, date_earliest)",
            "CREATE INDEX event_actors_block ON event_actors (block)",
            "CREATE TABLE block_actors (block TEXT NOT NULL, actor TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL, country TEXT, body TEXT NOT NULL, PRIMARY KEY (actor, block))",
            "CREATE INDEX block_actors_block ON block_actors (block)",
            "CREATE INDEX block_actors_name ON block_actors (name_key)",
            "CREATE TABLE actor_names (actor TEXT NOT NULL, name_key TEXT NOT NULL, block TEXT NOT NULL, PRIMARY KEY (name_key, actor, block))",
            "CREATE INDEX actor_names_block ON actor_names (block)",
        ]
        switch dialect {
        case .sqlite:
            statements += [
                "CREATE VIRTUAL TABLE documents_fts USING fts5(text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
                "CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN INSERT INTO documents_fts(rowid, text) VALUES (new.rowid, new.text); END",
                "CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.rowid, old.text); END",
                "CREATE TRIGGER documents_fts_update AFTER UPDATE OF text ON documents BEGIN INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.rowid, old.text); INSERT INTO documents_fts(rowid, text) VALUES (new.rowid, new.text); END",
            ]
        case .postgres:
            statements += [
                "ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('russian', text)) STORED",
                "CREATE INDEX documents_tsv ON documents USING GIN (tsv)",
            ]
        }
        return statements
    }

    private static func version2(_ dialect: SQLDialect) -> [String] {
        [
            "ALTER TABLE events ADD COLUMN summary TEXT",
            "ALTER TABLE events ADD COLUMN detail TEXT",
            // One index per sort of the event list (EventSort), so that a page is an index walk, not a sort.
            "CREATE INDEX events_by_date_desc ON events (date_earliest DESC, id)",
            "CREATE INDEX events_by_date ON events (date_earliest, id)",
            "CREATE INDEX events_by_sources ON events (num_sources DESC, id)",
            "CREATE INDEX events_by_first_seen ON events (first_seen DESC, id)",
            "INSERT INTO dirty_blocks (block, stamp) SELECT DISTINCT block, 0 FROM events WHERE true ON CONFLICT (block) DO NOTHING",
        ]
    }

    private static func version3(_ dialect: SQLDialect) -> [String] {
        let big = dialect == .postgres ? "BIGINT" : "INTEGER"
        return [
            """
            CREATE TABLE person_names (
                document TEXT NOT NULL, period TEXT NOT NULL, surname TEXT NOT NULL, given TEXT NOT NULL,
                patronymic TEXT NOT NULL, country TEXT NOT NULL, name TEXT NOT NULL,
                PRIMARY KEY (document, period, surname, given, patronymic, country, name))
            """,
            "CREATE INDEX person_names_surname ON person_names (period, surname, given)",
            """
            CREATE TABLE period_names (
                period TEXT NOT NULL, surname TEXT NOT NULL, given TEXT NOT NULL, patronymic TEXT NOT NULL,
                country TEXT NOT NULL, name TEXT NOT NULL, documents \(big) NOT NULL,
                PRIMARY KEY (period, surname, given, patronymic, country, name))
            """,
            "CREATE TABLE letopis_pending (task TEXT PRIMARY KEY, position TEXT NOT NULL)",
            // Documents stored by an earlier version have no rows yet: filled when the store is next opened.
            "INSERT INTO letopis_pending (task, position) SELECT 'person_names', '' WHERE EXISTS (SELECT 1 FROM documents)",
        ]
    }

    static func newerSchemaError(database: String) -> LetopisError {
        LetopisError(.databaseSchema, subject: database,
                     message: "the database was written by a newer Letopis (schema newer than version \(current))",
                     remedy: "upgrade letopis, or ingest into another database with --db")
    }

    /// PostgreSQL's migrations: a `letopis_schema` table of applied versions, applied under an advisory
    /// lock so that ingest workers starting together migrate once.
    static func migratePostgres(_ backend: any SQLBackend, name: String) throws {
        try backend.write { session in
            try session.execute("SELECT pg_advisory_xact_lock(7216501)")
            try session.execute("CREATE TABLE IF NOT EXISTS letopis_schema (version BIGINT PRIMARY KEY)")
            let applied = Set(try session.query("SELECT version FROM letopis_schema", []).map { $0.int(0) })
            if let newest = applied.max(), newest > current { throw newerSchemaError(database: name) }
            for version in versions where !applied.contains(version) {
                for statement in statements(version: version, dialect: .postgres) { try session.execute(statement) }
                try session.execute("INSERT INTO letopis_schema (version) VALUES (?)", [.integer(version)])
            }
        }
    }
}
