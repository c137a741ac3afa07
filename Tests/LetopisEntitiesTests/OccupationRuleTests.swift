import Testing
@testable import LetopisEntities
import LetopisCore

@Suite("Occupation rules")
struct OccupationRuleTests {
    let stage = EntityResolutionStage()

    @Test("takes a title out of a person's span and makes it the occupation")
    func titleInsideName() throws {
        var doc = fixture("Вчера Император Акихито выступил.", mentions: [("Император Акихито", .person)],
                          lemmas: ["Император": "император", "выступил": "выступить"])
        try stage.process(&doc)
        #expect(doc.mentions.map { doc.text(of: $0.range) } == ["Акихито"])
        #expect(factsByWho(doc)["Акихито"]?.job == "Император")
    }

    @Test("splits a person mention at a comma and any mention at a line break")
    func peopleAtCommas() throws {
        var doc = fixture("Забили Овечкин, Фёдоров.", mentions: [("Овечкин, Фёдоров", .person)])
        try stage.process(&doc)
        #expect(doc.mentions.map { doc.text(of: $0.range) } == ["Овечкин", "Фёдоров"])
        #expect(doc.actors.count == 2)

        var headline = fixture("Умер Игорь Малашенко\nОстанкинская башня видна.", mentions: [("Игорь Малашенко\nОстанкинская", .person)])
        try stage.process(&headline)
        #expect(headline.mentions.map { headline.text(of: $0.range) } == ["Игорь Малашенко", "Останкинская"])
    }

    @Test("drops an inanimate genitive before the name out of a person's span")
    func placeBeforeName() throws {
        var doc = fixture("Задержан оператор Аль-Джазиры Сами аль-Хадж.", mentions: [("Аль-Джазиры Сами аль-Хадж", .person)],
                          lemmas: ["оператор": "оператор"])
        tag(&doc, "Аль-Джазиры", "PROPN", [("Animacy", "Inan"), ("Case", "Gen")])
        tag(&doc, "Сами", "PROPN", [("Animacy", "Anim"), ("Case", "Nom")])
        try stage.process(&doc)
        #expect(doc.mentions.map { doc.text(of: $0.range) } == ["Сами аль-Хадж"])
    }

    @Test("gives a plural title to each name of the list after it")
    func titleOverList() throws {
        var doc = fixture("Выступили музыканты Юрий Царёв (проект «Метро»), Алексей Борисов и Павел Шевелёв.",
                          mentions: [("Юрий Царёв", .person), ("Алексей Борисов", .person), ("Павел Шевелёв", .person)],
                          lemmas: ["музыканты": "музыкант", "Выступили": "выступить"])
        tag(&doc, "музыканты", "NOUN", [("Case", "Nom"), ("Number", "Plur")])
        tag(&doc, "Выступили", "VERB", [])
        try stage.process(&doc)
        let facts = factsByWho(doc)
        #expect(facts.count == 3)
        #expect(facts.values.allSatisfy { $0.job == "музыканты" })

        var writers = fixture("Прилетели писатели, среди которых — Павел Басинский из Москвы и Михаил Тарковский.",
                              mentions: [("Павел Басинский", .person), ("Москвы", .location), ("Михаил Тарковский", .person)],
                              lemmas: ["писатели": "писатель", "среди": "среди", "которых": "который", "Прилетели": "прилететь", "из": "из"])
        tag(&writers, "писатели", "NOUN", [("Case", "Nom"), ("Number", "Plur")])
        tag(&writers, "Прилетели", "VERB", [])
        try stage.process(&writers)
        #expect(Set(factsByWho(writers).keys) == ["Павел Басинский", "Михаил Тарковский"])
    }

    @Test("a plural title is not the holder's of a name after a bare comma or of a genitive name right after it")
    func pluralTitleNotAList() throws {
        var prosecutors = fixture("По словам прокуроров, Анна Петрова оказалась там.", mentions: [("Анна Петрова", .person)],
                                  lemmas: ["прокуроров": "прокурор", "оказалась": "оказаться", "По": "по", "словам": "слово"])
        tag(&prosecutors, "прокуроров", "NOUN", [("Case", "Gen"), ("Number", "Plur")])
        tag(&prosecutors, "оказалась", "VERB", [])
        try stage.process(&prosecutors)
        #expect(factsByWho(prosecutors)["Анна Петрова"] == nil)

        var lawyers = fixture("Адвокаты Ивана Петрова не спорят.", mentions: [("Ивана Петрова", .person)],
                              lemmas: ["Адвокаты": "адвокат", "спорят": "спорить"])
        tag(&lawyers, "Адвокаты", "NOUN", [("Case", "Nom"), ("Number", "Plur")])
        tag(&lawyers, "Ивана", "PROPN", [("Case", "Gen")])
        tag(&lawyers, "Петрова", "PROPN", [("Case", "Gen")])
        tag(&lawyers, "спорят", "VERB", [])
        try stage.process(&lawyers)
        #expect(factsByWho(lawyers)["Ивана Петрова"] == nil)
    }

    @Test("a title after an apposition with a genitive name is the first name's")
    func titleAfterComplementName() throws {
        var doc = fixture("Умер Иван Петров, соратник Петра Сидорова, премьер Китая.",
                          mentions: [("Иван Петров", .person), ("Петра Сидорова", .person), ("Китая", .location)],
                          lemmas: ["Умер": "умереть", "соратник": "соратник", "премьер": "премьер"])
        tag(&doc, "Умер", "VERB", [])
        for word in ["Иван", "Петров", "соратник", "премьер"] { tag(&doc, word, word == "Иван" || word == "Петров" ? "PROPN" : "NOUN", [("Case", "Nom")]) }
        tag(&doc, "Петра", "PROPN", [("Case", "Gen")])
        tag(&doc, "Сидорова", "PROPN", [("Case", "Gen")])
        tag(&doc, "Китая", "PROPN", [("Case", "Gen")])
        try stage.process(&doc)
        #expect(factsByWho(doc)["Иван Петров"]?.job == "премьер Китая" || factsByWho(doc)["Иван Петров"]?.job == "премьер")
        #expect(factsByWho(doc)["Петра Сидорова"] == nil)
    }

    @Test("a founder or a champion is no occupation, as neither corpus counts one")
    func founderAndChampionAreNoTitles() throws {
        var doc = fixture("Выступил основатель группы Иван Петров, а чемпион мира Пётр Сидоров молчал.",
                          mentions: [("Иван Петров", .person), ("Пётр Сидоров", .person)],
                          lemmas: ["Выступил": "выступить", "основатель": "основатель", "группы": "группа", "чемпион": "чемпион",
                                   "молчал": "молчать"])
        tag(&doc, "Выступил", "VERB", [])
        tag(&doc, "молчал", "VERB", [])
        try stage.process(&doc)
        #expect(doc.facts.isEmpty)
    }

    @Test("gives a title between two names to the name it stands before")
    func appositionBeforeNextName() throws {
        var doc = fixture("Жена дружит с Месси, футболистом Лукасом Скаглией.",
                          mentions: [("Месси", .person), ("Лукасом Скаглией", .person)],
                          lemmas: ["футболистом": "футболист"])
        try stage.process(&doc)
        #expect(factsByWho(doc)["Лукасом Скаглией"]?.job == "футболистом")
        #expect(factsByWho(doc)["Месси"] == nil)
    }

    @Test("a bare title stands for the person just named, if the gender fits")
    func anaphoricTitle() throws {
        var doc = fixture("Мадонна сообщила о болезни. Певица находится дома.", mentions: [("Мадонна", .person)],
                          lemmas: ["Певица": "певица", "сообщила": "сообщить", "находится": "находиться"])
        tag(&doc, "Мадонна", "PROPN", [("Case", "Nom"), ("Gender", "Fem")])
        tag(&doc, "Певица", "NOUN", [("Case", "Nom"), ("Gender", "Fem"), ("Number", "Sing")])
        tag(&doc, "сообщила", "VERB", [])
        tag(&doc, "находится", "VERB", [])
        try stage.process(&doc)
        #expect(factsByWho(doc)["Мадонна"]?.job == "Певица")

        var man = fixture("Сергей Сенин сообщил о болезни. Певица находится дома.", mentions: [("Сергей Сенин", .person)],
                          lemmas: ["Певица": "певица", "сообщил": "сообщить", "находится": "находиться"])
        tag(&man, "Сергей", "PROPN", [("Case", "Nom"), ("Gender", "Masc")])
        tag(&man, "Певица", "NOUN", [("Case", "Nom"), ("Gender", "Fem"), ("Number", "Sing")])
        tag(&man, "сообщил", "VERB", [])
        tag(&man, "находится", "VERB", [])
        try stage.process(&man)
        #expect(man.facts.isEmpty)
    }

    @Test("a bare title passes over a relative named by kinship")
    func anaphoraSkipsRelatives() throws {
        var doc = fixture("Кит Флинт погиб, написал его брат Лиам. Певец умер в субботу.",
                          mentions: [("Кит Флинт", .person), ("Лиам", .person)],
                          lemmas: ["Певец": "певец", "брат": "брат", "погиб": "погибнуть", "написал": "написать", "умер": "умереть"])
        for verb in ["погиб", "написал", "умер"] { tag(&doc, verb, "VERB", []) }
        tag(&doc, "Певец", "NOUN", [("Case", "Nom"), ("Number", "Sing")])
        try stage.process(&doc)
        #expect(factsByWho(doc)["Кит Флинт"]?.job == "Певец")
        #expect(factsByWho(doc)["Лиам"] == nil)
    }

    @Test("a title in apposition agrees with the name in case")
    func caseAgreement() throws {
        var doc = fixture("Это подтвердил муж актрисы Сергей Сенин.", mentions: [("Сергей Сенин", .person)],
                          lemmas: ["актрисы": "актриса", "подтвердил": "подтвердить"])
        tag(&doc, "актрисы", "NOUN", [("Case", "Gen")])
        tag(&doc, "Сергей", "PROPN", [("Case", "Nom")])
        tag(&doc, "подтвердил", "VERB", [])
        try stage.process(&doc)
        #expect(doc.facts.isEmpty)
    }

    @Test("a title governed by a kinship noun is not the name's after it, unless it agrees with the kinship noun")
    func kinshipComplement() throws {
        var daughter = fixture("Пришла дочь действующего президента Анна Петрова.", mentions: [("Анна Петрова", .person)],
                               lemmas: ["президента": "президент", "Пришла": "прийти", "действующего": "действовать"])
        tag(&daughter, "Пришла", "VERB", [])
        tag(&daughter, "дочь", "NOUN", [("Case", "Nom")])
        tag(&daughter, "действующего", "VERB", [("Case", "Gen"), ("VerbForm", "Part")])
        tag(&daughter, "президента", "NOUN", [("Case", "Gen")])
        // The tagger's case for a first name is not trusted over the surname's.
        tag(&daughter, "Анна", "PROPN", [("Case", "Gen")])
        tag(&daughter, "Петрова", "PROPN", [("Case", "Nom")])
        try stage.process(&daughter)
        #expect(factsByWho(daughter)["Анна Петрова"] == nil)

        var wife = fixture("Родила его супруга певица Анна Петрова.", mentions: [("Анна Петрова", .person)],
                           lemmas: ["супруга": "супруга", "певица": "певица", "Родила": "родить"])
        tag(&wife, "Родила", "VERB", [])
        tag(&wife, "супруга", "NOUN", [("Case", "Nom")])
        tag(&wife, "певица", "NOUN", [("Case", "Nom")])
        tag(&wife, "Анна", "PROPN", [("Case", "Nom")])
        tag(&wife, "Петрова", "PROPN", [("Case", "Nom")])
        try stage.process(&wife)
        #expect(factsByWho(wife)["Анна Петрова"]?.job == "певица")

        var grandson = fixture("Приехал внук императора, эрцгерцог Карл Петров.", mentions: [("Карл Петров", .person)],
                               lemmas: ["императора": "император", "эрцгерцог": "эрцгерцог", "Приехал": "приехать"])
        tag(&grandson, "Приехал", "VERB", [])
        tag(&grandson, "внук", "NOUN", [("Case", "Nom")])
        tag(&grandson, "императора", "NOUN", [("Case", "Gen")])
        tag(&grandson, "эрцгерцог", "NOUN", [("Case", "Nom")])
        tag(&grandson, "Карл", "PROPN", [("Case", "Nom")])
        tag(&grandson, "Петров", "PROPN", [("Case", "Nom")])
        try stage.process(&grandson)
        #expect(factsByWho(grandson)["Карл Петров"]?.job == "эрцгерцог")
    }

    @Test("an active appointment gives the title to its object, not its subject")
    func appointment() throws {
        var doc = fixture("Путин назначил Ивана Петрова послом.", mentions: [("Путин", .person), ("Ивана Петрова", .person)],
                          lemmas: ["назначил": "назначить", "послом": "посол"])
        tag(&doc, "назначил", "VERB", [("VerbForm", "Fin")])
        tag(&doc, "Ивана", "PROPN", [("Case", "Acc")])
        tag(&doc, "послом", "NOUN", [("Case", "Ins")])
        try stage.process(&doc)
        #expect(factsByWho(doc)["Ивана Петрова"]?.job == "послом")
        #expect(factsByWho(doc)["Путин"] == nil)
    }

    @Test("steps over a bracketed abbreviation between a title and the name")
    func bracketedAside() throws {
        var doc = fixture("Об этом сообщила пресс-секретарь Фонда борьбы с коррупцией (ФБК) Кира Ярмыш.",
                          mentions: [("Фонда борьбы с коррупцией", .organization), ("ФБК", .organization), ("Кира Ярмыш", .person)],
                          lemmas: ["пресс-секретарь": "пресс-секретарь", "сообщила": "сообщить"])
        tag(&doc, "сообщила", "VERB", [])
        try stage.process(&doc)
        #expect(factsByWho(doc)["Кира Ярмыш"]?.job == "пресс-секретарь")
    }

    @Test("steps over a quoted organisation between a title and the name")
    func quotedPlace() throws {
        var doc = fixture("Глава «Металлоинвеста» Андрей Варичев умер.",
                          mentions: [("Металлоинвеста", .organization), ("Андрей Варичев", .person)],
                          lemmas: ["Глава": "глава", "умер": "умереть"])
        tag(&doc, "умер", "VERB", [])
        try stage.process(&doc)
        let varichev = try #require(factsByWho(doc)["Андрей Варичев"])
        #expect(varichev.job == "Глава")
        #expect(varichev.place == "Металлоинвеста")
    }

    @Test("places: a country adjective before the title, a body-kind complement, the document's country")
    func places() throws {
        var doc = fixture("Британский премьер Гордон Браун отказался.", mentions: [("Гордон Браун", .person)],
                          lemmas: ["Британский": "британский", "премьер": "премьер", "отказался": "отказаться"])
        tag(&doc, "отказался", "VERB", [])
        try stage.process(&doc)
        #expect(factsByWho(doc)["Гордон Браун"]?.place == "Британский")

        var party = fixture("Пришли яблочники, включая главу партии Сергея Митрохина.", mentions: [("Сергея Митрохина", .person)],
                            lemmas: ["главу": "глава", "партии": "партия", "Пришли": "прийти"])
        tag(&party, "партии", "NOUN", [("Case", "Gen")])
        try stage.process(&party)
        #expect(factsByWho(party)["Сергея Митрохина"]?.place == "партии")

        var state = fixture("Россия выплатит долг. Премьер-министр Михаил Фрадков заявил об этом.",
                            mentions: [("Россия", .location), ("Михаил Фрадков", .person)],
                            lemmas: ["Премьер-министр": "премьер-министр", "Россия": "россия", "выплатит": "выплатить"])
        tag(&state, "выплатит", "VERB", [])
        try stage.process(&state)
        #expect(factsByWho(state)["Михаил Фрадков"]?.place == "Россия")
    }

    @Test("a body complement is the named body the text gives; a state complement is a country; a по-complement is no place")
    func namedBodies() throws {
        var party = fixture("Съезд партии «Яблоко» открылся. Пришли яблочники, включая главу партии Сергея Митрохина.",
                            mentions: [("Яблоко", .organization), ("Сергея Митрохина", .person)],
                            lemmas: ["Съезд": "съезд", "главу": "глава", "партии": "партия", "Пришли": "прийти", "открылся": "открыться"])
        tag(&party, "партии", "NOUN", [("Case", "Gen")])
        tag(&party, "открылся", "VERB", [])
        try stage.process(&party)
        #expect(factsByWho(party)["Сергея Митрохина"]?.place == "Яблоко")

        // `сборной США` is the team of a country, not the country: the complement stays as written.
        var team = fixture("Сборной США не повезло. Тренер сборной Йоахим Лёв доволен.",
                           mentions: [("США", .location), ("Йоахим Лёв", .person)],
                           lemmas: ["Сборной": "сборная", "Тренер": "тренер", "сборной": "сборная", "повезло": "повезти"])
        tag(&team, "сборной", "NOUN", [("Case", "Gen")])
        tag(&team, "повезло", "VERB", [])
        try stage.process(&team)
        #expect(factsByWho(team)["Йоахим Лёв"]?.place == "сборной")

        var state = fixture("Грузия готовится к выборам. Слова главы государства Михаила Саакашвили прозвучали.",
                            mentions: [("Грузия", .location), ("Михаила Саакашвили", .person)],
                            lemmas: ["главы": "глава", "государства": "государство", "готовится": "готовиться", "прозвучали": "прозвучать"])
        tag(&state, "государства", "NOUN", [("Case", "Gen")])
        tag(&state, "готовится", "VERB", [])
        tag(&state, "прозвучали", "VERB", [])
        try stage.process(&state)
        #expect(factsByWho(state)["Михаила Саакашвили"]?.place == "Грузия")

        var topic = fixture("Израиль ждёт. На саммит поедет министр по делам разведки Дан Меридор.",
                            mentions: [("Израиль", .location), ("Дан Меридор", .person)],
                            lemmas: ["министр": "министр", "по": "по", "делам": "дело", "разведки": "разведка", "ждёт": "ждать", "поедет": "поехать"])
        tag(&topic, "делам", "NOUN", [("Case", "Dat")])
        tag(&topic, "разведки", "NOUN", [("Case", "Gen")])
        tag(&topic, "ждёт", "VERB", [])
        tag(&topic, "поедет", "VERB", [])
        try stage.process(&topic)
        #expect(factsByWho(topic)["Дан Меридор"]?.job == "министр по делам разведки")
        #expect(factsByWho(topic)["Дан Меридор"]?.place == "Израиль")
    }

    @Test("a post sought, a title inside an organisation's name and a title someone owns are nobody's occupation")
    func notHeld() throws {
        var sought = fixture("Приговор получил кандидат в президенты Андрей Санников.", mentions: [("Андрей Санников", .person)],
                             lemmas: ["кандидат": "кандидат", "в": "в", "президенты": "президент", "получил": "получить"])
        tag(&sought, "получил", "VERB", [])
        try stage.process(&sought)
        #expect(sought.facts.isEmpty)

        var council = fixture("На заседании Совета при Президенте РФ Дмитрий Медведев выступил.",
                              mentions: [("Совета при Президенте РФ", .organization), ("Дмитрий Медведев", .person)],
                              lemmas: ["Президенте": "президент", "выступил": "выступить", "Совета": "совет", "при": "при"])
        tag(&council, "выступил", "VERB", [])
        try stage.process(&council)
        #expect(council.facts.isEmpty)

        var owned = fixture("Кэтрин Джексон устала. По её словам, её доктор рекомендует отдых.", mentions: [("Кэтрин Джексон", .person)],
                            lemmas: ["доктор": "доктор", "её": "она", "рекомендует": "рекомендовать", "устала": "устать", "словам": "слово"])
        tag(&owned, "доктор", "NOUN", [("Case", "Nom"), ("Number", "Sing")])
        tag(&owned, "рекомендует", "VERB", [])
        tag(&owned, "устала", "VERB", [])
        try stage.process(&owned)
        #expect(owned.facts.isEmpty)
        // Without the owner the same title stands for the person just named.
        var bare = fixture("Кэтрин Джексон устала. По словам врачей, доктор рекомендует отдых.", mentions: [("Кэтрин Джексон", .person)],
                           lemmas: ["доктор": "доктор", "рекомендует": "рекомендовать", "устала": "устать", "словам": "слово", "врачей": "врач"])
        tag(&bare, "доктор", "NOUN", [("Case", "Nom"), ("Number", "Sing")])
        tag(&bare, "врачей", "NOUN", [("Case", "Gen"), ("Number", "Plur")])
        tag(&bare, "рекомендует", "VERB", [])
        tag(&bare, "устала", "VERB", [])
        try stage.process(&bare)
        #expect(factsByWho(bare)["Кэтрин Джексон"]?.job == "доктор")
    }

    @Test("a dash after a title reaches over an apposition to the name; a qualifier of time may stand between coordinated titles")
    func dashesAndQualifiers() throws {
        var concert = fixture("Выступят дирижёр Валерий Гергиев и пианист — лауреат премии Даниил Трифонов.",
                              mentions: [("Валерий Гергиев", .person), ("Даниил Трифонов", .person)],
                              lemmas: ["дирижёр": "дирижёр", "пианист": "пианист", "лауреат": "лауреат", "премии": "премия", "Выступят": "выступить", "и": "и"])
        tag(&concert, "Выступят", "VERB", [])
        tag(&concert, "премии", "NOUN", [("Case", "Gen")])
        try stage.process(&concert)
        let facts = factsByWho(concert)
        #expect(facts["Даниил Трифонов"]?.job == "пианист")
        #expect(facts["Валерий Гергиев"]?.job == "дирижёр")

        var premier = fixture("Умер Ли Пэн, премьер Госсовета Китая в 1988—1998 годах, председатель парламента в 1998—2003 годах.",
                              mentions: [("Ли Пэн", .person), ("Госсовета Китая", .organization)],
                              lemmas: ["премьер": "премьер", "председатель": "председатель", "парламента": "парламент", "в": "в", "годах": "год", "Умер": "умереть"])
        tag(&premier, "Умер", "VERB", [])
        tag(&premier, "парламента", "NOUN", [("Case", "Gen")])
        try stage.process(&premier)
        #expect(Set(premier.facts.map { premier.text(of: $0.job.range) }) == ["премьер", "председатель парламента"])
        #expect(premier.facts.allSatisfy { premier.text(of: $0.who.range) == "Ли Пэн" })
    }

    @Test("a name visibly in the genitive after a title in another case takes only the genitive title inside it")
    func genitiveNameAfterTitle() throws {
        var doc = fixture("Дом принадлежал пресс-секретарю экс-президента США Билла Клинтона.",
                          mentions: [("США", .location), ("Билла Клинтона", .person)],
                          lemmas: ["пресс-секретарю": "пресс-секретарь", "экс-президента": "экс-президент", "принадлежал": "принадлежать"])
        tag(&doc, "принадлежал", "VERB", [])
        tag(&doc, "пресс-секретарю", "NOUN", [("Case", "Dat")])
        tag(&doc, "экс-президента", "NOUN", [("Case", "Gen")])
        tag(&doc, "Билла", "PROPN", [("Case", "Gen")])
        tag(&doc, "Клинтона", "PROPN", [("Case", "Gen")])
        try stage.process(&doc)
        #expect(factsByWho(doc)["Билла Клинтона"]?.job == "экс-президента")
        #expect(doc.facts.count == 1)
    }

    @Test("a clause opening with как or будучи and a title gives the title to the name after the comma")
    func introducedTitle() throws {
        var doc = fixture("Как автор-исполнитель, Юрий Визбор подарил публике 250 песен.", mentions: [("Юрий Визбор", .person)],
                          lemmas: ["Как": "как", "автор-исполнитель": "автор-исполнитель", "подарил": "подарить", "публике": "публика"])
        tag(&doc, "подарил", "VERB", [])
        try stage.process(&doc)
        #expect(factsByWho(doc)["Юрий Визбор"]?.job == "автор-исполнитель")

        // Not from inside the sentence: `Он выступил как адвокат, Иванов молчал` names nobody's title.
        var inside = fixture("Он выступил как адвокат, Иван Иванов молчал.", mentions: [("Иван Иванов", .person)],
                             lemmas: ["как": "как", "адвокат": "адвокат", "выступил": "выступить", "молчал": "молчать"])
        tag(&inside, "выступил", "VERB", [])
        tag(&inside, "молчал", "VERB", [])
        try stage.process(&inside)
        #expect(inside.facts.isEmpty)
    }

    @Test("an actor's roles are its distinct titles and places, each listing the facts that state it")
    func roles() throws {
        var doc = fixture("США ждут. Президент США Барак Обама приехал. Переговоры провёл президент Барак Обама. Тренер Барак Обама ушёл.",
                          mentions: [("США", .location), ("США", .location), ("Барак Обама", .person),
                                     ("Барак Обама", .person), ("Барак Обама", .person)],
                          lemmas: ["Президент": "президент", "президент": "президент", "Тренер": "тренер", "приехал": "приехать",
                                   "провёл": "провести", "ушёл": "уйти", "ждут": "ждать"])
        for verb in ["приехал", "провёл", "ушёл", "ждут"] { tag(&doc, verb, "VERB", []) }
        try stage.process(&doc)
        #expect(doc.facts.count == 3, "one fact a mention")
        let actor = try #require(doc.actors.first { $0.type == .person })
        #expect(actor.roles.map(\.title) == ["президент", "тренер"])
        #expect(actor.roles.first?.facts.count == 2, "the president's two statements are one role")
        #expect(actor.roles.first?.country == "US")
    }

    @Test("a second plural title coordinated with the first is each listed name's too")
    func coordinatedPluralTitles() throws {
        var doc = fixture("Прилетели писатели и критики, среди которых — Павел Басинский и Михаил Тарковский.",
                          mentions: [("Павел Басинский", .person), ("Михаил Тарковский", .person)],
                          lemmas: ["писатели": "писатель", "критики": "критик", "среди": "среди", "которых": "который", "Прилетели": "прилететь"])
        tag(&doc, "писатели", "NOUN", [("Case", "Nom"), ("Number", "Plur")])
        tag(&doc, "критики", "NOUN", [("Case", "Nom"), ("Number", "Plur")])
        tag(&doc, "Прилетели", "VERB", [])
        try stage.process(&doc)
        let jobs = doc.facts.map { (doc.text(of: $0.who.range), doc.text(of: $0.job.range)) }
        #expect(jobs.count == 4)
        #expect(Set(jobs.map { $0.1 }) == ["писатели", "критики"])
        #expect(Set(jobs.map { $0.0 }) == ["Павел Басинский", "Михаил Тарковский"])
    }

    @Test("reads a post held (занимает должность) and a title whose holder follows a copula")
    func postsAndCopulas() throws {
        var doc = fixture("Вячеслав Тимченко занимает должность руководителя совета.", mentions: [("Вячеслав Тимченко", .person)],
                          lemmas: ["занимает": "занимать", "должность": "должность", "руководителя": "руководитель", "совета": "совет"])
        tag(&doc, "совета", "NOUN", [("Case", "Gen")])
        try stage.process(&doc)
        #expect(factsByWho(doc)["Вячеслав Тимченко"]?.job == "руководителя совета")

        var film = fixture("Фильм сняли в Москве. Режиссёром картины станет Оксана Карас.",
                           mentions: [("Москве", .location), ("Оксана Карас", .person)],
                           lemmas: ["Режиссёром": "режиссёр", "станет": "стать", "картины": "картина"])
        tag(&film, "Режиссёром", "NOUN", [("Case", "Ins")])
        tag(&film, "картины", "NOUN", [("Case", "Gen")])
        tag(&film, "станет", "VERB", [])
        try stage.process(&film)
        #expect(factsByWho(film)["Оксана Карас"]?.job == "Режиссёром картины")

        var appointed = fixture("Главой Рособрнадзора назначен Сергей Кравцов.", mentions: [("Рособрнадзора", .organization), ("Сергей Кравцов", .person)],
                                lemmas: ["Главой": "глава", "назначен": "назначить"])
        tag(&appointed, "Главой", "NOUN", [("Case", "Ins")])
        tag(&appointed, "назначен", "VERB", [("VerbForm", "Part")])
        try stage.process(&appointed)
        #expect(factsByWho(appointed)["Сергей Кравцов"]?.place == "Рособрнадзора")

        var crew = fixture("Операторами выступили Михаил Агранович и Михаил Хасая.",
                           mentions: [("Михаил Агранович", .person), ("Михаил Хасая", .person)],
                           lemmas: ["Операторами": "оператор", "выступили": "выступить"])
        tag(&crew, "Операторами", "NOUN", [("Case", "Ins"), ("Number", "Plur")])
        tag(&crew, "выступили", "VERB", [])
        try stage.process(&crew)
        #expect(Set(factsByWho(crew).keys) == ["Михаил Агранович", "Михаил Хасая"])
    }

    @Test("reads a title after adjectives in apposition after a name")
    func adjectivesBeforeTitleAfterName() throws {
        var doc = fixture("Работы Элвиса Вейса, брюссельского профессионального дизайнера, показали.",
                          mentions: [("Элвиса Вейса", .person)], lemmas: ["дизайнера": "дизайнер"])
        tag(&doc, "брюссельского", "ADJ", [("Case", "Gen")])
        tag(&doc, "профессионального", "ADJ", [("Case", "Gen")])
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
        var doc = fixture("Реджеп Тайип Эрдоган прибыл. Реджеп Эрдоган заявил. Реджеп Эрдоган уехал.",
                          mentions: [("Реджеп Тайип Эрдоган", .person), ("Реджеп Эрдоган", .person), ("Реджеп Эрдоган", .person)])
        try stage.process(&doc)
        #expect(doc.actors.count == 1)
        #expect(doc.actors.first?.name == "Реджеп Эрдоган")
    }

    @Test("a man's genitive that reads as a woman's name joins the man the text names")
    func masculineGenitive() throws {
        var doc = fixture("Партия Веселина Топалова. Веселин Топалов выиграл. Ирина Петрова пришла.",
                          mentions: [("Веселина Топалова", .person), ("Веселин Топалов", .person), ("Ирина Петрова", .person)])
        try stage.process(&doc)
        #expect(doc.mentions[0].entity == doc.mentions[1].entity)
        #expect(doc.mentions[0].normal == "Веселин Топалов")
        // A woman's name with no man of that name in the text stays hers.
        #expect(doc.mentions[2].normal == "Ирина Петрова")
        #expect(doc.actors.filter { $0.type == .person }.map(\.name).sorted() == ["Веселин Топалов", "Ирина Петрова"])
    }

    @Test("completes a name with the patronymic the text gives")
    func patronymic() throws {
        var nominative = fixture("Умерла Людмила Гурченко. Все любили, Людмила Марковна была добра.",
                                 mentions: [("Людмила Гурченко", .person), ("Людмила Марковна", .person)])
        try stage.process(&nominative)
        #expect(nominative.actors.filter { $0.type == .person }.count == 1)
        #expect(nominative.actors.first?.name == "Людмила Марковна Гурченко")
        #expect(CoreferenceResolver.isPatronymic("марковна"))
        #expect(!CoreferenceResolver.isPatronymic("иванов"))
    }

    @Test("joins a lone word that opens one person's name, and first names one letter apart")
    func looseJoins() throws {
        var doc = fixture("Хван Чжан Еп бежал. Хван выступил.", mentions: [("Хван Чжан Еп", .person), ("Хван", .person)])
        try stage.process(&doc)
        #expect(doc.mentions[0].entity == doc.mentions[1].entity)
        #expect(CoreferenceResolver.differByLastLetter("раймон", "раймонд"))
        #expect(!CoreferenceResolver.differByLastLetter("ян", "яна"))
        #expect(!CoreferenceResolver.differByLastLetter("иван", "игорь"))
    }
}
