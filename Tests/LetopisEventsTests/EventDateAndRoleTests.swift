import Testing
@testable import LetopisEvents
import LetopisEntities
import LetopisCore

/// Which date an event takes when nothing or something else is dated, and who may be a participant
/// (#17: the gold train split's commonest field errors).
@Suite("Event dates and roles")
struct EventDateAndRoleTests {
    func run(_ doc: Document) throws -> Document { try resolvedAndCoded(doc) }

    let arrest = [
        "Полиция/полиция/NOUN/Case=Nom|Number=Sing/2/nsubj", "задержала/задержать/VERB/VerbForm=Fin|Tense=Past/0/root",
        "Петрова/петров/PROPN/Case=Acc/2/obj", "././PUNCT//2/punct",
    ]

    @Test("an undated past act of a text with no publication date is PAST_REF, by its tense")
    func undatedPastIsPastRef() throws {
        let d = try run(parsed(arrest, mentions: [("Петрова", .person)], published: nil))
        let e = try #require(d.events.first)
        #expect(e.time?.value == "PAST_REF")
        #expect(e.time?.basis == .tense)
    }

    @Test("an undated act reported as done in a text with no publication date is PAST_REF, whatever the trigger's tense")
    func undatedPresentOrNominalIsPastRef() throws {
        let present = [
            "Полиция/полиция/NOUN/Case=Nom|Number=Sing/2/nsubj", "задерживает/задерживать/VERB/VerbForm=Fin|Tense=Pres/0/root",
            "Петрова/петров/PROPN/Case=Acc/2/obj", "././PUNCT//2/punct",
        ]
        let d = try run(parsed(present, mentions: [("Петрова", .person)], published: nil))
        let e = try #require(d.events.first)
        #expect(e.status == .occurred)
        #expect(e.time?.value == "PAST_REF")
        // The same text with a date of its own is dated by it.
        let dated = try run(parsed(present, mentions: [("Петрова", .person)], published: "2024-11-20"))
        #expect(dated.events.first?.time?.value == "2024-11-20")
    }

    @Test("an undated past act of a dated text keeps the publication date")
    func undatedPastOfDatedText() throws {
        let d = try run(parsed(arrest, mentions: [("Петрова", .person)], published: "2024-11-20"))
        let e = try #require(d.events.first)
        #expect(e.time?.value == "2024-11-20")
        #expect(e.time?.basis == .published)
    }

    @Test("an undated planned act is FUTURE_REF, not the publication day")
    func undatedPlannedIsFutureRef() throws {
        let d = try run(parsed([
            "Путин/путин/PROPN/Case=Nom|Number=Sing/2/nsubj", "планирует/планировать/VERB/VerbForm=Fin|Tense=Pres|Number=Sing/0/root",
            "встретиться/встретиться/VERB/VerbForm=Inf/2/xcomp", "с/с/ADP//5/case", "Эрдоганом/эрдоган/PROPN/Case=Ins/3/obl",
            "././PUNCT//2/punct",
        ], mentions: [("Путин", .person), ("Эрдоганом", .person)], published: "2024-11-20"))
        let e = try #require(d.events.first)
        #expect(e.status == .planned)
        #expect(e.time?.value == "FUTURE_REF")
        #expect(e.time?.basis == .tense)
    }

    @Test("a planned meeting is coded as the conventions code it: AGREE planned, the meeting kept as its intended act")
    func plannedMeetingIsAgree() throws {
        let d = try run(parsed([
            "Путин/путин/PROPN/Case=Nom|Number=Sing/2/nsubj", "встретится/встретиться/VERB/VerbForm=Fin|Tense=Fut|Number=Sing/0/root",
            "с/с/ADP//4/case", "Эрдоганом/эрдоган/PROPN/Case=Ins/2/obl", "././PUNCT//2/punct",
        ], mentions: [("Путин", .person), ("Эрдоганом", .person)], published: "2024-11-20"))
        let e = try #require(d.events.first)
        #expect(e.type == "AGREE" && e.status == .planned && e.mode == nil)
        #expect(e.intended?.type == "CONSULT")
        #expect(e.cameo == PloverOntology.cameo(type: "AGREE", mode: nil))
        #expect(e.patterns.last == "convention.announced-as-agree")
        #expect(e.time?.value == "FUTURE_REF")
        // Told as done, the meeting stays a CONSULT with no intended act.
        let done = try run(parsed([
            "Путин/путин/PROPN/Case=Nom|Number=Sing/2/nsubj", "встретился/встретиться/VERB/VerbForm=Fin|Tense=Past|Number=Sing/0/root",
            "с/с/ADP//4/case", "Эрдоганом/эрдоган/PROPN/Case=Ins/2/obl", "././PUNCT//2/punct",
        ], mentions: [("Путин", .person), ("Эрдоганом", .person)], published: "2024-11-20"))
        let met = try #require(done.events.first)
        #expect(met.type == "CONSULT" && met.status == .occurred && met.intended == nil)
    }

    @Test("a stated readiness is the offer, an occurred AGREE dated as told; the act offered stays planned")
    func readinessIsAnOccurredAgree() throws {
        let d = try run(parsed([
            "Кремль/кремль/PROPN/Case=Nom|Number=Sing/2/nsubj", "готов/готовый/ADJ/Variant=Short|Number=Sing/0/root",
            "к/к/ADP//4/case", "переговорам/переговоры/NOUN/Case=Dat|Number=Plur/2/obl", "с/с/ADP//6/case",
            "Украиной/украина/PROPN/Case=Ins|Number=Sing/4/nmod", "././PUNCT//2/punct",
        ], mentions: [("Кремль", .organization), ("Украиной", .location)], published: "2024-11-20"))
        let e = try #require(d.events.first)
        #expect(e.type == "AGREE" && e.status == .occurred)
        #expect(e.intended?.type == "CONSULT" && e.intended?.status == .planned)
        #expect(e.intended?.time?.value == "FUTURE_REF")
        #expect(e.time?.value == "2024-11-20")
        #expect(e.patterns.last == "convention.offer-as-agree")
    }

    @Test("a planned resignation is a planned CONCEDE; what other types plan keeps its type")
    func plannedResignationIsConcede() throws {
        let d = try run(parsed([
            "Вебер/вебер/PROPN/Case=Nom|Number=Sing/2/nsubj", "покинет/покинуть/VERB/VerbForm=Fin|Tense=Fut|Number=Sing/0/root",
            "пост/пост/NOUN/Case=Acc|Number=Sing/2/obj", "././PUNCT//2/punct",
        ], mentions: [("Вебер", .person)], published: "2024-11-20"))
        let e = try #require(d.events.first)
        #expect(e.type == "CONCEDE" && e.status == .planned && e.mode == nil)
        #expect(e.intended?.type == "RETREAT" && e.intended?.mode == "resign")
        let strike = try run(parsed([
            "ВСУ/всу/PROPN/Case=Nom/2/nsubj", "атакуют/атаковать/VERB/VerbForm=Fin|Tense=Fut/0/root",
            "Курск/курск/PROPN/Case=Acc|Number=Sing/2/obj", "././PUNCT//2/punct",
        ], mentions: [("ВСУ", .organization), ("Курск", .location)], published: "2024-11-20"))
        if let attack = strike.events.first {
            #expect(attack.type == "ASSAULT" && attack.intended == nil)
        }
    }

    @Test("a century that dates the thing attacked does not date the attack")
    func centuryOfTheTargetIsNotTheEventDate() throws {
        let doc = parsed([
            "ВСУ/всу/PROPN/Case=Nom/2/nsubj", "атаковали/атаковать/VERB/VerbForm=Fin|Tense=Past/0/root",
            "усадьбу/усадьба/NOUN/Case=Acc|Number=Sing/2/obj", "XIX/xix/ADJ//5/amod", "века/век/NOUN/Case=Gen|Number=Sing/3/nmod",
            "././PUNCT//2/punct",
        ], mentions: [("ВСУ", .organization)], published: "2024-11-20")
        let d = try run(dated(doc, "XIX века", type: .date, value: "18"))
        let e = try #require(d.events.first)
        #expect(e.time?.value == "2024-11-20")
        #expect(e.time?.basis == .published)
    }

    @Test("a date on the act's own clause still dates it")
    func ownDateStillDates() throws {
        let doc = parsed([
            "ВСУ/всу/PROPN/Case=Nom/2/nsubj", "атаковали/атаковать/VERB/VerbForm=Fin|Tense=Past/0/root",
            "усадьбу/усадьба/NOUN/Case=Acc|Number=Sing/2/obj", "11/11/NUM//2/obl", "октября/октябрь/NOUN/Case=Gen|Number=Sing/4/flat",
            "././PUNCT//2/punct",
        ], mentions: [("ВСУ", .organization)], published: "2024-11-20")
        let d = try run(dated(doc, "11 октября", type: .date, value: "2024-10-11"))
        let e = try #require(d.events.first)
        #expect(e.time?.value == "2024-10-11")
        #expect(e.time?.basis == .timex)
    }

    @Test("an event is dated to the day: a time of day stays in the time expression")
    func timeOfDayStaysInTheTimex() throws {
        let doc = parsed([
            "ВСУ/всу/PROPN/Case=Nom/2/nsubj", "атаковали/атаковать/VERB/VerbForm=Fin|Tense=Past/0/root",
            "усадьбу/усадьба/NOUN/Case=Acc|Number=Sing/2/obj", "11/11/NUM//2/obl", "октября/октябрь/NOUN/Case=Gen|Number=Sing/4/flat",
            "././PUNCT//2/punct",
        ], mentions: [("ВСУ", .organization)], published: "2024-11-20")
        let d = try run(dated(doc, "11 октября", type: .time, value: "2024-10-11TEV"))
        let e = try #require(d.events.first)
        #expect(e.time?.value == "2024-10-11")
        #expect(e.time?.basis == .timex)
        #expect(d.timexes.first?.value == "2024-10-11TEV")
        #expect(EventExtractionStage.eventDate("XXXX-WXX-7TNI") == "XXXX-WXX-7")
        #expect(EventExtractionStage.eventDate("2024-10-11T14:00") == "2024-10-11")
        #expect(EventExtractionStage.eventDate("PT3H") == "PT3H")
        #expect(EventExtractionStage.eventDate("2024-W48") == "2024-W48")
    }

    @Test("soldiers named by the plain word are a political actor; a killing between neighbours is not coded, and the trace says why")
    func soldiersArePoliticalNeighboursAreNot() throws {
        func killing(_ who: String, _ lemma: String) -> Document {
            parsed([
                "\(who)/\(lemma)/NOUN/Animacy=Anim|Case=Nom|Number=Plur/2/nsubj", "застрелили/застрелить/VERB/VerbForm=Fin|Tense=Past/0/root",
                "мужчину/мужчина/NOUN/Animacy=Anim|Case=Acc|Number=Sing/2/obj", "././PUNCT//2/punct",
            ], published: "2024-11-20")
        }
        let soldiers = try run(killing("Солдаты", "солдат"))
        let e = try #require(soldiers.events.first)
        #expect(e.type == "ASSAULT")
        #expect(e.participants.contains { $0.role == .actor && $0.normal == "солдат" })
        var neighbours = killing("Соседи", "сосед")
        neighbours.startTracing()
        let coded = try run(neighbours)
        #expect(coded.events.isEmpty)
        #expect((coded.traceLines ?? []).contains { $0.text.contains("dropped") && $0.text.contains("why=not-political") })
    }

    @Test("an act directed onto a state by name has the state as its recipient, not as its place")
    func actOntoAStateTargetsIt() throws {
        let d = try run(parsed([
            "Россия/россия/PROPN/Case=Nom|Number=Sing/2/nsubj", "напала/напасть/VERB/VerbForm=Fin|Tense=Past/0/root",
            "на/на/ADP//4/case", "Украину/украина/PROPN/Case=Acc|Number=Sing/2/obl", "././PUNCT//2/punct",
        ], mentions: [("Россия", .location), ("Украину", .location)], published: "2024-11-20"))
        let e = try #require(d.events.first)
        #expect(e.type == "ASSAULT")
        #expect(e.participants.contains { $0.role == .recipient && d.text(of: $0.range) == "Украину" })
        #expect(e.place == nil)
    }

    @Test("a subjectless plural verb told of an institution in a в-phrase has the institution as its doer; a town stays the place")
    func impersonalInstitutionIsTheDoer() throws {
        let office = try run(parsed([
            "В/в/ADP//2/case", "правительстве/правительство/NOUN/Animacy=Inan|Case=Loc|Number=Sing/3/obl",
            "призвали/призвать/VERB/Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin/0/root",
            "граждан/гражданин/NOUN/Animacy=Anim|Case=Acc|Number=Plur/3/obj", "././PUNCT//3/punct",
        ], published: "2024-11-20"))
        let request = try #require(office.events.first)
        #expect(request.type == "REQUEST")
        #expect(request.participants.contains { $0.role == .actor && office.text(of: $0.range) == "правительстве" })
        let town = try run(parsed([
            "В/в/ADP//2/case", "Москве/москва/PROPN/Animacy=Inan|Case=Loc|Number=Sing/3/obl",
            "задержали/задержать/VERB/Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin/0/root",
            "активиста/активист/NOUN/Animacy=Anim|Case=Acc|Number=Sing/3/obj", "././PUNCT//3/punct",
        ], mentions: [("Москве", .location)], published: "2024-11-20"))
        let arrest = try #require(town.events.first)
        #expect(arrest.type == "COERCE")
        #expect(!arrest.participants.contains { $0.role == .actor })
        #expect(arrest.place.map { town.text(of: $0.range) } == "Москве")
    }

    @Test("a participle's noun takes part: the one a passive participle tells of undergoes the act; a passive predicate's subject does the infinitive")
    func participlesAndPassiveControl() throws {
        let released = try run(parsed([
            "Задержанного/задержать/VERB/Aspect=Perf|Case=Acc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass/3/acl",
            "полицией/полиция/NOUN/Animacy=Inan|Case=Ins|Number=Sing/1/obl:agent",
            "Навального/навальный/PROPN/Animacy=Anim|Case=Acc|Number=Sing/4/obj",
            "отпустили/отпустить/VERB/Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin|Voice=Act/0/root", "././PUNCT//4/punct",
        ], mentions: [("Навального", .person)], published: "2024-11-20"))
        let arrest = try #require(released.events.first { $0.type == "COERCE" })
        #expect(arrest.participants.contains { $0.role == .recipient && released.text(of: $0.range) == "Навального" })
        let forced = try run(parsed([
            "Мушарраф/мушарраф/PROPN/Animacy=Anim|Case=Nom|Number=Sing/3/nsubj:pass", "был/быть/AUX/Number=Sing|Tense=Past|VerbForm=Fin/3/cop",
            "вынужден/вынудить/VERB/Aspect=Perf|Number=Sing|Tense=Past|Variant=Short|VerbForm=Part|Voice=Pass/0/root",
            "уйти/уйти/VERB/Aspect=Perf|VerbForm=Inf|Voice=Act/3/xcomp", "в/в/ADP//6/case",
            "отставку/отставка/NOUN/Animacy=Inan|Case=Acc|Number=Sing/4/obl", "././PUNCT//3/punct",
        ], mentions: [("Мушарраф", .person)], published: "2024-11-20"))
        let resignation = try #require(forced.events.first)
        #expect(resignation.type == "RETREAT")
        #expect(resignation.participants.contains { $0.role == .actor && forced.text(of: $0.range) == "Мушарраф" })
    }

    @Test("an office holder named by the office alone is the participant (the conventions' role phrase)")
    func officeAloneIsTheParticipant() throws {
        let d = try run(parsed([
            "Генерал/генерал/NOUN/Animacy=Anim|Case=Nom|Number=Sing/2/nsubj",
            "отрицал/отрицать/VERB/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/0/root",
            "нарушения/нарушение/NOUN/Animacy=Inan|Case=Acc|Number=Plur/2/obj", "././PUNCT//2/punct",
        ], published: "2024-11-20"))
        let e = try #require(d.events.first)
        #expect(e.type == "REJECT")
        #expect(e.participants.contains { $0.role == .actor && d.text(of: $0.range) == "Генерал" })
    }

    @Test("the analytic future is planned; a predicative adjective controls its infinitive's doer and plans it")
    func analyticFutureAndPredicativeControl() throws {
        let support = try run(parsed([
            "Германия/германия/PROPN/Case=Nom|Number=Sing/3/nsubj",
            "будет/быть/AUX/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/3/aux",
            "поддерживать/поддерживать/VERB/Aspect=Imp|VerbForm=Inf/0/root",
            "Украину/украина/PROPN/Case=Acc|Number=Sing/3/obj", "././PUNCT//3/punct",
        ], mentions: [("Германия", .location), ("Украину", .location)], published: "2024-11-20"))
        let promise = try #require(support.events.first)
        #expect(promise.type == "AGREE" && promise.status == .planned)
        #expect(promise.intended?.type == "SUPPORT")
        let meeting = try run(parsed([
            "Путин/путин/PROPN/Animacy=Anim|Case=Nom|Number=Sing/2/nsubj",
            "намерен/намеренный/ADJ/Degree=Pos|Number=Sing|Variant=Short/0/root",
            "встретиться/встретиться/VERB/Aspect=Perf|VerbForm=Inf/2/xcomp", "с/с/ADP//5/case",
            "Эрдоганом/эрдоган/PROPN/Animacy=Anim|Case=Ins|Number=Sing/3/obl", "././PUNCT//2/punct",
        ], mentions: [("Путин", .person), ("Эрдоганом", .person)], published: "2024-11-20"))
        let planned = try #require(meeting.events.first)
        #expect(planned.status == .planned)
        #expect(planned.participants.contains { meeting.text(of: $0.range) == "Путин" })
    }

    @Test("the accused of `обвиняется в` is the recipient of a charge with no accuser named")
    func accusedOfReflexivePassive() throws {
        let d = try run(parsed([
            "Навальный/навальный/PROPN/Animacy=Anim|Case=Nom|Number=Sing/2/nsubj",
            "обвиняется/обвиняться/VERB/Aspect=Imp|Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/0/root",
            "в/в/ADP//4/case", "мошенничестве/мошенничество/NOUN/Animacy=Inan|Case=Loc|Number=Sing/2/obl", "././PUNCT//2/punct",
        ], mentions: [("Навальный", .person)], published: "2024-11-20"))
        let e = try #require(d.events.first)
        #expect(e.type == "ACCUSE" && e.mode == "allege")
        #expect(e.participants.contains { $0.role == .recipient && d.text(of: $0.range) == "Навальный" })
        #expect(!e.participants.contains { $0.role == .actor })
    }

    @Test("a subject borrowed from a coordinated verb is not the actor of its own arrest")
    func arrestedIsNotTheirOwnActor() throws {
        let d = try run(parsed([
            "Куракин/куракин/PROPN/Case=Nom|Number=Sing/2/nsubj", "провел/провести/VERB/VerbForm=Fin|Tense=Past/0/root",
            "годы/год/NOUN/Case=Acc|Number=Plur/2/obj", ",/,/PUNCT//6/punct", "его/он/PRON/Case=Acc/6/obj",
            "задержали/задержать/VERB/VerbForm=Fin|Tense=Past|Number=Plur/2/conj", "././PUNCT//2/punct",
        ], mentions: [("Куракин", .person)]))
        let e = try #require(d.events.first { $0.type == "COERCE" })
        #expect(names(d, e, .actor).isEmpty)
        #expect(e.patterns.contains("role.actor-is-recipient"))
        #expect(!names(d, e, .recipient).isEmpty)
    }

    @Test("a town is not among those arrested")
    func townIsNoParticipant() throws {
        let d = try run(parsed([
            "Полиция/полиция/NOUN/Case=Nom|Number=Sing/2/nsubj", "задержала/задержать/VERB/VerbForm=Fin|Tense=Past/0/root",
            "Петрова/петров/PROPN/Case=Acc/2/obj", "и/и/CCONJ//5/cc", "Бронницы/бронницы/PROPN/Case=Acc/3/conj",
            "././PUNCT//2/punct",
        ], mentions: [("Петрова", .person), ("Бронницы", .location)]))
        let e = try #require(d.events.first)
        #expect(names(d, e, .recipient) == ["Петрова"])
        #expect(e.patterns.contains("role.place-not-participant"))
    }
}

extension EventDateAndRoleTests {
    @Test("a town's official is the participant, not the town (`задержан мэр Калуги`)")
    func officialOfTownIsTheParticipant() throws {
        let d = try run(parsed([
            "Полиция/полиция/NOUN/Case=Nom|Number=Sing/2/nsubj", "задержала/задержать/VERB/VerbForm=Fin|Tense=Past/0/root",
            "мэра/мэр/NOUN/Animacy=Anim|Case=Acc|Number=Sing/2/obj", "Калуги/калуга/PROPN/Case=Gen/3/nmod",
            "././PUNCT//2/punct",
        ], mentions: [("Калуги", .location)]))
        let e = try #require(d.events.first)
        #expect(names(d, e, .recipient) == ["мэра Калуги"])
    }

    @Test("a town named in apposition (`задержан мэр города Бронницы`) still describes the official, the participant")
    func officialOfTownInApposition() throws {
        let d = try run(parsed([
            "Задержан/задержать/VERB/VerbForm=Part|Voice=Pass|Variant=Short/0/root",
            "мэр/мэр/NOUN/Animacy=Anim|Case=Nom|Number=Sing/1/nsubj:pass", "города/город/NOUN/Animacy=Inan|Case=Gen|Number=Sing/2/nmod",
            "Бронницы/бронницы/PROPN/Case=Nom/3/appos", "././PUNCT//1/punct",
        ], mentions: [("Бронницы", .location)]))
        let e = try #require(d.events.first)
        #expect(names(d, e, .recipient) == ["мэр города Бронницы"])
        #expect(e.patterns.contains("role.descriptor-of-place"))
    }

    @Test("a participle used as a noun is a participant of its class: `задержала нападавшего`, `протестующие требуют`")
    func participleAsNoun() throws {
        // The lemma of a participle is its verb (`нападать`); the class lists it by its nominative.
        let d = try run(parsed([
            "Полиция/полиция/NOUN/Case=Nom|Number=Sing/2/nsubj", "задержала/задержать/VERB/VerbForm=Fin|Tense=Past/0/root",
            "нападавшего/нападать/VERB/Case=Acc|Number=Sing|VerbForm=Part|Animacy=Anim/2/obj", "././PUNCT//2/punct",
        ]))
        let e = try #require(d.events.first)
        let attacker = try #require(e.participants.first { $0.role == .recipient })
        #expect(d.text(of: attacker.range) == "нападавшего")
        #expect(attacker.normal == "нападавший")
        // A participle of no class (`работавшего`) is no participant by this rule.
        let other = try run(parsed([
            "Полиция/полиция/NOUN/Case=Nom|Number=Sing/2/nsubj", "задержала/задержать/VERB/VerbForm=Fin|Tense=Past/0/root",
            "работавшего/работать/VERB/Case=Acc|Number=Sing|VerbForm=Part/2/obj", "././PUNCT//2/punct",
        ]))
        #expect(other.events.allSatisfy { $0.participants.allSatisfy { $0.role != .recipient } })
        // An adjective used as a noun names the unnamed doer the same way (`Неизвестные обстреляли полицейских`).
        let unknown = try run(parsed([
            "Неизвестные/неизвестный/ADJ/Case=Nom|Number=Plur/2/nsubj", "обстреляли/обстрелять/VERB/VerbForm=Fin|Tense=Past/0/root",
            "полицейских/полицейский/NOUN/Case=Acc|Number=Plur|Animacy=Anim/2/obj", "././PUNCT//2/punct",
        ]))
        let shooting = try #require(unknown.events.first { $0.type == "ASSAULT" })
        #expect(shooting.participants.filter { $0.role == .actor }.map { unknown.text(of: $0.range) } == ["Неизвестные"])
    }

    @Test("someone told by their kin is not the person named after them: `задержали мать Антона Долина`; `жену Хизер Морган` is her")
    func kinIsNotTheNamedPerson() throws {
        let mother = try run(parsed([
            "Полиция/полиция/NOUN/Case=Nom|Number=Sing/2/nsubj", "задержала/задержать/VERB/VerbForm=Fin|Tense=Past/0/root",
            "мать/мать/NOUN/Animacy=Anim|Case=Acc|Number=Sing/2/obj", "кинокритика/кинокритик/NOUN/Animacy=Anim|Case=Gen/3/nmod",
            "Антона/антон/PROPN/Case=Gen/4/appos", "Долина/долин/PROPN/Case=Gen/5/flat:name", "././PUNCT//2/punct",
        ], mentions: [("Антона Долина", .person)]))
        let arrest = try #require(mother.events.first)
        #expect(names(mother, arrest, .recipient) == ["мать кинокритика Антона Долина"])
        #expect(arrest.participants.allSatisfy { $0.entity == nil || $0.role == .actor })
        // A name in apposition to the kin word, in its case, names the relative.
        let wife = try run(parsed([
            "Полиция/полиция/NOUN/Case=Nom|Number=Sing/2/nsubj", "задержала/задержать/VERB/VerbForm=Fin|Tense=Past/0/root",
            "жену/жена/NOUN/Animacy=Anim|Case=Acc|Number=Sing/2/obj", "Хизер/хизер/PROPN/Case=Acc/3/appos",
            "Морган/морган/PROPN/Case=Acc/4/flat:name", "././PUNCT//2/punct",
        ], mentions: [("Хизер Морган", .person)]))
        let wifeArrest = try #require(wife.events.first)
        #expect(names(wife, wifeArrest, .recipient) == ["Хизер Морган"])
    }

    @Test("a meeting's own subject is kept even when coreference makes it the companion too")
    func meetingSidesAreKept() throws {
        let d = try run(parsed([
            "Путин/путин/PROPN/Case=Nom/2/nsubj", "встретился/встретиться/VERB/VerbForm=Fin|Tense=Past/0/root",
            "с/с/ADP//4/case", "Путиным/путин/PROPN/Case=Ins/2/obl", "././PUNCT//2/punct",
        ], mentions: [("Путин", .person), ("Путиным", .person)]))
        let e = try #require(d.events.first)
        #expect(!e.patterns.contains("role.actor-is-recipient"))
    }
}
