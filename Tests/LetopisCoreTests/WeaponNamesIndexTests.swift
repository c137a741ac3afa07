import Testing
@testable import LetopisCore

/// `WeaponNames.weapons(inWords:lemmas:)` looks names up by first word; it must find what trying every name at
/// every word finds (`scan`), on runs built from the table itself: names as written, inflected, cut short, given
/// as lemmas, next to each other and among ordinary words.
@Suite("The weapon-name index finds what the scan over every name finds")
struct WeaponNamesIndexTests {
    let table: WeaponNames

    init() throws { table = try WeaponNames.loaded.get() }

    /// Word runs from every name: as written, with endings of one to four letters, without its last letter or
    /// last word, and among filler words.
    var runs: [(words: [String], lemmas: [String])] {
        let endings = ["", "а", "ом", "ами", "ыми", "ового", "1", "-м"]
        let fillers = ["ракетами", "ударили", "по", "брянску", "и", "ракета", "с", "дронов"]
        var out: [(words: [String], lemmas: [String])] = []
        for name in table.names {
            for ending in endings {
                var words = name.words
                words[words.count - 1] += ending
                out.append((words, []))
                out.append((fillers + words + fillers, []))
                var first = name.words
                first[0] += ending
                out.append((["ударили"] + first, []))
                // The name only as the lemmas of words written otherwise.
                out.append((["выпустили"] + words.map { $0 + "ых" }, ["выпустить"] + name.words))
            }
            let last = name.words[name.words.count - 1]
            out.append((Array(name.words.dropLast()) + [String(last.dropLast())], []))
            out.append((Array(name.words.dropLast()), []))
        }
        // Every pair of names side by side, and one name cut in two by another.
        for (i, a) in table.names.enumerated() {
            let b = table.names[(i * 7 + 3) % table.names.count]
            out.append((a.words + b.words, []))
            out.append(([a.words[0]] + b.words + Array(a.words.dropFirst()), []))
        }
        out.append(([], []))
        out.append((["Калибровка", "калибровка", "калибровки", "калибрами"], []))
        return out
    }

    @Test("equal results on every run")
    func indexEqualsScan() {
        let runs = runs
        #expect(runs.count > 500)
        var found = 0
        for run in runs {
            let indexed = table.weapons(inWords: run.words, lemmas: run.lemmas)
            #expect(indexed == table.scan(words: run.words, lemmas: run.lemmas), "\(run.words) \(run.lemmas)")
            found += indexed.count
        }
        // The runs name weapons (so the comparison is not between two empty sets).
        #expect(found > runs.count / 2)
    }

    @Test("a table whose names change is searched by its new names")
    func reindexOnChange() {
        var custom = WeaponNames(names: [.init(words: ["град"], weapon: "grad")])
        #expect(custom.weapons(inWords: ["залп", "града"]).isEmpty)  // `град` is shorter than a stem
        custom.names.append(.init(words: ["ураган"], weapon: "uragan"))
        #expect(custom.weapons(inWords: ["залп", "урагана"]) == ["uragan"])
    }
}
