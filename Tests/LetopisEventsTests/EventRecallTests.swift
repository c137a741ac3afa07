import Testing
@testable import LetopisEvents
import LetopisEntities
import LetopisCore

/// Triggers the gold train split showed missing (#17, recall): the words the conventions and the
/// PLOVER manual name, multi-word triggers, the modes of learned triggers, and the trace that tells
/// a missed trigger from a dropped event.
@Suite("Event recall: triggers and the modes of learned triggers")
struct EventRecallTests {
    func run(_ doc: Document) throws -> Document { try resolvedAndCoded(doc) }

    /// A sentence `SUBJ VERB OBJ .` with both nouns named.
    func clause(_ subject: String, _ verb: String, _ verbLemma: String, _ object: String, feats: String = "VerbForm=Fin|Tense=Past|Number=Sing") -> Document {
        parsed([
            "\(subject)/\(subject.lowercased())/PROPN/Case=Nom|Number=Sing/2/nsubj", "\(verb)/\(verbLemma)/VERB/\(feats)/0/root",
            "\(object)/\(object.lowercased())/PROPN/Case=Acc|Number=Sing/2/obj", "././PUNCT//2/punct",
        ], mentions: [(subject, .organization), (object, .person)])
    }

    @Test("a denial is REJECT with its speaker and what it denies (`опроверг`)", arguments: [("опроверг", "опровергнуть"), ("отрицает", "отрицать")])
    func denialIsReject(form: String, lemma: String) throws {
        let d = try run(clause("Минобороны", form, lemma, "Иванова"))
        let e = try #require(d.events.first)
        #expect(e.type == "REJECT")
        #expect(names(d, e, .actor) == ["Минобороны"])
        #expect(e.rule == "trigger.\(lemma)")
    }

    @Test("an order (`поручил`) is REQUEST, a question put to an official (`допросил`) ACCUSE investigate")
    func orderAndInterrogation() throws {
        let order = try run(clause("Мишустин", "поручил", "поручить", "Иванову"))
        #expect(order.events.first?.type == "REQUEST")
        let questioning = try run(clause("СК", "допросил", "допросить", "Иванова"))
        let e = try #require(questioning.events.first)
        #expect(e.type == "ACCUSE" && e.mode == "investigate")
        #expect(names(questioning, e, .recipient) == ["Иванова"])
    }

    @Test("`отправил в СИЗО` is one multi-word arrest, its words apart")
    func sentToCustody() throws {
        let d = try run(parsed([
            "Суд/суд/NOUN/Case=Nom|Number=Sing/2/nsubj", "отправил/отправить/VERB/VerbForm=Fin|Tense=Past|Number=Sing/0/root",
            "Иванова/иванов/PROPN/Case=Acc|Number=Sing/2/obj", "в/в/ADP//5/case", "СИЗО/сизо/NOUN/Case=Acc/2/obl", "././PUNCT//2/punct",
        ], mentions: [("Иванова", .person)]))
        let e = try #require(d.events.first)
        #expect(e.type == "COERCE" && e.mode == "arrest")
        #expect(e.rule == "trigger.отправить_сизо")
        #expect(names(d, e, .recipient) == ["Иванова"])
    }

    @Test("martial law introduced is COERCE martial-law, with its CAMEO code 1724")
    func martialLaw() throws {
        let d = try run(parsed([
            "Зеленский/зеленский/PROPN/Case=Nom|Number=Sing/2/nsubj", "ввел/ввести/VERB/VerbForm=Fin|Tense=Past|Number=Sing/0/root",
            "военное/военный/ADJ/Case=Acc/4/amod", "положение/положение/NOUN/Case=Acc|Number=Sing/2/obj", "././PUNCT//2/punct",
        ], mentions: [("Зеленский", .person)]))
        let e = try #require(d.events.first)
        #expect(e.type == "COERCE" && e.mode == "martial-law")
        #expect(e.cameo == "1724")
        #expect(names(d, e, .actor) == ["Зеленский"])
    }

    @Test("a resignation is RETREAT resign: the verb phrase and the noun with its genitive")
    func resignation() throws {
        let verb = try run(parsed([
            "Агню/агню/PROPN/Case=Nom|Number=Sing/2/nsubj", "подал/подать/VERB/VerbForm=Fin|Tense=Past|Number=Sing/0/root",
            "в/в/ADP//4/case", "отставку/отставка/NOUN/Case=Acc|Number=Sing/2/obl", "././PUNCT//2/punct",
        ], mentions: [("Агню", .person)]))
        let e = try #require(verb.events.first)
        #expect(e.type == "RETREAT" && e.mode == "resign")
        #expect(names(verb, e, .actor) == ["Агню"])
        let noun = try run(parsed([
            "Отставка/отставка/NOUN/Case=Nom|Number=Sing/0/root", "Никсона/никсон/PROPN/Case=Gen|Number=Sing/1/nmod", "././PUNCT//1/punct",
        ], mentions: [("Никсона", .person)]))
        let n = try #require(noun.events.first)
        #expect(n.type == "RETREAT" && n.mode == "resign")
        #expect(names(noun, n, .actor) == ["Никсона"])
    }

    @Test("freeing a person is RETREAT release; freeing an office or a village is not")
    func releaseSenses() throws {
        let freed = try run(clause("Суд", "освободил", "освободить", "Иванова"))
        let e = try #require(freed.events.first)
        #expect(e.type == "RETREAT" && e.mode == "release")
        let relieved = try run(parsed([
            "Иванов/иванов/PROPN/Case=Nom|Number=Sing/2/nsubj:pass", "освобожден/освободить/VERB/Voice=Pass|VerbForm=Part/0/root",
            "от/от/ADP//4/case", "должности/должность/NOUN/Case=Gen|Number=Sing/2/obl", "././PUNCT//2/punct",
        ], mentions: [("Иванов", .person)]))
        #expect(!relieved.events.contains { $0.type == "RETREAT" })
        let village = try run(parsed([
            "Армия/армия/NOUN/Case=Nom|Number=Sing/2/nsubj", "освободила/освободить/VERB/VerbForm=Fin|Tense=Past|Number=Sing/0/root",
            "село/село/NOUN/Case=Acc|Number=Sing/2/obj", "././PUNCT//2/punct",
        ]))
        #expect(!village.events.contains { $0.type == "RETREAT" })
    }

    @Test("a dismissal (`отправил в отставку`) is no resignation")
    func dismissalIsNoResignation() throws {
        let d = try run(parsed([
            "Медведев/медведев/PROPN/Case=Nom|Number=Sing/2/nsubj", "отправил/отправить/VERB/VerbForm=Fin|Tense=Past|Number=Sing/0/root",
            "в/в/ADP//4/case", "отставку/отставка/NOUN/Case=Acc|Number=Sing/2/obl", "Лужкова/лужков/PROPN/Case=Acc|Number=Sing/2/obj",
            "././PUNCT//2/punct",
        ], mentions: [("Медведев", .person), ("Лужкова", .person)]))
        #expect(!d.events.contains { $0.type == "RETREAT" })
    }

    @Test("a person described, not named, is the participant (`Мужчину задержали`)")
    func unnamedPersonIsParticipant() throws {
        let d = try run(parsed([
            "Мужчину/мужчина/NOUN/Animacy=Anim|Case=Acc|Number=Sing/2/obj", "задержали/задержать/VERB/VerbForm=Fin|Tense=Past|Number=Plur/0/root",
            "././PUNCT//2/punct",
        ]))
        let e = try #require(d.events.first)
        #expect(e.type == "COERCE")
        #expect(names(d, e, .recipient) == ["Мужчину"])
    }

    @Test("a crowd counted by number is still no participant (`задержали 39 человек`)")
    func countedCrowdStaysUnnamed() throws {
        let d = try run(parsed([
            "Задержали/задержать/VERB/VerbForm=Fin|Tense=Past|Number=Plur/0/root", "39/39/NUM//3/nummod",
            "жителей/житель/NOUN/Animacy=Anim|Case=Gen|Number=Plur/1/obj", "././PUNCT//1/punct",
        ]))
        let e = try #require(d.events.first)
        #expect(e.participants.isEmpty)
    }

    @Test("a wanted notice is coded with only its target, as a procedure, while an accusation needs its speaker")
    func procedureNeedsNoSpeaker() throws {
        let d = try run(parsed([
            "Петрова/петров/PROPN/Case=Acc|Number=Sing/2/obj", "объявили/объявить/VERB/VerbForm=Fin|Tense=Past|Number=Plur/0/root",
            "в/в/ADP//4/case", "розыск/розыск/NOUN/Case=Acc|Number=Sing/2/obl", "././PUNCT//2/punct",
        ], mentions: [("Петрова", .person)]))
        let e = try #require(d.events.first)
        #expect(e.type == "THREATEN" && e.mode == "arrest")
        #expect(names(d, e, .actor).isEmpty)
        #expect(names(d, e, .recipient) == ["Петрова"])
        // A named person accused with nobody accusing: a charge, as `предъявлены обвинения`.
        let charge = try run(parsed([
            "Петрова/петров/PROPN/Case=Acc|Number=Sing/2/obj", "обвинили/обвинить/VERB/VerbForm=Fin|Tense=Past|Number=Plur/0/root",
            "././PUNCT//2/punct",
        ], mentions: [("Петрова", .person)]))
        let accused = try #require(charge.events.first)
        #expect(accused.type == "ACCUSE" && accused.mode == "allege")
        #expect(names(charge, accused, .actor).isEmpty)
        #expect(names(charge, accused, .recipient) == ["Петрова"])
        // Someone not named (`его`, with no antecedent): an accusation needs its speaker.
        let unnamed = try run(parsed([
            "Его/он/PRON/Case=Acc|Number=Sing/2/obj", "обвинили/обвинить/VERB/VerbForm=Fin|Tense=Past|Number=Plur/0/root",
            "././PUNCT//2/punct",
        ]))
        #expect(unnamed.events.isEmpty)
    }

    @Test("a passive accusation of a named person is a charge; `осужден за` is a conviction, not disapproval")
    func passiveChargeAndConviction() throws {
        func passive(_ word: String, _ lemma: String, _ preposition: String, _ noun: (String, String)) throws -> Document {
            try run(parsed([
                "Стросс-Кан/стросс-кан/PROPN/Animacy=Anim|Case=Nom|Number=Sing/3/nsubj:pass", "был/быть/AUX/Tense=Past/3/aux:pass",
                "\(word)/\(lemma)/VERB/Aspect=Perf|Number=Sing|Tense=Past|Variant=Short|VerbForm=Part|Voice=Pass/0/root",
                "\(preposition)/\(preposition)/ADP//5/case", "\(noun.0)/\(noun.1)/NOUN/Case=Loc|Number=Sing/3/obl", "././PUNCT//3/punct",
            ], mentions: [("Стросс-Кан", .person)]))
        }
        let charged = try passive("обвинен", "обвинить", "в", ("изнасиловании", "изнасилование"))
        let charge = try #require(charged.events.first)
        #expect(charge.type == "ACCUSE" && charge.mode == "allege")
        #expect(names(charged, charge, .recipient) == ["Стросс-Кан"])
        let convicted = try passive("осужден", "осудить", "за", ("мошенничество", "мошенничество"))
        let conviction = try #require(convicted.events.first)
        #expect(conviction.type == "SANCTION" && conviction.mode == "convict")
        #expect(conviction.patterns.contains("retype.convict-passive"))
    }

    @Test("a `meaning` row is never a trigger by itself, nor a lexicon feature of the model")
    func meaningRowIsNoTrigger() throws {
        var d = try run(clause("Полиция", "ищет", "искать", "Иванова", feats: "VerbForm=Fin|Tense=Pres|Number=Sing"))
        #expect(!d.events.contains { $0.rule == "trigger.искать" })
        let lexicon = TriggerLexicon.standard
        #expect(lexicon.candidates("искать").contains { $0.isMeaningOnly && $0.mode == "investigate" })
        #expect(lexicon.triggerRows(folded: "искать").isEmpty)
        let view = d.tokenView()
        let features = EventTriggerModel.features(view, TokenIndex(1), lexicon: lexicon)
        #expect(!features.contains("rule=ACCUSE"))
        #expect(features.contains("l=искать"))
    }

    /// A model that calls `lemma` an accusation and everything else nothing.
    func accusingModel(_ lemma: String) throws -> EventTriggerModel {
        let body = "classes\tnone\tACCUSE\npolicy\tcombined\nveto\t1.01\nadd\t0.5\nw\tl=\(lemma)\t-2\t2\n"
        return try EventTriggerModel(text: EventTriggerModelTests.file(body), name: "accusing.tsv")
    }

    func learnedCandidates(_ doc: Document, model: EventTriggerModel) throws -> [EventCandidate] {
        var d = doc
        try EntityResolutionStage().process(&d)
        let extractor = EventExtractor(view: d.tokenView(), lexicon: .standard, gazetteer: .shared,
                                       tables: try EventLexicons.loaded.get(), model: model)
        return extractor.candidates()
    }

    @Test("a learned trigger takes its mode from the lexicon's meaning row (`ищет` as ACCUSE → investigate)")
    func learnedModeFromMeaningRow() throws {
        let doc = clause("Полиция", "ищет", "искать", "Иванова", feats: "VerbForm=Fin|Tense=Pres|Number=Sing")
        let c = try #require(try learnedCandidates(doc, model: accusingModel("искать")).first)
        #expect(c.entry.type == "ACCUSE")
        #expect(c.entry.mode == "investigate")
        #expect(c.entry.rule == "model.искать")
    }

    @Test("a learned trigger takes its mode from a longer row it begins when the row's words are in its sentence (`дело ... возбудила`)")
    func learnedModeFromLongerRow() throws {
        // `Обвинение прокуратура предъявила`: the row `предъявить обвинение` does not match (its noun comes first), the
        // model does, and the row lends its mode.
        let doc = parsed([
            "Обвинение/обвинение/NOUN/Case=Acc|Number=Sing/3/obj", "прокуратура/прокуратура/NOUN/Case=Nom|Number=Sing/3/nsubj",
            "предъявила/предъявить/VERB/Aspect=Perf|VerbForm=Fin|Tense=Past|Number=Sing/0/root", "././PUNCT//3/punct",
        ])
        let c = try #require(try learnedCandidates(doc, model: accusingModel("предъявить")).first { $0.entry.lemmas == ["предъявить"] })
        #expect(c.entry.type == "ACCUSE" && c.entry.mode == "allege")
        #expect(c.entry.frame == .act)
        // Without the row's noun the word lends nothing of it, as `взяли хутор` is no `взять в плен` and `подал иск`
        // no `подать в отставку`.
        let bare = clause("Прокуратура", "предъявила", "предъявить", "Иванова")
        let plain = try #require(try learnedCandidates(bare, model: accusingModel("предъявить")).first { $0.entry.lemmas == ["предъявить"] })
        #expect(plain.entry.type == "ACCUSE" && plain.entry.mode == nil)
    }

    @Test("a learned trigger the lexicon knows nothing of keeps PLOVER's plain type")
    func learnedWithoutRowHasNoMode() throws {
        let doc = clause("Прокуратура", "упрекнула", "упрекнуть", "Иванова")
        let c = try #require(try learnedCandidates(doc, model: accusingModel("упрекнуть")).first)
        #expect(c.entry.type == "ACCUSE" && c.entry.mode == nil)
    }

    @Test("the trace lists a trigger that found no event, with its code-point range")
    func traceListsDroppedTriggers() throws {
        // `Петрова обвиняли` names no accuser and tells no charge (habitual talk): an act of speech needs its speaker,
        // so the trigger is dropped.
        var doc = parsed([
            "Петрова/петров/PROPN/Case=Acc|Number=Sing/2/obj",
            "обвиняли/обвинять/VERB/Aspect=Imp|VerbForm=Fin|Tense=Past|Number=Plur/0/root", "././PUNCT//2/punct",
        ], mentions: [("Петрова", .person)])
        doc.startTracing()
        let d = try run(doc)
        #expect(d.events.isEmpty)
        let lines = (d.traceLines ?? []).map(\.text)
        #expect(lines.contains { $0.hasPrefix("dropped s0") && $0.contains("at=8-16") && $0.contains("type=ACCUSE") })
    }
}
