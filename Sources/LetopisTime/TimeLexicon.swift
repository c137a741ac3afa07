import LetopisCore

/// What the time grammar knows about Russian words: months, weekdays, seasons, units and
/// numerals in every case, the phrases and prefixes it reads, and the named word classes its
/// rules match — all read from the TSV files of `Sources/LetopisTime/Lexicons` (embedded in the
/// binary) by ``LexiconTable``, and turned into lookup tables once.
///
/// Forms are folded (lower case, `ё` → `е`), as atoms are. A malformed table is a
/// ``LetopisError`` naming `file:line` (``shipped``); a test loads every table, so a release
/// never carries one.
///
/// - Complexity: O(1) per lookup.
struct TimeLexicon: Sendable {
    var months = WordTable<Int>()
    /// Abbreviations (`авг`, `сент`): accepted only after a day number.
    var monthAbbreviations = WordTable<Int>()
    /// ISO weekday (1 = Monday) of each form; plural forms (`понедельникам`) make sets.
    var weekdays = WordTable<Int>()
    var weekdayPlurals = WordTable<Int>()
    var seasons = WordTable<Season>()
    var units = WordTable<TimeUnit>()
    /// Cardinal numerals: `двух` → 2; `полутора` → 1.5 is kept apart in `fractions`.
    var cardinals = WordTable<Int>()
    var fractions = WordTable<Double>()
    /// Ordinal numerals: `первого` → 1, `двадцатого` → 20.
    var ordinals = WordTable<Int>()
    /// Decade adjectives: `девяностые` → 90, `нулевых` → 0.
    var decadeWords = WordTable<Int>()
    /// `пятилетний` → (5, year), `трехдневный` → (3, day); `годичный` → (1, year).
    var durationAdjectives = WordTable<(Int, TimeUnit)>()
    /// `сегодняшнего` → (day, 0), `прошлогоднем` → (year, -1).
    var deicticAdjectives = WordTable<(TimeUnit, Int)>()
    /// A relative adjective: `прошлом` → -1, `этом` → 0, `следующем` → +1.
    var relativeForms = WordTable<Int>()
    /// Roots of duration adjectives after digits (`24-часовой`) and what they mean there.
    var digitAdjectiveRoots: [(root: String, unit: TimeUnit, meaning: DigitAdjective)] = []
    var deicticDays = WordTable<Int>()
    var dayParts = WordTable<String>()
    var partWords = WordTable<TimexMod>()
    var halfUnits = WordTable<(Double, TimeUnit)>()
    var setAdverbs = WordTable<String>()
    /// Vague phrases by first word, longest match chosen by the rule.
    var vaguePhrases = WordTable<[(words: [String], value: VagueValue)]>()
    /// Prefix chains (`в течение`, `не менее`) by first word.
    var prefixes = WordTable<[(words: [String], effect: TimeExpressionTagger.PrefixEffect)]>()
    /// Words that tell a tense by themselves (`будет`, `шел`).
    var tenseWords = WordTable<Tense>()
    /// The classes of every word form any class holds, plus ``TimeWordClass/ruleStart`` for every
    /// form a rule or a preposition may start on (see ``TimeGrammar/canStart``).
    var wordClasses = WordTable<TimeWordClasses>()
    /// The entries of each class by raw value, as scalars: endings and letters are matched
    /// against the end of a word.
    var classScalars: [[[Unicode.Scalar]]] = Array(repeating: [], count: TimeWordClass.allCases.count)

    /// What `N-` + a duration root means (`duration-roots.tsv`, column `after-digits`).
    enum DigitAdjective: String, Sendable { case duration, age, no }

    /// The value of a vague phrase: a TIMEX3 reference, or `на днях` (by tense).
    enum VagueValue: Sendable, Equatable {
        case reference(String)
        case nearDays
    }

    /// The shipped tables, or the error that stopped them loading.
    static let shipped: Result<TimeLexicon, LetopisError> = Result { () throws(LetopisError) in try TimeLexicon(loading: ()) }

    /// The shipped tables; empty (nothing is tagged) when they failed to load, which
    /// ``TimexStage`` reports as the error of every document.
    static var shared: TimeLexicon {
        switch shipped {
        case .success(let lexicon): return lexicon
        case .failure: return TimeLexicon()
        }
    }

    /// An empty lexicon: no word is known.
    init() {}

    /// The classes of a word form (none for a word no class holds).
    @inline(__always)
    func classes(of word: String) -> TimeWordClasses { wordClasses[word] ?? .none }

    /// A rule or a preposition may start on this word form.
    func canStart(_ word: String) -> Bool { classes(of: word).contains(.ruleStart) }

    /// The word (ending, letter) entries of a class, as written in the table.
    func words(_ c: TimeWordClass) -> [String] { classScalars[c.rawValue].map { String(String.UnicodeScalarView($0)) } }

    /// The word ends with one of the endings of the class (`scalars` already lower case).
    func endsWithAny(_ scalars: ArraySlice<Unicode.Scalar>, _ c: TimeWordClass, longer: Bool = false) -> Bool {
        classScalars[c.rawValue].contains { e in
            (longer ? scalars.count > e.count : scalars.count >= e.count) && scalars.suffix(e.count).elementsEqual(e)
        }
    }

    /// The letter is one of the class's letters.
    func isLetter(_ s: Unicode.Scalar, _ c: TimeWordClass) -> Bool { classScalars[c.rawValue].contains { $0.count == 1 && $0[0] == s } }
}

/// A season; TIMEX3 writes it `SP`, `SU`, `FA`, `WI`. Winter is labelled by the
/// year of its December (`2023-WI` = December 2023 – February 2024).
enum Season: Int, Sendable, CaseIterable {
    case spring = 1, summer, autumn, winter
    var code: String {
        switch self {
        case .spring: return "SP"
        case .summer: return "SU"
        case .autumn: return "FA"
        case .winter: return "WI"
        }
    }
    /// First month of the season.
    var startMonth: Int {
        switch self {
        case .spring: return 3
        case .summer: return 6
        case .autumn: return 9
        case .winter: return 12
        }
    }
    /// The name in `seasons.tsv`.
    var name: String { String(describing: self) }
}

/// Calendar and clock units, smallest first.
enum TimeUnit: Int, Sendable, Comparable, CaseIterable {
    case second = 1, minute, hour, day, week, month, quarter, halfYear, year, decade, century
    static func < (a: TimeUnit, b: TimeUnit) -> Bool { a.rawValue < b.rawValue }

    /// The name in the lexicons (`half-year` for ``halfYear``).
    var name: String { self == .halfYear ? "half-year" : String(describing: self) }

    static let byName: [String: TimeUnit] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })

    /// TIMEX3 duration designator and whether it goes after `T`.
    var durationCode: (String, Bool) {
        switch self {
        case .second: return ("S", true)
        case .minute: return ("M", true)
        case .hour: return ("H", true)
        case .day: return ("D", false)
        case .week: return ("W", false)
        case .month: return ("M", false)
        case .quarter: return ("Q", false)
        case .halfYear: return ("H", false)
        case .year: return ("Y", false)
        case .decade: return ("DE", false)
        case .century: return ("CE", false)
        }
    }
}
