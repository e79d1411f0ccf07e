import SextantCore
import Testing

/// The 2026 facts (reference sheet, section E) as the answers people see: every expected date
/// below is worked out by hand from the rule and the profile, in whole months.
struct KnowledgeBase2026Tests {
    static let asOf = EligibilityTests.asOf  // 2026-01-01
    static func day(_ text: String) -> Day { EligibilityTests.day(text) }

    /// Full-time security work from `start`, holding `held` (earned mid-2025).
    static func profile(since start: String, holding held: [Certification.ID]) -> Profile {
        Profile(
            certifications: held.map { Profile.HeldCertification(id: $0, earned: day("2025-06-01")) },
            experience: [EligibilityTests.job(start)])
    }

    // MARK: CISSP and ISC2's 2026 waiver list (E1)

    @Test func cismStillWaivesACisspYear() {
        // 2021-11-01 → 2026-01-01 is 4 years 2 months = 50 months; CISM waives 12 of the 60.
        let result = EligibilityTests.result("cissp", Self.profile(since: "2021-11-01", holding: ["cism"]))
        #expect(result.status == .eligible)
        #expect(result.eligibleOn == Self.asOf)
        #expect(result.reasons.contains { $0.contains("waived") && $0.contains("ISC2") })
    }

    @Test func cehNoLongerWaivesACisspYear() {
        // CEH was reported removed from the list: all 60 months count, 2021-11-01 + 60 = 2026-11-01.
        let result = EligibilityTests.result("cissp", Self.profile(since: "2021-11-01", holding: ["ceh"]))
        #expect(result.status == .eligibleLater)
        #expect(result.eligibleOn == Self.day("2026-11-01"))
        #expect(result.whatIf.isEmpty, "CEH is known to be off the list: no what-if date")
    }

    @Test func aCredentialTheListMayHoldGetsBothDates() {
        // Security+ is neither confirmed on ISC2's 2026 list nor reported removed. Without it:
        // 2023-01-01 + 60 months = 2028-01-01; with it: + 48 months = 2027-01-01.
        let result = EligibilityTests.result("cissp", Self.profile(since: "2023-01-01", holding: ["securityplus"]))
        #expect(result.status == .eligibleLater)
        #expect(result.eligibleOn == Self.day("2028-01-01"))
        #expect(result.whatIf.count == 1)
        #expect(result.whatIf.first?.eligibleOn == Self.day("2027-01-01"))
        #expect(result.whatIf.first?.credentials == ["securityplus"])
        #expect(result.reasons.contains { $0.contains("2027-01-01") && $0.contains("Security+") })
    }

    @Test func aWhatIfNeedsAnEarlierDate() {
        // A bachelor's in computer science already waives the one year the list could: the
        // cap is one year, so Security+ could not bring the date closer.
        let profile = Profile(
            education: [EligibilityTests.csDegree],
            certifications: [Profile.HeldCertification(id: "securityplus", earned: Self.day("2025-06-01"))],
            experience: [EligibilityTests.job("2023-01-01")])
        let result = EligibilityTests.result("cissp", profile)
        #expect(result.eligibleOn == Self.day("2027-01-01"))
        #expect(result.whatIf.isEmpty)
    }

    // MARK: CISM, CISA and CEH (E5–E8)

    /// Full-time security management from `start`.
    static func manager(since start: String, holding held: [Certification.ID]) -> Profile {
        Profile(
            certifications: held.map { Profile.HeldCertification(id: $0, earned: day("2025-06-01")) },
            experience: [EligibilityTests.job(start, management: true)])
    }

    @Test func cisspWaivesTwoCismYears() {
        // Three years managing security (2023-01-01 → 2026-01-01 = 36 months): the five-year total
        // less two waived years is 36 months, and the three management years are met.
        let with = EligibilityTests.result("cism", Self.manager(since: "2023-01-01", holding: ["cissp"]))
        #expect(with.status == .eligible)
        // Without the waiver all 60 months are needed: 2023-01-01 + 60 = 2028-01-01.
        let without = EligibilityTests.result("cism", Self.manager(since: "2023-01-01", holding: []))
        #expect(without.eligibleOn == Self.day("2028-01-01"))
    }

    @Test func cismWaiversAreCappedAtTwoYears() {
        // A master's in information security (two years) and Security+ (one) together still waive
        // two: 36 months are needed, and 2024-01-01 → 2026-01-01 is 24; 2024-01-01 + 36 = 2027-01-01.
        var profile = Self.manager(since: "2024-01-01", holding: ["securityplus"])
        profile.education = [.init(degree: .master, field: "Information Security", completed: Self.day("2015-06-01"))]
        let result = EligibilityTests.result("cism", profile)
        #expect(result.eligibleOn == Self.day("2027-01-01"))
        #expect(result.reasons.contains { $0.contains("capped at 2 years") })
    }

    @Test func aSkillCertificationISACAMayCountGetsAWhatIfDate() {
        // Four years managing security (48 months); CySA+ is not named by ISACA's examples but the
        // list is open-ended: 60 months → 2027-01-01; with a one-year waiver 48 → now.
        let result = EligibilityTests.result("cism", Self.manager(since: "2022-01-01", holding: ["cysaplus"]))
        #expect(result.eligibleOn == Self.day("2027-01-01"))
        #expect(result.whatIf.first?.eligibleOn == Self.asOf)
        #expect(result.whatIf.first?.credentials == ["cysaplus"])
    }

    @Test func cisaCountsSecurityWorkNotOnlyAudit() {
        // A security engineer with no audit work: 2021-01-01 + 60 months = 2026-01-01.
        let result = EligibilityTests.result("cisa", Profile(experience: [EligibilityTests.job("2021-01-01")]))
        #expect(result.status == .eligible)
    }

    @Test func cisaCountsOnlyTheLastTenYears() {
        // Five years of security work that ended eleven years ago fall outside the window.
        let old = Profile(experience: [EligibilityTests.job("2010-01-01", "2014-12-31")])
        #expect(EligibilityTests.result("cisa", old).status == .notEligible)
    }

    @Test func cehHasATrainingRouteAndAnExperienceRouteWithAFee() throws {
        let ceh = try #require(Shared.knowledgeBase.certification("ceh"))
        #expect(ceh.eligibility.paths.contains { $0.training != nil })
        let experience = try #require(ceh.eligibility.paths.first { $0.experience != nil })
        #expect(experience.experience?.years == 2)
        #expect(experience.label.contains("US$100"))
        #expect(ceh.renewal?.fee?.amount == 80)
        #expect(ceh.renewal?.fee?.per == "year")
        #expect(ceh.renewal?.cpe == 120)
        // With the training route open, anyone may sit it now; the reasons name the other route.
        let result = EligibilityTests.result("ceh", Profile(experience: [EligibilityTests.job("2025-01-01")]))
        #expect(result.status == .eligible)
        #expect(result.reasons.contains { $0.contains("Other route") && $0.contains("Two years") })
    }

    // MARK: Renewal figures (E3, E4, E9, E10)

    @Test(arguments: [
        ("cissp", 120), ("ccsp", 90), ("csslp", 90), ("sscp", 60), ("cgrc", 60), ("hcispp", 60),
        ("aplus", 20), ("networkplus", 30), ("securityplus", 50), ("pentestplus", 60), ("cysaplus", 60),
        ("securityx", 75),
    ])
    func renewalCreditsPerThreeYears(id: String, credits: Int) throws {
        let renewal = try #require(Shared.knowledgeBase.certification(Certification.ID(id))?.renewal)
        #expect(renewal.cpe == credits)
        #expect(renewal.cpeYears == 3)
    }

    @Test func iscAssociateWindows() {
        let windows = ["cissp": 6.0, "ccsp": 6, "cgrc": 3, "sscp": 2]
        for (id, years) in windows {
            #expect(
                Shared.knowledgeBase.certification(Certification.ID(id))?.eligibility.associate?.yearsToComplete
                    == years, "\(id)")
        }
    }

    @Test func awsSecuritySpecialtyAndCcnaFigures() throws {
        let aws = try #require(Shared.knowledgeBase.certification("aws-security-specialty"))
        #expect(aws.cost?.amount == 300)
        #expect(aws.exam?.summary.contains("SCS-C03") == true)
        #expect(aws.eligibility.paths.isEmpty, "3–5 years is a recommendation, not a requirement")
        #expect(aws.renewal?.validityYears == 3)
        let ccna = try #require(Shared.knowledgeBase.certification("ccna"))
        #expect(ccna.renewal?.validityYears == 3)
        #expect(ccna.renewal?.cpe == 30)
    }

    // MARK: Retired certifications (E2)

    @Test func az500IsRetiredWithSuccessorSC500() throws {
        let az500 = try #require(Shared.knowledgeBase.certification("az-500"))
        #expect(az500.status == .retired)
        #expect(az500.retirement?.date == Self.day("2026-08-31"))
        #expect(az500.retirement?.successor == "sc-500")
        let sc500 = try #require(Shared.knowledgeBase.certification("sc-500"))
        #expect(sc500.status == .active)
        #expect(sc500.name == "Microsoft Certified: Cloud and AI Security Engineer Associate")
        // Up to and including its last day it can still be earned.
        #expect(az500.status(on: Self.day("2026-08-31")) == .active)
        #expect(az500.status(on: Self.day("2026-09-01")) == .retired)
    }

    @Test func aRetiredCertificationCanNoLongerBeEarned() {
        let after = EligibilityTests.result("az-500", Profile(), asOf: Self.day("2026-12-04"))
        #expect(after.status == .notEligible)
        #expect(after.eligibleOn == nil)
        #expect(after.retired == Self.day("2026-08-31"))
        #expect(after.successor == "sc-500")
        #expect(after.reasons.first?.contains("can no longer be earned") == true)
        #expect(after.reasons.contains { $0.contains("SC-500") })
        // Before the day it still could, and the reasons say when that ends.
        let before = EligibilityTests.result("az-500", Profile(), asOf: Self.day("2026-03-01"))
        #expect(before.status == .noRequirement)
        #expect(before.retired == nil)
        #expect(before.reasons.contains { $0.contains("2026-08-31") })
    }

    @Test func aHeldRetiredCertificationStillCountsAsAPrerequisite() {
        // SC-100 needs one of SC-200, SC-300 or AZ-500: an AZ-500 earned in 2025 still opens it.
        let profile = Profile(certifications: [Profile.HeldCertification(id: "az-500", earned: Self.day("2025-03-01"))])
        let result = EligibilityTests.result("sc-100", profile, asOf: Self.day("2026-12-04"))
        #expect(result.status == .eligible)
    }

    @Test func postingsAskingForARetiredCertificationGetAFinding() throws {
        let analysis = Shared.analyze(
            "You secure our Azure estate. Requirements: AZ-500 certification required. 3+ years of cloud security.",
            title: "Cloud Security Engineer")
        #expect(analysis.certificationIDs.contains("az-500"))
        let finding = try #require(analysis.findings.first { $0.code.rawValue == "retired-certification" })
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("2026-08-31"))
        #expect(finding.message.contains("SC-500"))
        #expect(finding.evidence.contains("AZ-500"))
        // An active certification gets none.
        let current = Shared.analyze("Security+ required. 2+ years in a SOC.", title: "SOC Analyst")
        #expect(!current.has("retired-certification"))
    }

    @Test func thePlannerOffersTheSuccessorInsteadOfARetiredCertification() {
        let roadmap = RoadmapTests.planner.plan(
            Profile(), goal: .certifications(["az-500"]), hoursPerWeek: 8, budget: nil, start: Self.day("2026-12-04"))
        let ids = roadmap.steps.map(\.id.rawValue)
        #expect(!ids.contains("az-500"))
        #expect(ids.contains("sc-500"))
        #expect(roadmap.notes.contains { $0.contains("AZ-500") && $0.contains("retired") && $0.contains("SC-500") })
    }

    @Test func thePlannerNeverPicksARetiredPrerequisite() {
        // SC-100's prerequisite is one of SC-200, SC-300 or AZ-500: never the retired one now.
        let roadmap = RoadmapTests.planner.plan(
            Profile(), goal: .certifications(["sc-100"]), hoursPerWeek: 8, budget: nil, start: Self.day("2026-12-04"))
        let ids = roadmap.steps.map(\.id.rawValue)
        #expect(!ids.contains("az-500"))
        #expect(ids.contains { ["sc-200", "sc-300"].contains($0) })
    }

    @Test(arguments: ["pcnsa", "pcnse"])
    func paloAltoCertificationsEndedWithoutASingleSuccessor(id: String) throws {
        let certification = try #require(Shared.knowledgeBase.certification(Certification.ID(id)))
        #expect(certification.status == .retired)
        #expect(certification.retirement?.successor == nil)
        #expect(certification.retirement?.provenance.confidence == .secondary)
        let roadmap = RoadmapTests.planner.plan(
            Profile(), goal: .certifications([certification.id]), hoursPerWeek: 8, budget: nil,
            start: Self.day("2026-12-04"))
        #expect(roadmap.steps.isEmpty)
        #expect(roadmap.notes.contains { $0.contains("no single successor") })
    }

    // MARK: Every certification in eligibility

    @Test func eligibilityListsEveryCatalogCertification() {
        let report = EligibilityEvaluator(knowledgeBase: Shared.knowledgeBase).evaluate(Profile(), asOf: Self.asOf)
        #expect(report.certifications.map(\.id) == Shared.knowledgeBase.certifications.map(\.id))
        #expect(report.certifications.contains { $0.status == .noRequirement })
    }

    // MARK: Freshness and the fact report

    @Test func everySourceSaysWhenItWasChecked() {
        #expect(Shared.knowledgeBase.sources.allSatisfy { $0.checked != nil })
    }

    @Test func staleFactsAreThoseCheckedLongerAgoThanTheLimit() {
        let base = Shared.knowledgeBase
        let newest = base.facts.compactMap(\.checked).max()!
        let oldest = base.facts.compactMap(\.checked).min()!
        #expect(oldest < newest, "the bundled data has facts of two check dates (2026-11-26 and 2026-12-04)")
        // Exactly a year after the oldest check, with a limit of a year: nothing is stale yet.
        #expect(base.staleFacts(olderThan: 365, today: oldest.adding(days: 365)).isEmpty)
        // One day later the oldest facts are, and no fact checked later than them.
        let stale = base.staleFacts(olderThan: 365, today: oldest.adding(days: 366))
        #expect(stale.contains { $0.checked == oldest })
        #expect(stale.allSatisfy { $0.checked == oldest })
        #expect(stale.count < base.facts.count)
    }

    @Test func theConfidenceReportCountsEveryFactOnce() {
        let base = Shared.knowledgeBase
        let counted = base.confidenceReport.reduce(0) { $0 + $1.counts.values.reduce(0, +) }
        #expect(counted == base.facts.filter { $0.kind != .source }.count)
        // One classification and one eligibility fact per certification.
        let byKind = Dictionary(uniqueKeysWithValues: base.confidenceReport.map { ($0.kind, $0.counts) })
        #expect(byKind[.classification]?.values.reduce(0, +) == base.certifications.count)
        #expect(byKind[.eligibility]?.values.reduce(0, +) == base.certifications.count)
        #expect((byKind[.retirement]?.values.reduce(0, +) ?? 0) >= 1)
    }
}
