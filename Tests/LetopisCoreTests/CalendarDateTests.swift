import Testing
@testable import LetopisCore

@Suite("A calendar date")
struct CalendarDateTests {
    @Test("rejects days that do not exist")
    func rejectsImpossibleDays() {
        #expect(CalendarDate(year: 2025, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2025, month: 12, day: 45) == nil)
        #expect(CalendarDate(iso: "2025-13-01") == nil)
    }

    @Test("round-trips through days since the epoch")
    func roundTrips() {
        let d = CalendarDate(iso: "2025-12-23")!
        #expect(CalendarDate(daysSinceEpoch: d.daysSinceEpoch) == d)
        #expect(d.adding(days: 10).iso == "2026-01-02")
        #expect(CalendarDate(iso: "1970-01-01")!.daysSinceEpoch == 0)
    }

    @Test("knows the weekday")
    func weekday() {
        #expect(CalendarDate(iso: "2025-12-23")!.weekday == 2)  // a Tuesday
        #expect(CalendarDate(iso: "2026-11-22")!.weekday == 7)  // a Sunday
    }
}
