import LetopisCore

/// Reading the time lexicon from `Lexicons/*.tsv` (format in `Docs/lexicons.md`).
extension TimeLexicon {
    /// Every table file of the time lexicon, by name, as embedded in the binary.
    static let files: [(name: String, bytes: [UInt8])] = [
        ("months.tsv", PackageResources.months_tsv),
        ("month-abbreviations.tsv", PackageResources.month_abbreviations_tsv),
        ("weekdays.tsv", PackageResources.weekdays_tsv),
        ("weekday-plurals.tsv", PackageResources.weekday_plurals_tsv),
        ("seasons.tsv", PackageResources.seasons_tsv),
        ("units.tsv", PackageResources.units_tsv),
        ("cardinals.tsv", PackageResources.cardinals_tsv),
        ("fractions.tsv", PackageResources.fractions_tsv),
        ("ordinal-stems.tsv", PackageResources.ordinal_stems_tsv),
        ("decade-stems.tsv", PackageResources.decade_stems_tsv),
        ("adjective-endings.tsv", PackageResources.adjective_endings_tsv),
        ("relative-stems.tsv", PackageResources.relative_stems_tsv),
        ("deictic-adjective-stems.tsv", PackageResources.deictic_adjective_stems_tsv),
        ("numeral-prefixes.tsv", PackageResources.numeral_prefixes_tsv),
        ("duration-roots.tsv", PackageResources.duration_roots_tsv),
        ("deictic-days.tsv", PackageResources.deictic_days_tsv),
        ("day-parts.tsv", PackageResources.day_parts_tsv),
        ("part-words.tsv", PackageResources.part_words_tsv),
        ("half-units.tsv", PackageResources.half_units_tsv),
        ("set-adverbs.tsv", PackageResources.set_adverbs_tsv),
        ("vague-phrases.tsv", PackageResources.vague_phrases_tsv),
        ("prefixes.tsv", PackageResources.prefixes_tsv),
        ("tense-words.tsv", PackageResources.tense_words_tsv),
        ("word-classes.tsv", PackageResources.word_classes_tsv),
    ]

    /// Reads every table; throws on the first malformed line.
    init(loading: Void) throws(LetopisError) {
        self.init()
        let t = try Self.tables()
        let endings = try Self.endingSets(t)
        try loadCalendarWords(t)
        try loadAdjectives(t, endings)
        try loadRuleTables(t)
        try loadWordClasses(t)
        markStartWords()
    }

    private typealias Tables = [String: [UInt8]]

    private static func tables() throws(LetopisError) -> Tables {
        var out: Tables = [:]
        for f in files { out[f.name] = f.bytes }
        return out
    }

    private static func table(_ t: Tables, _ file: String, _ columns: [LexiconTable.Column], key: [String]) throws(LetopisError) -> LexiconTable {
        guard let bytes = t[file] else {
            throw LetopisError(.modelMissing, subject: file, message: "no such time lexicon file",
                               remedy: "add it to Sources/LetopisTime/Lexicons and to TimeLexicon.files")
        }
        return try LexiconTable(file: file, bytes: bytes, columns: columns, key: key)
    }

    static func corrupt(_ file: String, _ line: Int, _ message: String) -> LetopisError {
        LetopisError(.modelCorrupt, subject: "\(file):\(line)", message: message,
                     remedy: "fix the data file (format in Docs/lexicons.md) and rebuild Letopis")
    }

    /// A `value<TAB>forms` table: each form of a row maps to the row's value; a form on two rows is refused.
    private static func forms<V>(_ t: Tables, _ file: String, _ valueColumn: LexiconTable.Column,
                                 _ value: (String) -> V?) throws(LetopisError) -> WordTable<V> {
        let table = try Self.table(t, file, [valueColumn, .phrase("forms")], key: [valueColumn.name])
        var out = WordTable<V>()
        var lineOf: [String: Int] = [:]
        for row in table.rows {
            guard let v = value(row[valueColumn.name]) else {
                throw corrupt(file, row.line, "'\(row[valueColumn.name])' is not a value of column '\(valueColumn.name)'")
            }
            for form in row.words("forms") {
                if let first = lineOf[form] { throw corrupt(file, row.line, "'\(form)' is also on line \(first)") }
                lineOf[form] = row.line
                out[form] = v
            }
        }
        return out
    }

    private static let unitColumn: Set<String> = Set(TimeUnit.allCases.map(\.name))

    private static func endingSets(_ t: Tables) throws(LetopisError) -> [String: [String]] {
        let table = try Self.table(t, "adjective-endings.tsv", [.choice("set", ["adjective", "soft-ordinal", "decade"]), .phrase("endings")], key: ["set"])
        var out: [String: [String]] = [:]
        for row in table.rows { out[row["set"]] = row.words("endings") }
        for set in ["adjective", "soft-ordinal", "decade"] where out[set] == nil {
            throw LetopisError(.modelCorrupt, subject: "adjective-endings.tsv", message: "no row for the ending set '\(set)'",
                               remedy: "add the row (format in Docs/lexicons.md) and rebuild Letopis")
        }
        return out
    }

    private mutating func loadCalendarWords(_ t: Tables) throws(LetopisError) {
        months = try Self.forms(t, "months.tsv", .integer("value")) { Int($0).flatMap { (1...12).contains($0) ? $0 : nil } }
        monthAbbreviations = try Self.forms(t, "month-abbreviations.tsv", .integer("value")) { Int($0).flatMap { (1...12).contains($0) ? $0 : nil } }
        weekdays = try Self.forms(t, "weekdays.tsv", .integer("value")) { Int($0).flatMap { (1...7).contains($0) ? $0 : nil } }
        weekdayPlurals = try Self.forms(t, "weekday-plurals.tsv", .integer("value")) { Int($0).flatMap { (1...7).contains($0) ? $0 : nil } }
        let seasonNames = Dictionary(uniqueKeysWithValues: Season.allCases.map { ($0.name, $0) })
        seasons = try Self.forms(t, "seasons.tsv", .choice("season", Set(seasonNames.keys))) { seasonNames[$0] }
        units = try Self.forms(t, "units.tsv", .choice("unit", Self.unitColumn)) { TimeUnit.byName[$0] }
        cardinals = try Self.forms(t, "cardinals.tsv", .integer("value")) { Int($0) }
        fractions = try Self.forms(t, "fractions.tsv", .number("value")) { Double($0) }
    }

    private mutating func loadAdjectives(_ t: Tables, _ endings: [String: [String]]) throws(LetopisError) {
        let adjective = endings["adjective"] ?? []
        let ordinalTable = try Self.table(t, "ordinal-stems.tsv", [.integer("value"), .word("stem"), .choice("endings", ["adjective", "soft-ordinal"])], key: ["stem"])
        for row in ordinalTable.rows {
            for ending in endings[row["endings"]] ?? [] { ordinals[row["stem"] + ending] = row.integer("value") ?? 0 }
        }
        let decadeTable = try Self.table(t, "decade-stems.tsv", [.integer("value"), .word("stem")], key: ["stem"])
        for row in decadeTable.rows {
            for ending in endings["decade"] ?? [] { decadeWords[row["stem"] + ending] = row.integer("value") ?? 0 }
        }
        let prefixTable = try Self.table(t, "numeral-prefixes.tsv", [.word("prefix"), .integer("value")], key: ["prefix"])
        let rootTable = try Self.table(t, "duration-roots.tsv", [.word("root"), .choice("unit", Self.unitColumn),
                                                                 .choice("after-digits", ["duration", "age", "no"]), .integer("alone", optional: true)],
                                     key: ["root"])
        for root in rootTable.rows {
            guard let unit = TimeUnit.byName[root["unit"]], let meaning = DigitAdjective(rawValue: root["after-digits"]) else { continue }
            digitAdjectiveRoots.append((root["root"], unit, meaning))
            for prefix in prefixTable.rows {
                for ending in adjective { durationAdjectives[prefix["prefix"] + root["root"] + ending] = (prefix.integer("value") ?? 0, unit) }
            }
        }
        // A root that stands alone (`годичный` = 1 year).
        for root in rootTable.rows {
            guard let n = root.integer("alone"), let unit = TimeUnit.byName[root["unit"]] else { continue }
            for ending in adjective { durationAdjectives[root["root"] + ending] = (n, unit) }
        }
        let deicticTable = try Self.table(t, "deictic-adjective-stems.tsv", [.word("stem"), .choice("unit", Self.unitColumn), .integer("offset")], key: ["stem"])
        for row in deicticTable.rows {
            guard let unit = TimeUnit.byName[row["unit"]] else { continue }
            for ending in adjective { deicticAdjectives[row["stem"] + ending] = (unit, row.integer("offset") ?? 0) }
        }
        let relativeTable = try Self.table(t, "relative-stems.tsv", [.word("stem"), .integer("offset")], key: ["stem"])
        for row in relativeTable.rows {
            for ending in adjective { relativeForms[row["stem"] + ending] = row.integer("offset") ?? 0 }
        }
    }

    private mutating func loadRuleTables(_ t: Tables) throws(LetopisError) {
        for row in try Self.table(t, "deictic-days.tsv", [.word("word"), .integer("offset")], key: ["word"]).rows {
            deicticDays[row["word"]] = row.integer("offset") ?? 0
        }
        for row in try Self.table(t, "day-parts.tsv", [.word("word"), .choice("code", ["MO", "AF", "EV", "NI"])], key: ["word"]).rows {
            dayParts[row["word"]] = row["code"]
        }
        for row in try Self.table(t, "part-words.tsv", [.word("word"), .choice("mod", ["START", "MID", "END"])], key: ["word"]).rows {
            partWords[row["word"]] = TimexMod(rawValue: row["mod"])
        }
        for row in try Self.table(t, "half-units.tsv", [.word("word"), .number("amount"), .choice("unit", Self.unitColumn)], key: ["word"]).rows {
            if let unit = TimeUnit.byName[row["unit"]] { halfUnits[row["word"]] = (row.number("amount") ?? 0, unit) }
        }
        for row in try Self.table(t, "set-adverbs.tsv", [.word("word"), .text("value")], key: ["word"]).rows {
            setAdverbs[row["word"]] = row["value"]
        }
        let references: Set<String> = ["FUTURE_REF", "PAST_REF", "PRESENT_REF", "near-days"]
        for row in try Self.table(t, "vague-phrases.tsv", [.phrase("phrase"), .choice("value", references)], key: ["phrase"]).rows {
            let words = row.words("phrase")
            let value: VagueValue = row["value"] == "near-days" ? .nearDays : .reference(row["value"])
            if let first = words.first { vaguePhrases[first] = (vaguePhrases[first] ?? []) + [(words, value)] }
        }
        let effects: [String: TimeExpressionTagger.PrefixEffect] = ["none": .none, "after": .after, "before": .before, "approx": .approx,
                                                                    "more-than": .moreThan, "less-than": .lessThan]
        for row in try Self.table(t, "prefixes.tsv", [.phrase("phrase"), .choice("effect", Set(effects.keys))], key: ["phrase"]).rows {
            let words = row.words("phrase")
            if let first = words.first, let effect = effects[row["effect"]] { prefixes[first] = (prefixes[first] ?? []) + [(words, effect)] }
        }
        for row in try Self.table(t, "tense-words.tsv", [.word("word"), .choice("tense", ["future", "past"])], key: ["word"]).rows {
            tenseWords[row["word"]] = row["tense"] == "future" ? .future : .past
        }
    }

    private mutating func loadWordClasses(_ t: Tables) throws(LetopisError) {
        let names = Dictionary(uniqueKeysWithValues: TimeWordClass.allCases.map { ($0.name, $0) })
        let table = try Self.table(t, "word-classes.tsv", [.choice("class", Set(names.keys)), .phrase("words")], key: ["class"])
        var seen = Set<String>()
        for row in table.rows {
            guard let c = names[row["class"]] else { continue }
            seen.insert(c.name)
            let words = row.words("words")
            guard Set(words).count == words.count else { throw Self.corrupt("word-classes.tsv", row.line, "class '\(c.name)' lists a word twice") }
            classScalars[c.rawValue] = words.map { Array($0.unicodeScalars) }
            if c.name.hasSuffix("Ending") || c.name.hasSuffix("Letter") { continue }
            for w in words {
                var classes = wordClasses[w] ?? .none
                classes.insert(c)
                wordClasses[w] = classes
            }
        }
        if let missing = TimeWordClass.allCases.first(where: { !seen.contains($0.name) }) {
            throw LetopisError(.modelCorrupt, subject: "word-classes.tsv", message: "no row for the class '\(missing.name)' the grammar names",
                               remedy: "add the row (format in Docs/lexicons.md) and rebuild Letopis")
        }
        for w in words(.thisForms) { relativeForms[w] = 0 }
    }

    /// Marks every form a rule may start on: the keys of the tables rules start with, and the class `ruleStart`.
    private mutating func markStartWords() {
        var start: [String] = []
        start += durationAdjectives.keys + deicticAdjectives.keys + relativeForms.keys
        for table in [months, monthAbbreviations, weekdays, weekdayPlurals, cardinals, ordinals, decadeWords, deicticDays] { start += table.keys }
        start += seasons.keys + units.keys + fractions.keys + halfUnits.keys + dayParts.keys + partWords.keys + setAdverbs.keys
        start += vaguePhrases.keys + prefixes.keys
        for w in start {
            var classes = wordClasses[w] ?? .none
            classes.insert(.ruleStart)
            wordClasses[w] = classes
        }
    }
}
