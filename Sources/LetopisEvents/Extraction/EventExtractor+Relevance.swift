import LetopisCore
import LetopisEntities

/// Types whose private instances are not coded: violence between private people is crime news, not an
/// interaction of political actors (`../shared/event-annotation.md`, "What is coded").
private let typesNeedingPoliticalActor: Set<EventType> = ["ASSAULT"]
/// Types coded only when someone named or political takes part: a meeting or a visit of people the text names only
/// by description (`посещала женщина`, `31-летний мужчина приехал`, `туристы`) is private. A named person is not
/// taken for a private one: the document seldom gives the title of a leader everyone knows (`Путин встретился с
/// Эрдоганом`).
private let typesNeedingNamedParticipant: Set<EventType> = ["CONSULT"]
/// Kinds of meeting one named person suffices for: they are acts of office by their nature (a visit, a call, a summit).
private let namedAloneModes: Set<String> = ["visit", "phone", "multilateral"]

extension EventExtractor {
    /// Whether the event involves a political actor, by entity type, sector and the ontology (word classes
    /// `political-sector`, `private-sector`, `means-of-war` of `Lexicons/word-classes.tsv`). Only the types
    /// of `typesNeedingPoliticalActor` are asked, and those of `typesNeedingNamedParticipant` for someone named or
    /// political; every other type is relevant by its nature.
    ///
    /// Political: a state or a capital standing for one; an organisation outside the private sectors; a
    /// person with a title in a political sector (`депутат`, `полицейский`, `министр`); an unnamed force or
    /// institution (`полиция`, `боевики`); a person described by an office of a place (`мэр Калуги`). An
    /// attack by means of war (missiles, aircraft, artillery, explosives, drones) is political whoever is named.
    func isPoliticallyRelevant(_ c: EventCandidate) -> Bool {
        if typesNeedingNamedParticipant.contains(c.entry.type) {
            if c.participants.contains(where: isPoliticalActor) { return true }
            // Named people only, none political by what the text says of them: a visit, a call or a summit needs one
            // (`Трамп провёл телефонный разговор`); a meeting or a talk of no stated kind needs two
            // (`Путин встретился с Эрдоганом`), as one alone is an interview or a private meeting as often as not
            // (`Поговорили с Туттой Ларсен`, `футболист встретился с болельщиками`).
            let named = Set(c.participants.compactMap { p in actor(p.entity) != nil ? p.entity : nil })
            return c.entry.mode.map(namedAloneModes.contains) == true ? !named.isEmpty : named.count >= 2
        }
        guard typesNeedingPoliticalActor.contains(c.entry.type) else { return true }
        if let mode = c.entry.mode, isLemma(mode, .meansOfWar) { return true }
        if c.patterns.contains("role.descriptor-of-place") { return true }
        return c.participants.contains(where: isPoliticalActor)
    }

    /// A news organisation or a journalist (`сообщил Интерфаксу`, `рассказала Би-би-си`, `заявил СМИ`): words
    /// told to the press are the outlet's attribution, an interview, not a statement between actors.
    func isPress(_ p: EventParticipant) -> Bool {
        if let a = actor(p.entity), a.type == .organization, a.sector == "media" || tables.newsAgencies.contains(a.name) { return true }
        if let n = p.normal, tables.newsAgencies.contains(n) { return true }
        return document.tokens.indices(overlapping: p.range).contains { t in isWord(TokenIndex(t), .press) || isWord(TokenIndex(t), .mediaNoun) }
    }

    func isPoliticalActor(_ p: EventParticipant) -> Bool {
        if let a = actor(p.entity) {
            switch a.type {
            case .location: return true
            case .organization: return !(a.sector.map { isLemma($0, .privateSector) } ?? false)
            case .person:
                if ([a.sector] + a.roles.map(\.sector)).contains(where: { $0.map { isLemma($0, .politicalSector) } ?? false }) { return true }
            default: break
            }
        }
        if isCountry(p) { return true }
        // An unnamed force or institution: its phrase's head word is of the class (`Суд в Италии`, `полицейские`),
        // also when the tagger took the phrase for a name (`Спецназ США` tagged a person at the head of a sentence);
        // or someone named only by a title of a political sector (`президент`, `депутатов`, `мэр столицы`).
        return document.tokens.indices(overlapping: p.range).contains { t in
            let token = TokenIndex(t)
            if isWord(token, .collectiveActor) { return true }
            return JobTitleSectors.sector(ofLemma: lemma(token)).map { isLemma($0, .politicalSector) } ?? false
        }
    }
}
