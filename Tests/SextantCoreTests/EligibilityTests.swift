import SextantCore
import Testing

/// Eligibility arithmetic on the bundled rules, one worked example per rule. Experience is
/// counted in months, so a full-time job that starts on the 1st has N years on the same day N
/// years later.
struct EligibilityTests {
    static let asOf = Day(year: 2026, month: 1, day: 1)!

    static func day(_ text: String) -> Day { try! Day(parsing: text) }

    static func job(
        _ start: String, _ end: String? = nil, hours: Double = 40, share: Double = 1,
        domains: [Domain.ID] = ["security-operations", "security-assessment-and-testing"], management: Bool = false,
        focus: [WorkKind]? = nil
    ) -> Profile.Job {
        Profile.Job(
            title: "Job", start: day(start), end: end.map(day), hoursPerWeek: hours, securityShare: share,
            domains: domains, management: management, focus: focus)
    }

    static func result(_ id: Certification.ID, _ profile: Profile, asOf: Day = asOf) -> EligibilityResult {
        EligibilityEvaluator(knowledgeBase: Shared.knowledgeBase).evaluate(profile, asOf: asOf, certifications: [id])
            .certifications[0]
    }

    static let csDegree = Profile.EducationRecord(
        degree: .bachelor, field: "Computer Science", completed: day("2015-06-01"))

    // MARK: CISSP: five years in two domains, one waivable year, part-time by hours.

    @Test func cisspFullTimeFiveYears() {
        // 2021-07-01 + 60 full months = 2026-07-01.
        let result = Self.result("cissp", Profile(experience: [Self.job("2021-07-01")]))
        #expect(result.status == .eligibleLater)
        #expect(result.eligibleOn == Self.day("2026-07-01"))
        #expect(result.associate?.deadline == Self.day("2032-01-01"))
        #expect(result.associate?.withinDeadline == true)
    }

    @Test func cisspDegreeWaivesOneYear() {
        // A computer-science bachelor's waives one year: 48 months from 2021-07-01 = 2025-07-01,
        // already past on 2026-01-01.
        let profile = Profile(education: [Self.csDegree], experience: [Self.job("2021-07-01")])
        #expect(Self.result("cissp", profile).status == .eligible)
    }

    @Test func cisspWaiverNeedsARelatedSubject() {
        let biology = Profile.EducationRecord(degree: .master, field: "Biology", completed: Self.day("2015-06-01"))
        let result = Self.result("cissp", Profile(education: [biology], experience: [Self.job("2021-07-01")]))
        #expect(result.eligibleOn == Self.day("2026-07-01"))
        #expect(result.reasons.contains { $0.contains("not one listed") })
    }

    @Test func cisspPartTimeCountsByHours() {
        // 20 hours a week is half a full-time month per month: 60 months need 120 → 2030-01-01.
        let result = Self.result("cissp", Profile(experience: [Self.job("2020-01-01", hours: 20)]))
        #expect(result.eligibleOn == Self.day("2030-01-01"))
    }

    @Test func cisspIgnoresJobsUnderTwentyHours() {
        let result = Self.result("cissp", Profile(experience: [Self.job("2015-01-01", hours: 16)]))
        #expect(result.status == .notEligible)
    }

    @Test func cisspCountsTheSecurityShare() {
        // Half the time on security: 60 months need 120 calendar months → 2028-01-01.
        let result = Self.result("cissp", Profile(experience: [Self.job("2018-01-01", share: 0.5)]))
        #expect(result.eligibleOn == Self.day("2028-01-01"))
    }

    @Test func cisspDoesNotDoubleCountOverlappingJobs() {
        let one = Self.result("cissp", Profile(experience: [Self.job("2022-01-01")]))
        let two = Self.result(
            "cissp", Profile(experience: [Self.job("2022-01-01"), Self.job("2023-01-01", "2024-12-31")]))
        #expect(one.eligibleOn == Self.day("2027-01-01"))
        #expect(two.eligibleOn == one.eligibleOn)
    }

    @Test func cisspAddsInternshipsAndGapsUp() {
        // Internship 3 months (2020-06-01..2020-08-31) + job from 2021-01-01: 57 more months
        // after 2021-01-01 = 2025-10-01.
        let profile = Profile(experience: [Self.job("2020-06-01", "2020-08-31"), Self.job("2021-01-01")])
        #expect(Self.result("cissp", profile, asOf: Self.day("2025-01-01")).eligibleOn == Self.day("2025-10-01"))
    }

    @Test func cisspNeedsTwoDomains() {
        let profile = Profile(experience: [Self.job("2015-01-01", domains: ["security-operations"])])
        let result = Self.result("cissp", profile)
        #expect(result.status == .notEligible)
        #expect(result.reasons.contains { $0.contains("touches 1 CISSP domain; 2 are needed") })
    }

    @Test func cisspWithoutExperienceOffersTheAssociateRoute() {
        let result = Self.result("cissp", Profile())
        #expect(result.status == .notEligible)
        #expect(result.associate?.label == "Associate of ISC2")
        #expect(result.associate?.withinDeadline == false)
    }

    // MARK: ISACA: windows and management years.

    @Test func cismNeedsThreeYearsOfManagement() {
        let analyst = Profile(experience: [Self.job("2015-01-01")])
        #expect(Self.result("cism", analyst).status == .notEligible)
        // Five years of security since 2016, three of them managing (from 2023-01-01) → 2026-01-01.
        let lead = Profile(experience: [Self.job("2016-01-01", "2022-12-31"), Self.job("2023-01-01", management: true)])
        #expect(Self.result("cism", lead).status == .eligible)
    }

    @Test func cismOnlyCountsTheLastTenYears() {
        // Eleven years that ended in 2010 are outside the ten-year window.
        let old = Profile(experience: [Self.job("2000-01-01", "2010-12-31", management: true)])
        let result = Self.result("cism", old)
        #expect(result.status == .notEligible)
        #expect(result.reasons.contains { $0.contains("within 10 years before applying") })
    }

    @Test func cisaCountsAuditWork() {
        let audit = Profile(
            experience: [
                Self.job("2020-01-01", share: 0.8, domains: ["security-assessment-and-testing"], focus: [.audit])
            ])
        // 60 months at 0.8 = 75 calendar months from 2020-01-01 = 2026-04-01 (no degree waiver).
        #expect(Self.result("cisa", audit).eligibleOn == Self.day("2026-04-01"))
    }

    // MARK: Routes through other certifications.

    @Test func ccspIsOpenToCisspHolders() {
        let holder = Profile(certifications: [.init(id: "cissp", earned: Self.day("2024-01-01"))])
        let result = Self.result("ccsp", holder)
        #expect(result.status == .eligible)
        #expect(result.route?.contains("CISSP") == true)
    }

    @Test func ccskReplacesTheCloudDomainYear() {
        // Five years of IT with three in security, but no cloud work: only CCSK closes the gap.
        let history = [Self.job("2018-01-01")]
        #expect(Self.result("ccsp", Profile(experience: history)).status == .notEligible)
        let withCCSK = Profile(certifications: [.init(id: "ccsk", earned: Self.day("2025-01-01"))], experience: history)
        #expect(Self.result("ccsp", withCCSK).status == .eligible)
    }

    @Test func issapTakesTwoYearsWithCisspOrSevenWithout() {
        let history = [Self.job("2022-01-01")]
        let holder = Profile(certifications: [.init(id: "cissp", earned: Self.day("2023-01-01"))], experience: history)
        #expect(Self.result("issap", holder).eligibleOn == Self.day("2026-01-01"))
        #expect(Self.result("issap", Profile(experience: history)).eligibleOn == Self.day("2029-01-01"))
    }

    @Test(arguments: [("cks", ["cka"]), ("sc-100", ["az-500"]), ("ccse", ["ccsa"])])
    func prerequisiteChains(id: String, prerequisites: [String]) {
        let without = Self.result(Certification.ID(id), Profile())
        #expect(without.status == .notEligible)
        let held = prerequisites.map {
            Profile.HeldCertification(id: Certification.ID($0), earned: Self.day("2025-06-01"))
        }
        #expect(Self.result(Certification.ID(id), Profile(certifications: held)).status == .eligible)
    }

    @Test func expiredPrerequisitesDoNotCount() {
        let lapsed = Profile(certifications: [
            .init(id: "cka", earned: Self.day("2020-01-01"), expires: Self.day("2022-01-01"))
        ])
        #expect(Self.result("cks", lapsed).status == .notEligible)
    }

    @Test func cehOpensThroughTrainingOrTwoYears() {
        let result = Self.result("ceh", Profile())
        #expect(result.status == .eligible)
        #expect(result.route?.lowercased().contains("training") == true)
        let experienced = Self.result("ceh", Profile(experience: [Self.job("2020-01-01")]))
        #expect(experienced.route?.lowercased().contains("training") == false)
    }

    @Test func leadAuditorNeedsAuditHours() {
        var job = Self.job("2015-01-01", management: true)
        let noHours = Profile(experience: [job])
        #expect(Self.result("iso27001-lead-auditor", noHours).status == .notEligible)
        job.auditHours = 400
        #expect(Self.result("iso27001-lead-auditor", Profile(experience: [job])).status == .eligible)
    }

    @Test func certificationsWithoutRulesHaveNoRequirement() {
        #expect(Self.result("securityplus", Profile()).status == .noRequirement)
    }

    @Test func unconfirmedRulesSaySo() {
        let result = Self.result("cgeit", Profile(experience: [Self.job("2010-01-01", management: true)]))
        #expect(result.confidence == .unconfirmed)
        #expect(result.reasons.contains { $0.contains("unconfirmed") })
    }

    @Test func evaluatesEveryCertificationByDefault() {
        // PRODUCT.md's contract: every catalog certification, those without a rule as noRequirement.
        let report = EligibilityEvaluator(knowledgeBase: Shared.knowledgeBase).evaluate(Profile(), asOf: Self.asOf)
        #expect(report.certifications.map(\.id) == Shared.knowledgeBase.certifications.map(\.id))
        for result in report.certifications {
            let certification = Shared.knowledgeBase.certification(result.id)!
            if certification.eligibility.paths.isEmpty, certification.status(on: Self.asOf) == .active {
                #expect(result.status == .noRequirement, "\(result.id)")
            }
        }
    }
}
