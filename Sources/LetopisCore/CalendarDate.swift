/// A day of the proleptic Gregorian calendar, without time zone.
///
/// Publication dates and resolved event dates are calendar days: the wire says
/// «23 декабря», not an instant. `CalendarDate` validates on creation, so an
/// impossible date (`31 февраля`) cannot exist as a value.
///
/// ```swift
/// CalendarDate(iso: "2025-12-23")?.adding(days: 10).iso  // "2026-01-02"
/// ```
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil unless `month` is 1...12 and `day` exists in that month of that year.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (exactly; no time, no zone).
    public init?(iso: some StringProtocol) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        func pad(_ v: Int, _ w: Int) -> String {
            let s = String(v)
            return s.count >= w ? s : String(repeating: "0", count: w - s.count) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    /// Days since 1970-01-01 (negative before). - Complexity: O(1).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(daysSinceEpoch z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var weekday: Int {
        let w = (daysSinceEpoch + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// A document's publication date and how Letopis learned it.
public struct PublicationDate: Hashable, Sendable {
    public enum Source: String, Sendable, Hashable {
        /// A `date YYYY-MM-DD` header line of a `.txt` file.
        case header
        /// The `published` field of a JSON Lines record.
        case field
        /// The `--published` option of the command line.
        case option
        /// A date found in the text's first lines; a guess, marked as such.
        case inferred
    }

    public var date: CalendarDate
    public var source: Source

    public init(_ date: CalendarDate, source: Source) {
        self.date = date
        self.source = source
    }
}

/// The `CITY, day — AGENCY.` opening of a wire report.
public struct Dateline: Hashable, Sendable {
    /// The whole dateline, up to and including its closing punctuation.
    public var range: TextRange
    /// The place as written (`БЕЙРУТ`) and its display form (`Бейрут`).
    public var placeRange: TextRange
    public var place: String
    /// Day of month when the dateline gives one.
    public var day: Int?
    /// Month when the dateline names one (`2 апреля`).
    public var month: Int?
    public var agencyRange: TextRange?
    public var agency: String?

    public init(range: TextRange, placeRange: TextRange, place: String, day: Int?, month: Int?,
                agencyRange: TextRange?, agency: String?) {
        self.range = range
        self.placeRange = placeRange
        self.place = place
        self.day = day
        self.month = month
        self.agencyRange = agencyRange
        self.agency = agency
    }
}
