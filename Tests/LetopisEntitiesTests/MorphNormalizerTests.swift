import Foundation
import Testing
@testable import LetopisEntities
import LetopisCore
import LetopisMorphology

/// The installed OpenCorpora dictionary, if any (`$LETOPIS_MODELS` or `~/.local/share/letopis/models`).
private let analyzer: MorphAnalyzer? = {
    guard let d = try? MorphDictionary(directory: InstalledModels.directory.appendingPathComponent("opencorpora")) else { return nil }
    return MorphAnalyzer(dictionary: d)
}()

@Suite("Normalisation with the dictionary", .requiresModels(.dictionary))
struct MorphNormalizerTests {
    func normal(_ text: String, _ mention: String, _ type: EntityType, cases: [String: String]) -> String {
        var doc = fixture(text, mentions: [(mention, type)])
        // As the tagger gives them: a proper noun, its animacy, case, gender and number.
        for (word, c) in cases {
            tag(&doc, word, "PROPN", [("Animacy", type == .person ? "Anim" : "Inan"), ("Case", c), ("Gender", "Masc"), ("Number", "Sing")])
        }
        let m = doc.mentions[0]
        return MorphNormalizer(analyzer: analyzer!).normalize(m, tokens: doc.tokens.indices(overlapping: m.range), in: doc)
    }

    @Test("an unknown masculine place or body in an oblique case loses only its ending")
    func unknownMasculine() {
        #expect(normal("Жил в Ньюпорте.", "Ньюпорте", .location, cases: ["Ньюпорте": "Loc"]) == "Ньюпорт")
        #expect(normal("Письмо Росприроднадзора пришло.", "Росприроднадзора", .organization, cases: ["Росприроднадзора": "Gen"]) == "Росприроднадзор")
    }

    @Test("words in capitals: a shouted headline is written as ordinary text, an abbreviation elsewhere stays")
    func capitals() {
        #expect(normal("ПУТИН ПОЗДРАВИЛ ВЛАДИМИРА ПУТИНА С ПОБЕДОЙ", "ВЛАДИМИРА ПУТИНА", .person,
                       cases: ["ВЛАДИМИРА": "Acc", "ПУТИНА": "Acc"]) == "Владимир Путин")
        #expect(normal("Министр обороны САР прибыл.", "САР", .location, cases: ["САР": "Gen"]) == "САР")
    }

    @Test("a name in an oblique case goes to the nominative")
    func names() {
        #expect(normal("Встреча с Сергеем Лавровым прошла.", "Сергеем Лавровым", .person,
                       cases: ["Сергеем": "Ins", "Лавровым": "Ins"]) == "Сергей Лавров")
    }

    @Test("a foreign man's surname the dictionary does not know loses its ending, not gains a fleeting vowel or a ё")
    func guessedSurname() {
        // The guesser reads `Шольца` as `шолец` (like `отца`), `Фляйцем` as `фляец`, `Лепса` as `лепёс`.
        #expect(normal("Звонок Шольца Путину.", "Шольца", .person, cases: ["Шольца": "Gen"]) == "Шольц")
        #expect(normal("Встреча с Фредом Фляйцем.", "Фляйцем", .person, cases: ["Фляйцем": "Ins"]) == "Фляйц")
        #expect(normal("Концерт Лепса отменили.", "Лепса", .person, cases: ["Лепса": "Gen"]) == "Лепс")
        // The tagger read it as nominative, but every reading of `Шольцем` is instrumental.
        #expect(normal("Разговор с канцлером Шольцем.", "Шольцем", .person, cases: ["Шольцем": "Nom"]) == "Шольц")
        // A name the dictionary knows keeps its fleeting vowel (`Кравец`, `Кравца`), a nominative stays.
        #expect(normal("Слова Кравца прозвучали.", "Кравца", .person, cases: ["Кравца": "Gen"]) == "Кравец")
        #expect(normal("Кулеба заявил.", "Кулеба", .person, cases: ["Кулеба": "Nom"]) == "Кулеба")
    }

    @Test("a known first name the tagger put in a case it cannot have takes the case of the name's other part")
    func knownNameInImpossibleCase() {
        // `Никиту` is accusative only; the tagger called it genitive, and a man's accusative is his genitive.
        #expect(normal("Суд отправил Никиту Мацнева в колонию.", "Никиту Мацнева", .person,
                       cases: ["Никиту": "Gen", "Мацнева": "Acc"]) == "Никита Мацнев")
        #expect(normal("Письмо Ларисе Анатольевне.", "Ларисе Анатольевне", .person,
                       cases: ["Ларисе": "Nom", "Анатольевне": "Dat"]).hasPrefix("Лариса"))
        // A woman's accusative is not her genitive: `Санду` (accusative of `Санда`) stays beside the genitive `Майи`.
        #expect(normal("Победа Майи Санду.", "Майи Санду", .person, cases: ["Майи": "Gen", "Санду": "Gen"]).hasSuffix("Санду"))
    }
}
