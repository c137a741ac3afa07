/// One person name a document gives, filed under a period: what the surname rule reads beyond one block.
///
/// The issue's rule is "a surname alone joins a full name only when the corpus has one candidate for it in
/// that period". A store resolves one block (a type × month) at a time, so the candidates must come from every
/// document of the month, not only the block's: a report with `Эрдоган` alone among strikes is resolved with
/// the calls and meetings of the same month that name `Реджеп Тайип Эрдоган` in full. The store keeps these
/// rows per document and their counts per period (`Docs/corpus.md`, "The period of the surname rule").
public struct PeriodName: Codable, Sendable, Hashable, Comparable {
    /// A block window (`YYYY-MM`, or `undated`): a document's names are filed under the windows of its mentions.
    public var period: String
    /// The surname key (``NameKey/spelling(_:)`` of the surname, particles aside), as actor resolution groups people.
    public var surname: String
    /// The given name as written; empty for a surname alone.
    public var given: String
    /// Empty when none.
    public var patronymic: String
    /// ISO code, empty when none.
    public var country: String
    /// The document actor's name (`Реджеп Тайип Эрдоган`).
    public var name: String

    public init(period: String, surname: String, given: String, patronymic: String, country: String, name: String) {
        self.period = period
        self.surname = surname
        self.given = given
        self.patronymic = patronymic
        self.country = country
        self.name = name
    }

    /// Whether the row names a person in full (given name and surname), rather than by a surname alone.
    public var isFull: Bool { !given.isEmpty }

    public static func < (a: PeriodName, b: PeriodName) -> Bool {
        (a.period, a.surname, a.given, a.patronymic, a.country, a.name) < (b.period, b.surname, b.given, b.patronymic, b.country, b.name)
    }
}

/// The people of one period named in full, by surname, with the number of documents naming each form: the
/// candidates a surname alone may be (``ActorResolver``).
public struct PeriodPeople: Sendable {
    /// One distinct full name of the period and how many documents give it.
    public struct Row: Sendable, Hashable {
        public var given: String
        public var patronymic: String
        public var country: String
        public var name: String
        public var documents: Int

        public init(given: String, patronymic: String, country: String, name: String, documents: Int) {
            self.given = given
            self.patronymic = patronymic
            self.country = country
            self.name = name
            self.documents = documents
        }
    }

    /// One person a surname alone may be: the period's clustering of its full names.
    public struct Candidate: Sendable, Hashable, Codable {
        public var first: String
        public var patronymic: String?
        public var country: String?
        /// The fullest, then most frequent, form of the period.
        public var name: String
        /// Documents of the period that name this person in full.
        public var documents: Int
    }

    /// `YYYY-MM` or `undated`.
    public let period: String
    private let candidatesBySurname: [String: [Candidate]]

    /// - Parameter rows: full names by surname key; rows with an empty given name are ignored.
    public init(period: String, rows: [String: [Row]]) {
        self.period = period
        var out: [String: [Candidate]] = [:]
        for (surname, list) in rows {
            let full = list.filter { !$0.given.isEmpty && $0.documents > 0 }
            if !full.isEmpty { out[surname] = Self.candidates(full) }
        }
        candidatesBySurname = out
    }

    /// The people a surname may be in this period, sorted by name.
    public func candidates(surname key: String) -> [Candidate] { candidatesBySurname[key] ?? [] }

    /// The people of a surname in a period, from its distinct full names: clustered by the rules that cluster
    /// the full names of one block (same given name up to spelling, no conflicting patronymic or country, a
    /// country of one report against three or more taken as unknown); a person one report names, against three or
    /// more naming another, is taken as a misreading and dropped. A name that fits several clusters
    /// names no one and is no candidate, as in a block. What a store compares before and after a write, to
    /// know whether the blocks with this surname alone must be resolved again.
    public static func candidates(_ rows: [Row]) -> [Candidate] {
        // Each row stands for its documents. Up to three copies are enough for the country vote (one report
        // against three); the names are weighed by their true counts.
        var items: [ActorResolver.Item] = []
        var weight: [DocumentActorRef: Int] = [:]
        for (i, row) in rows.sorted(by: { ($0.given, $0.patronymic, $0.country, $0.name) < ($1.given, $1.patronymic, $1.country, $1.name) }).enumerated() {
            let words = row.name.split(separator: " ")
            let person = DocumentRecord.NameParts(first: row.given, patronymic: row.patronymic.isEmpty ? nil : row.patronymic,
                                                  last: words.last.map(String.init) ?? row.name)
            let actor = DocumentRecord.Actor(index: 0, type: "PER", name: row.name, country: row.country.isEmpty ? nil : row.country,
                                             person: person)
            let copies = min(max(row.documents, 1), 3)
            for copy in 0..<copies {
                let ref = DocumentActorRef(document: "#\(i).\(copy)", actor: 0)
                items.append(ActorResolver.Item(ref: ref, actor: actor))
                weight[ref] = copy == 0 ? max(row.documents, 1) - (copies - 1) : 1
            }
        }
        let resolver = ActorResolver(records: [])
        var out: [Candidate] = []
        for cluster in resolver.resolvePeople(items) where !cluster.ambiguous {
            guard let first = cluster.first, !NameKey.isInitial(first) else { continue }
            let documents = cluster.members.reduce(0) { $0 + (weight[$1.ref] ?? 1) }
            out.append(Candidate(first: first, patronymic: cluster.patronymic, country: cluster.country,
                                 name: resolver.canonicalName(cluster, type: "PER", weight: { weight[$0] ?? 1 }), documents: documents))
        }
        // A month of a stream holds misread names (`Кустурице Владимир Путин`, `Шольца Путин`) that a block
        // rarely does: a person named in full by one report, against three or more naming another of the surname,
        // is taken as a slip, as a country of one report is.
        let most = out.map(\.documents).max() ?? 0
        if most >= 3 { out.removeAll { $0.documents == 1 } }
        return out.sorted { ($0.name, $0.country ?? "", $0.patronymic ?? "") < ($1.name, $1.country ?? "", $1.patronymic ?? "") }
    }
}

extension CorpusResolver {
    /// The person names a document files under each window of its mentions: its people named in full, and the
    /// names that read the period, surnames alone and initials (`В. Путин`), with an empty given name (under their
    /// key and, for a genitive form, its nominative's, which is where resolution looks them up). Sorted, without
    /// repeats.
    public func personNames(of record: DocumentRecord) -> [PeriodName] {
        let periods = Set(record.events.map { block(of: $0, in: record).window })
        guard !periods.isEmpty else { return [] }
        let resolver = ActorResolver(records: [])
        var rows = Set<PeriodName>()
        for actor in record.actors where actor.type == "PER" {
            let parts = resolver.parts(actor)
            let key = resolver.surnameKey(actor)
            for period in periods {
                if let first = parts.first, !NameKey.isInitial(first) {
                    rows.insert(PeriodName(period: period, surname: key, given: first, patronymic: parts.patronymic ?? "",
                                           country: actor.country ?? "", name: actor.name))
                } else {
                    for k in [key] + NameKey.undeclinedBases(key) {
                        rows.insert(PeriodName(period: period, surname: k, given: "", patronymic: "", country: "", name: actor.name))
                    }
                }
            }
        }
        return rows.sorted()
    }

    /// The surname keys whose period candidates resolving these records reads: those of people named by a
    /// surname alone or with an initial, and their nominatives.
    public func periodSurnames(_ records: [DocumentRecord]) -> Set<String> {
        let resolver = ActorResolver(records: [])
        var keys = Set<String>()
        for record in records {
            for actor in record.actors where actor.type == "PER" && (resolver.parts(actor).first.map(NameKey.isInitial) ?? true) {
                let key = resolver.surnameKey(actor)
                keys.insert(key)
                keys.formUnion(NameKey.undeclinedBases(key))
            }
        }
        return keys
    }
}
