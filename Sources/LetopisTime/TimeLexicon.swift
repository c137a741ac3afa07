/// Word forms the time grammar knows: months, weekdays, seasons, units and
/// numerals in every case, written as data (one line per lexeme) and turned
/// into lookup tables once.
///
/// Forms are lower case with `ё` written `е` (atoms are normalised the same way).
///
/// - Complexity: O(1) per lookup.
struct TimeLexicon: Sendable {
    let months: WordTable<Int>
    /// Abbreviations (`авг`, `сент`): accepted only after a day number.
    let monthAbbreviations: WordTable<Int>
    /// ISO weekday (1 = Monday) of each form; plural forms (`понедельникам`) make sets.
    let weekdays: WordTable<Int>
    let weekdayPlurals: WordTable<Int>
    let seasons: WordTable<Season>
    let units: WordTable<TimeUnit>
    /// Cardinal numerals: `двух` → 2; `полутора` → 1.5 is kept apart in `fractions`.
    let cardinals: WordTable<Int>
    let fractions: WordTable<Double>
    /// Ordinal numerals: `первого` → 1, `двадцатого` → 20.
    let ordinals: WordTable<Int>
    /// Decade adjectives: `девяностые` → 90, `нулевых` → 0.
    let decadeWords: WordTable<Int>

    /// `пятилетний` → (5, year), `трехдневный` → (3, day); `годичный` → (1, year).
    let durationAdjectives: WordTable<(Int, TimeUnit)>
    /// `сегодняшнего` → (day, 0), `прошлогоднем` → (year, -1).
    let deicticAdjectives: WordTable<(TimeUnit, Int)>

    /// Every word form a rule or a preposition may start on (see ``TimeGrammar/canStart``).
    let startWords: WordSet

    static let shared = TimeLexicon()

    /// Words that start rules besides the tables above; a test checks that tagging with
    /// and without this filter gives the same result on every fixture.
    static let otherStartWords = """
    в во на к ко по за с со до после около примерно приблизительно порядка более больше свыше не немногим менее меньше почти
    ближайшее ближайшем ближайшие ближайших скором обозримом последнее последние последних последний последнюю последнего последнем
    недавнее недавно недавнем настоящее настоящий данный текущий ныне нынче сейчас сегодняшний сегодняшнему нынешнее
    сегодня вчера позавчера завтра послезавтра накануне ночь полдень полночь полуночи утром днем вечером ночью утра вечера через спустя
    несколько нескольких несколькими многих много многие многими тот том того той ту тем этот этом этого этой эту тех
    начале начала начало началу середине середины середина середину конце конца конец концу исходе первых
    ежегодно ежемесячно еженедельно ежедневно ежечасно ежеквартально ежеминутно ежесуточно каждый каждую каждое каждые
    каждого каждой каждом каждых раз дважды трижды выходные выходных полгода полугода полчаса получаса полвека полмесяца
    полдня ближайшую ближайший ближайшей covid ковид cov долгие долгих долгими некоторое
    """

    init() {
        months = TimeLexicon.table(TimeLexicon.monthData)
        monthAbbreviations = TimeLexicon.table(TimeLexicon.monthAbbreviationData)
        weekdays = TimeLexicon.table(TimeLexicon.weekdayData)
        weekdayPlurals = TimeLexicon.table(TimeLexicon.weekdayPluralData)
        var seasons: WordTable<Season> = WordTable()
        for (form, n) in TimeLexicon.table(TimeLexicon.seasonData) { seasons[form] = Season(rawValue: n) }
        self.seasons = seasons
        var units: WordTable<TimeUnit> = WordTable()
        for (form, n) in TimeLexicon.table(TimeLexicon.unitData) { units[form] = TimeUnit(rawValue: n) }
        self.units = units
        cardinals = TimeLexicon.table(TimeLexicon.cardinalData)
        fractions = ["полтора": 1.5, "полторы": 1.5, "полутора": 1.5]
        var ordinals: WordTable<Int> = WordTable()
        for line in TimeLexicon.ordinalStems.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count >= 2, let n = Int(parts[0]) else { continue }
            for stem in parts.dropFirst() {
                for ending in TimeLexicon.adjectiveEndings { ordinals[stem + ending] = n }
            }
        }
        // третий, третьего, ...: a soft stem.
        for ending in ["ий", "ьего", "ьему", "ьим", "ьем", "ья", "ьей", "ью", "ье", "ьи", "ьих", "ьими"] { ordinals["трет" + ending] = 3 }
        self.ordinals = ordinals
        var decades: WordTable<Int> = WordTable()
        for line in TimeLexicon.decadeStems.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count == 2, let n = Int(parts[0]) else { continue }
            for ending in ["ые", "ых", "ым", "ыми"] { decades[parts[1] + ending] = n }
        }
        decadeWords = decades
        var durationAdjectives = WordTable<(Int, TimeUnit)>()
        for (stem, n) in TimeGrammar.numeralPrefixes {
            for (root, unit) in TimeGrammar.adjectiveUnitRoots {
                for ending in TimeLexicon.adjectiveEndings { durationAdjectives[stem + root + ending] = (n, unit) }
            }
        }
        for ending in TimeLexicon.adjectiveEndings { durationAdjectives["годичн" + ending] = (1, .year) }
        self.durationAdjectives = durationAdjectives
        var deicticAdjectives = WordTable<(TimeUnit, Int)>()
        for (stem, unit, k) in TimeGrammar.deicticAdjectiveStems {
            for ending in TimeLexicon.adjectiveEndings { deicticAdjectives[stem + ending] = (unit, k) }
        }
        self.deicticAdjectives = deicticAdjectives
        var start = WordSet()
        start.formUnion(durationAdjectives.keys)
        start.formUnion(deicticAdjectives.keys)
        for table in [months, monthAbbreviations, weekdays, weekdayPlurals, cardinals, ordinals, decadeWords] { start.formUnion(table.keys) }
        start.formUnion(seasons.keys)
        start.formUnion(units.keys)
        start.formUnion(fractions.keys)
        for w in TimeLexicon.otherStartWords.split(whereSeparator: { $0 == " " || $0 == "\n" }) { start.insert(String(w)) }
        for (stem, _) in TimeGrammar.relativeStems {
            for ending in TimeLexicon.adjectiveEndings { start.insert(stem + ending) }
        }
        for w in ["этот", "этом", "этой", "эту", "этого", "этим", "эти", "этих"] { start.insert(w) }
        for ending in TimeLexicon.adjectiveEndings { start.insert("сегодняшн" + ending) }
        startWords = start
    }

    /// Parses `N form form ...` lines.
    static func table(_ data: String) -> WordTable<Int> {
        var out: WordTable<Int> = WordTable()
        for line in data.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count >= 2, let n = Int(parts[0]) else { continue }
            for form in parts.dropFirst() { out[String(form)] = n }
        }
        return out
    }

    static let adjectiveEndings = ["ый", "ий", "ой", "ого", "его", "ом", "ем", "ому", "ему", "ым", "им",
                                   "ая", "яя", "ей", "ую", "юю", "ое", "ее", "ые", "ие", "ых", "их", "ыми", "ими"]

    static let monthData = """
    1 январь января январе январю январем
    2 февраль февраля феврале февралю февралем
    3 март марта марте марту мартом
    4 апрель апреля апреле апрелю апрелем
    5 май мая мае маю маем
    6 июнь июня июне июню июнем
    7 июль июля июле июлю июлем
    8 август августа августе августу августом
    9 сентябрь сентября сентябре сентябрю сентябрем
    10 октябрь октября октябре октябрю октябрем
    11 ноябрь ноября ноябре ноябрю ноябрем
    12 декабрь декабря декабре декабрю декабрем
    """

    static let monthAbbreviationData = """
    1 янв
    2 фев февр
    3 мар
    4 апр
    6 июн
    7 июл
    8 авг
    9 сен сент
    10 окт
    11 ноя нояб
    12 дек
    """

    static let weekdayData = """
    1 понедельник понедельника понедельнике понедельнику понедельником
    2 вторник вторника вторнике вторнику вторником
    3 среда среды среде среду средой
    4 четверг четверга четверге четвергу четвергом
    5 пятница пятницы пятнице пятницу пятницей
    6 суббота субботы субботе субботу субботой
    7 воскресенье воскресенья воскресенью воскресеньем
    """

    static let weekdayPluralData = """
    1 понедельникам
    2 вторникам
    3 средам
    4 четвергам
    5 пятницам
    6 субботам
    7 воскресеньям
    """

    /// 1 spring, 2 summer, 3 autumn, 4 winter (see ``Season``).
    static let seasonData = """
    1 весна весны весне весну весной
    2 лето лета лете лету летом
    3 осень осени осенью
    4 зима зимы зиме зиму зимой
    """

    /// Raw values of ``TimeUnit``.
    static let unitData = """
    1 секунда секунды секунд секунду секундой секундами секундам секундах
    2 минута минуты минут минуту минутой минутами минутам минутах
    3 час часа часов часу часом часами часам часах
    4 день дня дней дню днем дням днями днях сутки суток суткам сутками сутках
    5 неделя недели недель неделю неделе неделей неделям неделями неделях
    6 месяц месяца месяцев месяцу месяцем месяце месяцам месяцами месяцах
    7 квартал квартала кварталов квартале кварталу кварталом кварталах
    8 полугодие полугодия полугодий полугодии полугодию полугодием
    9 год года году годом годы годов годам годами годах лет
    10 десятилетие десятилетия десятилетий десятилетии десятилетию десятилетием десятилетиями десятилетиях
    11 век века веков веке веку веком веками веках столетие столетия столетий столетии
    """

    static let cardinalData = """
    1 один одна одно одного одной одному одним одну одном
    2 два две двух двум двумя пару пара двое
    3 три трех трем тремя трое
    4 четыре четырех четырем четырьмя четверо
    5 пять пяти пятью пятеро
    6 шесть шести шестью шестеро
    7 семь семи семью семеро
    8 восемь восьми восемью
    9 девять девяти девятью
    10 десять десяти десятью
    11 одиннадцать одиннадцати
    12 двенадцать двенадцати
    13 тринадцать тринадцати
    14 четырнадцать четырнадцати
    15 пятнадцать пятнадцати
    16 шестнадцать шестнадцати
    17 семнадцать семнадцати
    18 восемнадцать восемнадцати
    19 девятнадцать девятнадцати
    20 двадцать двадцати
    30 тридцать тридцати
    40 сорок сорока
    50 пятьдесят пятидесяти
    60 шестьдесят шестидесяти
    70 семьдесят семидесяти
    80 восемьдесят восьмидесяти
    90 девяносто девяноста
    100 сто ста
    """

    static let ordinalStems = """
    1 перв
    2 втор
    4 четверт
    5 пят
    6 шест
    7 седьм
    8 восьм
    9 девят
    10 десят
    11 одиннадцат
    12 двенадцат
    13 тринадцат
    14 четырнадцат
    15 пятнадцат
    16 шестнадцат
    17 семнадцат
    18 восемнадцат
    19 девятнадцат
    20 двадцат
    30 тридцат
    """

    static let decadeStems = """
    0 нулев
    20 двадцат
    30 тридцат
    40 сороков
    50 пятидесят
    60 шестидесят
    70 семидесят
    80 восьмидесят
    90 девяност
    """
}

/// A season; TIMEX3 writes it `SP`, `SU`, `FA`, `WI`. Winter is labelled by the
/// year of its December (`2023-WI` = December 2023 – February 2024).
enum Season: Int, Sendable {
    case spring = 1, summer, autumn, winter
    var code: String { ["SP", "SU", "FA", "WI"][rawValue - 1] }
    /// First month of the season.
    var startMonth: Int { [3, 6, 9, 12][rawValue - 1] }
}

/// Calendar and clock units, smallest first.
enum TimeUnit: Int, Sendable, Comparable {
    case second = 1, minute, hour, day, week, month, quarter, halfYear, year, decade, century
    static func < (a: TimeUnit, b: TimeUnit) -> Bool { a.rawValue < b.rawValue }

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
