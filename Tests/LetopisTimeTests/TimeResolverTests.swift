import Foundation
import Testing
import LetopisCore
import LetopisText
@testable import LetopisTime

@Suite("The time resolver")
struct TimeResolverTests {
    @Test("numbers ISO weeks across the turn of the year")
    func weeks() {
        #expect(isoWeek(CalendarDate(iso: "2025-12-30")!) == (2026, 1))
        #expect(isoWeek(CalendarDate(iso: "2021-01-03")!) == (2020, 53))
        #expect(isoWeek(CalendarDate(iso: "2025-04-02")!) == (2025, 14))
    }

    @Test("labels a winter by the year of its December")
    func winter() {
        let r = TimeResolver(anchor: CalendarDate(iso: "2025-01-15"))
        #expect(r.resolve(.season(.winter, year: .byTense), tense: .none)?.value == "2024-WI")
        #expect(r.resolve(.season(.summer, year: .byTense), tense: .past)?.value == "2024-SU")
        #expect(r.resolve(.season(.summer, year: .byTense), tense: .future)?.value == "2025-SU")
    }

    @Test("chooses the nearest year for a bare month without a tense cue")
    func nearest() {
        let r = TimeResolver(anchor: CalendarDate(iso: "2025-12-23"))
        #expect(r.chooseYear(month: 1, day: nil, tense: .none) == 2026)
        #expect(r.chooseYear(month: 10, day: nil, tense: .none) == 2025)
        #expect(r.chooseYear(month: 12, day: 30, tense: .none) == 2025)
        #expect(r.chooseYear(month: 12, day: 30, tense: .past) == 2024)
    }
}
