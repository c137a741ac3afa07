import LetopisCore

/// Names of one organisation that neither spelling nor an acronym links (`Силы обороны Украины`, `ВСУ`,
/// `украинская армия`), read from `Data/actor-aliases.tsv`: knowledge kept as data, not code.
///
/// A document actor whose type and normalised name are in the table joins the corpus actor of the table's
/// canonical name and takes the table's country and sector, which belong to the organisation by definition
/// (a report about Russia does not make `ВСУ` Russian).
///
/// ```swift
/// ActorAliases.shared.entry(type: "ORG", name: "Силы обороны Украины")?.canonical   // "Вооружённые силы Украины"
/// ```
public struct ActorAliases: Sendable {
    public struct Entry: Sendable, Equatable {
        public let canonical: String
        public let country: String?
        public let sector: String?
    }

    /// Entries by type and ``NameKey/normalise(_:)`` of the name.
    let entries: [String: Entry]

    public init(entries: [(type: String, name: String, entry: Entry)]) {
        var out: [String: Entry] = [:]
        for e in entries { out[Self.key(e.type, e.name)] = e.entry }
        self.entries = out
    }

    static func key(_ type: String, _ name: String) -> String { type + ":" + NameKey.normalise(name) }

    /// The entry of a name, if the table lists it.
    public func entry(type: String, name: String) -> Entry? { entries[Self.key(type, name)] }

    /// The table shipped with Letopis, read once; the failure when it is malformed.
    public static let loaded: Result<ActorAliases, LetopisError> = Result { () throws(LetopisError) in
        let table = try LexiconTable(file: "actor-aliases.tsv", bytes: PackageResources.actor_aliases_tsv,
                                     columns: [.choice("type", ["ORG", "LOC", "PER"]), .text("name"), .text("canonical"),
                                               .text("country", optional: true), .text("sector", optional: true)],
                                     key: ["type", "name"])
        return ActorAliases(entries: table.rows.map { row in
            (row["type"], row["name"], Entry(canonical: row["canonical"],
                                              country: row["country"].isEmpty ? nil : row["country"],
                                              sector: row["sector"].isEmpty ? nil : row["sector"]))
        })
    }

    /// Throws the ``LetopisError`` naming `file:line` when the shipped table is malformed (its test fails first).
    public static func check() throws(LetopisError) { _ = try loaded.get() }

    /// The shipped table; empty when it is malformed (``check()`` reports that before any document is read).
    public static var shared: ActorAliases { (try? loaded.get()) ?? ActorAliases(entries: []) }
}
