import Testing
@testable import LetopisCorpus

/// The candidates a surname alone may be in a period, from the period's distinct full names and their counts.
@Suite("Period people")
struct PeriodPeopleTests {
    typealias Row = PeriodPeople.Row

    @Test("one person under several spellings and forms is one candidate, named by the fullest, most frequent form")
    func oneCandidate() {
        let candidates = PeriodPeople.candidates([
            Row(given: "Реджеп", patronymic: "", country: "TR", name: "Реджеп Эрдоган", documents: 9),
            Row(given: "Реджеп", patronymic: "Тайип", country: "TR", name: "Реджеп Тайип Эрдоган", documents: 2),
            Row(given: "Реджеп", patronymic: "", country: "", name: "Реджеп Эрдоган", documents: 1),
        ])
        #expect(candidates.count == 1)
        #expect(candidates.first?.name == "Реджеп Тайип Эрдоган")
        #expect(candidates.first?.documents == 12)
        #expect(candidates.first?.country == "TR")
    }

    @Test("two given names are two candidates; one report against three is a slip, for a country as for a person")
    func twoCandidatesAndTheCountryVote() {
        #expect(PeriodPeople.candidates([
            Row(given: "Алексей", patronymic: "", country: "RU", name: "Алексей Иванов", documents: 2),
            Row(given: "Сергей", patronymic: "", country: "RU", name: "Сергей Иванов", documents: 1),
        ]).map(\.first) == ["Алексей", "Сергей"])
        #expect(PeriodPeople.candidates([
            Row(given: "Владимир", patronymic: "", country: "RU", name: "Владимир Путин", documents: 3),
            Row(given: "Шольца", patronymic: "", country: "RU", name: "Шольца Путин", documents: 1),
        ]).map(\.first) == ["Владимир"])
        let trump = PeriodPeople.candidates([
            Row(given: "Дональд", patronymic: "", country: "US", name: "Дональд Трамп", documents: 40),
            Row(given: "Дональд", patronymic: "", country: "RU", name: "Дональд Трамп", documents: 1),
        ])
        #expect(trump.count == 1 && trump.first?.country == "US")
        // Two reports against three are two people of one name: no single candidate.
        let split = PeriodPeople.candidates([
            Row(given: "Дональд", patronymic: "", country: "US", name: "Дональд Трамп", documents: 3),
            Row(given: "Дональд", patronymic: "", country: "RU", name: "Дональд Трамп", documents: 2),
        ])
        #expect(split.count == 2)
    }

    @Test("a period reads a surname alone against its people; without a period the records are the period")
    func surnameAloneAgainstThePeriod() {
        let record = DocumentRecord(id: "d", textSHA256: "x", text: "Путин заявил.", published: "2025-10-20", extractorVersion: "t",
                                    actors: [DocumentRecord.Actor(index: 0, type: "PER", name: "Путин", country: "RU",
                                                                  person: .init(last: "Путин"))])
        let alone = CorpusResolver().resolveActors([record])
        #expect(alone.id(document: "d", actor: 0) == "PER:путин")
        let period = PeriodPeople(period: "2025-10", rows: ["путин": [
            Row(given: "Владимир", patronymic: "", country: "RU", name: "Владимир Путин", documents: 5)]])
        let resolved = CorpusResolver().resolveActors([record], period: period)
        #expect(resolved.id(document: "d", actor: 0) == "PER:владимир путин")
        #expect(resolved.reasons[DocumentActorRef(document: "d", actor: 0)]?.contains("2025-10 has one candidate") == true)
        let two = PeriodPeople(period: "2025-10", rows: ["путин": [
            Row(given: "Владимир", patronymic: "", country: "RU", name: "Владимир Путин", documents: 5),
            Row(given: "Сергей", patronymic: "", country: "RU", name: "Сергей Путин", documents: 2)]])
        let unresolved = CorpusResolver().resolveActors([record], period: two)
        let id = unresolved.id(document: "d", actor: 0)
        #expect(id != "PER:владимир путин" && id.map(unresolved.unresolved.contains) == true)
        // An initial reads the period too: `С.` fits only Сергей of the two.
        let initial = DocumentRecord(id: "e", textSHA256: "y", text: "С. Путин заявил.", published: "2025-10-20", extractorVersion: "t",
                                     actors: [DocumentRecord.Actor(index: 0, type: "PER", name: "С. Путин", country: "RU",
                                                                   person: .init(first: "С.", last: "Путин"))])
        #expect(CorpusResolver().resolveActors([initial], period: two).id(document: "e", actor: 0) == "PER:сергей путин")
        #expect(CorpusResolver().resolveActors([initial]).id(document: "e", actor: 0) == "PER:с. путин")
    }

    @Test("a document files its full names, surnames alone and initials under the months of its mentions")
    func personNames() {
        let mention = DocumentRecord.EventMention(
            id: "d-0", index: 0, type: "CONSULT", mode: nil, cameo: nil, status: "occurred", contexts: [], sentenceIndex: 0,
            sentence: .init(start: 0, end: 1, text: "x"), trigger: .init(start: 0, end: 1, text: "x"), participants: [], place: nil,
            time: .init(value: "2025-07", mod: "END", basis: "timex", earliest: "2025-07-21", latest: "2025-07-31"), source: nil, inLead: false)
        let record = DocumentRecord(id: "d", textSHA256: "x", text: "x", published: "2025-10-20", extractorVersion: "t", actors: [
            DocumentRecord.Actor(index: 0, type: "PER", name: "Йоав Галлант", person: .init(first: "Йоав", last: "Галлант")),
            DocumentRecord.Actor(index: 1, type: "PER", name: "Галланта", person: .init(last: "Галланта")),
            DocumentRecord.Actor(index: 2, type: "PER", name: "В. Путин", person: .init(first: "В.", last: "Путин")),
            DocumentRecord.Actor(index: 3, type: "ORG", name: "МИД"),
        ], events: [mention])
        let names = CorpusResolver().personNames(of: record)
        // Keys are spellings: double consonants single (`Галлант`, `Галант` one surname).
        #expect(names.map { "\($0.period) \($0.surname) \($0.given)" } == ["2025-07 галант ", "2025-07 галант Йоав", "2025-07 галанта ", "2025-07 путин "])
        #expect(names.filter(\.isFull).map(\.name) == ["Йоав Галлант"])
    }
}
