import Testing
@testable import LetopisEntities
import LetopisCore

@Suite("Occupation rules")
struct OccupationRuleTests {
    let stage = EntityResolutionStage()

    @Test("takes a title out of a person's span and makes it the occupation")
    func titleInsideName() throws {
        var doc = entityFixture("titleInsideName/doc")
        try stage.process(&doc)
        #expect(doc.mentions.map { doc.text(of: $0.range) } == ["Акихито"])
        #expect(factsByWho(doc)["Акихито"]?.job == "Император")
    }

    @Test("splits a person mention at a comma and any mention at a line break")
    func peopleAtCommas() throws {
        var doc = entityFixture("peopleAtCommas/doc")
        try stage.process(&doc)
        #expect(doc.mentions.map { doc.text(of: $0.range) } == ["Овечкин", "Фёдоров"])
        #expect(doc.actors.count == 2)

        var headline = entityFixture("peopleAtCommas/headline")
        try stage.process(&headline)
        #expect(headline.mentions.map { headline.text(of: $0.range) } == ["Игорь Малашенко", "Останкинская"])
    }

    @Test("drops an inanimate genitive before the name out of a person's span")
    func placeBeforeName() throws {
        var doc = entityFixture("placeBeforeName/doc")
        try stage.process(&doc)
        #expect(doc.mentions.map { doc.text(of: $0.range) } == ["Сами аль-Хадж"])
    }

    @Test("gives a plural title to each name of the list after it")
    func titleOverList() throws {
        var doc = entityFixture("titleOverList/doc")
        try stage.process(&doc)
        let facts = factsByWho(doc)
        #expect(facts.count == 3)
        #expect(facts.values.allSatisfy { $0.job == "музыканты" })

        var writers = entityFixture("titleOverList/writers")
        try stage.process(&writers)
        #expect(Set(factsByWho(writers).keys) == ["Павел Басинский", "Михаил Тарковский"])
    }

    @Test("a plural title is not the holder's of a name after a bare comma or of a genitive name right after it")
    func pluralTitleNotAList() throws {
        var prosecutors = entityFixture("pluralTitleNotAList/prosecutors")
        try stage.process(&prosecutors)
        #expect(factsByWho(prosecutors)["Анна Петрова"] == nil)

        var lawyers = entityFixture("pluralTitleNotAList/lawyers")
        try stage.process(&lawyers)
        #expect(factsByWho(lawyers)["Ивана Петрова"] == nil)
    }

    @Test("a title after an apposition with a genitive name is the first name's")
    func titleAfterComplementName() throws {
        var doc = entityFixture("titleAfterComplementName/doc")
        try stage.process(&doc)
        #expect(factsByWho(doc)["Иван Петров"]?.job == "премьер Китая" || factsByWho(doc)["Иван Петров"]?.job == "премьер")
        #expect(factsByWho(doc)["Петра Сидорова"] == nil)
    }

    @Test("a founder or a champion is no occupation, as neither corpus counts one")
    func founderAndChampionAreNoTitles() throws {
        var doc = entityFixture("founderAndChampionAreNoTitles/doc")
        try stage.process(&doc)
        #expect(doc.facts.isEmpty)
    }

    @Test("gives a title between two names to the name it stands before")
    func appositionBeforeNextName() throws {
        var doc = entityFixture("appositionBeforeNextName/doc")
        try stage.process(&doc)
        #expect(factsByWho(doc)["Лукасом Скаглией"]?.job == "футболистом")
        #expect(factsByWho(doc)["Месси"] == nil)
    }

    @Test("a bare title stands for the person just named, if the gender fits")
    func anaphoricTitle() throws {
        var doc = entityFixture("anaphoricTitle/doc")
        try stage.process(&doc)
        #expect(factsByWho(doc)["Мадонна"]?.job == "Певица")

        var man = entityFixture("anaphoricTitle/man")
        try stage.process(&man)
        #expect(man.facts.isEmpty)
    }

    @Test("a bare title passes over a relative named by kinship")
    func anaphoraSkipsRelatives() throws {
        var doc = entityFixture("anaphoraSkipsRelatives/doc")
        try stage.process(&doc)
        #expect(factsByWho(doc)["Кит Флинт"]?.job == "Певец")
        #expect(factsByWho(doc)["Лиам"] == nil)
    }

    @Test("a title in apposition agrees with the name in case")
    func caseAgreement() throws {
        var doc = entityFixture("caseAgreement/doc")
        try stage.process(&doc)
        #expect(doc.facts.isEmpty)
    }

    @Test("a title governed by a kinship noun is not the name's after it, unless it agrees with the kinship noun")
    func kinshipComplement() throws {
        var daughter = entityFixture("kinshipComplement/daughter")
        try stage.process(&daughter)
        #expect(factsByWho(daughter)["Анна Петрова"] == nil)

        var wife = entityFixture("kinshipComplement/wife")
        try stage.process(&wife)
        #expect(factsByWho(wife)["Анна Петрова"]?.job == "певица")

        var grandson = entityFixture("kinshipComplement/grandson")
        try stage.process(&grandson)
        #expect(factsByWho(grandson)["Карл Петров"]?.job == "эрцгерцог")
    }

    @Test("an active appointment gives the title to its object, not its subject")
    func appointment() throws {
        var doc = entityFixture("appointment/doc")
        try stage.process(&doc)
        #expect(factsByWho(doc)["Ивана Петрова"]?.job == "послом")
        #expect(factsByWho(doc)["Путин"] == nil)
    }

    @Test("steps over a bracketed abbreviation between a title and the name")
    func bracketedAside() throws {
        var doc = entityFixture("bracketedAside/doc")
        try stage.process(&doc)
        #expect(factsByWho(doc)["Кира Ярмыш"]?.job == "пресс-секретарь")
    }

    @Test("steps over a quoted organisation between a title and the name")
    func quotedPlace() throws {
        var doc = entityFixture("quotedPlace/doc")
        try stage.process(&doc)
        let varichev = try #require(factsByWho(doc)["Андрей Варичев"])
        #expect(varichev.job == "Глава")
        #expect(varichev.place == "Металлоинвеста")
    }

    @Test("places: a country adjective before the title, a body-kind complement, the document's country")
    func places() throws {
        var doc = entityFixture("places/doc")
        try stage.process(&doc)
        #expect(factsByWho(doc)["Гордон Браун"]?.place == "Британский")

        var party = entityFixture("places/party")
        try stage.process(&party)
        #expect(factsByWho(party)["Сергея Митрохина"]?.place == "партии")

        var state = entityFixture("places/state")
        try stage.process(&state)
        #expect(factsByWho(state)["Михаил Фрадков"]?.place == "Россия")
    }

    @Test("a body complement is the named body the text gives; a state complement is a country; a по-complement is no place")
    func namedBodies() throws {
        var party = entityFixture("namedBodies/party")
        try stage.process(&party)
        #expect(factsByWho(party)["Сергея Митрохина"]?.place == "Яблоко")

        // `сборной США` is the team of a country, not the country: the complement stays as written.
        var team = entityFixture("namedBodies/team")
        try stage.process(&team)
        #expect(factsByWho(team)["Йоахим Лёв"]?.place == "сборной")

        var state = entityFixture("namedBodies/state")
        try stage.process(&state)
        #expect(factsByWho(state)["Михаила Саакашвили"]?.place == "Грузия")

        var topic = entityFixture("namedBodies/topic")
        try stage.process(&topic)
        #expect(factsByWho(topic)["Дан Меридор"]?.job == "министр по делам разведки")
        #expect(factsByWho(topic)["Дан Меридор"]?.place == "Израиль")
    }

    @Test("a post sought, a title inside an organisation's name and a title someone owns are nobody's occupation")
    func notHeld() throws {
        var sought = entityFixture("notHeld/sought")
        try stage.process(&sought)
        #expect(sought.facts.isEmpty)

        var council = entityFixture("notHeld/council")
        try stage.process(&council)
        #expect(council.facts.isEmpty)

        var owned = entityFixture("notHeld/owned")
        try stage.process(&owned)
        #expect(owned.facts.isEmpty)
        // Without the owner the same title stands for the person just named.
        var bare = entityFixture("notHeld/bare")
        try stage.process(&bare)
        #expect(factsByWho(bare)["Кэтрин Джексон"]?.job == "доктор")
    }

    @Test("a dash after a title reaches over an apposition to the name; a qualifier of time may stand between coordinated titles")
    func dashesAndQualifiers() throws {
        var concert = entityFixture("dashesAndQualifiers/concert")
        try stage.process(&concert)
        let facts = factsByWho(concert)
        #expect(facts["Даниил Трифонов"]?.job == "пианист")
        #expect(facts["Валерий Гергиев"]?.job == "дирижёр")

        var premier = entityFixture("dashesAndQualifiers/premier")
        try stage.process(&premier)
        #expect(Set(premier.facts.map { premier.text(of: $0.job.range) }) == ["премьер", "председатель парламента"])
        #expect(premier.facts.allSatisfy { premier.text(of: $0.who.range) == "Ли Пэн" })
    }

    @Test("a name visibly in the genitive after a title in another case takes only the genitive title inside it")
    func genitiveNameAfterTitle() throws {
        var doc = entityFixture("genitiveNameAfterTitle/doc")
        try stage.process(&doc)
        #expect(factsByWho(doc)["Билла Клинтона"]?.job == "экс-президента")
        #expect(doc.facts.count == 1)
    }

    @Test("a clause opening with как or будучи and a title gives the title to the name after the comma")
    func introducedTitle() throws {
        var doc = entityFixture("introducedTitle/doc")
        try stage.process(&doc)
        #expect(factsByWho(doc)["Юрий Визбор"]?.job == "автор-исполнитель")

        // Not from inside the sentence: `Он выступил как адвокат, Иванов молчал` names nobody's title.
        var inside = entityFixture("introducedTitle/inside")
        try stage.process(&inside)
        #expect(inside.facts.isEmpty)
    }

    @Test("an actor's roles are its distinct titles and places, each listing the facts that state it")
    func roles() throws {
        var doc = entityFixture("roles/doc")
        try stage.process(&doc)
        #expect(doc.facts.count == 3, "one fact a mention")
        let actor = try #require(doc.actors.first { $0.type == .person })
        #expect(actor.roles.map(\.title) == ["президент", "тренер"])
        #expect(actor.roles.first?.facts.count == 2, "the president's two statements are one role")
        #expect(actor.roles.first?.country == "US")
    }

    @Test("a second plural title coordinated with the first is each listed name's too")
    func coordinatedPluralTitles() throws {
        var doc = entityFixture("coordinatedPluralTitles/doc")
        try stage.process(&doc)
        let jobs = doc.facts.map { (doc.text(of: $0.who.range), doc.text(of: $0.job.range)) }
        #expect(jobs.count == 4)
        #expect(Set(jobs.map { $0.1 }) == ["писатели", "критики"])
        #expect(Set(jobs.map { $0.0 }) == ["Павел Басинский", "Михаил Тарковский"])
    }

    @Test("reads a post held (занимает должность) and a title whose holder follows a copula")
    func postsAndCopulas() throws {
        var doc = entityFixture("postsAndCopulas/doc")
        try stage.process(&doc)
        #expect(factsByWho(doc)["Вячеслав Тимченко"]?.job == "руководителя совета")

        var film = entityFixture("postsAndCopulas/film")
        try stage.process(&film)
        #expect(factsByWho(film)["Оксана Карас"]?.job == "Режиссёром картины")

        var appointed = entityFixture("postsAndCopulas/appointed")
        try stage.process(&appointed)
        #expect(factsByWho(appointed)["Сергей Кравцов"]?.place == "Рособрнадзора")

        var crew = entityFixture("postsAndCopulas/crew")
        try stage.process(&crew)
        #expect(Set(factsByWho(crew).keys) == ["Михаил Агранович", "Михаил Хасая"])
    }

    @Test("reads a title after adjectives in apposition after a name")
    func adjectivesBeforeTitleAfterName() throws {
        var doc = entityFixture("adjectivesBeforeTitleAfterName/doc")
        try stage.process(&doc)
        #expect(factsByWho(doc)["Элвиса Вейса"]?.job == "дизайнера")
    }

    @Test("reads hyphenated compounds of a title as that title")
    func compounds() {
        #expect(JobLexicon.compound("рок-музыкант")?.sector == .culture)
        #expect(JobLexicon.compound("врач-реаниматолог")?.sector == .health)
        #expect(JobLexicon.compound("экс-президент") == nil)  // in the lexicon itself
        #expect(JobLexicon.startsTitle("экс-президент"))
        #expect(JobLexicon.compound("аш-шибани") == nil)
        #expect(JobLexicon.compound("-") == nil)
        #expect(JobLexicon.compound("зампредседателя")?.sector == .government)
        #expect(JobLexicon.compound("замок") == nil)
        #expect(JobLexicon.compound("медиаменеджер")?.sector == JobLexicon.singleWord["менеджер"])
        #expect(JobLexicon.compound("госсоветник") != nil)
        #expect(JobLexicon.compound("автограф") == nil)  // `граф` is too short a title to find inside a word
        #expect(JobLexicon.compound("медиахолдинг") == nil)
        // Ranks and trades a mature lexicon has.
        for title in ["рядовой", "прапорщик", "диджей", "авиатор", "слесарь", "брокер", "игумен"] { #expect(JobLexicon.startsTitle(title), "\(title)") }
    }
}

@Suite("Person names")
struct PersonNameTests {
    let stage = EntityResolutionStage()

    @Test("names a person by the form most full mentions share")
    func majorityName() throws {
        var doc = entityFixture("majorityName/doc")
        try stage.process(&doc)
        #expect(doc.actors.count == 1)
        #expect(doc.actors.first?.name == "Реджеп Эрдоган")
    }

    @Test("a man's genitive that reads as a woman's name joins the man the text names")
    func masculineGenitive() throws {
        var doc = entityFixture("masculineGenitive/doc")
        try stage.process(&doc)
        #expect(doc.mentions[0].entity == doc.mentions[1].entity)
        #expect(doc.mentions[0].normal == "Веселин Топалов")
        // A woman's name with no man of that name in the text stays hers.
        #expect(doc.mentions[2].normal == "Ирина Петрова")
        #expect(doc.actors.filter { $0.type == .person }.map(\.name).sorted() == ["Веселин Топалов", "Ирина Петрова"])
    }

    @Test("completes a name with the patronymic the text gives")
    func patronymic() throws {
        var nominative = entityFixture("patronymic/nominative")
        try stage.process(&nominative)
        #expect(nominative.actors.filter { $0.type == .person }.count == 1)
        #expect(nominative.actors.first?.name == "Людмила Марковна Гурченко")
        #expect(CoreferenceResolver.isPatronymic("марковна"))
        #expect(!CoreferenceResolver.isPatronymic("иванов"))
    }

    @Test("joins a lone word that opens one person's name, and first names one letter apart")
    func looseJoins() throws {
        var doc = entityFixture("looseJoins/doc")
        try stage.process(&doc)
        #expect(doc.mentions[0].entity == doc.mentions[1].entity)
        #expect(CoreferenceResolver.differByLastLetter("раймон", "раймонд"))
        #expect(!CoreferenceResolver.differByLastLetter("ян", "яна"))
        #expect(!CoreferenceResolver.differByLastLetter("иван", "игорь"))
    }
}
