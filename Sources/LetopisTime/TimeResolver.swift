import LetopisCore

/// Turns a ``TimeExpression`` into a TIMEX3 type, value and mod, given the
/// anchor (publication date), the governing verb's tense, and the last date the
/// text itself gave (for `на следующий день`, `в том же году`).
///
/// Without an anchor nothing is guessed: the unknown parts stay `X`
/// (`XXXX-07`, `XXXX-12-07`, `XXXX-WXX-4`), never today's clock. A text with no
/// publication date is anchored by the tagger on the latest full date it states itself.
struct TimeResolver: Sendable {
    /// Publication date, if known; else the latest full date the text stated.
    var anchor: CalendarDate?
    /// Last day and year the text resolved, for anaphoric expressions.
    var referenceDay: CalendarDate?
    var referenceYear: Int?
    /// An explicit year given earlier in the same sentence (`В 2019 году …, а в марте …`):
    /// a month or day without a year takes it instead of the publication year.
    var sentenceYear: Int?

    /// A resolved expression; `day` and `year` are set when exactly known.
    struct Result: Sendable {
        var type: TimexType
        var value: String
        var mod: TimexMod?
        var grain: Grain
        var day: CalendarDate?
        var year: Int?
    }

    enum Grain: Sendable { case century, decade, year, half, quarter, season, month, week, day, time, other }

    /// Nil when the expression names an impossible date (`31 февраля`, `29 февраля 2025`).
    func resolve(_ e: TimeExpression, tense: Tense) -> Result? {
        switch e {
        case let .calendar(yearRef, month, day):
            return calendar(yearRef, month: month, day: day, tense: tense)
        case let .relative(unit, offset):
            return shifted(base: anchor, unit: unit, by: offset)
        case let .anaphoric(unit, offset):
            if unit == .year, let y = referenceYear ?? anchor?.year {
                return Result(type: .date, value: pad(y + offset, 4), grain: .year, year: y + offset)
            }
            return shifted(base: referenceDay ?? anchor, unit: unit, by: offset)
        case let .shift(amount, unit, sign, anaphoric):
            let base = anaphoric ? (referenceDay ?? anchor) : anchor
            return shift(base: base, amount: amount, unit: unit, sign: sign)
        case let .weekday(d, offset):
            return weekday(d, offset: offset, tense: tense)
        case let .weekend(offset):
            return weekend(offset: offset, tense: tense)
        case let .season(s, yearRef):
            return season(s, yearRef, tense: tense)
        case let .quarter(q, yearRef):
            let y = periodYear(yearRef, index: q, of: 4, tense: tense)
            return Result(type: .date, value: "\(y.map { pad($0, 4) } ?? "XXXX")-Q\(q)", grain: .quarter, year: y)
        case let .halfYear(h, yearRef):
            let y = periodYear(yearRef, index: h, of: 2, tense: tense)
            return Result(type: .date, value: "\(y.map { pad($0, 4) } ?? "XXXX")-H\(h)", grain: .half, year: y)
        case let .decade(d):
            return Result(type: .date, value: pad(d, 3), grain: .decade)
        case let .century(c):
            return Result(type: .date, value: pad(c, 2), grain: .century)
        case let .part(mod, inner):
            guard var r = resolve(inner, tense: tense) else { return nil }
            r.mod = mod
            return r
        case let .half(n, inner):
            guard var r = resolve(inner, tense: tense) else { return nil }
            switch r.grain {
            case .year:
                r.value += "-H\(n)"
                r.grain = .half
            case .day:
                r.type = .time
                r.value += n == 1 ? "TMO" : "TAF"
                r.grain = .time
            default:
                r.mod = n == 1 ? .start : .end
            }
            return r
        case let .clock(dayExpr, hour, minute):
            guard let day = dayValue(dayExpr, tense: tense) else { return nil }
            return Result(type: .time, value: "\(day.value)T\(pad(hour, 2)):\(pad(minute, 2))", grain: .time, day: day.day)
        case let .dayPart(dayExpr, code):
            guard let day = dayValue(dayExpr, tense: tense) else { return nil }
            return Result(type: .time, value: "\(day.value)T\(code)", grain: .time, day: day.day)
        case let .literal(type, value):
            return Result(type: type, value: value, grain: .other)
        case .nearDays:
            return Result(type: .date, value: tense == .future || tense == .presentFuture ? "FUTURE_REF" : "PAST_REF", grain: .other)
        }
    }

    // MARK: - Calendar dates

    private func calendar(_ yearRef: YearReference, month: Int?, day: Int?, tense: Tense) -> Result? {
        // A dateline day (`БЕЙРУТ, 23 -`): the latest such day not after the anchor.
        if month == nil, let day {
            guard let a = anchor else { return Result(type: .date, value: "XXXX-XX-\(pad(day, 2))", grain: .day) }
            let (y, m) = day <= a.day ? (a.year, a.month) : addMonths(a.year, a.month, -1)
            guard let date = CalendarDate(year: y, month: m, day: day) else { return nil }
            return Result(type: .date, value: date.iso, grain: .day, day: date, year: y)
        }
        var year: Int?
        switch yearRef {
        case let .absolute(y): year = y
        case let .relative(k): year = anchor.map { $0.year + k }
        case .anaphoric: year = referenceYear ?? anchor?.year
        case .lastOccurrence: year = anchor.map { $0.year - 1 }
        case .nextOccurrence: year = anchor.map { $0.year + 1 }
        case .byTense:
            if let sentenceYear, month != nil { year = sentenceYear }
            else if let month { year = chooseYear(month: month, day: day, tense: tense) } else { year = anchor?.year }
        }
        guard let month else {
            return Result(type: .date, value: year.map { pad($0, 4) } ?? "XXXX", grain: .year, year: year)
        }
        let ys = year.map { pad($0, 4) } ?? "XXXX"
        guard let day else {
            return Result(type: .date, value: "\(ys)-\(pad(month, 2))", grain: .month, year: year)
        }
        if let year {
            guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
            return Result(type: .date, value: date.iso, grain: .day, day: date, year: year)
        }
        guard day <= CalendarDate.daysIn(month: month, year: 2024) else { return nil }
        return Result(type: .date, value: "XXXX-\(pad(month, 2))-\(pad(day, 2))", grain: .day)
    }

    /// The year of a month (and day) without one: past tense takes the latest
    /// occurrence not after the anchor, future the earliest not before it, and
    /// no cue the nearest (ties go to the past).
    func chooseYear(month: Int, day: Int?, tense: Tense) -> Int? {
        guard let a = anchor else { return nil }
        // Compare on a day scale; month-only dates count as their first day for
        // the future and their last day for the past.
        func key(_ y: Int, _ m: Int, _ d: Int) -> Int { y * 400 + m * 32 + d }
        let now = key(a.year, a.month, a.day)
        var best: (year: Int, distance: Int)? = nil
        for y in (a.year - 1)...(a.year + 1) {
            let lo: Int, hi: Int
            if let day {
                guard CalendarDate(year: y, month: month, day: day) != nil else { continue }
                lo = key(y, month, day); hi = lo
            } else {
                lo = key(y, month, 1); hi = key(y, month, 31)
            }
            var distance: Int
            switch tense {
            case .past:
                guard lo <= now else { continue }
                distance = max(0, now - hi)
            case .future:
                guard hi >= now else { continue }
                distance = max(0, lo - now)
            case .none:
                distance = hi < now ? now - hi : lo > now ? lo - now : 0
            case .presentFuture:
                // Future, unless the date fell within the last month and a half (`сообщает, что 14 мая...`).
                distance = hi < now ? now - hi : lo > now ? lo - now : 0
                if hi < now && distance > 45 { distance += 100_000 }
                if lo > now { distance = min(distance, 45) }
            }
            // Ties: the earlier year wins (iteration order), i.e. the past.
            if best == nil || distance < best!.distance { best = (y, distance) }
        }
        return best?.year ?? a.year
    }

    /// Year of the `index`-th of `count` parts of a year (quarters, halves) with no year given.
    private func periodYear(_ ref: YearReference, index: Int, of count: Int, tense: Tense) -> Int? {
        switch ref {
        case let .absolute(y): return y
        case let .relative(k): return anchor.map { $0.year + k }
        case .anaphoric: return referenceYear ?? anchor?.year
        case .lastOccurrence: return anchor.map { $0.year - 1 }
        case .nextOccurrence: return anchor.map { $0.year + 1 }
        case .byTense:
            guard let a = anchor else { return nil }
            let current = (a.month - 1) * count / 12 + 1
            if tense == .past && index > current { return a.year - 1 }
            return a.year
        }
    }

    // MARK: - Relative periods

    private func shifted(base: CalendarDate?, unit: TimeUnit, by k: Int) -> Result? {
        guard let b = base else {
            let unknown: [TimeUnit: String] = [.day: "XXXX-XX-XX", .week: "XXXX-WXX", .month: "XXXX-XX",
                                               .quarter: "XXXX-QX", .halfYear: "XXXX-HX", .decade: "XXX", .century: "XX"]
            let grain: Grain = unit == .day ? .day : unit == .week ? .week : unit == .month ? .month : .year
            return Result(type: .date, value: unknown[unit] ?? "XXXX", grain: grain)
        }
        switch unit {
        case .second, .minute, .hour, .day:
            let d = b.adding(days: unit == .day ? k : 0)
            return Result(type: .date, value: d.iso, grain: .day, day: d, year: d.year)
        case .week:
            let d = b.adding(days: 7 * k)
            let (y, w) = isoWeek(d)
            return Result(type: .date, value: "\(pad(y, 4))-W\(pad(w, 2))", grain: .week, year: y)
        case .month:
            let (y, m) = addMonths(b.year, b.month, k)
            return Result(type: .date, value: "\(pad(y, 4))-\(pad(m, 2))", grain: .month, year: y)
        case .quarter:
            let index = b.year * 4 + (b.month - 1) / 3 + k
            let y = floorDiv(index, 4)
            return Result(type: .date, value: "\(pad(y, 4))-Q\(index - y * 4 + 1)", grain: .quarter, year: y)
        case .halfYear:
            let index = b.year * 2 + (b.month - 1) / 6 + k
            let y = floorDiv(index, 2)
            return Result(type: .date, value: "\(pad(y, 4))-H\(index - y * 2 + 1)", grain: .half, year: y)
        case .year:
            return Result(type: .date, value: pad(b.year + k, 4), grain: .year, year: b.year + k)
        case .decade:
            return Result(type: .date, value: pad(floorDiv(b.year, 10) + k, 3), grain: .decade)
        case .century:
            return Result(type: .date, value: pad(floorDiv(b.year, 100) + k, 2), grain: .century)
        }
    }

    /// `две недели назад`: days and weeks give a day, months a month, years a year.
    private func shift(base: CalendarDate?, amount: Double, unit: TimeUnit, sign: Int) -> Result? {
        let whole = amount == amount.rounded() && abs(amount) < 100_000
        let n = whole ? Int(amount) : 0
        switch unit {
        case .second, .minute, .hour:
            return shifted(base: base, unit: .day, by: 0)
        case .day, .week:
            let days = whole ? n * (unit == .week ? 7 : 1) : Int((amount * (unit == .week ? 7 : 1)).rounded())
            return shifted(base: base, unit: .day, by: sign * days)
        case .month, .quarter, .halfYear:
            let months = Int((amount * (unit == .month ? 1 : unit == .quarter ? 3 : 6)).rounded())
            return shifted(base: base, unit: .month, by: sign * months)
        case .year where !whole:
            // `через полтора года`: a fraction of a year lands on a month.
            return shifted(base: base, unit: .month, by: sign * Int((amount * 12).rounded()))
        case .year, .decade, .century:
            let years = Int((amount * (unit == .year ? 1 : unit == .decade ? 10 : 100)).rounded())
            return shifted(base: base, unit: .year, by: sign * years)
        }
    }

    private func weekday(_ d: Int, offset: Int?, tense: Tense) -> Result? {
        guard let a = anchor else {
            return Result(type: .date, value: "XXXX-WXX-\(d)", grain: .day)
        }
        let aw = a.weekday
        var date: CalendarDate
        let back = (aw - d + 7) % 7, ahead = (d - aw + 7) % 7
        if let offset, offset < 0 {
            // `в прошлую пятницу`: the latest such day before the anchor.
            date = a.adding(days: -(back == 0 ? 7 : back) + 7 * (offset + 1))
        } else if let offset, offset > 0 {
            // `в следующий вторник`: the first such day after the anchor.
            date = a.adding(days: (ahead == 0 ? 7 : ahead) + 7 * (offset - 1))
        } else if offset == 0 {
            date = a.adding(days: d - aw)
        } else {
            switch tense {
            case .past: date = a.adding(days: -back)
            case .future: date = a.adding(days: ahead)
            case .none: date = ahead < back ? a.adding(days: ahead) : a.adding(days: -back)
            case .presentFuture: date = a.adding(days: ahead)
            }
        }
        return Result(type: .date, value: date.iso, grain: .day, day: date, year: date.year)
    }

    private func weekend(offset: Int?, tense: Tense) -> Result? {
        guard let a = anchor else { return Result(type: .date, value: "XXXX-WXX-WE", grain: .week) }
        let aw = a.weekday
        var saturday = a.adding(days: 6 - aw)  // this ISO week's Saturday
        if let offset {
            saturday = saturday.adding(days: 7 * offset)
        } else if tense == .past && aw < 6 {
            saturday = saturday.adding(days: -7)
        }
        let (y, w) = isoWeek(saturday)
        return Result(type: .date, value: "\(pad(y, 4))-W\(pad(w, 2))-WE", grain: .week, year: y)
    }

    private func season(_ s: Season, _ ref: YearReference, tense: Tense) -> Result? {
        var year: Int?
        switch ref {
        case let .absolute(y): year = y
        case let .relative(k): year = anchor.map { $0.year + k }
        case .anaphoric: year = referenceYear ?? anchor?.year
        case .byTense, .lastOccurrence, .nextOccurrence:
            if let a = anchor {
                // Season label of the anchor's own season, and month indices of season starts.
                let now = a.year * 12 + a.month - 1
                func start(_ y: Int) -> Int { y * 12 + s.startMonth - 1 }
                let current = (a.year - 1...a.year).first { start($0) <= now && now < start($0) + 3 }
                if let current, ref == .byTense { year = current } else if ref == .lastOccurrence {
                    year = (a.year - 2...a.year).filter { start($0) + 3 <= now }.max()
                } else if ref == .nextOccurrence {
                    year = (a.year...a.year + 1).filter { start($0) > now }.min()
                } else {
                    let past = (a.year - 1...a.year).filter { start($0) <= now }.max() ?? a.year - 1
                    let future = (a.year...a.year + 1).filter { start($0) > now }.min() ?? a.year + 1
                    switch tense {
                    case .past: year = past
                    case .future, .presentFuture: year = future
                    case .none: year = (now - (start(past) + 2)) <= (start(future) - now) ? past : future
                    }
                }
            }
        }
        return Result(type: .date, value: "\(year.map { pad($0, 4) } ?? "XXXX")-\(s.code)", grain: .season, year: year)
    }

    // MARK: - Helpers

    private func dayValue(_ e: TimeExpression?, tense: Tense) -> (value: String, day: CalendarDate?)? {
        guard let e else { return (anchor?.iso ?? "XXXX-XX-XX", anchor) }
        guard let r = resolve(e, tense: tense) else { return nil }
        return (r.value, r.day)
    }
}

/// ISO 8601 week-numbering year and week of a day.
func isoWeek(_ d: CalendarDate) -> (year: Int, week: Int) {
    let thursday = d.adding(days: 4 - d.weekday)
    guard let jan1 = CalendarDate(year: thursday.year, month: 1, day: 1) else { return (thursday.year, 1) }
    let dayOfYear = thursday.daysSinceEpoch - jan1.daysSinceEpoch
    return (thursday.year, dayOfYear / 7 + 1)
}

func addMonths(_ y: Int, _ m: Int, _ k: Int) -> (Int, Int) {
    let index = y * 12 + (m - 1) + k
    let year = floorDiv(index, 12)
    return (year, index - year * 12 + 1)
}

func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }

/// Zero-padded decimal (`pad(7, 2)` = `07`); negative years keep their sign.
func pad(_ v: Int, _ width: Int) -> String {
    let s = String(abs(v))
    let padded = s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    return v < 0 ? "-" + padded : padded
}
