import Testing
@testable import LetopisEntities
import LetopisCore

@Suite("Person name parts")
struct PersonNameParserTests {
    /// A stand-in for the dictionary: a few words it knows.
    let parser = PersonNameParser { word in
        switch word {
        case "Владимир", "Сергей", "Ирина", "Асаад": return .first
        case "Владимирович": return .patronymic
        case "Путин", "Лавров": return .surname
        default: return nil
        }
    }

    @Test("first name, patronymic and surname in Russian order")
    func russian() {
        #expect(parser.parse("Владимир Владимирович Путин") == PersonName(first: "Владимир", patronymic: "Владимирович", last: "Путин"))
        #expect(parser.parse("Сергей Лавров") == PersonName(first: "Сергей", last: "Лавров"))
        // A patronymic the dictionary does not know, by its suffix.
        #expect(parser.parse("Людмила Марковна Гурченко").patronymic == "Марковна")
        // Foreign middle names are given names.
        #expect(parser.parse("Реджеп Тайип Эрдоган") == PersonName(first: "Реджеп Тайип", last: "Эрдоган"))
    }

    @Test("initials are a first name and a patronymic")
    func initials() {
        #expect(parser.parse("В. В. Путин") == PersonName(first: "В.", patronymic: "В.", last: "Путин"))
        #expect(parser.parse("А. Лукашенко") == PersonName(first: "А.", last: "Лукашенко"))
    }

    @Test("particles belong to the family name")
    func particles() {
        #expect(parser.parse("Асаад аш-Шибани") == PersonName(first: "Асаад", last: "аш-Шибани", particles: ["аш"]))
        #expect(parser.parse("Мурхеф Абу Касра") == PersonName(first: "Мурхеф", last: "Абу Касра", particles: ["абу"]))
        #expect(parser.parse("Вернер фон Браун") == PersonName(first: "Вернер", last: "фон Браун", particles: ["фон"]))
        #expect(parser.parse("Марин Ле Пен") == PersonName(first: "Марин", last: "Ле Пен", particles: ["ле"]))
        // A hyphenated double surname has no particle.
        #expect(parser.parse("Ирина Саишвили-Чантурия") == PersonName(first: "Ирина", last: "Саишвили-Чантурия"))
    }

    @Test("East Asian names put the family name first")
    func eastAsian() {
        #expect(parser.parse("Пан Ги Мун") == PersonName(first: "Ги Мун", last: "Пан"))
        #expect(parser.parse("Си Цзиньпин") == PersonName(first: "Цзиньпин", last: "Си"))
        // A Western name whose surname is also an East Asian one keeps Western order.
        #expect(parser.parse("Брюс Ли") == PersonName(first: "Брюс", last: "Ли"))
        // A known Russian first name after the first word means Western order.
        #expect(parser.parse("Ким Сергей").last == "Сергей")
    }

    @Test("a lone word is a surname unless the dictionary knows it only as a first name")
    func loneWords() {
        #expect(parser.parse("Лавров") == PersonName(last: "Лавров"))
        #expect(parser.parse("Ирина") == PersonName(first: "Ирина"))
        #expect(parser.parse("Хазард") == PersonName(last: "Хазард"))
        #expect(parser.parse("") == PersonName())
    }
}
