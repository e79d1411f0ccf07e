import Foundation
import SextantData
import Testing

@testable import SextantCore

/// The stepping-stone policy over the five example profiles (examples/*.yaml) and the issue's
/// network administrator. Each expected plan was worked out by hand from the profile, the
/// knowledge base's rules and `SteppingStonePolicy`'s documented order; the comment on each row
/// gives the reason for every step.
struct SteppingStoneTests {
    static let today = Day(year: 2026, month: 12, day: 4)!
    static let planner = RoadmapPlanner(knowledgeBase: Shared.knowledgeBase)

    static func example(_ name: String) throws -> Profile {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples/\(name).yaml")
        return try ProfileLoader.load(path: url.path)
    }

    /// Three years as a network administrator at 40% security work in two CISSP domains, an
    /// associate degree and Security+, aiming at CISSP (the profile issue 14 describes).
    static let juniorNetworkAdmin = Profile(
        education: [.init(degree: .associate, field: "networking", completed: Day(year: 2021, month: 6, day: 1)!)],
        certifications: [.init(id: "securityplus", earned: Day(year: 2023, month: 5, day: 1)!)],
        experience: [
            .init(
                title: "Network Administrator", start: Day(year: 2023, month: 12, day: 1)!, securityShare: 0.4,
                domains: ["communication-and-network-security", "identity-and-access-management"])
        ])

    struct Expected: Sendable, CustomStringConvertible {
        var profile: String
        var goal: RoadmapGoal
        /// id, role, kind and a phrase the step's reason must contain, in time order.
        var steps: [(String, RoadmapStepRole, RoadmapStepKind, String)]
        var description: String { "\(profile) → \(goal)" }
    }

    static let table: [Expected] = [
        // Career changer, role OG-WRL-008 (privacy): the role maps to CIPM and CDPSE.
        // 1. Security+: no security certification held and CDPSE (professional) cannot be held yet,
        //    so the broadest technical foundation comes first.
        // 2. CCSK: CDPSE is a milestone (no privacy work in the history), so there is room; with
        //    Security+ held the stones are associate level, no more strategic than CDPSE (mixed);
        //    of the goal domains (risk, asset, architecture) the person has none, and CCSK covers
        //    two of them with a known price and no experience to wait for. Nothing left at that
        //    level covers asset security without experience, so there is one stone.
        // 3. CIPM: no requirement, studied after CCSK.
        // 4. CDPSE: five years of privacy work; the teacher's job adds none: a milestone.
        Expected(
            profile: "career-changer", goal: .role("OG-WRL-008"),
            steps: [
                ("securityplus", .foundation, .exam, "technical foundation first"),
                ("ccsk", .steppingStone, .exam, "covers 2 of the 3 CISSP domains you have least experience in"),
                ("cipm", .goal, .exam, "asked by role OG-WRL-008"),
                ("cdpse", .goal, .milestone, "asked by role OG-WRL-008"),
            ]),
        // Help-desk technician, Security+: a foundation goal has no level below it for stones.
        Expected(
            profile: "help-desk-technician", goal: .certifications(["securityplus"]),
            steps: [("securityplus", .goal, .exam, "your goal")]),
        // IT auditor, CISA + CRISC: eligible for both today (8 years of audit and risk work), so no
        // foundation (the rules already admit them) and no wait to fill; CISA first by goal order.
        Expected(
            profile: "it-auditor", goal: .certifications(["cisa", "crisc"]),
            steps: [("cisa", .goal, .exam, "asked by your goal"), ("crisc", .goal, .exam, "asked by your goal")]),
        // Network admin moving into security, CISSP: 5+ years of security work with the degree
        // waiver, eligible now: just the goal.
        Expected(
            profile: "network-admin", goal: .certifications(["cissp"]),
            steps: [("cissp", .goal, .exam, "your goal")]),
        // SOC analyst, CISM: eight years of security work, four of them leading the SOC: eligible now.
        Expected(
            profile: "soc-analyst", goal: .certifications(["cism"]),
            steps: [("cism", .goal, .exam, "your goal")]),
        // SOC analyst, direction strategic: the only professional strategic certification whose
        // rule counts management years is CISM, and the analyst has led a team.
        Expected(
            profile: "soc-analyst", goal: .direction(.strategic),
            steps: [("cism", .goal, .exam, "counts your years managing security work")]),
        // IT auditor, direction strategic: CISA covers three of the domains they worked in
        // (assessment, risk, asset) — more than any other professional strategic certification.
        Expected(
            profile: "it-auditor", goal: .direction(.strategic),
            steps: [("cisa", .goal, .exam, "builds on your work in security assessment and testing")]),
    ]

    @Test(arguments: table)
    func plansTheExpectedSteps(_ expected: Expected) throws {
        let roadmap = Self.planner.plan(
            try Self.example(expected.profile), goal: expected.goal, hoursPerWeek: 8, budget: nil, start: Self.today)
        #expect(roadmap.steps.map(\.id.rawValue) == expected.steps.map(\.0))
        for (step, want) in zip(roadmap.steps, expected.steps) {
            #expect(step.role == want.1, "\(step.id)")
            #expect(step.kind == want.2, "\(step.id)")
            #expect(step.why.contains(want.3), "\(step.id): \(step.why)")
        }
        Self.checkInvariants(roadmap)
    }

    /// What every plan keeps: time order technical → mixed → strategic among the exams with
    /// milestones last, study before the exam, no exam more than a year before its hold date
    /// unless on the Associate route.
    static func checkInvariants(_ roadmap: Roadmap, sourceLocation: SourceLocation = #_sourceLocation) {
        let exams = roadmap.steps.filter { $0.kind == .exam }
        #expect(
            roadmap.steps.map(\.kind) == exams.map(\.kind) + roadmap.steps.filter { $0.kind == .milestone }.map(\.kind),
            sourceLocation: sourceLocation)
        let dates = exams.compactMap(\.examDate)
        #expect(dates == dates.sorted(), sourceLocation: sourceLocation)
        for step in exams {
            let exam = step.examDate!
            #expect(step.studyStart! <= exam, sourceLocation: sourceLocation)
            if let hold = step.holdDate, !step.associateRoute {
                #expect(exam <= hold && exam.adding(years: 1) >= hold, "\(step.id)", sourceLocation: sourceLocation)
            }
        }
        for step in roadmap.steps where step.kind == .milestone {
            #expect(
                step.examDate == nil && step.studyStart == nil && step.unlock != nil, sourceLocation: sourceLocation)
        }
        // Stones are a step up and come before the goal they serve.
        let stones = roadmap.steps.filter { $0.role == .steppingStone }
        if let goal = roadmap.steps.first(where: { $0.role == .goal }) {
            for stone in stones {
                #expect(stone.level < goal.level || goal.kind == .milestone, sourceLocation: sourceLocation)
            }
        }
    }

    @Test func givesTheJuniorNetworkAdminStonesHonestDatesAndLevers() {
        let roadmap = Self.planner.plan(
            Self.juniorNetworkAdmin, goal: .certifications(["cissp"]), hoursPerWeek: 8, budget: nil, start: Self.today)
        // 1. SSCP: one year of security work in an SSCP domain is met (3 years at 40% = 1.2);
        //    associate level (above Security+), technical, covers security operations, risk and
        //    architecture — three of the six CISSP domains they have not worked in.
        // 2. CySA+: of the rest (asset, assessment, software development) one is the most any
        //    candidate adds; CySA+ is the broadest of those, technical, at 404 USD.
        // 3. CISSP: 60 months at 40% from 2023-12-01 is 150 months: 2036-06-01; the exam three
        //    months earlier. The Associate route would need the experience by 2033.
        #expect(roadmap.steps.map(\.id.rawValue) == ["sscp", "cysaplus", "cissp"])
        #expect(roadmap.steps.map(\.orientation) == [.technical, .technical, .mixed])
        let sscp = roadmap.steps[0]
        #expect(sscp.role == .steppingStone && sscp.studyStart == Self.today)
        #expect(sscp.examDate == Self.today.adding(days: 88))  // 100 h at 8 h a week = 12.5 weeks
        #expect(sscp.holdDate == sscp.examDate)
        #expect(sscp.why.contains("covers 3 of the 6 CISSP domains you have least experience in"))
        let cissp = roadmap.steps[2]
        #expect(cissp.holdDate == Day(year: 2036, month: 6, day: 1))
        #expect(cissp.examDate == Day(year: 2036, month: 3, day: 1))
        #expect(!cissp.associateRoute)
        Self.checkInvariants(roadmap)

        // Levers: 80% security work from today: 14.4 months by now, 45.6 more at 0.8 a month =
        // 57 months: early September 2031. A bachelor's degree or CISM/CCSP waives a year: 48
        // months at 0.4 = 120 months from 2023-12-01 = 2033-12-01.
        let byKind = Dictionary(uniqueKeysWithValues: roadmap.levers.map { ($0.kind, $0) })
        let share = byKind[.securityShare]
        #expect(share?.holdDate.year == 2031 && share?.holdDate.month == 9)
        #expect(share?.description.contains("security share") == true)
        #expect(byKind[.degree]?.holdDate == Day(year: 2033, month: 12, day: 1))
        #expect(byKind[.degree]?.description.contains("waiver") == true)
        #expect(byKind[.credential]?.holdDate == Day(year: 2033, month: 12, day: 1))
        #expect(roadmap.levers.allSatisfy { $0.certification == "cissp" && $0.holdDate < cissp.holdDate! })
    }

    @Test func takesTheAssociateRouteOnlyWhenTheWindowCoversTheWait() {
        // Two years at full share: CISSP's five years are complete in three more, inside the
        // Associate's six-year window: the exam is sat now and the step says so.
        let profile = Profile(experience: [
            EligibilityTests.job("2024-12-01", domains: ["security-operations", "asset-security"])
        ])
        let roadmap = Self.planner.plan(
            profile, goal: .certifications(["cissp"]), hoursPerWeek: 8, budget: nil, start: Self.today)
        let cissp = roadmap.steps.first { $0.id == "cissp" }!
        #expect(cissp.associateRoute)
        #expect(cissp.holdDate == Day(year: 2029, month: 12, day: 1))
        #expect(cissp.examDate! < cissp.holdDate!.adding(years: -1))
        #expect(cissp.route.contains("as an Associate of ISC2"))
        Self.checkInvariants(roadmap)
    }

    @Test func makesAnUnreachableCredentialAMilestoneThatSaysWhatUnlocksIt() {
        // No job at all: CISM needs five years of security work, three managing it.
        let roadmap = Self.planner.plan(
            Profile(certifications: [.init(id: "securityplus", earned: Day(year: 2024, month: 1, day: 1)!)]),
            goal: .certifications(["cism"]), hoursPerWeek: 8, budget: nil, start: Self.today)
        let cism = roadmap.steps.first { $0.id == "cism" }!
        #expect(cism.kind == .milestone)
        #expect(cism.examDate == nil && cism.holdDate == nil)
        // A full-time security management job from today: Security+ waives one of the five
        // years, so four years of it: 2030-12-04.
        #expect(cism.unlock?.contains("security management work") == true)
        #expect(cism.unlock?.contains("from 2030-12-04") == true)
        #expect(roadmap.totalCost == roadmap.steps.filter { $0.kind == .exam }.compactMap(\.cost).reduce(0, +))
        #expect(roadmap.notes.contains { $0.contains("CISM is a milestone") })
        Self.checkInvariants(roadmap)
    }

    @Test func keepsStonesInsideTheBudgetAndNeverPlansARetiredOne() {
        // With 800 to spend and CISSP's 749 booked, no stone fits.
        let tight = Self.planner.plan(
            Self.juniorNetworkAdmin, goal: .certifications(["cissp"]), hoursPerWeek: 8, budget: 800, start: Self.today)
        #expect(!tight.steps.contains { $0.role == .steppingStone })
        // With 1,100: SSCP (249) fits, CySA+ (404) would not.
        let some = Self.planner.plan(
            Self.juniorNetworkAdmin, goal: .certifications(["cissp"]), hoursPerWeek: 8, budget: 1100, start: Self.today)
        #expect(some.steps.filter { $0.role == .steppingStone }.map(\.id) == ["sscp"])
        for roadmap in [tight, some] {
            #expect(
                roadmap.steps.allSatisfy {
                    Shared.knowledgeBase.certification($0.id)?.status(on: Self.today) == .active
                })
        }
    }

    @Test func computesTheHoursAndDomainsLevers() {
        // 24 hours a week at 60% security in one domain since 2024-06-01: ISC2 counts 24/40 of a
        // month, so 0.36 security months a month, and one domain keeps CISSP out of reach.
        let profile = Profile(experience: [
            .init(
                title: "Part-time SOC analyst", start: Day(year: 2024, month: 6, day: 1)!, hoursPerWeek: 24,
                securityShare: 0.6, domains: ["security-operations"])
        ])
        let roadmap = Self.planner.plan(
            profile, goal: .certifications(["cissp"]), hoursPerWeek: 8, budget: nil, start: Self.today)
        #expect(roadmap.steps.first { $0.id == "cissp" }?.kind == .milestone)
        let byKind = Dictionary(uniqueKeysWithValues: roadmap.levers.map { ($0.kind, $0) })
        // A second domain from today: 60 months at 0.36 from 2024-06-01 = 166.7 months: April 2038.
        let domains = byKind[.domains]
        #expect(domains?.holdDate.year == 2038 && domains?.holdDate.month == 4)
        // Full time from today as well: 30 months × 0.36 = 10.8 by then, 49.2 more at 0.6 = 82
        // months: October 2033. The lever says it assumes the second domain too.
        let hours = byKind[.hours]
        #expect(hours?.holdDate.year == 2033 && (9...10).contains(hours?.holdDate.month ?? 0))
        #expect(hours?.description.contains("in your work too") == true)
    }
}
