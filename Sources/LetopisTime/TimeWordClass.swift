/// A named class of words the time grammar's rules match, one row of `Lexicons/word-classes.tsv`.
///
/// A rule that asks "is this word a preposition of a date?" names the class
/// (`isWord(i, .prepositionBeforeDate)`); which words belong to it is data. The case name is the
/// class name in the file; the loader refuses a class the file lacks or a class it does not know.
/// Classes whose name ends in `Ending` or `Letter` hold word endings and letters, matched against
/// the end of a word (``TenseDetector``).
enum TimeWordClass: Int, CaseIterable, Sendable {
    case ruleStart
    case thisForms
    case prepositionBeforeDate
    case yearAbbreviation
    case yearsCounted
    case ordinalSuffix
    case yearAnaphor
    case `same`
    case recentQuantifier
    case vagueCount
    case singleUnitForm
    case lastOverPreposition
    case lastSingular
    case vagueOpenEnd
    case rangeJoinerDay
    case rangeTo
    case inPreposition
    case clockPreposition
    case nearestAdjective
    case rangeJoinerMonth
    case afterBareYear
    case rangeJoinerYear
    case bareYearPreposition
    case decadeSuffix
    case yearsPlural
    case centuryWord
    case anaphoricPronoun
    case eve
    case genitiveEnding
    case firstPlural
    case firstOrLastPlural
    case daysOfMonth
    case pluralUnitForm
    case half
    case summerLikeYears
    case summerNominative
    case timeZone
    case clockDotPreposition
    case dayPartGenitive
    case clockHourPreposition
    case noon
    case midnight
    case hourWord
    case minuteWord
    case afternoonGenitive
    case nightGenitive
    case clockWordPreposition
    case `by`
    case dativeAdjectiveEnding
    case timeWord
    case zoneAfterBy
    case dayPartNeedsPreposition
    case fromOrUntil
    case dayInstrumental
    case relativeAdverb
    case notDayPartAfter
    case night
    case onto
    case `from`
    case shiftPreposition
    case afterward
    case approximator
    case agoLead
    case ago
    case earlier
    case later
    case durationPreposition
    case dayNoun
    case comparativePreposition
    case throughout
    case genitiveSingularUnit
    case genitivePluralUnit
    case ageCue
    case ageCueTwoBefore
    case lifeWord
    case agePreposition
    case `until`
    case livedTo
    case `and`
    case each
    case weekendDative
    case times
    case `in`
    case weekend
    case weekendPreposition
    case covid
    case notVerb
    case passiveParticipleShortEnding
    case passiveParticipleEnding
    case reflexiveEnding
    case imperfectivePresentEnding
    case vowelLetter
    case pastGenderLetter
    case pastSuffixLetter
    case pastStemConsonantLetter
    case presentSuffixLetter
    case presentThemeLetter

    /// The class's name in `word-classes.tsv`.
    var name: String { String(describing: self) }
}

/// A set of ``TimeWordClass``es as bits: the classes of one word form, looked up once per atom,
/// so that a rule's test of a word against a class is one bit test.
struct TimeWordClasses: Sendable, Equatable {
    private(set) var bits: UInt128 = 0

    static let none = TimeWordClasses()

    init() {}

    @inline(__always)
    func contains(_ c: TimeWordClass) -> Bool { bits & (1 << UInt128(c.rawValue)) != 0 }

    mutating func insert(_ c: TimeWordClass) { bits |= 1 << UInt128(c.rawValue) }
}
