import LetopisCore

/// An event's date as a calendar day, for formats that need one (`YYYY-MM-DD` in PLOVER, `SQLDATE`
/// in GDELT), with how precise it is and what it was resolved from.
///
/// The rule (Docs/output-format.md, "Event dates"): the event's TIMEX3 value gives the first day of
/// the period it names (`2025-07` → 2025-07-01, granularity `month`; `2025-W30` → the Monday;
/// `2025-Q3` → 2025-07-01; `2025-SU` → 2025-06-01; `202` → 2020-01-01). A value that names no
/// calendar period (`FUTURE_REF`, `PAST_REF`, `PRESENT_REF`, a year written `XXXX`) falls back to the
/// publication date, granularity `published`. With neither, there is no date (nil) and the formats
/// that require one leave the event out.
///
/// ```swift
/// EventDate.start(of: "2025-07")   // (2025-07-01, .month)
/// ```
/// - Complexity: O(length of the value).
public struct EventDate: Hashable, Sendable {
    public enum Granularity: String, Sendable, Hashable {
        case time, day, week, month, season, quarter, half, year, decade, century
        /// Nothing in the text dates the event, or its expression names no calendar period:
        /// the publication date stands in.
        case published
    }

    public var date: CalendarDate
    public var granularity: Granularity
    /// The TIMEX3 value the date was resolved from (nil when the publication date stood in from the start).
    public var timex: String?

    public init(date: CalendarDate, granularity: Granularity, timex: String?) {
        self.date = date
        self.granularity = granularity
        self.timex = timex
    }

    /// The date of an event of a document published on `published`, by the rule above.
    public static func of(_ event: Event, published: CalendarDate?) -> EventDate? {
        let timex = event.time.flatMap { $0.basis == .timex ? $0.value : nil }
        if let value = event.time?.value, let (date, grain) = start(of: value) {
            return EventDate(date: date, granularity: event.time?.basis == .published ? .published : grain, timex: timex)
        }
        return published.map { EventDate(date: $0, granularity: .published, timex: timex) }
    }

    /// The first day of the period a TIMEX3 date value names, nil when it names none.
    public static func start(of value: String) -> (CalendarDate, Granularity)? {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard let head = parts.first, head.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let y = Int(head) else { return nil }
        switch head.utf8.count {
        case 2 where parts.count == 1: return CalendarDate(year: y * 100, month: 1, day: 1).map { ($0, .century) }
        case 3 where parts.count == 1: return CalendarDate(year: y * 10, month: 1, day: 1).map { ($0, .decade) }
        case 4: break
        default: return nil
        }
        guard parts.count > 1 else { return CalendarDate(year: y, month: 1, day: 1).map { ($0, .year) } }
        let second = parts[1]
        func number(_ s: Substring) -> Int? { s.utf8.allSatisfy({ (0x30...0x39).contains($0) }) ? Int(s) : nil }
        if let m = number(second) {
            guard parts.count > 2 else { return CalendarDate(year: y, month: m, day: 1).map { ($0, .month) } }
            let dayPart = parts[2].split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
            guard let d = number(dayPart[0]) else { return nil }
            return CalendarDate(year: y, month: m, day: d).map { ($0, dayPart.count > 1 ? .time : .day) }
        }
        let letter = second.first
        let rest = number(second.dropFirst())
        switch (letter, rest) {
        case ("W", let w?):
            // ISO week w: the week with the year's first Thursday is week 1.
            guard (1...53).contains(w), let jan4 = CalendarDate(year: y, month: 1, day: 4) else { return nil }
            let monday = jan4.adding(days: 1 - jan4.weekday + (w - 1) * 7)
            let weekend = parts.count > 2 && parts[2] == "WE"
            return (weekend ? monday.adding(days: 5) : monday, .week)
        case ("Q", let q?): return (1...4).contains(q) ? CalendarDate(year: y, month: (q - 1) * 3 + 1, day: 1).map { ($0, .quarter) } : nil
        case ("H", let h?): return (1...2).contains(h) ? CalendarDate(year: y, month: (h - 1) * 6 + 1, day: 1).map { ($0, .half) } : nil
        default:
            let seasons: [Substring: Int] = ["SP": 3, "SU": 6, "FA": 9, "WI": 12]
            return seasons[second].flatMap { CalendarDate(year: y, month: $0, day: 1) }.map { ($0, .season) }
        }
    }
}
