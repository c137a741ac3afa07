import Testing
@testable import LetopisEvents
import LetopisEntities
import LetopisCore

/// Participants for triggers that used to get none (#17, attach17): pronouns resolved to an earlier actor,
/// persons described by a noun, organisations in a `в`-slot as addressees, negated approval as a refusal,
/// and the genitive of a transitive verb's noun as its target. Each rule with a near miss.
@Suite("Event attachment")
struct EventAttachmentTests {
    func run(_ doc: Document) throws -> Document { try resolvedAndCoded(doc) }

    /// The fixture split into sentences after each `.` (the shared fixture makes one sentence).
    func sentences(_ doc: Document) -> Document {
        var d = doc
        var out: [Sentence] = []
        var start = 0
        for (i, t) in d.tokens.enumerated() where d.text(of: t.range) == "." || i == d.tokens.count - 1 {
            let first = d.tokens[start].range.start
            out.append(Sentence(TextRange(first, t.range.end), tokens: start..<(i + 1)))
            start = i + 1
            if start >= d.tokens.count { break }
        }
        d.sentences = out
        return d
    }

    /// `Петров прибыл в Москву. [filler.] Его задержали.`, with `fillers` sentences between.
    func arrestByPronoun(antecedentGender: String, fillers: Int = 0) -> Document {
        var rows = [
            "Петров/петров/PROPN/Case=Nom|Gender=\(antecedentGender)|Number=Sing/2/nsubj",
            "прибыл/прибыть/VERB/VerbForm=Fin|Tense=Past/0/root", "././PUNCT//2/punct",
        ]
        for _ in 0..<fillers {
            let base = rows.count
            rows += ["Шел/идти/VERB/VerbForm=Fin|Tense=Past/0/root", "дождь/дождь/NOUN/Case=Nom|Number=Sing/\(base + 1)/nsubj",
                     "././PUNCT//\(base + 1)/punct"]
        }
        let base = rows.count
        rows += [
            "Его/он/PRON/Case=Acc|Gender=Masc|Number=Sing|Person=3/\(base + 2)/obj",
            "задержали/задержать/VERB/VerbForm=Fin|Tense=Past|Number=Plur/0/root", "././PUNCT//\(base + 2)/punct",
        ]
        return sentences(parsed(rows, mentions: [("Петров", .person)]))
    }

    @Test("a pronoun in the next sentence stands for the person named before: its span, their name, and where they were named")
    func pronounTakesPreviousPerson() throws {
        let d = try run(arrestByPronoun(antecedentGender: "Masc"))
        let e = try #require(d.events.first { $0.type == "COERCE" })
        let p = try #require(e.participants.first { $0.role == .recipient })
        #expect(d.text(of: p.range) == "Его")
        #expect(p.normal?.hasPrefix("Петров") == true)
        let a = try #require(p.antecedent)
        #expect(d.text(of: a) == "Петров")
        #expect(p.entity != nil)
    }

    @Test("a masculine pronoun does not take a feminine name: the arrest stays without a participant")
    func pronounNeedsAgreeingGender() throws {
        let d = try run(arrestByPronoun(antecedentGender: "Fem"))
        #expect(!d.events.contains { e in e.type == "COERCE" && !e.participants.isEmpty })
    }

    @Test("an antecedent three sentences back is out of reach")
    func pronounWindowIsBounded() throws {
        let near = try run(arrestByPronoun(antecedentGender: "Masc", fillers: 1))
        #expect(near.events.contains { e in e.type == "COERCE" && e.participants.contains { $0.antecedent != nil } })
        let far = try run(arrestByPronoun(antecedentGender: "Masc", fillers: 2))
        #expect(!far.events.contains { e in e.type == "COERCE" && !e.participants.isEmpty })
    }

    @Test("a pronoun may stand for a person described by a noun (`Злоумышленник ... его задержали`)")
    func pronounTakesDescribedPerson() throws {
        let d = try run(sentences(parsed([
            "Злоумышленник/злоумышленник/NOUN/Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing/2/nsubj",
            "скрылся/скрыться/VERB/VerbForm=Fin|Tense=Past/0/root", "././PUNCT//2/punct",
            "Его/он/PRON/Case=Acc|Gender=Masc|Number=Sing|Person=3/5/obj",
            "задержали/задержать/VERB/VerbForm=Fin|Tense=Past|Number=Plur/0/root", "././PUNCT//5/punct",
        ])))
        let e = try #require(d.events.first { $0.type == "COERCE" })
        let p = try #require(e.participants.first { $0.role == .recipient })
        #expect(p.normal == "злоумышленник")
        #expect(p.antecedent.map { d.text(of: $0) } == "Злоумышленник")
    }

    @Test("`они` takes a nominative organisation, not one in another case")
    func pluralPronounTakesSubjectOrganisation() throws {
        func doc(_ orgCase: String) -> Document {
            sentences(parsed([
                "Госдуму/госдума/PROPN/Case=\(orgCase)|Number=Sing/2/nsubj", "заседала/заседать/VERB/VerbForm=Fin|Tense=Past/0/root",
                "././PUNCT//2/punct",
                "Они/они/PRON/Case=Nom|Number=Plur|Person=3/5/nsubj", "призвали/призвать/VERB/VerbForm=Fin|Tense=Past|Number=Plur/0/root",
                "Минфин/минфин/PROPN/Case=Acc|Number=Sing/5/obj", "././PUNCT//5/punct",
            ], mentions: [("Госдуму", .organization), ("Минфин", .organization)]))
        }
        let d = try run(doc("Nom"))
        let e = try #require(d.events.first { $0.type == "REQUEST" })
        #expect(e.participants.first { $0.role == .actor }?.antecedent.map { d.text(of: $0) } == "Госдуму")
        let other = try run(doc("Acc"))
        #expect(!other.events.contains { e in e.participants.contains { $0.antecedent != nil } })
    }

    @Test("an agentless impersonal arrest of a person described by a noun: the person is the recipient, no actor")
    func describedPersonIsRecipient() throws {
        let d = try run(parsed([
            "В/в/ADP//2/case", "Шереметьево/шереметьево/PROPN/Case=Loc/3/obl",
            "задержали/задержать/VERB/VerbForm=Fin|Tense=Past|Number=Plur/0/root",
            "азербайджанца/азербайджанец/NOUN/Animacy=Anim|Case=Acc|Number=Sing/3/obj", "././PUNCT//3/punct",
        ], mentions: [("Шереметьево", .location)]))
        let e = try #require(d.events.first { $0.type == "COERCE" })
        #expect(names(d, e, .recipient) == ["азербайджанца"])
        #expect(names(d, e, .actor).isEmpty)
    }

    @Test("relatives met are no side of a meeting")
    func describedPersonIsNoMeetingSide() throws {
        let d = try run(parsed([
            "Колесникова/колесникова/PROPN/Case=Nom|Gender=Fem/2/nsubj", "встретилась/встретиться/VERB/VerbForm=Fin|Tense=Past/0/root",
            "с/с/ADP//4/case", "отцом/отец/NOUN/Animacy=Anim|Case=Ins|Number=Sing/2/obl", "././PUNCT//2/punct",
        ], mentions: [("Колесникова", .person)]))
        #expect(!d.events.contains { e in names(d, e, .actor).contains("отцом") })
    }

    @Test("a bill put before parliament: the parliament is the addressee, not the place, and the act stands without its author")
    func institutionIsAddressee() throws {
        let d = try run(parsed([
            "В/в/ADP//2/case", "Госдуму/госдума/PROPN/Case=Acc|Number=Sing/3/obl",
            "внесли/внести/VERB/VerbForm=Fin|Tense=Past|Number=Plur/0/root", "законопроект/законопроект/NOUN/Case=Acc|Number=Sing/3/obj",
            "././PUNCT//3/punct",
        ], mentions: [("Госдуму", .organization)]))
        let e = try #require(d.events.first { $0.type == "REQUEST" })
        #expect(names(d, e, .recipient) == ["Госдуму"])
        #expect(e.place == nil || e.place.map { d.text(of: $0.range) } != "Госдуму")
    }

    @Test("`в отношении X`: X is the target of the case opened, and the case stands without its investigator")
    func regardingIsTarget() throws {
        let d = try run(parsed([
            "В/в/ADP//2/case", "отношении/отношение/NOUN/Case=Loc|Number=Sing/4/obl",
            "мужчины/мужчина/NOUN/Animacy=Anim|Case=Gen|Number=Sing/2/nmod",
            "возбудили/возбудить/VERB/VerbForm=Fin|Tense=Past|Number=Plur/0/root", "уголовное/уголовный/ADJ/Case=Acc/6/amod",
            "дело/дело/NOUN/Case=Acc|Number=Sing/4/obj", "././PUNCT//4/punct",
        ]))
        let e = try #require(d.events.first { $0.type == "ACCUSE" })
        #expect(names(d, e, .recipient) == ["мужчины"])
        #expect(e.patterns.contains("role.target.regarding"))
    }

    @Test("`в отношении` parsed as one compound preposition gives the same target")
    func regardingAsCompoundPreposition() throws {
        let d = try run(parsed([
            "В/в/ADP//3/case", "отношении/отношение/NOUN/Case=Loc|Number=Sing/1/fixed",
            "мужчины/мужчина/NOUN/Animacy=Anim|Case=Gen|Number=Sing/4/obl",
            "возбудили/возбудить/VERB/VerbForm=Fin|Tense=Past|Number=Plur/0/root", "уголовное/уголовный/ADJ/Case=Acc/6/amod",
            "дело/дело/NOUN/Case=Acc|Number=Sing/4/obj", "././PUNCT//4/punct",
        ]))
        let e = try #require(d.events.first { $0.type == "ACCUSE" })
        #expect(names(d, e, .recipient) == ["мужчины"])
        #expect(e.place == nil)
    }

    @Test("a town in the same slot stays a place")
    func placeIsNoAddressee() throws {
        let d = try run(parsed([
            "Депутат/депутат/NOUN/Animacy=Anim|Case=Nom|Number=Sing/2/nsubj", "внес/внести/VERB/VerbForm=Fin|Tense=Past/0/root",
            "законопроект/законопроект/NOUN/Case=Acc|Number=Sing/2/obj", "в/в/ADP//5/case", "Калугу/калуга/PROPN/Case=Acc|Number=Sing/2/obl",
            "././PUNCT//2/punct",
        ], mentions: [("Калугу", .location)]))
        #expect(!d.events.contains { e in names(d, e, .recipient).contains("Калугу") })
    }

    @Test("parliament not approving a bill is a refusal that occurred; approving it is not coded")
    func negatedApprovalIsReject() throws {
        func doc(negated: Bool) -> Document {
            let n = negated ? 1 : 0
            var rows = ["Госдума/госдума/PROPN/Case=Nom|Number=Sing/\(2 + n)/nsubj"]
            if negated { rows.append("не/не/PART//3/advmod") }
            rows += ["одобрила/одобрить/VERB/VerbForm=Fin|Tense=Past/0/root",
                     "законопроект/законопроект/NOUN/Case=Acc|Number=Sing/\(2 + n)/obj", "././PUNCT//\(2 + n)/punct"]
            return parsed(rows, mentions: [("Госдума", .organization)])
        }
        let d = try run(doc(negated: true))
        let e = try #require(d.events.first { $0.type == "REJECT" })
        #expect(e.status == .occurred)
        #expect(names(d, e, .actor) == ["Госдума"])
        #expect(e.patterns.contains("retype.negated-approval"))
        let approved = try run(doc(negated: false))
        #expect(!approved.events.contains { $0.type == "REJECT" })
    }

    @Test("not supporting someone is a REJECT, not a negated SUPPORT")
    func negatedSupportIsReject() throws {
        let d = try run(parsed([
            "Сербия/сербия/PROPN/Case=Nom|Number=Sing/3/nsubj", "не/не/PART//3/advmod", "поддержала/поддержать/VERB/VerbForm=Fin|Tense=Past/0/root",
            "Запад/запад/PROPN/Case=Acc|Number=Sing/3/obj", "././PUNCT//3/punct",
        ], mentions: [("Сербия", .location), ("Запад", .organization)]))
        #expect(d.events.contains { $0.type == "REJECT" && $0.status == .occurred })
        #expect(!d.events.contains { $0.type == "SUPPORT" })
    }

    @Test("`обстрел территории России`: the genitive of a transitive verb's noun is shelled, not shelling")
    func deverbalGenitiveIsTarget() throws {
        let d = try run(parsed([
            "ВСУ/всу/PROPN/Case=Nom/2/nsubj", "провели/провести/VERB/VerbForm=Fin|Tense=Past/0/root",
            "обстрел/обстрел/NOUN/Case=Acc|Number=Sing/2/obj", "территории/территория/NOUN/Case=Gen|Number=Sing/3/nmod",
            "России/россия/PROPN/Case=Gen/4/nmod", "././PUNCT//2/punct",
        ], mentions: [("ВСУ", .organization), ("России", .location)]))
        let e = try #require(d.events.first { $0.type == "ASSAULT" })
        #expect(names(d, e, .actor) == ["ВСУ"])
        #expect(!names(d, e, .actor).contains { $0.contains("России") })
        #expect(names(d, e, .recipient).contains { $0.contains("России") })
    }

    @Test("with its target given by `на`, the genitive of such a noun is the doer")
    func deverbalGenitiveWithTargetIsDoer() throws {
        let d = try run(parsed([
            "Начался/начаться/VERB/VerbForm=Fin|Tense=Past/0/root", "обстрел/обстрел/NOUN/Case=Nom|Number=Sing/1/nsubj",
            "ВСУ/всу/PROPN/Case=Gen/2/nmod", "на/на/ADP//5/case", "позиции/позиция/NOUN/Case=Acc|Number=Plur/2/nmod", "././PUNCT//1/punct",
        ], mentions: [("ВСУ", .organization)]))
        let e = try #require(d.events.first { $0.type == "ASSAULT" })
        #expect(names(d, e, .actor) == ["ВСУ"])
    }
}
