import Testing
@testable import LetopisEntities
import LetopisCore

@Suite("Mention merging")
struct MentionMergerTests {
    func withCase(_ doc: Document, genitive: Set<String>) -> Document {
        var d = doc
        for (i, t) in d.tokens.enumerated() where genitive.contains(d.text(of: t.range)) {
            d.morphTags[i] = MorphTag(pos: "PROPN", features: [("Case", "Gen")])
        }
        return d
    }

    @Test("splits an aside in brackets at the end of a mention off it, and keeps a bracket inside a name")
    func bracketedAsides() throws {
        var doc = fixture("Об этом заявил Комитет защиты журналистов (КЗЖ) и Джоэл Саймон (Joel Simon) в Кировоградской (Кропивницкой) области.",
                          mentions: [("Комитет защиты журналистов (КЗЖ)", .organization), ("Джоэл Саймон (Joel Simon)", .person),
                                     ("Кировоградской (Кропивницкой) области", .location)])
        MentionMerger(gazetteer: .shared).merge(&doc)
        #expect(doc.mentions.map { doc.text(of: $0.range) } == ["Комитет защиты журналистов", "КЗЖ", "Джоэл Саймон", "Joel Simon",
                                                                "Кировоградской (Кропивницкой) области"])
        #expect(doc.mentions.map(\.type) == [.organization, .organization, .person, .person, .location])

        // The aside names the same actor, and the person keeps the Russian name.
        var people = fixture("Заявил Джоэл Саймон (Joel Simon).", mentions: [("Джоэл Саймон (Joel Simon)", .person)])
        try EntityResolutionStage().process(&people)
        #expect(people.mentions.count == 2)
        #expect(people.mentions[0].entity == people.mentions[1].entity)
        #expect(people.actors.first?.name == "Джоэл Саймон")
    }

    @Test("trims the punctuation the tagger left at a mention's edges, and splits at a bracket left open")
    func punctuationAtEdges() {
        var doc = fixture("Пришли Мишель — и Фрэнки Бой) и Бернс ( и театр им. Горького и ХДС (Христианско-демократический союз) и «Яблоко».",
                          mentions: [("Мишель —", .person), ("Фрэнки Бой)", .person), ("Бернс (", .person), ("театр им.", .organization),
                                     ("ХДС (Христианско-демократический союз", .organization), ("«Яблоко»", .organization)])
        MentionMerger(gazetteer: .shared).merge(&doc)
        #expect(doc.mentions.map { doc.text(of: $0.range) } == ["Мишель", "Фрэнки Бой", "Бернс", "театр им.", "ХДС",
                                                                "Христианско-демократический союз", "«Яблоко»"])
    }

    @Test("a seat of government or a union of states is an organisation, a capital stays a place")
    func seatsAndUnions() {
        var doc = fixture("Кремль, Белый дом и Евросоюз ответили Москве.",
                          mentions: [("Кремль", .location), ("Белый дом", .location), ("Евросоюз", .location), ("Москве", .location)],
                          lemmas: ["Кремль": "кремль", "Белый": "белый", "дом": "дом", "Евросоюз": "евросоюз", "Москве": "москва"])
        MentionMerger(gazetteer: .shared).merge(&doc)
        #expect(doc.mentions.map(\.type) == [.organization, .organization, .organization, .location])
    }

    @Test("widens an organisation to the country after it and keeps the country")
    func orgOfCountry() {
        var doc = withCase(fixture("Конгресса США одобрил закон.", mentions: [("Конгресса", .organization), ("США", .location)]),
                           genitive: ["США"])
        MentionMerger(gazetteer: .shared).merge(&doc)
        #expect(doc.mentions.map { doc.text(of: $0.range) } == ["Конгресса США", "США"])
        #expect(doc.mentions.map(\.type) == [.organization, .location])
    }

    @Test("makes a government body with its country an organisation", arguments: [
        ("Правительство США заявило.", "Правительство США", ["США"]),
        ("Об этом сообщило китайское правительство.", "китайское правительство", []),
    ])
    func bodies(_ text: String, _ expected: String, _ places: [String]) {
        let lemmas = ["Правительство": "правительство", "правительство": "правительство", "китайское": "китайский"]
        var doc = withCase(fixture(text, mentions: places.map { ($0, EntityType.location) }, lemmas: lemmas), genitive: Set(places))
        MentionMerger(gazetteer: .shared).merge(&doc)
        #expect(doc.mentions.contains { $0.type == .organization && doc.text(of: $0.range) == expected })
    }

    @Test("leaves a bare body and a named organisation's kind alone")
    func leavesAlone() {
        var doc = fixture("Правительство ушло. Компания Microsoft выросла.", mentions: [("Microsoft", .organization)],
                          lemmas: ["Правительство": "правительство", "Компания": "компания"])
        MentionMerger(gazetteer: .shared).merge(&doc)
        #expect(doc.mentions.map { doc.text(of: $0.range) } == ["Microsoft"])
    }
}

/// A normaliser whose dictionary knows the given names (standing in for the OpenCorpora dictionary).
private struct KnownNames: MentionNormalizing {
    let names: [String: NameClass]
    /// Words the dictionary does not know but guesses the name of one person by their endings.
    var guessed: Set<String> = []
    func normalize(_ mention: Mention, tokens: Range<Int>, in document: Document) -> String { document.text(of: mention.range) }
    func nameClass(of word: String) -> NameClass? { names[word] }
    func isGuessedName(_ word: String) -> Bool { guessed.contains(word) }
}

@Suite("People the tagger left out")
struct MissedPeopleTests {
    func tagged(_ text: String, mentions: [(String, EntityType)], proper: [String: String]) -> Document {
        var doc = fixture(text, mentions: mentions)
        doc.morphTags = doc.tokens.map { _ in MorphTag(pos: "X", features: []) }
        for (word, animacy) in proper { tag(&doc, word, "PROPN", [("Animacy", animacy), ("Case", "Nom")]) }
        return doc
    }

    @Test("a capitalised animate proper noun the dictionary knows as a name, in no mention, is a person")
    func sentenceInitialSurname() throws {
        var doc = tagged("Путин встретился с Эрдоганом.", mentions: [("Эрдоганом", .person)],
                         proper: ["Путин": "Anim", "Эрдоганом": "Anim"])
        let stage = MentionNormalisationStage(normalizer: KnownNames(names: ["Путин": .surname, "Эрдоганом": .surname]))
        try stage.process(&doc)
        #expect(doc.mentions.map { doc.text(of: $0.range) } == ["Путин", "Эрдоганом"])
        #expect(doc.mentions.map(\.type) == [.person, .person])
    }

    @Test("a first name and surname join; an inanimate, unknown, all-capitals or covered word does not count")
    func runsAndRefusals() throws {
        var doc = tagged("Владимир Путин и Москва, ТАСС и Шольц.", mentions: [("ТАСС", .organization)],
                         proper: ["Владимир": "Anim", "Путин": "Anim", "Москва": "Inan", "ТАСС": "Anim", "Шольц": "Anim"])
        let stage = MentionNormalisationStage(normalizer: KnownNames(names: ["Владимир": .first, "Путин": .surname,
                                                                             "Москва": .surname, "ТАСС": .surname]))
        try stage.process(&doc)
        #expect(doc.mentions.map { doc.text(of: $0.range) } == ["Владимир Путин", "ТАСС"])
    }

    @Test("opening a sentence, a word the dictionary only guesses a name counts; elsewhere, or a compound, it does not")
    func sentenceInitialGuessedName() throws {
        var doc = tagged("Шольц поговорил с Путиным. Экотропа открыта, и Мерц рад. Крошка-леопардик спит.",
                         mentions: [("Путиным", .person)],
                         proper: ["Шольц": "Anim", "Экотропа": "Anim", "Мерц": "Anim", "Крошка-леопардик": "Anim"])
        let stage = MentionNormalisationStage(normalizer: KnownNames(names: [:], guessed: ["Шольц", "Мерц", "Крошка-леопардик"]))
        try stage.process(&doc)
        #expect(doc.mentions.map { doc.text(of: $0.range) } == ["Шольц", "Путиным"])
    }
}
