import Testing
@testable import LetopisEvents
import LetopisEntities
import LetopisCore

/// Who the sides of a reciprocal act are, which acts are political, one act told twice, and modes
/// named by a trigger's words (#17: the gold train split's field and precision errors).
@Suite("Event sides, relevance and modes")
struct EventPrecisionTests {
    func run(_ doc: Document) throws -> Document { try resolvedAndCoded(doc) }

    @Test("a meeting's sides all act, in the order the sentence names them, and nobody receives")
    func reciprocalOrder() throws {
        let d = try run(parsed([
            "С/с/ADP//2/case", "Эрдоганом/эрдоган/PROPN/Case=Ins/3/obl",
            "встретился/встретиться/VERB/VerbForm=Fin|Tense=Past/0/root", "Путин/путин/PROPN/Case=Nom/3/nsubj", "././PUNCT//3/punct",
        ], mentions: [("Эрдоганом", .person), ("Путин", .person)]))
        let e = try #require(d.events.first)
        #expect(names(d, e, .actor) == ["Эрдоганом", "Путин"])
        #expect(names(d, e, .recipient).isEmpty)
        #expect(e.patterns.contains("role.reciprocal"))
    }

    @Test("each side of a meeting is read on its own: a person on one side does not erase a state on the other")
    func reciprocalSidesKeepTheirCountry() throws {
        let d = try run(parsed([
            "Путин/путин/PROPN/Case=Nom/2/nsubj", "встретился/встретиться/VERB/VerbForm=Fin|Tense=Past/0/root",
            "с/с/ADP//4/case", "представителями/представитель/NOUN/Case=Ins|Number=Plur/2/obl",
            "Турции/турция/PROPN/Case=Gen/4/nmod", "././PUNCT//2/punct",
        ], mentions: [("Путин", .person), ("Турции", .location)]))
        let e = try #require(d.events.first)
        #expect(names(d, e, .actor) == ["Путин", "Турции"])
    }

    @Test("a visit stays directional: the visitor acts, the host state receives")
    func visitStaysDirectional() throws {
        let d = try run(parsed([
            "Лавров/лавров/PROPN/Case=Nom/2/nsubj", "посетил/посетить/VERB/VerbForm=Fin|Tense=Past/0/root",
            "Пекин/пекин/PROPN/Case=Acc/2/obj", "././PUNCT//2/punct",
        ], mentions: [("Лавров", .person), ("Пекин", .location)]))
        let e = try #require(d.events.first)
        #expect(names(d, e, .actor) == ["Лавров"])
        #expect(names(d, e, .recipient) == ["Пекин"])
    }

    func killing(_ subject: String, lemma: String, mention: Bool) throws -> Document {
        try run(parsed([
            "\(subject)/\(lemma)/\(mention ? "PROPN" : "NOUN")/Case=Nom/2/nsubj", "убил/убить/VERB/VerbForm=Fin|Tense=Past/0/root",
            "Петрова/петров/PROPN/Case=Acc/2/obj", "././PUNCT//2/punct",
        ], mentions: (mention ? [(subject, EntityType.person)] : []) + [("Петрова", .person)]))
    }

    @Test("a killing between private people is crime news, not a political event")
    func privateKillingIsNotCoded() throws {
        #expect(try killing("Иванов", lemma: "иванов", mention: true).events.isEmpty)
    }

    /// `SUBJECT встретился с COMPANION .`, nobody tagged as a name.
    func unnamedMeeting(_ subject: (String, String), _ companion: (String, String)) throws -> Document {
        try run(parsed([
            "\(subject.0)/\(subject.1)/NOUN/Case=Nom/2/nsubj", "встретился/встретиться/VERB/VerbForm=Fin|Tense=Past/0/root",
            "с/с/ADP//4/case", "\(companion.0)/\(companion.1)/NOUN/Case=Ins|Number=Plur/2/obl", "././PUNCT//2/punct",
        ]))
    }

    @Test("a meeting of people named only by description is private: `мужчина встретился с друзьями` codes nothing")
    func privateMeetingIsNotCoded() throws {
        #expect(try unnamedMeeting(("Мужчина", "мужчина"), ("друзьями", "друг")).events.isEmpty)
    }

    @Test("one named person alone, with no political title, talking or meeting nobody named is no event; a call is")
    func namedPersonAloneMeeting() throws {
        // `Поговорили с Туттой Ларсен`-like: an interview or a private meeting as often as not.
        let alone = try run(parsed([
            "Ларсен/ларсен/PROPN/Case=Nom/2/nsubj", "встретилась/встретиться/VERB/VerbForm=Fin|Tense=Past/0/root",
            "с/с/ADP//4/case", "друзьями/друг/NOUN/Case=Ins|Number=Plur/2/obl", "././PUNCT//2/punct",
        ], mentions: [("Ларсен", .person)]))
        #expect(alone.events.isEmpty)
        // Two named people meet: coded, whoever they are.
        let two = try run(parsed([
            "Ларсен/ларсен/PROPN/Case=Nom/2/nsubj", "встретилась/встретиться/VERB/VerbForm=Fin|Tense=Past/0/root",
            "с/с/ADP//4/case", "Шольцем/шольц/PROPN/Case=Ins/2/obl", "././PUNCT//2/punct",
        ], mentions: [("Ларсен", .person), ("Шольцем", .person)]))
        #expect(two.events.map(\.type) == ["CONSULT"])
        // A call is an act of office by its kind: one named side suffices.
        let call = try run(parsed([
            "Шольц/шольц/PROPN/Case=Nom/2/nsubj", "поговорил/поговорить/VERB/VerbForm=Fin|Tense=Past/0/root",
            "по/по/ADP//4/case", "телефону/телефон/NOUN/Case=Dat/2/obl", "././PUNCT//2/punct",
        ], mentions: [("Шольц", .person)]))
        #expect(call.events.map(\.mode) == ["phone"])
    }

    @Test("a meeting of people named only by a political title is coded: `президент встретился с депутатами`")
    func meetingOfTitlesIsCoded() throws {
        let d = try unnamedMeeting(("Президент", "президент"), ("депутатами", "депутат"))
        #expect(d.events.map(\.type) == ["CONSULT"])
    }

    @Test("`поговорил с X по телефону` is a call: the verb a meeting, `по телефону` its mode")
    func talkedByPhone() throws {
        let d = try run(parsed([
            "Шольц/шольц/PROPN/Case=Nom/2/nsubj", "поговорил/поговорить/VERB/VerbForm=Fin|Tense=Past/0/root",
            "с/с/ADP//4/case", "Путиным/путин/PROPN/Case=Ins/2/obl", "по/по/ADP//6/case",
            "телефону/телефон/NOUN/Case=Dat/2/obl", "././PUNCT//2/punct",
        ], mentions: [("Шольц", .person), ("Путиным", .person)]))
        let e = try #require(d.events.first)
        #expect(e.type == "CONSULT")
        #expect(e.mode == "phone")
        #expect(e.patterns.contains("mode.phone"))
        #expect(names(d, e, .actor) == ["Шольц", "Путиным"])
    }

    @Test("a killing by an armed group is coded")
    func killingByArmedGroup() throws {
        let d = try killing("Боевик", lemma: "боевик", mention: false)
        #expect(d.events.map(\.type) == ["ASSAULT"])
    }

    @Test("a missile strike is political whoever is named, and `ракетный` names its mode")
    func missileStrike() throws {
        let d = try run(parsed([
            "Иванов/иванов/PROPN/Case=Nom/2/nsubj", "нанес/нанести/VERB/VerbForm=Fin|Tense=Past/0/root",
            "ракетный/ракетный/ADJ/Case=Acc/4/amod", "удар/удар/NOUN/Case=Acc/2/obj", "по/по/ADP//6/case",
            "Петрову/петров/PROPN/Case=Dat/2/obl", "././PUNCT//2/punct",
        ], mentions: [("Иванов", .person), ("Петрову", .person)]))
        let e = try #require(d.events.first)
        #expect(e.type == "ASSAULT")
        #expect(e.mode == "missile")
        #expect(e.patterns.contains("mode.missile"))
    }

    @Test("one act told twice with only its target named is one event; two targets are two")
    func restatementIsOneEvent() throws {
        func arrests(_ second: [String], _ mentions: [(String, EntityType)]) throws -> [Event] {
            try run(parsed([
                "Навальный/навальный/PROPN/Case=Nom|Number=Sing/2/nsubj:pass",
                "задержан/задержать/VERB/VerbForm=Part|Voice=Pass|Variant=Short/0/root", ";/;/PUNCT//4/punct",
                "арестован/арестовать/VERB/VerbForm=Part|Voice=Pass|Variant=Short/2/parataxis",
            ] + second + ["././PUNCT//2/punct"], mentions: mentions)).events
        }
        let same = try arrests(["Алексей/алексей/PROPN/Case=Nom|Number=Sing/4/nsubj:pass", "Навальный/навальный/PROPN/Case=Nom/5/flat:name"],
                               [("Навальный", .person), ("Алексей Навальный", .person)])
        #expect(same.count == 1)
        #expect(same.first?.patterns.contains("merge.same-happening") == true)
        let other = try arrests(["Петров/петров/PROPN/Case=Nom|Number=Sing/4/nsubj:pass"], [("Навальный", .person), ("Петров", .person)])
        #expect(other.count == 2)
    }

    @Test("words told to a news agency are attribution; told to another actor, a statement")
    func statementToPress() throws {
        func told(_ addressee: [String], _ mention: (String, EntityType)) throws -> [EventType] {
            try run(parsed([
                "Лавров/лавров/PROPN/Case=Nom/2/nsubj", "сообщил/сообщить/VERB/VerbForm=Fin|Tense=Past/0/root",
            ] + addressee + ["././PUNCT//2/punct"], mentions: [("Лавров", .person), mention])).events.map(\.type)
        }
        let agency = try told(["агентству/агентство/NOUN/Case=Dat/2/iobj", "Интерфакс/интерфакс/PROPN/Case=Nom/3/appos"],
                              ("Интерфакс", .organization))
        #expect(!agency.contains(PloverOntology.statement))
        let person = try told(["Гутеррешу/гутерреш/PROPN/Case=Dat/2/iobj"], ("Гутеррешу", .person))
        #expect(person.contains(PloverOntology.statement))
    }

    @Test("`на встрече с X Шойгу заявил`: the verb's subject is a side of the meeting, beside the companion")
    func meetingSettingSubject() throws {
        let d = try run(parsed([
            "На/на/ADP//2/case", "встрече/встреча/NOUN/Case=Loc/6/obl", "с/с/ADP//4/case", "Барадаром/барадар/PROPN/Case=Ins/2/nmod",
            "Шойгу/шойгу/PROPN/Case=Nom/6/nsubj", "заявил/заявить/VERB/VerbForm=Fin|Tense=Past/0/root", "././PUNCT//6/punct",
        ], mentions: [("Барадаром", .person), ("Шойгу", .person)]))
        let e = try #require(d.events.first { $0.type == "CONSULT" })
        #expect(names(d, e, .actor) == ["Барадаром", "Шойгу"])
        #expect(e.patterns.contains("actor.setting-verb-subject"))
    }

    @Test("a proposal made is a REQUEST that occurred, and `предложить` names its mode: change")
    func proposalIsOccurredChange() throws {
        let lexicon = TriggerLexicon(entries: [TriggerEntry(lemmas: ["предложить"], type: "REQUEST", mode: nil, frame: .act, isNoun: false)])
        var d = parsed([
            "Минфин/минфин/PROPN/Case=Nom/2/nsubj", "предложил/предложить/VERB/VerbForm=Fin|Tense=Past/0/root",
            "поправки/поправка/NOUN/Case=Acc|Number=Plur/2/obj", "././PUNCT//2/punct",
        ], mentions: [("Минфин", .organization)])
        try EntityResolutionStage().process(&d)
        try EventExtractionStage(lexicon: lexicon).process(&d)
        let e = try #require(d.events.first { $0.type == "REQUEST" })
        #expect(e.mode == "change")
        #expect(e.status == .occurred)
        #expect(e.patterns.contains("mode.change-verb"))
    }

    @Test("relieved of a post is a personnel change, not a release, wherever the parser hangs `от должности`")
    func relievedOfPost() throws {
        func freed(_ tail: [String]) throws -> [EventType] {
            try run(parsed([
                "Суд/суд/NOUN/Case=Nom/2/nsubj", "освободил/освободить/VERB/VerbForm=Fin|Tense=Past/0/root",
                "Астахова/астахов/PROPN/Case=Acc/2/obj",
            ] + tail + ["././PUNCT//2/punct"], mentions: [("Астахова", .person)])).events.map(\.type)
        }
        #expect(try freed([]) == ["RETREAT"])  // freeing a prisoner is RETREAT/release (#17, recall17)
        #expect(try freed(["от/от/ADP//5/case", "должности/должность/NOUN/Case=Gen/2/obl"]).isEmpty)
        #expect(try freed(["от/от/ADP//5/case", "должности/должность/NOUN/Case=Gen/3/nmod"]).isEmpty)
    }

    @Test("a cycle in a malformed tree gives each token of a phrase once")
    func subtreeOfCycle() {
        let d = parsed([
            "Массовая/массовый/ADJ/Case=Nom/2/amod", "драка/драка/NOUN/Case=Nom/3/nmod", "посетителей/посетитель/NOUN/Case=Gen/2/nmod",
        ])
        let view = TokenView(d)
        let tokens = view.subtree(TokenIndex(1))
        #expect(tokens.count == Set(tokens).count)
        #expect(tokens.count == 3)
    }
}
