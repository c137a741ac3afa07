import LetopisCore

/// What a matched time expression means before it is anchored: the grammar
/// builds one of these, ``TimeResolver`` turns it into a TIMEX3 value.
indirect enum TimeExpression: Sendable {
    /// A calendar date, whole or partial: `23 декабря 2025 года`, `7 декабря`, `в январе`, `в 2019 году`.
    case calendar(year: YearReference, month: Int?, day: Int?)
    /// `в прошлом году` (year, -1), `вчера` (day, -1), `на этой неделе` (week, 0).
    case relative(TimeUnit, offset: Int)
    /// `в том же году`, `на следующий день`: relative to the last date the text gave.
    case anaphoric(TimeUnit, offset: Int)
    /// `две недели назад` (-2 weeks), `через месяц` (+1 month); `anaphoric` for `годом позже`.
    case shift(amount: Double, unit: TimeUnit, sign: Int, anaphoric: Bool)
    /// `в четверг` (offset nil: by tense), `в прошлую пятницу` (-1).
    case weekday(Int, offset: Int?)
    /// `в выходные`.
    case weekend(offset: Int?)
    case season(Season, year: YearReference)
    case quarter(Int, year: YearReference)
    case halfYear(Int, year: YearReference)
    /// `1990-х` → 199.
    case decade(Int)
    /// `XXI век` → 20 (TIMEX3 counts centuries from 0).
    case century(Int)
    /// `в начале ноября`: the part as a TIMEX3 mod of the inner expression.
    case part(TimexMod, TimeExpression)
    /// `в первой половине 2025 года`, `во второй половине дня`.
    case half(Int, TimeExpression)
    /// `в 19:00`, `22 июля в 23:11`: a clock time on a day (nil: the anchor day).
    case clock(day: TimeExpression?, hour: Int, minute: Int)
    /// `утром`, `в ночь на 18 апреля`: TIMEX3 part of day (`MO`, `AF`, `EV`, `NI`, `MI`).
    case dayPart(day: TimeExpression?, code: String)
    /// A finished TIMEX3 value that needs no anchor: `P3W`, `P1Y` (set), `FUTURE_REF`.
    case literal(TimexType, String)
    /// `на днях`: PAST_REF or FUTURE_REF by tense.
    case nearDays
}

/// The year of a partial or full date.
enum YearReference: Sendable, Equatable {
    case absolute(Int)
    /// `прошлого года` (-1), `этого года` (0).
    case relative(Int)
    /// `того же года`.
    case anaphoric
    /// `прошлой весной`, `следующей зимой`: the previous / next occurrence (for seasons; a year otherwise).
    case lastOccurrence
    case nextOccurrence
    /// Not given: chosen from the anchor and the tense.
    case byTense
}

/// Tense of the verb that governs an expression, decided from word forms.
public enum Tense: String, Sendable {
    /// A past form (`прошел`, `заявили`).
    case past
    /// A future auxiliary or scheduling verb (`будет`, `состоится`, `планирует`).
    case future
    /// A present-tense form (`рассмотрят`, `сообщает`): future when perfective, present when not.
    case presentFuture = "present-future"
    case none
}
