/// A person, organisation or place as the whole corpus knows it: every document actor that is the same
/// one, under one id.
///
/// Ids are readable and deterministic: `PER:владимир путин`, `ORG:мид сирии`, `LOC:москва`, with a
/// `|XX` country suffix only when two actors of one name are told apart by country, so the same set of
/// documents always gives the same ids whatever order they came in.
public struct CorpusActor: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    /// `PER`, `ORG` or `LOC`.
    public var type: String
    /// Canonical name: the fullest name the documents give (`Владимир Путин`).
    public var name: String
    /// Every name the documents call it by, sorted (`Путин`, `В. Путин`, `Владимир Путин`).
    public var aliases: [String]
    public var country: String?
    public var sector: String?
    /// A person's name parts, from the fullest form.
    public var person: DocumentRecord.NameParts?
    /// Distinct titles (`президент`), sorted.
    public var roles: [String]
    /// Countries of those titles (`RU` for `президент России`), sorted.
    public var roleCountries: [String]
    public var geo: DocumentRecord.Geo?
    /// How many document actors it gathers, and in how many documents.
    public var documentActors: Int
    public var documents: Int

    public init(id: String, type: String, name: String, aliases: [String] = [], country: String? = nil,
                sector: String? = nil, person: DocumentRecord.NameParts? = nil, roles: [String] = [],
                roleCountries: [String] = [], geo: DocumentRecord.Geo? = nil, documentActors: Int = 1, documents: Int = 1) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.country = country
        self.sector = sector
        self.person = person
        self.roles = roles
        self.roleCountries = roleCountries
        self.geo = geo
        self.documentActors = documentActors
        self.documents = documents
    }
}

/// A document actor's address: document id and the actor's index in it.
public struct DocumentActorRef: Codable, Sendable, Hashable, Comparable {
    public var document: String
    public var actor: Int

    public init(document: String, actor: Int) {
        self.document = document
        self.actor = actor
    }

    public static func < (a: DocumentActorRef, b: DocumentActorRef) -> Bool {
        (a.document, a.actor) < (b.document, b.actor)
    }
}

/// The corpus actors of a set of documents and which document actor is which.
public struct ActorResolution: Sendable {
    /// Corpus actors, sorted by id.
    public var actors: [CorpusActor]
    /// Corpus actor id of each document actor.
    public var assignment: [DocumentActorRef: String]
    /// Why each document actor joined its corpus actor (`same surname, first name Владимир = Владимир`).
    public var reasons: [DocumentActorRef: String]
    /// Ids of the actors that gather a name fitting several people, unresolved (`surname Иванов alone fits 2
    /// people: kept apart`): such an actor names no one in particular.
    public var unresolved: Set<String>

    public init(actors: [CorpusActor] = [], assignment: [DocumentActorRef: String] = [:], reasons: [DocumentActorRef: String] = [:],
                unresolved: Set<String> = []) {
        self.actors = actors
        self.assignment = assignment
        self.reasons = reasons
        self.unresolved = unresolved
    }

    /// The corpus actor id of actor `index` of document `document`.
    public func id(document: String, actor index: Int) -> String? {
        assignment[DocumentActorRef(document: document, actor: index)]
    }

    /// The corpus actor of an id. - Complexity: O(log n).
    public func actor(id: String) -> CorpusActor? {
        var lo = 0, hi = actors.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if actors[mid].id < id { lo = mid + 1 } else { hi = mid }
        }
        return lo < actors.count && actors[lo].id == id ? actors[lo] : nil
    }
}
