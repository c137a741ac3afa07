import Testing
@testable import LetopisEvents
import LetopisEntities
import LetopisCore

@Suite("Event extraction")
struct EventExtractionTests {
    func run(_ doc: Document) throws -> Document { try resolvedAndCoded(doc) }

    func names(_ d: Document, _ e: Event, _ role: EventParticipant.Role) -> [String] {
        e.participants.filter { $0.role == role }.map { $0.normal ?? d.text(of: $0.range) }
    }

    @Test("codes a meeting as reciprocal: the subject and the companion both act, in the sentence's order; the place is where it happened")
    func meeting() throws {
        let d = try run(parsed([
            "Путин/путин/PROPN/Case=Nom/2/nsubj", "встретился/встретиться/VERB/VerbForm=Fin|Tense=Past/0/root",
            "с/с/ADP//4/case", "Эрдоганом/эрдоган/PROPN/Case=Ins/2/obl",
            "в/в/ADP//6/case", "Анкаре/анкара/PROPN/Case=Loc/2/obl", "././PUNCT//2/punct",
        ], mentions: [("Путин", .person), ("Эрдоганом", .person), ("Анкаре", .location)]))
        let e = try #require(d.events.first)
        #expect(d.events.count == 1)
        #expect(e.type == "CONSULT")
        #expect(e.cameo == "040")
        #expect(names(d, e, .actor) == ["Путин", "Эрдоганом"])
        #expect(names(d, e, .recipient).isEmpty)
        #expect(e.place.map { d.text(of: $0.range) } == "Анкаре")
        #expect(e.time?.basis == .published)
        #expect(e.time?.value == "2025-12-23")
        #expect(e.status == .occurred)
    }

    @Test("codes a visit with the visitor as actor and the host state as recipient")
    func visit() throws {
        let d = try run(parsed([
            "Лавров/лавров/PROPN/Case=Nom/2/nsubj", "посетил/посетить/VERB/VerbForm=Fin|Tense=Past/0/root",
            "Пекин/пекин/PROPN/Case=Acc/2/obj", "././PUNCT//2/punct",
        ], mentions: [("Лавров", .person), ("Пекин", .location)]))
        let e = try #require(d.events.first)
        #expect(e.mode == "visit")
        #expect(e.cameo == "042")
        #expect(names(d, e, .actor) == ["Лавров"])
        #expect(names(d, e, .recipient) == ["Китай"])
        #expect(e.place.map { d.text(of: $0.range) } == "Пекин")
    }

    @Test("marks a negated event", arguments: ["не"])
    func negation(_ particle: String) throws {
        let d = try run(parsed([
            "Путин/путин/PROPN/Case=Nom/3/nsubj", "\(particle)/не/PART//3/advmod", "встретился/встретиться/VERB/VerbForm=Fin/0/root",
            "с/с/ADP//5/case", "Байденом/байден/PROPN/Case=Ins/3/obl", "././PUNCT//3/punct",
        ], mentions: [("Путин", .person), ("Байденом", .person)]))
        #expect(d.events.first?.status == .negated)
    }

    @Test("merges a later clause about the same meeting and gathers its topics")
    func merging() throws {
        let d = try run(parsed([
            "Путин/путин/PROPN/Case=Nom/4/nsubj", "и/и/CCONJ//3/cc", "Эрдоган/эрдоган/PROPN/Case=Nom/1/conj",
            "встретились/встретиться/VERB/VerbForm=Fin/0/root", "././PUNCT//4/punct",
            "Стороны/сторона/NOUN/Case=Nom|Number=Plur/7/nsubj", "обсудили/обсудить/VERB/VerbForm=Fin/4/parataxis",
            "торговое/торговый/ADJ/Case=Acc/9/amod", "сотрудничество/сотрудничество/NOUN/Case=Acc/7/obj", "././PUNCT//7/punct",
        ], mentions: [("Путин", .person), ("Эрдоган", .person)]))
        #expect(d.events.count == 1)
        let e = try #require(d.events.first)
        #expect(names(d, e, .actor) == ["Путин", "Эрдоган"])
        #expect(names(d, e, .recipient).isEmpty)
        #expect(e.evidence.count == 1)
        #expect(e.contexts.contains("economic"))
    }

    @Test("takes the source from a post-posed reporting verb and keeps it out of the events")
    func attribution() throws {
        let d = try run(parsed([
            "Путин/путин/PROPN/Case=Nom/2/nsubj", "встретился/встретиться/VERB/VerbForm=Fin/0/root",
            "с/с/ADP//4/case", "Эрдоганом/эрдоган/PROPN/Case=Ins/2/obl", ",/,/PUNCT//6/punct",
            "сообщает/сообщать/VERB/VerbForm=Fin/2/parataxis", "агентство/агентство/NOUN/Case=Nom/6/nsubj",
            "Anadolu/anadolu/PROPN/Case=Nom/7/appos", "././PUNCT//2/punct",
        ], mentions: [("Путин", .person), ("Эрдоганом", .person), ("Anadolu", .organization)]))
        #expect(d.events.count == 1)
        #expect(d.events.first?.source?.normal == "Anadolu")
    }

    @Test("a dash closing a post names its source (`…, — Минобороны`), never a participant, and prefers the person to the office")
    func dashAttribution() throws {
        let passive = try run(parsed([
            "ВСУ/всу/PROPN/Case=Nom/2/nsubj", "атаковали/атаковать/VERB/VerbForm=Fin|Tense=Past/0/root",
            "Белгород/белгород/PROPN/Case=Acc/2/obj", ",/,/PUNCT//5/punct", "—/—/PUNCT//5/punct",
            "Минобороны/минобороны/PROPN/Case=Nom/2/conj", "././PUNCT//2/punct",
        ], mentions: [("ВСУ", .organization), ("Белгород", .location), ("Минобороны", .organization)]))
        let strike = try #require(passive.events.first)
        #expect(strike.source?.normal == "Минобороны")
        #expect(!strike.participants.contains { passive.text(of: $0.range) == "Минобороны" }, "\(strike.participants)")
        #expect(strike.participants.contains { passive.text(of: $0.range) == "ВСУ" })
        let office = try run(parsed([
            "Путин/путин/PROPN/Case=Nom/2/nsubj", "встретился/встретиться/VERB/VerbForm=Fin/0/root",
            "с/с/ADP//4/case", "Эрдоганом/эрдоган/PROPN/Case=Ins/2/obl", "—/—/PUNCT//6/punct",
            "посол/посол/NOUN/Case=Nom/2/parataxis", "России/россия/PROPN/Case=Gen/6/nmod",
            "Андрей/андрей/PROPN/Case=Nom/6/appos", "Келин/келин/PROPN/Case=Nom/8/flat:name", "././PUNCT//2/punct",
        ], mentions: [("Путин", .person), ("Эрдоганом", .person), ("России", .location), ("Андрей Келин", .person)]))
        #expect(office.events.first?.source?.normal == "Андрей Келин", "\(String(describing: office.events.first?.source))")
    }

    @Test("a dash that renames a noun (an apposition, a nominative noun before it) names no source")
    func dashApposition() throws {
        let renamed = try run(parsed([
            "Полиция/полиция/NOUN/Case=Nom/2/nsubj", "задержала/задержать/VERB/VerbForm=Fin|Tense=Past/0/root",
            "настоятеля/настоятель/NOUN/Case=Acc/2/obj", "—/—/PUNCT//5/punct", "отца/отец/NOUN/Case=Acc/3/appos",
            "Николая/николай/PROPN/Case=Acc/5/appos", "././PUNCT//2/punct",
        ], mentions: [("Николая", .person)]))
        #expect(renamed.events.allSatisfy { $0.source == nil })
        let named = try run(parsed([
            "Задержан/задержать/VERB/VerbForm=Part|Voice=Pass/0/root", "беглец/беглец/NOUN/Case=Nom/1/nsubj:pass",
            "—/—/PUNCT//4/punct", "Тургун/тургун/PROPN/Case=Nom/2/appos", "Абдуллаев/абдуллаев/PROPN/Case=Nom/4/flat:name",
            "././PUNCT//1/punct",
        ], mentions: [("Тургун Абдуллаев", .person)]))
        #expect(named.events.allSatisfy { $0.source == nil })
        // The renamed noun's phrase may end in a genitive (`беглец из колонии — Тургун Абдуллаев`): a person's name
        // still renames it, while an agency after the same phrase is the source.
        func fugitive(tail: [String], _ mention: (String, EntityType)) throws -> Document {
            try run(parsed([
                "Задержан/задержать/VERB/VerbForm=Part|Voice=Pass/0/root", "беглец/беглец/NOUN/Animacy=Anim|Case=Nom/1/nsubj:pass",
                "из/из/ADP//4/case", "колонии/колония/NOUN/Animacy=Inan|Case=Gen/2/nmod", "—/—/PUNCT//6/punct",
            ] + tail + ["././PUNCT//1/punct"], mentions: [mention]))
        }
        let longer = try fugitive(tail: ["Тургун/тургун/PROPN/Case=Nom/2/appos", "Абдуллаев/абдуллаев/PROPN/Case=Nom/6/flat:name"],
                                  ("Тургун Абдуллаев", .person))
        #expect(!longer.events.isEmpty && longer.events.allSatisfy { $0.source == nil })
        let agency = try fugitive(tail: ["РИА/риа/PROPN/Case=Nom/1/parataxis", "Новости/новость/PROPN/Case=Nom/6/flat:name"],
                                  ("РИА Новости", .organization))
        #expect(agency.events.contains { $0.source != nil })
    }

    @Test("a reporting verb in an adverbial clause is no source of the main clause's event: `после того, как Путин заявил`")
    func sourceOutsideAdverbialClause() throws {
        /// `Навальный провёл акцию протеста` followed by a clause with `Путин заявил`.
        func protest(_ tail: [String]) throws -> (Document, Event) {
            let doc = try run(parsed([
                "Навальный/навальный/PROPN/Case=Nom|Number=Sing/2/nsubj", "провёл/провести/VERB/Aspect=Perf|VerbForm=Fin|Tense=Past/0/root",
                "акцию/акция/NOUN/Case=Acc|Number=Sing/2/obj", "протеста/протест/NOUN/Case=Gen|Number=Sing/3/nmod",
            ] + tail, mentions: [("Навальный", .person), ("Путин", .person)]))
            return (doc, try #require(doc.events.first { $0.type == "PROTEST" }))
        }
        // `…, заявил Путин`: the report is on Putin's word.
        let (said, saidEvent) = try protest([
            ",/,/PUNCT//6/punct", "заявил/заявить/VERB/VerbForm=Fin|Tense=Past/2/parataxis", "Путин/путин/PROPN/Case=Nom/6/nsubj",
            "././PUNCT//2/punct",
        ])
        #expect(saidEvent.source.map { said.text(of: $0.range) } == "Путин")
        // `… после того, как Путин заявил`: his statement only dates the protest.
        let (dated, datedEvent) = try protest([
            "после/после/ADP//6/case", "того/то/PRON/Case=Gen/2/obl", ",/,/PUNCT//10/punct", "как/как/SCONJ//10/mark",
            "Путин/путин/PROPN/Case=Nom/10/nsubj", "заявил/заявить/VERB/VerbForm=Fin|Tense=Past/6/acl", "././PUNCT//2/punct",
        ])
        #expect(datedEvent.source == nil, "source: \(datedEvent.source.map { dated.text(of: $0.range) } ?? "")")
    }

    @Test("reports no event where nothing happens, and no event without participants")
    func nothing() throws {
        let d = try run(parsed([
            "Переговоры/переговоры/NOUN/Case=Nom/2/nsubj", "важны/важный/ADJ//0/root", "././PUNCT//2/punct",
        ]))
        #expect(d.events.isEmpty)
    }

    @Test("falls back to positions without a parse, and says so")
    func withoutSyntax() throws {
        var doc = parsed([
            "Путин/путин/PROPN/Case=Nom/2/nsubj", "встретился/встретиться/VERB/VerbForm=Fin/0/root",
            "с/с/ADP//4/case", "Эрдоганом/эрдоган/PROPN/Case=Ins/2/obl", "././PUNCT//2/punct",
        ], mentions: [("Путин", .person), ("Эрдоганом", .person)])
        doc.syntax = []
        let d = try run(doc)
        #expect(d.warnings.contains { $0.contains("no syntax") })
        let e = try #require(d.events.first)
        #expect(names(d, e, .actor) == ["Путин", "Эрдоганом"])
        #expect(names(d, e, .recipient).isEmpty)
    }

    @Test("survives a malformed tree with a cycle and a head out of range")
    func malformedTree() throws {
        var doc = parsed([
            "Путин/путин/PROPN/Case=Nom/2/nsubj", "встретился/встретиться/VERB/VerbForm=Fin/1/root",
            "с/с/ADP//4/case", "Эрдоганом/эрдоган/PROPN/Case=Ins/99/obl",
        ], mentions: [("Путин", .person), ("Эрдоганом", .person)])
        doc.syntax[3] = DependencyArc(head: 99, relation: "obl")
        _ = try run(doc)
    }
}
