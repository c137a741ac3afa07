import LetopisCore

/// Small tables the event rules read: which types are symmetric, which statuses are one kind, how a
/// CAMEO root maps to GDELT's QuadClass, which organisation sectors speak for a state.
enum EventRules {
    /// Types where who is actor and who recipient says nothing about identity: `Путин встретился с аш-Шараа`
    /// and `аш-Шараа встретился с Путиным` are one meeting.
    static let symmetricTypes: Set<String> = ["CONSULT", "AGREE", "COOPERATE", "ENGAGE", "SIGN"]

    /// Types news reports mostly in the passive (`задержан`, `осужден`, `убит`): a lone participant's role
    /// there is the parse's guess, so one-sided reports are compared without roles.
    static let passiveTypes: Set<String> = ["COERCE", "SANCTION", "ASSAULT"]

    /// Statuses that are one kind of report: an announcement and a conjecture both speak of what has not
    /// happened; a denial is its own kind.
    static func statusClass(_ status: String) -> String {
        switch status {
        case "planned", "hypothetical": return "planned"
        case "negated": return "negated"
        default: return "occurred"
        }
    }

    /// Organisation sectors that act for their state, so that `МИД Сирии` is compatible with `Сирия`.
    static let stateSectors: Set<String> = ["government", "diplomatic", "military", "security", "legislative", "parliament"]

    /// Sectors of organisations that take part in too many events a day for a shared mention of them to
    /// identify one: state bodies, armies, newsrooms.
    static let unspecificSectors: Set<String> = stateSectors.union(["media"])

    /// GDELT QuadClass of a CAMEO code by its two-digit root.
    static func quadClass(cameo: String?) -> Int? {
        guard let c = cameo, c.count >= 2, let root = Int(c.prefix(2)) else { return nil }
        switch root {
        case 1...5: return 1
        case 6...8: return 2
        case 9...13: return 3
        case 14...20: return 4
        default: return nil
        }
    }

    /// A published-only date may stand for the day of publication or the day before: news of yesterday.
    static let publicationLag = 1

    /// Reports dated only by publication on two adjacent days are one happening when every such report of it
    /// was published within this many minutes of the others: a night event is posted in the evening and picked
    /// up in the morning, across UTC midnight. Longer apart, a daily routine (a drone shot down over one region
    /// every night) would join its next day's repetition.
    static let publicationSpanAcrossMidnight = 12 * 60

    /// How many days back a nominal recall (`ордер МУС на арест Нетаньяху`, a noun dated only by its publication)
    /// looks for the act it recalls. A week covers the train days' recalls (two to four days after the act) and
    /// stays within the news cycle of one act.
    static let recallLookBack = 7

    /// Types whose acts repeat within days against the same named participants (a strike on the same plant, the
    /// protest of each evening): there a noun dated by publication is as often a new act as a recall, so it never
    /// looks back.
    static let recallTypesExcluded: Set<String> = ["ASSAULT", "PROTEST"]

    /// Verbs that only carry an act named by their object (`ввёл санкции`, `нанесли удар`, `выдал ордер`): a noun
    /// trigger governed by one is the report of the act, not a recall of it. Folded (`ё` as `е`) dictionary forms.
    static let lightVerbs: Set<String> = [
        "ввести", "вводить", "наложить", "накладывать", "нанести", "наносить", "выдать", "выдавать", "провести",
        "проводить", "объявить", "объявлять", "совершить", "совершать", "предъявить", "предъявлять", "устроить",
        "устраивать", "осуществить", "осуществлять", "продлить", "продлевать", "расширить", "расширять", "вынести",
        "выносить", "подписать", "подписывать", "принять", "принимать", "начать", "начинать", "открыть", "открывать",
    ]

    /// Most people a document may name for them to stand in for the participants of a mention that has none
    /// (`EventClusterer.documentPeople`): a report of one arrest names the arrested and perhaps an accomplice or a
    /// victim; a post naming more is a digest of several acts.
    static let documentPeopleLimit = 3

    /// Types whose acts are done to a person and told in the passive with the person named apart (`задержан за
    /// взятку ... Кушнарёва взяли с поличным`, `приговорили ... Журавеля`): arrests, searches, sentences, listings.
    /// Not attacks: a report of explosions with no doer names whoever the post quotes, not whom the strike hit.
    static let documentPeopleTypes: Set<String> = ["COERCE", "SANCTION"]

    /// Most events of one day a report without identifying evidence is compared with, to find the one it fits alone
    /// (`EventClusterer.resolve`): bounds the work per report on a dense day, where one fit alone is rare anyway.
    static let dayEventsLimit = 200

    /// Types whose reports are compared by the weapons their sentences name (`WeaponNames`).
    static let weaponTypes: Set<String> = ["ASSAULT"]

    /// Whether two modes of one type are compatible: equal, or one absent and the other only a manner
    /// (`LetopisCore.MannerModes`, the table the extractor's merger reads too).
    static func modesCompatible(type: String, _ a: String?, _ b: String?) -> Bool {
        MannerModes.compatible(type: type, a, b)
    }
}

extension CorpusEvent {
    /// Types whose sides are all actors (a meeting, talks, an agreement: `Docs/events.md`, reciprocal acts):
    /// any two of such an event's actors are a dyad, as an actor and a recipient are for the other types.
    public static var reciprocalTypes: Set<String> { EventRules.symmetricTypes }
}
