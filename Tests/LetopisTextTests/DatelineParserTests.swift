import Testing
@testable import LetopisText
@testable import LetopisCore

@Suite("A dateline parser")
struct DatelineParserTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var place: String
        var day: Int?
        var month: Int?
        var agency: String
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "БЕЙРУТ, 23 - РИА Новости. Глава МИД", place: "Бейрут", day: 23, month: nil, agency: "РИА Новости"),
        Case(text: "МОСКВА, 2 апреля — РИА Новости. Президент", place: "Москва", day: 2, month: 4, agency: "РИА Новости"),
        Case(text: "БИШКЕК, 5 августа /Новости-Грузия/. Текст", place: "Бишкек", day: 5, month: 8, agency: "Новости-Грузия"),
        Case(text: "ВАШИНГТОН, 12 января. /ТАСС/. Госдеп", place: "Вашингтон", day: 12, month: 1, agency: "ТАСС"),
        Case(text: "НЬЮ-ЙОРК, 3 сен – РИА Новости. Генсек", place: "Нью-Йорк", day: 3, month: 9, agency: "РИА Новости"),
        Case(text: "САНКТ-ПЕТЕРБУРГ, 17 — Интерфакс. Губернатор", place: "Санкт-Петербург", day: 17, month: nil, agency: "Интерфакс"),
    ]

    @Test("reads place, day, month and agency", arguments: cases)
    func parses(_ c: Case) throws {
        let utf8 = Array(c.text.utf8)
        let d = try #require(DatelineParser.parse(utf8))
        #expect(d.place == c.place)
        #expect(d.day == c.day)
        #expect(d.month == c.month)
        #expect(d.agency == c.agency)
        let agencyRange = try #require(d.agencyRange)
        #expect(String(decoding: utf8[agencyRange.start..<agencyRange.end], as: UTF8.self) == c.agency)
    }

    @Test("finds none in ordinary opening sentences", arguments: [
        "США, Россия и Китай договорились о встрече.",
        "Президент России Владимир Путин провел встречу.",
        "МОСКВА — столица России.",
        "",
        "   ",
    ])
    func rejects(_ text: String) {
        #expect(DatelineParser.parse(Array(text.utf8)) == nil)
    }
}
