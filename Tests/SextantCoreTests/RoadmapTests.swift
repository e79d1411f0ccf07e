import Foundation
import Testing

@testable import SextantCore

struct RoadmapTests {
    static let start = Day(year: 2026, month: 11, day: 26)!
    static let planner = RoadmapPlanner(knowledgeBase: Shared.knowledgeBase)

    static func analyst(since: String) -> Profile {
        Profile(experience: [EligibilityTests.job(since)])
    }

    @Test func putsTechnicalBeforeStrategic() {
        let roadmap = Self.planner.plan(
            Profile(), goal: .certifications(["cism", "securityplus", "cysaplus"]), hoursPerWeek: 8, budget: nil,
            start: Self.start)
        // With no job CISM is a milestone, so stepping stones may come between; the goals keep their order.
        let ids = roadmap.steps.filter { $0.role != .steppingStone }.map(\.id.rawValue)
        #expect(ids == ["securityplus", "cysaplus", "cism"])
        let ranks = roadmap.steps.map { [Orientation.technical: 0, .mixed: 1, .strategic: 2][$0.orientation]! }
        #expect(ranks == ranks.sorted())
    }

    @Test func neverSchedulesAnExamBeforeItsPrerequisites() {
        let roadmap = Self.planner.plan(
            Profile(), goal: .certifications(["cks", "sc-100"]), hoursPerWeek: 10, budget: nil, start: Self.start)
        let ids = roadmap.steps.map(\.id.rawValue)
        #expect(ids.contains("cka"))
        #expect(ids.firstIndex(of: "cka")! < ids.firstIndex(of: "cks")!)
        // SC-100 needs one of SC-200, SC-300 or AZ-500: the planner adds one.
        let prerequisite = ids.first { ["sc-200", "sc-300", "az-500"].contains($0) }
        #expect(prerequisite != nil)
        #expect(ids.firstIndex(of: prerequisite!)! < ids.firstIndex(of: "sc-100")!)
        for (index, step) in roadmap.steps.enumerated().dropFirst() {
            #expect(step.studyStart! >= roadmap.steps[index - 1].examDate!)
        }
        // Every step's exam comes after its prerequisite is held.
        let cka = roadmap.steps.first { $0.id == "cka" }!
        let cks = roadmap.steps.first { $0.id == "cks" }!
        #expect(cks.examDate! > cka.holdDate!)
        #expect(cks.holdDate != nil)
    }

    @Test func offersTheAssociateRouteHonestly() {
        // Three years of experience now: the CISSP exam can be passed now, the CISSP held when the
        // five years are complete (2023-11-01 + 60 months = 2028-11-01).
        let roadmap = Self.planner.plan(
            Self.analyst(since: "2023-11-01"), goal: .certifications(["cissp"]), hoursPerWeek: 10, budget: nil,
            start: Self.start)
        let cissp = roadmap.steps.first { $0.id == "cissp" }!
        #expect(cissp.holdDate == Day(year: 2028, month: 11, day: 1))
        #expect(cissp.route.contains("as an Associate of ISC2"))
        #expect(cissp.route.contains("hold the CISSP from 2028-11-01"))
    }

    @Test func addsATechnicalFoundationForBeginnersAimingHigh() {
        let roadmap = Self.planner.plan(
            Profile(), goal: .certifications(["cissp"]), hoursPerWeek: 8, budget: nil, start: Self.start)
        #expect(roadmap.steps.first?.optional == true)
        #expect(roadmap.steps.first?.orientation == .technical)
        #expect(roadmap.steps.first?.level == .foundation)
        // Security+ is a broad foundation already: no foundation step (stepping stones may follow).
        let holder = Profile(certifications: [.init(id: "securityplus", earned: Day(year: 2024, month: 1, day: 1)!)])
        let steps = Self.planner.plan(
            holder, goal: .certifications(["cissp"]), hoursPerWeek: 8, budget: nil, start: Self.start
        ).steps
        #expect(!steps.contains { $0.role == .foundation })
        #expect(steps.allSatisfy { $0.level > .foundation })
    }

    @Test func schedulesStudyAtThePlannedPace() {
        let roadmap = Self.planner.plan(
            Profile(), goal: .certifications(["securityplus"]), hoursPerWeek: 10, budget: nil, start: Self.start)
        let step = roadmap.steps[0]
        // 60 estimated hours at 10 hours a week = 6 weeks = 42 days.
        #expect(step.studyHours == 60)
        #expect(step.studyHoursEstimated)
        #expect(step.examDate == Self.start.adding(days: 42))
    }

    @Test func keepsARunningTotalAndMarksTheBudget() {
        let roadmap = Self.planner.plan(
            Profile(), goal: .certifications(["securityplus", "cysaplus", "pentestplus"]), hoursPerWeek: 8, budget: 900,
            start: Self.start)
        // $404 each (list prices, July 2024): 404, 808, 1212.
        #expect(roadmap.steps.map(\.runningTotal) == [404, 808, 1212])
        #expect(roadmap.steps.map(\.overBudget) == [false, false, true])
        #expect(roadmap.notes.contains { $0.contains("budget") })
    }

    @Test func plansForAPostingsRequiredCertifications() {
        let analysis = Shared.analyze("CISSP certification required. OSCP is a plus.", title: "Security Engineer")
        let roadmap = Self.planner.plan(
            Self.analyst(since: "2019-01-01"), goal: .posting(analysis), hoursPerWeek: 8, budget: nil, start: Self.start
        )
        #expect(roadmap.targets == ["cissp"])
    }

    @Test func plansForARoleWithCertificationsOfItsSubject() {
        let roadmap = Self.planner.plan(
            Profile(), goal: .role("OG-WRL-008"), hoursPerWeek: 8, budget: nil, start: Self.start)
        #expect(roadmap.targets.contains("cipm"))
        #expect(roadmap.notes.contains { $0.contains("No framework maps roles to certifications") })
    }
}

/// The iCalendar export parsed back, as a calendar application would.
struct RoadmapCalendarTests {
    /// Unfolds lines and reads each VEVENT's properties.
    static func events(_ ics: String) -> [[String: String]] {
        var unfolded: [String] = []
        for line in ics.components(separatedBy: "\r\n") {
            if line.hasPrefix(" "), !unfolded.isEmpty {
                unfolded[unfolded.count - 1] += line.dropFirst()
            } else {
                unfolded.append(line)
            }
        }
        var events: [[String: String]] = []
        var current: [String: String]?
        for line in unfolded {
            if line == "BEGIN:VEVENT" {
                current = [:]
            } else if line == "END:VEVENT" {
                events.append(current!)
                current = nil
            } else if current != nil, let colon = line.firstIndex(of: ":") {
                current![String(line[..<colon])] = String(line[line.index(after: colon)...])
            }
        }
        return events
    }

    @Test func exportsEventsThatParseBack() throws {
        let roadmap = RoadmapTests.planner.plan(
            RoadmapTests.analyst(since: "2023-11-01"), goal: .certifications(["cissp"]), hoursPerWeek: 10, budget: nil,
            start: RoadmapTests.start)
        let ics = RoadmapFormats.ics(roadmap)
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(ics.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        let events = Self.events(ics)
        let cissp = roadmap.steps.first { $0.id == "cissp" }!
        let exam = try #require(events.first { $0["UID"] == "exam-cissp@sextant" })
        #expect(exam["DTSTART;VALUE=DATE"] == cissp.examDate!.description.replacingOccurrences(of: "-", with: ""))
        #expect(exam["SUMMARY"] == "Sit the CISSP exam")
        let eligible = try #require(events.first { $0["UID"] == "eligible-cissp@sextant" })
        #expect(eligible["DTSTART;VALUE=DATE"] == "20281101")
        #expect(
            events.count == roadmap.steps.count
                + roadmap.steps.filter { $0.holdDate != nil && $0.holdDate != $0.examDate }.count)
    }

    @Test func booksNoEventForAMilestone() {
        // No job: CISM is a milestone; the calendar has events only for the booked exams.
        let roadmap = RoadmapTests.planner.plan(
            Profile(certifications: [.init(id: "securityplus", earned: Day(year: 2024, month: 1, day: 1)!)]),
            goal: .certifications(["cism"]), hoursPerWeek: 8, budget: nil, start: RoadmapTests.start)
        let events = Self.events(RoadmapFormats.ics(roadmap))
        #expect(!events.contains { $0["UID"]?.contains("cism") == true })
        let exams = roadmap.steps.filter { $0.kind == .exam }
        #expect(
            Set(events.filter { $0["UID"]?.hasPrefix("exam-") == true }.compactMap { $0["DTSTART;VALUE=DATE"] })
                == Set(exams.map { $0.examDate!.description.replacingOccurrences(of: "-", with: "") }))
        #expect(exams.count > 0)
    }

    @Test func plansSavedBeforeMilestonesAndLeversStillLoad() throws {
        // A step as the first round stored it: no kind, role, associateRoute or levers.
        let old = """
            {"goal": "CISSP", "targets": ["cissp"], "start": "2026-01-01", "hoursPerWeek": 8, "totalCost": 749,
             "currency": "USD", "notes": [], "steps": [{"order": 1, "id": "cissp", "name": "CISSP",
             "orientation": "mixed", "level": "professional", "why": "your goal", "optional": false,
             "studyStart": "2026-01-01", "studyHours": 150, "studyHoursEstimated": true, "examDate": "2026-05-13",
             "holdDate": "2026-05-13", "route": "Eligible.", "cost": 749, "currency": "USD", "runningTotal": 749,
             "overBudget": false, "confidence": "secondary"}]}
            """
        let roadmap = try JSONDecoder().decode(Roadmap.self, from: Data(old.utf8))
        #expect(roadmap.levers.isEmpty)
        #expect(roadmap.steps[0].kind == .exam && roadmap.steps[0].role == .goal)
        #expect(roadmap.steps[0].associateRoute == false)
        #expect(roadmap.steps[0].examDate == Day(year: 2026, month: 5, day: 13))
    }

    @Test func escapesTextValues() {
        #expect(RoadmapFormats.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
    }
}

struct MatchTests {
    @Test func saysWhenACisspRequirementWillBeMet() {
        let analysis = Shared.analyze(
            "CISSP certification required. 5+ years of experience in information security.", title: "Security Engineer")
        let report = ProfileMatcher(knowledgeBase: Shared.knowledgeBase).match(
            RoadmapTests.analyst(since: "2023-11-01"), to: analysis, asOf: RoadmapTests.start)
        let cissp = report.items.first { $0.requirement.hasPrefix("CISSP") }
        #expect(cissp?.status == .metOn)
        #expect(cissp?.metOn == Day(year: 2028, month: 11, day: 1))
        #expect(cissp?.closedBy == ["cissp"])
        let years = report.items.first { $0.kind == .experience }
        #expect(years?.status == .metOn)
        #expect(years?.metOn == Day(year: 2028, month: 11, day: 1))
    }

    @Test func marksHeldCertificationsAndDegreesAsMet() {
        let analysis = Shared.analyze(
            "Security+ certification required. Bachelor's degree required.", title: "SOC Analyst")
        let profile = Profile(
            education: [
                .init(degree: .master, field: "Computer Science", completed: Day(year: 2020, month: 6, day: 1)!)
            ],
            certifications: [.init(id: "securityplus", earned: Day(year: 2021, month: 1, day: 1)!)])
        let report = ProfileMatcher(knowledgeBase: Shared.knowledgeBase).match(
            profile, to: analysis, asOf: RoadmapTests.start)
        #expect(report.items.allSatisfy { $0.status == .met })
        #expect(report.summary.hasPrefix("2 of 2 requirements met"))
    }
}
