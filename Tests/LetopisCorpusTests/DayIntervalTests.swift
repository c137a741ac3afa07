import Testing
import LetopisCore
@testable import LetopisCorpus

@Suite("Day intervals of TIMEX3 values")
struct DayIntervalTests {
    @Test("the end of July contains the 28th and not the 10th")
    func monthEnd() throws {
        let i = try #require(DayInterval(timexValue: "2025-07", mod: "END"))
        #expect(i.description == "2025-07-21..2025-07-31")
        #expect(i.contains(try #require(CalendarDate(iso: "2025-07-28"))))
        #expect(!i.contains(try #require(CalendarDate(iso: "2025-07-10"))))
    }

    @Test("a day, a week, a quarter and a time of day", arguments: [
        ("2025-10-15", "2025-10-15"), ("2025-W42", "2025-10-13..2025-10-19"),
        ("2025-Q3", "2025-07-01..2025-09-30"), ("2025-10-15T10:00", "2025-10-15"), ("2024-02", "2024-02-01..2024-02-29"),
    ])
    func values(_ value: String, _ expected: String) {
        #expect(DayInterval(timexValue: value)?.description == expected)
    }

    @Test("references and unanchored values date nothing", arguments: ["PAST_REF", "FUTURE_REF", "XXXX-07", "P3W"])
    func open(_ value: String) {
        #expect(DayInterval(timexValue: value) == nil)
    }
}
