import ArgumentParser
import LetopisCore
import LetopisStore

/// `--db URL`, shared by every database command: `sqlite:PATH`, a plain path, or
/// `postgres://USER:PASSWORD@HOST:PORT/DB`; default `$LETOPIS_DB`, else `events.sqlite` next to the models.
struct DatabaseOption: ParsableArguments {
    @Option(help: "Database: a path, sqlite:PATH or postgres://USER:PASSWORD@HOST:PORT/DB (default: $LETOPIS_DB, else ~/.local/share/letopis/events.sqlite).")
    var db: String?

    func open() throws -> EventStore {
        try EventStore.open(StoreLocation.resolve(option: db))
    }
}

/// Shared filters of `events` and `export`.
struct EventFilterOptions: ParsableArguments {
    @Option(help: "Actor id or name (canonical name or any alias).")
    var actor: String?
    @Option(help: "PLOVER event type, e.g. CONSULT.")
    var type: String?
    @Option(help: "ISO country code of an actor, recipient or the place.")
    var country: String?
    @Option(help: "Place name (part of it) or GeoNames id.")
    var place: String?
    @Option(help: "First day (YYYY-MM-DD).")
    var from: String?
    @Option(help: "Last day (YYYY-MM-DD).")
    var to: String?
    @Option(help: "occurred, planned, negated or hypothetical.")
    var status: String?
    @Option(help: "Only events reported by at least this many distinct sources.")
    var minSources: Int?
    @Option(help: "Words the reporting documents contain (full-text).")
    var text: String?
    @Option(help: "Order: date-desc (default), date, sources, first-seen.")
    var sort: String = EventSort.dateDescending.rawValue

    func filter(includeMentions: Bool, limit: Int) throws -> EventFilter {
        guard let order = EventSort(rawValue: sort) else {
            throw LetopisError(.badArgument, subject: "--sort \(sort)", message: "unknown order",
                               remedy: "use one of \(EventSort.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return EventFilter(actor: actor, type: type, country: country, place: place, from: from, to: to, status: status,
                           minSources: minSources, text: text, sort: order, limit: limit, includeMentions: includeMentions)
    }
}
