import Testing

@testable import SextantCore

struct DayTests {
    @Test(arguments: [
        ("1970-01-01", 0),
        // 30 years of 365 days plus 7 leap days (1972 ... 1996), then January (31) and February 2000 (29).
        ("2000-03-01", 10_957 + 31 + 29),
        ("1969-12-31", -1),
    ])
    func parsesToDaysSinceEpoch(text: String, ordinal: Int) throws {
        #expect(try Day(parsing: text).ordinal == ordinal)
    }

    @Test(arguments: [
        "2023-02-30", "2023-13-01", "2023-00-10", "2023-1-01", "20230101", "", "abcd-ef-gh", "2100-02-29",
    ])
    func rejectsTextThatIsNoDay(text: String) {
        #expect(throws: DayError.malformed(text)) { try Day(parsing: text) }
    }

    @Test func acceptsLeapDaysOnlyInLeapYears() throws {
        #expect(try Day(parsing: "2024-02-29").description == "2024-02-29")
        #expect(try Day(parsing: "2000-02-29").description == "2000-02-29")
        #expect(Day(year: 1900, month: 2, day: 29) == nil)
    }

    @Test(arguments: [
        ("2021-07-01", 60, "2026-07-01"),
        ("2024-01-31", 1, "2024-02-29"),
        ("2023-01-31", 1, "2023-02-28"),
        ("2024-02-29", 12, "2025-02-28"),
        ("2024-03-15", -3, "2023-12-15"),
    ])
    func addsCalendarMonthsClampingTheDay(start: String, months: Int, expected: String) throws {
        #expect(try Day(parsing: start).adding(months: months).description == expected)
    }

    @Test func roundTripsEveryDayOfALeapCentury() {
        // 1999-01-01 ... 2101-01-01: description and parsing agree for each day.
        let start = Day(year: 1999, month: 1, day: 1)!
        for offset in stride(from: 0, to: 37_000, by: 1) {
            let day = start.adding(days: offset)
            #expect((try? Day(parsing: day.description)) == day)
        }
    }

    @Test func partialDatesKeepTheirPrecision() throws {
        #expect(try PartialDate(parsing: "2024").description == "2024")
        #expect(try PartialDate(parsing: "2024-07").month == 7)
        #expect(try PartialDate(parsing: "2024-07-15").day == 15)
        #expect(throws: DayError.self) { try PartialDate(parsing: "2024-13") }
        #expect(throws: DayError.self) { try PartialDate(parsing: "July 2024") }
    }
}
