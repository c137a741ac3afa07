import Foundation
import Testing
import LetopisCore
@testable import LetopisCorpus

@Suite("Document records")
struct DocumentRecordTests {
    /// A document with its layers set by hand: a dateline sentence, then a lead with one meeting.
    func document() throws -> Document {
        let text = "МОСКВА, 15 октября — РИА Новости. Путин встретился с Эрдоганом. Потом был обед."
        var doc = Document(id: "d", text: text, published: PublicationDate(try #require(CalendarDate(iso: "2025-10-15")), source: .header))
        func range(_ s: String) throws -> TextRange {
            guard let r = text.range(of: s) else { throw CocoaError(.coderValueNotFound) }
            return TextRange(text.utf8.distance(from: text.startIndex, to: r.lowerBound),
                             text.utf8.distance(from: text.startIndex, to: r.upperBound))
        }
        let words = ["МОСКВА", "РИА", "Новости", "Путин", "встретился", "с", "Эрдоганом", "Потом", "был", "обед"]
        var from = text.startIndex
        for w in words {
            let r = try #require(text.range(of: w, range: from..<text.endIndex))
            doc.tokens.append(Token(TextRange(text.utf8.distance(from: text.startIndex, to: r.lowerBound),
                                              text.utf8.distance(from: text.startIndex, to: r.upperBound)), kind: .word))
            from = r.upperBound
        }
        doc.sentences = [Sentence(try range("МОСКВА, 15 октября — РИА Новости."), tokens: 0..<3),
                         Sentence(try range("Путин встретился с Эрдоганом."), tokens: 3..<7),
                         Sentence(try range("Потом был обед."), tokens: 7..<10)]
        doc.dateline = Dateline(range: try range("МОСКВА, 15 октября — РИА Новости."), placeRange: try range("МОСКВА"),
                                place: "Москва", day: 15, month: 10, agencyRange: nil, agency: "РИА Новости")
        doc.mentions = [Mention(try range("Путин"), type: .person, normal: "Путин", entity: 0),
                        Mention(try range("Эрдоганом"), type: .person, normal: "Эрдоган", entity: 1)]
        var putin = Actor(id: 0, type: .person, name: "Владимир Путин", country: "RU", mentions: [0])
        putin.person = PersonName(first: "Владимир", last: "Путин")
        doc.actors = [putin, Actor(id: 1, type: .person, name: "Реджеп Тайип Эрдоган", country: "TR", mentions: [1])]
        doc.events = [Event(type: "CONSULT", cameo: "040", trigger: try range("встретился"),
                            participants: [EventParticipant(try range("Путин"), normal: "Владимир Путин", entity: 0, role: .actor),
                                           EventParticipant(try range("Эрдоганом"), normal: "Реджеп Тайип Эрдоган", entity: 1, role: .recipient)],
                            time: EventTime(value: "2025-10", mod: .mid, basis: .timex, timex: nil))]
        return doc
    }

    @Test("spans are code points, ids are <document>-<n>, the lead is the first sentence past the dateline")
    func fromDocument() throws {
        let record = DocumentRecord(document: try document(), outlet: "ria", time: "2025-10-15T10:00:00Z", extractorVersion: "v1")
        let event = try #require(record.events.first)
        #expect(event.id == "d-0")
        #expect(event.inLead)
        #expect(event.sentenceIndex == 1)
        let scalars = Array(record.text.unicodeScalars)
        func text(_ s: Int, _ e: Int) -> String { String(String.UnicodeScalarView(scalars[s..<e])) }
        #expect(text(event.trigger.start, event.trigger.end) == "встретился")
        #expect(event.trigger.start == 40)
        let sentence = try #require(event.sentence)
        #expect(text(sentence.start, sentence.end) == "Путин встретился с Эрдоганом.")
        #expect(event.participants.map(\.actor) == [0, 1])
        #expect(event.time?.earliest == "2025-10-11" && event.time?.latest == "2025-10-20")
        #expect(record.actors[0].aliases == ["Владимир Путин", "Путин"])
        #expect(record.actors[0].person?.last == "Путин")
        #expect(record.published == "2025-10-15" && record.outlet == "ria" && record.extractorVersion == "v1")
        var hash = SHA256(); hash.update(Array(record.text.utf8))
        #expect(record.textSHA256 == hash.hexDigest() && record.textSHA256.count == 64)
    }

    @Test("an announcement is filed under the act it announces, so that the plan links to the meeting")
    func announcementFiledUnderItsAct() throws {
        var doc = try document()
        doc.events[0].type = "AGREE"
        doc.events[0].mode = nil
        doc.events[0].cameo = "030"
        doc.events[0].status = .planned
        doc.events[0].intended = IntendedAct(type: "CONSULT", mode: "visit", cameo: "042", status: .planned,
                                             time: EventTime(value: "FUTURE_REF", mod: nil, basis: .tense, timex: nil))
        let mention = try #require(DocumentRecord(document: doc, outlet: nil, time: nil, extractorVersion: "v1").events.first)
        #expect(mention.type == "CONSULT" && mention.mode == "visit" && mention.cameo == "042" && mention.status == "planned")
        #expect(mention.time?.value == "FUTURE_REF")
        // An offer (`готов к переговорам`: AGREE occurred) is filed as the planned meeting it offers, not a meeting.
        doc.events[0].status = .occurred
        let offer = try #require(DocumentRecord(document: doc, outlet: nil, time: nil, extractorVersion: "v1").events.first)
        #expect(offer.type == "CONSULT" && offer.status == "planned")
    }

    @Test("the trigger's part of speech is its head word's: a verb's form, a noun's none; untagged, none at all")
    func triggerPartOfSpeech() throws {
        var doc = try document()
        #expect(DocumentRecord(document: doc, outlet: nil, time: nil, extractorVersion: "v1").events[0].triggerPOS == nil)
        doc.morphTags = doc.tokens.indices.map { i in
            i == 4 ? MorphTag(pos: "VERB", features: [("Aspect", "Perf"), ("VerbForm", "Fin")])
                : MorphTag(pos: i == 9 ? "NOUN" : "PROPN", features: [])
        }
        // `обед` (a noun) as a second event: `Потом был обед` told as a meeting, for the test's sake.
        let text = doc.text
        let obed = try #require(text.range(of: "обед"))
        let start = text.utf8.distance(from: text.startIndex, to: obed.lowerBound)
        doc.events.append(Event(type: "CONSULT", cameo: "040", trigger: TextRange(start, start + "обед".utf8.count), participants: []))
        let record = DocumentRecord(document: doc, outlet: nil, time: nil, extractorVersion: "v1")
        #expect(record.events[0].triggerPOS == "VERB" && record.events[0].triggerVerbForm == "Fin")
        #expect(!record.events[0].isNominalTrigger)
        #expect(record.events[1].triggerPOS == "NOUN" && record.events[1].triggerVerbForm == nil)
        #expect(record.events[1].isNominalTrigger)
    }

    @Test("a record decodes from what it encodes")
    func roundTrip() throws {
        let record = DocumentRecord(document: try document(), outlet: nil, time: nil, extractorVersion: "v1")
        #expect(try JSONDecoder().decode(DocumentRecord.self, from: JSONEncoder().encode(record)) == record)
    }
}
