import LetopisCore

/// A closed range of calendar days: what a TIMEX3 value and modifier allow.
///
/// `2025-07` with `END` is 2025-07-21 ... 2025-07-31; `2025-10-15` is that one day; `2025-W42` its seven days.
/// Corpus events compare mentions' dates as intervals: a day inside a month's end is compatible with it,
/// two different days are not.
///
/// ```swift
/// DayInterval(timexValue: "2025-07", mod: "END")?.contains(CalendarDate(iso: "2025-07-28")!)  // true
/// ```
public struct DayInterval: Hashable, Sendable, Codable, CustomStringConvertible {
    public var earliest: CalendarDate
    public var latest: CalendarDate

    public init(_ earliest: CalendarDate, _ latest: CalendarDate) {
        self.earliest = min(earliest, latest)
        self.latest = max(earliest, latest)
    }

    public init(day: CalendarDate) { self.init(day, day) }

    /// Number of days covered (1 for a single day).
    public var length: Int { latest.daysSinceEpoch - earliest.daysSinceEpoch + 1 }
    public var isSingleDay: Bool { earliest == latest }

    public func contains(_ day: CalendarDate) -> Bool { earliest <= day && day <= latest }
    public func contains(_ other: DayInterval) -> Bool { earliest <= other.earliest && other.latest <= latest }
    public func overlaps(_ other: DayInterval) -> Bool { earliest <= other.latest && other.earliest <= latest }

    /// The days both allow; nil when they are disjoint.
    public func intersection(_ other: DayInterval) -> DayInterval? {
        let lo = max(earliest, other.earliest), hi = min(latest, other.latest)
        return lo <= hi ? DayInterval(lo, hi) : nil
    }

    public var description: String { isSingleDay ? earliest.iso : "\(earliest.iso)..\(latest.iso)" }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        let e = try c.decode(String.self, forKey: .earliest), l = try c.decode(String.self, forKey: .latest)
        guard let ed = CalendarDate(iso: e), let ld = CalendarDate(iso: l) else {
            throw DecodingError.dataCorruptedError(forKey: .earliest, in: c,
                                                   debugDescription: "days must be YYYY-MM-DD, got '\(e)' and '\(l)'")
        }
        self.init(ed, ld)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(earliest.iso, forKey: .earliest)
        try c.encode(latest.iso, forKey: .latest)
    }

    private enum Keys: String, CodingKey { case earliest, latest }
}

extension DayInterval {
    /// How fine a TIMEX3 value is, coarsest last.
    public enum Granularity: String, Sendable, Codable, Comparable {
        case day, week, month, season, quarter, half, year
        public static func < (a: Granularity, b: Granularity) -> Bool { a.rank < b.rank }
        var rank: Int { [.day: 0, .week: 1, .month: 2, .season: 3, .quarter: 4, .half: 5, .year: 6][self] ?? 7 }
    }

    /// The granularity of a TIMEX3 date value, nil for references (`PAST_REF`) and unanchored values.
    public static func granularity(ofTimexValue value: String) -> Granularity? {
        parse(value)?.1
    }

    /// The days a TIMEX3 date value allows, narrowed by its modifier; nil for references, durations and
    /// values without a year. A time of day (`2025-10-15T10:00`) is its day.
    ///
    /// Modifiers: `START`/`MID`/`END` take the first, middle and last third of a month (1–10, 11–20,
    /// 21–end) and of longer periods; `APPROX` widens a day by two on each side; open bounds (`BEFORE`,
    /// `AFTER`, ...) give nil, as they date nothing to compare.
    public init?(timexValue value: String, mod: String? = nil) {
        guard let (whole, grain) = DayInterval.parse(value) else { return nil }
        switch mod {
        case nil, "": self = whole
        case "START", "MID", "END":
            guard grain != .day else { self = whole; return }
            let n = whole.length
            let third = n / 3
            let first = whole.earliest.daysSinceEpoch
            switch mod {
            case "START": self.init(whole.earliest, CalendarDate(daysSinceEpoch: first + max(third, 1) - 1))
            case "MID": self.init(CalendarDate(daysSinceEpoch: first + third), CalendarDate(daysSinceEpoch: first + 2 * third - 1))
            default: self.init(CalendarDate(daysSinceEpoch: first + 2 * third), whole.latest)
            }
            // Months: the newsroom's thirds are 1–10, 11–20, 21–end, whatever the month's length.
            if grain == .month {
                let y = whole.earliest.year, m = whole.earliest.month
                guard let a = CalendarDate(year: y, month: m, day: 1), let b = CalendarDate(year: y, month: m, day: 10),
                      let c = CalendarDate(year: y, month: m, day: 11), let d = CalendarDate(year: y, month: m, day: 20),
                      let e = CalendarDate(year: y, month: m, day: 21) else { return nil }
                switch mod {
                case "START": self.init(a, b)
                case "MID": self.init(c, d)
                default: self.init(e, whole.latest)
                }
            }
        case "APPROX":
            self.init(whole.earliest.adding(days: -2), whole.latest.adding(days: 2))
        default:
            return nil
        }
    }

    /// The whole period of a value and its granularity.
    static func parse(_ raw: String) -> (DayInterval, Granularity)? {
        // A time of day dates its day.
        let value = raw.split(separator: "T", maxSplits: 1).first.map(String.init) ?? raw
        let parts = value.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        func day(_ m: Int, _ d: Int) -> CalendarDate? { CalendarDate(year: year, month: m, day: d) }
        func monthSpan(_ a: Int, _ b: Int) -> DayInterval? {
            guard let s = day(a, 1), let e = day(b, CalendarDate.daysIn(month: b, year: year)) else { return nil }
            return DayInterval(s, e)
        }
        switch parts.count {
        case 1:
            return monthSpan(1, 12).map { ($0, .year) }
        case 2:
            let p = parts[1]
            if let m = Int(p), p.count == 2 { return monthSpan(m, m).map { ($0, .month) } }
            if p.hasPrefix("W"), let w = Int(p.dropFirst()) { return week(year: year, week: w).map { ($0, .week) } }
            if p.hasPrefix("Q"), let q = Int(p.dropFirst()), (1...4).contains(q) {
                return monthSpan(3 * q - 2, 3 * q).map { ($0, .quarter) }
            }
            if p.hasPrefix("H"), let h = Int(p.dropFirst()), (1...2).contains(h) {
                return monthSpan(6 * h - 5, 6 * h).map { ($0, .half) }
            }
            switch p {
            case "SP": return monthSpan(3, 5).map { ($0, .season) }
            case "SU": return monthSpan(6, 8).map { ($0, .season) }
            case "FA", "AU": return monthSpan(9, 11).map { ($0, .season) }
            case "WI":
                // Winter of a year: its December and the next year's January and February.
                guard let s = day(12, 1), let e = CalendarDate(year: year + 1, month: 2,
                                                               day: CalendarDate.daysIn(month: 2, year: year + 1)) else { return nil }
                return (DayInterval(s, e), .season)
            default: return nil
            }
        case 3:
            if parts[1].hasPrefix("W"), let w = Int(parts[1].dropFirst()), let wk = week(year: year, week: w) {
                if parts[2] == "WE" { return (DayInterval(wk.earliest.adding(days: 5), wk.latest), .week) }
                if let d = Int(parts[2]), (1...7).contains(d) { return (DayInterval(day: wk.earliest.adding(days: d - 1)), .day) }
                return nil
            }
            guard let m = Int(parts[1]), let d = Int(parts[2]), let date = day(m, d) else { return nil }
            return (DayInterval(day: date), .day)
        default:
            return nil
        }
    }

    /// ISO week `w` of `year`: Monday to Sunday.
    static func week(year: Int, week w: Int) -> DayInterval? {
        guard (1...53).contains(w), let jan4 = CalendarDate(year: year, month: 1, day: 4) else { return nil }
        let monday1 = jan4.adding(days: 1 - jan4.weekday)
        let start = monday1.adding(days: 7 * (w - 1))
        return DayInterval(start, start.adding(days: 6))
    }
}
