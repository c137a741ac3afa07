import Testing
@testable import LetopisEvents
import LetopisEntities
import LetopisCore

/// Types, statuses and roles `../shared/event-annotation.md` decides (#17, session 10): constructions in which a
/// trigger reports another type (`Lexicons/retypes.tsv`), denials, clashes and the rows for pardons and dispersals.
@Suite("Event types the conventions decide")
struct EventConventionTests {
    func run(_ doc: Document) throws -> Document { try resolvedAndCoded(doc) }

    @Test("liberating a place is an ASSAULT; releasing a person stays a release")
    func territoryTaken() throws {
        let taken = try run(parsed([
            "Войска/войско/NOUN/Case=Nom|Number=Plur/2/nsubj", "освободили/освободить/VERB/VerbForm=Fin|Tense=Past/0/root",
            "село/село/NOUN/Case=Acc|Number=Sing/2/obj", "Новодмитровка/новодмитровка/PROPN/Case=Nom/3/appos", "././PUNCT//2/punct",
        ], mentions: [("Новодмитровка", .location)]))
        let e = try #require(taken.events.first)
        #expect(e.type == "ASSAULT" && e.mode == nil)
        #expect(e.patterns.contains("retype.territory-taken"))
        // The ground taken is where it happened, not whom it was done to (the conventions' `освободила Селидово`).
        #expect(e.place.map { taken.text(of: $0.range) } == "Новодмитровка")
        #expect(e.participants.allSatisfy { $0.role == .actor })
        let released = try run(parsed([
            "Суд/суд/NOUN/Case=Nom|Number=Sing/2/nsubj", "освободил/освободить/VERB/VerbForm=Fin|Tense=Past/0/root",
            "Петрова/петров/PROPN/Case=Acc/2/obj", "././PUNCT//2/punct",
        ], mentions: [("Петрова", .person)]))
        #expect(released.events.first?.type == "RETREAT")
    }

    @Test("an arrest in absentia is THREATEN/arrest; an arrest made stays COERCE/arrest")
    func arrestInAbsentia() throws {
        func arrest(_ absentia: Bool) throws -> Event? {
            var rows = ["Суд/суд/NOUN/Case=Nom|Number=Sing/3/nsubj"]
            rows.append(absentia ? "заочно/заочно/ADV//3/advmod" : "вчера/вчера/ADV//3/advmod")
            rows += ["арестовал/арестовать/VERB/VerbForm=Fin|Tense=Past/0/root", "Петрова/петров/PROPN/Case=Acc/3/obj", "././PUNCT//3/punct"]
            return try run(parsed(rows, mentions: [("Петрова", .person)])).events.first
        }
        let threat = try #require(try arrest(true))
        #expect(threat.type == "THREATEN" && threat.mode == "arrest")
        #expect(try arrest(false)?.type == "COERCE")
    }

    @Test("halting negotiations is a SANCTION, not talks")
    func talksHalted() throws {
        func talks(_ verb: String, _ lemma: String) throws -> Event? {
            try run(parsed([
                "Израиль/израиль/PROPN/Case=Nom|Number=Sing/2/nsubj", "\(verb)/\(lemma)/VERB/VerbForm=Fin|Tense=Past/0/root",
                "переговоры/переговоры/NOUN/Case=Acc|Number=Plur/2/obj", "с/с/ADP//5/case", "ХАМАС/хамас/PROPN/Case=Ins/3/nmod",
                "././PUNCT//2/punct",
            ], mentions: [("Израиль", .location), ("ХАМАС", .organization)])).events.first
        }
        let halted = try #require(try talks("прекратил", "прекратить"))
        #expect(halted.type == "SANCTION" && halted.mode == "reduce-relations")
        #expect(try talks("провёл", "провести")?.type == "CONSULT")
    }

    @Test("expelling diplomats is SANCTION/expel, deporting others COERCE/deport")
    func expelDiplomats() throws {
        func expelled(_ word: String, _ lemma: String) throws -> Event? {
            try run(parsed([
                "Россия/россия/PROPN/Case=Nom|Number=Sing/2/nsubj", "выдворила/выдворить/VERB/VerbForm=Fin|Tense=Past/0/root",
                "\(word)/\(lemma)/NOUN/Case=Acc|Number=Plur|Animacy=Anim/2/obj", "././PUNCT//2/punct",
            ], mentions: [("Россия", .location)])).events.first
        }
        let diplomats = try #require(try expelled("дипломатов", "дипломат"))
        #expect(diplomats.type == "SANCTION" && diplomats.mode == "expel")
        #expect(try expelled("мигрантов", "мигрант")?.type == "COERCE")
    }

    @Test("an act a denial governs is negated; an accusation the denial answers was made")
    func denial() throws {
        let d = try run(parsed([
            "Кремль/кремль/PROPN/Case=Nom|Number=Sing/2/nsubj", "опроверг/опровергнуть/VERB/VerbForm=Fin|Tense=Past/0/root",
            "сообщения/сообщение/NOUN/Case=Acc|Number=Plur/2/obj", "о/о/ADP//5/case", "том/то/PRON/Case=Loc/3/nmod",
            ",/,/PUNCT//9/punct", "что/что/SCONJ//9/mark", "Россия/россия/PROPN/Case=Nom|Number=Sing/9/nsubj",
            "атаковала/атаковать/VERB/VerbForm=Fin|Tense=Past/5/acl", "Киев/киев/PROPN/Case=Acc|Number=Sing/9/obj",
            "././PUNCT//2/punct",
        ], mentions: [("Кремль", .organization), ("Россия", .location), ("Киев", .location)]))
        let attack = try #require(d.events.first { $0.type == "ASSAULT" })
        #expect(attack.status == .negated)
        let reply = try run(parsed([
            "Кремль/кремль/PROPN/Case=Nom|Number=Sing/2/nsubj", "отверг/отвергнуть/VERB/VerbForm=Fin|Tense=Past/0/root",
            "обвинения/обвинение/NOUN/Case=Acc|Number=Plur/2/obj", "Киева/киев/PROPN/Case=Gen|Number=Sing/3/nmod",
            "././PUNCT//2/punct",
        ], mentions: [("Кремль", .organization), ("Киева", .location)]))
        #expect(reply.events.allSatisfy { $0.status != .negated })
    }

    @Test("pardons are CONCEDE, dispersing protesters COERCE/restrict")
    func pardonAndDispersal() throws {
        let pardon = try run(parsed([
            "Президент/президент/NOUN/Case=Nom|Number=Sing/2/nsubj", "помиловал/помиловать/VERB/VerbForm=Fin|Tense=Past/0/root",
            "Петрова/петров/PROPN/Case=Acc/2/obj", "././PUNCT//2/punct",
        ], mentions: [("Петрова", .person)]))
        #expect(pardon.events.first?.type == "CONCEDE")
        let dispersal = try run(parsed([
            "Полиция/полиция/NOUN/Case=Nom|Number=Sing/2/nsubj", "разогнала/разогнать/VERB/VerbForm=Fin|Tense=Past/0/root",
            "демонстрантов/демонстрант/NOUN/Case=Acc|Number=Plur|Animacy=Anim/2/obj", "././PUNCT//2/punct",
        ], mentions: []))
        let e = try #require(dispersal.events.first)
        #expect(e.type == "COERCE" && e.mode == "restrict")
    }

    /// `SUBJECT VERB атаку России .`: a verb over the noun of an attack, with the attacker in the genitive.
    func attackGoverned(by verb: (String, String)) throws -> Document {
        try run(parsed([
            "Украина/украина/PROPN/Case=Nom|Number=Sing/2/nsubj", "\(verb.0)/\(verb.1)/VERB/Aspect=Perf|VerbForm=Fin|Tense=Past/0/root",
            "атаку/атака/NOUN/Case=Acc|Number=Sing/2/obj", "России/россия/PROPN/Case=Gen|Number=Sing/3/nmod", "././PUNCT//2/punct",
        ], mentions: [("Украина", .location), ("России", .location)]))
    }

    @Test("who repels an attack is its target and who prevents one not its attacker; a prevented act is negated, a repelled one occurred")
    func opposedAttack() throws {
        let doc = try attackGoverned(by: ("отразила", "отразить"))
        let repelled = try #require(doc.events.first { $0.type == "ASSAULT" })
        #expect(names(doc, repelled, .actor) == ["России"])
        #expect(names(doc, repelled, .recipient) == ["Украина"])
        #expect(repelled.status == .occurred)
        let preventedDoc = try attackGoverned(by: ("предотвратила", "предотвратить"))
        let prevented = try #require(preventedDoc.events.first { $0.type == "ASSAULT" })
        #expect(names(preventedDoc, prevented, .actor) == ["России"])
        #expect(prevented.status == .negated)
        // A light verb still lends its subject: `Украина провела атаку` is Ukraine's attack.
        let ownDoc = try attackGoverned(by: ("провела", "провести"))
        let own = try #require(ownDoc.events.first { $0.type == "ASSAULT" })
        #expect(names(ownDoc, own, .actor).contains("Украина"))
    }

    @Test("a `не` over a verb remarking on an attack is the remark's; over a light verb it is the attack's")
    func remarkNotNegatingAct() throws {
        /// `Украина не VERB атаку России .`
        func attack(under verb: (String, String)) throws -> Event {
            let doc = try run(parsed([
                "Украина/украина/PROPN/Case=Nom|Number=Sing/3/nsubj", "не/не/PART//3/advmod",
                "\(verb.0)/\(verb.1)/VERB/Aspect=Imp|VerbForm=Fin|Tense=Past/0/root",
                "атаку/атака/NOUN/Case=Acc|Number=Sing/3/obj", "России/россия/PROPN/Case=Gen|Number=Sing/4/nmod", "././PUNCT//3/punct",
            ], mentions: [("Украина", .location), ("России", .location)]))
            return try #require(doc.events.first { $0.type == "ASSAULT" })
        }
        // `Украина не комментировала атаку России`: the attack took place; nobody commented on it.
        #expect(try attack(under: ("комментировала", "комментировать")).status == .occurred)
        #expect(try attack(under: ("прокомментировала", "прокомментировать")).status == .occurred)
        // `Украина не провела атаку`: the light verb carries the act, and its `не` negates it.
        #expect(try attack(under: ("провела", "провести")).status == .negated)
    }

    @Test("a noun phrase trigger hangs on its head noun: `провёл акцию протеста` lends the protester; `разогнала` does not")
    func phraseHeadLightVerb() throws {
        /// `SUBJECT VERB акцию протеста .`, the genitive under the head noun as the parser gives it.
        func protest(_ subject: (String, String, EntityType), _ verb: (String, String)) throws -> Document {
            try run(parsed([
                "\(subject.0)/\(subject.1)/PROPN/Case=Nom|Number=Sing/2/nsubj",
                "\(verb.0)/\(verb.1)/VERB/Aspect=Perf|VerbForm=Fin|Tense=Past/0/root",
                "акцию/акция/NOUN/Case=Acc|Number=Sing/2/obj", "протеста/протест/NOUN/Case=Gen|Number=Sing/3/nmod", "././PUNCT//2/punct",
            ], mentions: [(subject.0, subject.2)]))
        }
        // The light verb governs `акцию`, the phrase's head, not `протеста`, its last word.
        let held = try protest(("Навальный", "навальный", .person), ("провёл", "провести"))
        let heldEvent = try #require(held.events.first { $0.type == "PROTEST" })
        #expect(names(held, heldEvent, .actor) == ["Навальный"])
        // Who disperses a protest is not its protester (taken for the light verb, `разогнала` would make it one).
        let dispersed = try protest(("Полиция", "полиция", .organization), ("разогнала", "разогнать"))
        #expect(dispersed.events.allSatisfy { $0.type != "PROTEST" || !names(dispersed, $0, .actor).contains("Полиция") })
    }

    @Test("a `не` over the verb an act is the subject of negates the act only when that verb tells whether it took place")
    func negationOverSubjectNoun() throws {
        /// `Задержание Дурова не VERB OBJECT .`
        func arrest(_ verb: (String, String), object: [String]) throws -> Event {
            let doc = try run(parsed([
                "Задержание/задержание/NOUN/Case=Nom|Number=Sing/4/nsubj", "Дурова/дуров/PROPN/Case=Gen|Number=Sing/1/nmod",
                "не/не/PART//4/advmod", "\(verb.0)/\(verb.1)/VERB/Aspect=Perf|VerbForm=Fin|Tense=Past/0/root",
            ] + object + ["././PUNCT//4/punct"], mentions: [("Дурова", .person)]))
            return try #require(doc.events.first { $0.type == "COERCE" })
        }
        // `не оказало влияния`: the arrest happened; what it did not do is have an effect.
        #expect(try arrest(("оказало", "оказать"), object: ["влияния/влияние/NOUN/Case=Gen|Number=Sing/4/obj"]).status == .occurred)
        // `не состоялось`: the arrest did not take place.
        #expect(try arrest(("состоялось", "состояться"), object: []).status == .negated)
    }

    @Test("a verb that charges its object with an act makes the object its actor: `США обвинили Иран в поставках оружия`")
    func chargedActor() throws {
        /// `США VERB Иран в поставках оружия .`
        func supply(under verb: (String, String)) throws -> (Document, Event) {
            let doc = try run(parsed([
                "США/сша/PROPN/Case=Nom|Number=Plur/2/nsubj", "\(verb.0)/\(verb.1)/VERB/Aspect=Perf|VerbForm=Fin|Tense=Past/0/root",
                "Иран/иран/PROPN/Case=Acc|Number=Sing/2/obj", "в/в/ADP//5/case", "поставках/поставка/NOUN/Case=Loc|Number=Plur/2/obl",
                "оружия/оружие/NOUN/Case=Gen|Number=Sing/5/nmod", "././PUNCT//2/punct",
            ], mentions: [("США", .location), ("Иран", .location)]))
            return (doc, try #require(doc.events.first { $0.type == "AID" }))
        }
        let (charged, supplied) = try supply(under: ("обвинили", "обвинить"))
        #expect(names(charged, supplied, .actor) == ["Иран"])
        #expect(supplied.patterns.contains("actor.setting-verb-object"))
        // A verb that does not charge anyone leaves the act to its subject, as `на встрече с X он заявил` does.
        let (praised, praisedSupply) = try supply(under: ("похвалили", "похвалить"))
        #expect(names(praised, praisedSupply, .actor) == ["США"])
    }

    @Test("a cancelled visit is negated; lifting sanctions is CONCEDE ease-sanctions, not a sanction negated")
    func cancelled() throws {
        let visit = try run(parsed([
            "Путин/путин/PROPN/Case=Nom|Number=Sing/2/nsubj", "отменил/отменить/VERB/Aspect=Perf|VerbForm=Fin|Tense=Past/0/root",
            "визит/визит/NOUN/Case=Acc|Number=Sing/2/obj", "в/в/ADP//5/case", "Бразилию/бразилия/PROPN/Case=Acc|Number=Sing/3/nmod",
            "././PUNCT//2/punct",
        ], mentions: [("Путин", .person), ("Бразилию", .location)]))
        let v = try #require(visit.events.first)
        #expect(v.type == "CONSULT" && v.status == .negated)
        #expect(names(visit, v, .actor) == ["Путин"])
        let lifted = try run(parsed([
            "Япония/япония/PROPN/Case=Nom|Number=Sing/2/nsubj", "отменила/отменить/VERB/Aspect=Perf|VerbForm=Fin|Tense=Past/0/root",
            "санкции/санкция/NOUN/Case=Acc|Number=Plur/2/obj", "против/против/ADP//5/case", "России/россия/PROPN/Case=Gen|Number=Sing/3/nmod",
            "././PUNCT//2/punct",
        ], mentions: [("Япония", .location), ("России", .location)]))
        let e = try #require(lifted.events.first)
        #expect(e.type == "CONCEDE" && e.mode == "ease-sanctions" && e.status == .occurred)
    }

    @Test("what a permission allows is hypothetical (`позволила Украине наносить удары`); what a verb begins occurred")
    func permittedStrikes() throws {
        func strikes(_ verb: (String, String)) throws -> Event? {
            try run(parsed([
                "Франция/франция/PROPN/Case=Nom|Number=Sing/2/nsubj", "\(verb.0)/\(verb.1)/VERB/Aspect=Perf|VerbForm=Fin|Tense=Past/0/root",
                "Украине/украина/PROPN/Case=Dat|Number=Sing/2/iobj", "наносить/наносить/VERB/Aspect=Imp|VerbForm=Inf/2/xcomp",
                "удары/удар/NOUN/Case=Acc|Number=Plur/4/obj", "././PUNCT//2/punct",
            ], mentions: [("Франция", .location), ("Украине", .location)])).events.first { $0.type == "ASSAULT" }
        }
        #expect(try #require(try strikes(("позволила", "позволить"))).status == .hypothetical)
        #expect(try #require(try strikes(("помогла", "помочь"))).status == .occurred)
    }

    @Test("weapons supplied are AID military; weapons a state may hand over are AGREE, as a planned aid is")
    func weaponsSupplied() throws {
        func supply(_ verb: [String]) throws -> Event? {
            try run(parsed([
                "Германия/германия/PROPN/Case=Nom|Number=Sing/\(verb.count + 1)/nsubj",
            ] + verb + [
                "Украине/украина/PROPN/Case=Dat|Number=Sing/\(verb.count + 1)/iobj",
                "ракеты/ракета/NOUN/Case=Acc|Number=Plur/\(verb.count + 1)/obj", "././PUNCT//\(verb.count + 1)/punct",
            ], mentions: [("Германия", .location), ("Украине", .location)])).events.first
        }
        let supplied = try #require(try supply(["поставила/поставить/VERB/Aspect=Perf|VerbForm=Fin|Tense=Past/0/root"]))
        #expect(supplied.type == "AID" && supplied.mode == "military" && supplied.status == .occurred)
        let possible = try #require(try supply([
            "может/мочь/VERB/Aspect=Imp|VerbForm=Fin|Tense=Pres/0/root", "передать/передать/VERB/Aspect=Perf|VerbForm=Inf/2/xcomp",
        ]))
        #expect(possible.type == "AGREE" && possible.status == .hypothetical)
    }
}
