import PropertyBased
import SextantCore
import Testing

/// Invariants of the eligibility arithmetic over random work histories.
struct EligibilityPropertyTests {
    static let asOf = Day(year: 2026, month: 1, day: 1)!
    static let domains: [Domain.ID] = [
        "security-and-risk-management", "security-operations", "communication-and-network-security",
        "identity-and-access-management",
    ]
    static let certifications: [Certification.ID] = [
        "cissp", "sscp", "cism", "cisa", "crisc", "ccsp", "csslp", "cgrc", "issap",
    ]

    /// A job between 2000 and 2026, possibly ongoing.
    static let job = zip(
        Gen.int(in: 0...9_000), Gen.int(in: 30...4_000), Gen.int(in: 10...60), Gen.int(in: 0...10),
        Gen.int(in: 0...15), Gen.bool(), Gen.bool(0.3)
    ).map { startOffset, length, hours, share, domainBits, management, ongoing in
        let start = Day(year: 2000, month: 1, day: 1)!.adding(days: startOffset)
        let domains = EligibilityPropertyTests.domains.enumerated().filter { domainBits & (1 << $0.offset) != 0 }.map(
            \.element)
        return Profile.Job(
            title: "Job", start: start, end: ongoing ? nil : start.adding(days: length), hoursPerWeek: Double(hours),
            securityShare: Double(share) / 10, domains: domains, management: management)
    }

    static let history = job.array(of: 0...4)

    static func dates(_ profile: Profile) -> [Certification.ID: Day?] {
        let report = EligibilityEvaluator(knowledgeBase: Shared.knowledgeBase).evaluate(
            profile, asOf: asOf, certifications: certifications)
        return Dictionary(uniqueKeysWithValues: report.certifications.map { ($0.id, $0.eligibleOn) })
    }

    @Test func addingExperienceNeverMakesADateLater() async {
        await propertyCheck(count: 40, input: Self.history, Self.job) { jobs, extra in
            let before = Self.dates(Profile(experience: jobs))
            let after = Self.dates(Profile(experience: jobs + [extra]))
            for id in Self.certifications {
                guard case .some(.some(let earlier)) = before[id] else { continue }
                // Still reachable, and no later than before.
                let later = after[id] ?? nil
                #expect(later != nil && later! <= earlier, "\(id): \(earlier) became \(String(describing: later))")
            }
        }
    }

    @Test func theDateNeverPrecedesTheAsOfDate() async {
        await propertyCheck(count: 40, input: Self.history) { jobs in
            for case .some(let day) in Self.dates(Profile(experience: jobs)).values {
                #expect(day >= Self.asOf)
            }
        }
    }

    @Test func removingTheDegreeNeverMakesCisspEarlier() async {
        let degree = Profile.EducationRecord(
            degree: .bachelor, field: "computer science", completed: Day(year: 2010, month: 6, day: 1)!)
        await propertyCheck(count: 40, input: Self.history) { jobs in
            let with = Self.dates(Profile(education: [degree], experience: jobs))["cissp"] ?? nil
            let without = Self.dates(Profile(experience: jobs))["cissp"] ?? nil
            if let without {
                #expect(with != nil && with! <= without)
            }
        }
    }

    @Test func resultsDoNotDependOnTheOrderOfJobs() async {
        await propertyCheck(count: 40, input: Self.history) { jobs in
            #expect(Self.dates(Profile(experience: jobs)) == Self.dates(Profile(experience: jobs.reversed())))
        }
    }
}
