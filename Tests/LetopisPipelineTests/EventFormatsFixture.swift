import LetopisPipeline

/// A small coded document for the PLOVER and GDELT writers: a Russian minister visits Syria, told
/// with a month-level date; an arrest told without who made it; a STATEMENT.
enum EventFormatsFixture {
    static let text = "Лавров посетил Дамаск в июле. Полицию не назвали: задержан Петров. Лавров сообщил РИА Новости."

    static func range(_ s: String, in doc: Document, after: Int = 0) -> TextRange {
        let bytes = Array(s.utf8)
        var i = after
        while i + bytes.count <= doc.utf8.count {
            if Array(doc.utf8[i..<(i + bytes.count)]) == bytes { return TextRange(i, i + bytes.count) }
            i += 1
        }
        return TextRange(0, 0)
    }

    static var document: Document {
        var doc = Document(id: "0012", text: text, published: PublicationDate(CalendarDate(year: 2025, month: 8, day: 3)!, source: .header))
        doc.url = "https://example.ru/news/1"
        let s1 = range("Лавров посетил Дамаск в июле.", in: doc)
        let s2 = range("Полицию не назвали: задержан Петров.", in: doc)
        let s3 = range("Лавров сообщил РИА Новости.", in: doc)
        doc.sentences = [Sentence(s1, tokens: 0..<0), Sentence(s2, tokens: 0..<0), Sentence(s3, tokens: 0..<0)]
        var lavrov = Actor(id: 0, type: .person, name: "Сергей Лавров", country: "RU", role: "министр иностранных дел", sector: "diplomatic")
        lavrov.person = PersonName(first: "Сергей", last: "Лавров")
        var syria = Actor(id: 1, type: .location, name: "Сирия", country: "SY")
        syria.geo = GeoPlace(geonameID: 163843, name: "Syria", nameRu: "Сирия", latitude: 35, longitude: 38, country: "SY",
                             featureClass: "A", featureCode: "PCLI", population: 22_198_110)
        let petrov = Actor(id: 2, type: .person, name: "Петров")
        let ria = Actor(id: 3, type: .organization, name: "РИА Новости", country: "RU", sector: "media")
        doc.actors = [lavrov, syria, petrov, ria]
        doc.timexes = [Timex(range("в июле", in: doc), type: .date, value: "2025-07", rule: "month")]
        var visit = Event(type: "CONSULT", mode: "visit", trigger: range("посетил", in: doc),
                          participants: [EventParticipant(range("Лавров", in: doc), normal: "Сергей Лавров", entity: 0, role: .actor),
                                         EventParticipant(range("Дамаск", in: doc), normal: "Сирия", entity: 1, role: .recipient)],
                          place: FactPart(range("Дамаск", in: doc), normal: "Дамаск"),
                          time: EventTime(value: "2025-07", mod: nil, basis: .timex, timex: 0), contexts: ["elections", "security"])
        visit.placeGeo = GeoPlace(geonameID: 170654, name: "Damascus", nameRu: "Дамаск", latitude: 33.5102, longitude: 36.29128,
                                  country: "SY", admin1: "13", featureClass: "P", featureCode: "PPLC", population: 1_569_394)
        let arrest = Event(type: "COERCE", mode: "arrest", trigger: range("задержан", in: doc),
                           participants: [EventParticipant(range("Петров", in: doc), normal: "Петров", entity: 2, role: .recipient)],
                           time: EventTime(value: "FUTURE_REF", mod: nil, basis: .timex, timex: nil), status: .negated)
        let statement = Event(type: "STATEMENT", trigger: range("сообщил", in: doc),
                              participants: [EventParticipant(range("Лавров", in: doc, after: s3.start), normal: "Сергей Лавров", entity: 0, role: .actor),
                                             EventParticipant(range("РИА Новости", in: doc), normal: "РИА Новости", entity: 3, role: .recipient)],
                              time: EventTime(value: "2025-08-03", mod: nil, basis: .published, timex: nil))
        doc.events = [visit, arrest, statement]
        return doc
    }
}
