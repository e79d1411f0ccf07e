import Foundation
import SextantCore
import Testing

@testable import SextantData

/// Bad profiles get field-level messages; nothing crashes.
struct ProfileLoaderTests {
    static let base = try! KnowledgeBaseLoader.load()
    static let asOf = Day(year: 2026, month: 11, day: 26)!

    func issues(_ yaml: String) -> [ProfileIssue] {
        do {
            let profile = try ProfileLoader.decode(Data(yaml.utf8), name: "test.yaml")
            return profile.validate(against: Self.base, asOf: Self.asOf)
        } catch {
            return error.issues
        }
    }

    @Test(arguments: [
        // A misspelt key at each level: named with its line and the nearest valid key.
        ("certs:\n  - {id: securityplus, earned: 2020-01-01}\n", "certs", 1, "certifications"),
        (
            "experience:\n  - title: A\n    start: 2020-01-01\n    security_share: 0.5\n",
            "experience[0].security_share", 4, "securityShare"
        ),
        ("education:\n  - {degree: bachelor, feild: biology}\n", "education[0].feild", 2, "field"),
        ("goal:\n  cert: [cissp]\n", "goal.cert", 2, "certifications"),
        ("certifications:\n  - {id: cissp, earnd: 2020-01-01}\n", "certifications[0].earnd", 2, "earned"),
    ])
    func refusesUnknownKeysNamingTheNearestOne(_ yaml: String, _ field: String, _ line: Int, _ nearest: String) {
        let found = issues(yaml)
        #expect(found.count == 1)
        #expect(found.first?.field == field)
        #expect(found.first?.problem == "is not a profile key (line \(line))")
        #expect(found.first?.fix == "did you mean '\(nearest)'?")
    }

    @Test func listsTheKeysWhenNoneIsNear() {
        let found = issues("zzz: 1\n")
        #expect(found.first?.field == "zzz")
        #expect(found.first?.fix.hasPrefix("use one of: name, education, certifications") == true)
    }

    @Test func resolvesCertificationNamesAndAliases() throws {
        let yaml = """
            certifications:
              - {id: security+, earned: 2020-01-01}
              - {id: Sec+, earned: 2020-01-01}
              - {id: CompTIA Security+, earned: 2020-01-01}
              - {id: CISSP, earned: 2021-01-01}
            goal:
              certifications: [Certified Information Security Manager]
            """
        let profile = try ProfileLoader.decode(Data(yaml.utf8), name: "test.yaml")
            .resolvingCertificationNames(in: Self.base)
        #expect(profile.certifications.map(\.id) == ["securityplus", "securityplus", "securityplus", "cissp"])
        #expect(profile.goal?.certifications == ["cism"])
        #expect(profile.validate(against: Self.base, asOf: Self.asOf).isEmpty)
    }

    @Test func readsTheProductExample() throws {
        let yaml = """
            name: Sam
            education:
              - degree: bachelor
                field: computer science
                completed: 2019-06-01
            certifications:
              - id: securityplus
                earned: 2020-03-15
            experience:
              - title: Network Administrator
                start: 2019-07-01
                end: 2022-12-31
                hoursPerWeek: 40
                securityShare: 0.5
                domains: [communication-and-network-security, identity-and-access-management]
                management: false
            goal:
              certifications: [cissp]
            """
        let profile = try ProfileLoader.decode(Data(yaml.utf8), name: "sam.yaml")
        #expect(profile.experience.count == 1)
        #expect(profile.experience[0].securityShare == 0.5)
        #expect(profile.goal?.certifications == ["cissp"])
        #expect(profile.validate(against: Self.base, asOf: Self.asOf).isEmpty)
    }

    @Test func readsJSONToo() throws {
        let json = #"{"experience": [{"title": "SOC Analyst", "start": "2022-01-01", "securityShare": 1}]}"#
        let profile = try ProfileLoader.decode(Data(json.utf8), name: "p.json")
        #expect(profile.experience[0].hoursPerWeek == 40)
    }

    @Test func namesAnImpossibleDateByField() {
        let found = issues(
            """
            experience:
              - {title: A, start: 2020-01-01}
              - {title: B, start: 2021-01-01}
              - {title: C, start: 2022-01-01, end: 2023-13-01}
            """)
        #expect(found.first?.description == "experience[2].end 2023-13-01: is not a date — write it as YYYY-MM-DD")
        let february = issues("experience:\n  - {title: A, start: 2023-02-30}")
        #expect(february.first?.description == "experience[0].start 2023-02-30: is not a date — write it as YYYY-MM-DD")
    }

    @Test(arguments: [
        (
            "experience:\n  - {title: A, start: 2020-01-01, end: 2019-01-01}", "experience[0].end",
            "is before the job's start"
        ),
        (
            "experience:\n  - {title: A, start: 2020-01-01, hoursPerWeek: -5}", "experience[0].hoursPerWeek",
            "not between 1 and 100"
        ),
        (
            "experience:\n  - {title: A, start: 2020-01-01, hoursPerWeek: 400}", "experience[0].hoursPerWeek",
            "not between 1 and 100"
        ),
        (
            "experience:\n  - {title: A, start: 2020-01-01, securityShare: 1.5}", "experience[0].securityShare",
            "between 0 and 1"
        ),
        (
            "experience:\n  - {title: A, start: 2020-01-01, domains: [security-operation]}", "experience[0].domains[0]",
            "did you mean 'security-operations'"
        ),
        ("certifications:\n  - {id: cisp, earned: 2020-01-01}", "certifications[0].id", "did you mean 'cissp'"),
        ("certifications:\n  - {id: cissp, earned: 2030-01-01}", "certifications[0].earned", "is after"),
        ("education:\n  - {degree: phd}", "education[0].degree", "bachelor"),
        ("experience:\n  - {start: 2020-01-01}", "experience[0].title", "is missing"),
        (
            "experience:\n  - {title: A, start: 2020-01-01, hoursPerWeek: lots}", "experience[0].hoursPerWeek",
            "a number"
        ),
        ("goal:\n  role: OG-WRL-07", "goal.role", "did you mean"),
    ])
    func reportsFieldLevelErrors(yaml: String, field: String, text: String) {
        let found = issues(yaml)
        let issue = found.first { $0.field == field }
        #expect(issue != nil, "\(found)")
        #expect(issue?.description.contains(text) == true, "\(String(describing: issue))")
    }

    @Test func refusesABillionLaughsProfile() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            yaml +=
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        yaml += "experience: []\n"
        let found = issues(yaml)
        #expect(found.first?.problem.contains("expands to more than") == true)
    }

    @Test(arguments: ["", "just text", "[1, 2, 3]", "experience: {title: A}", "\u{0}\u{1}binary"])
    func refusesFilesThatAreNotProfiles(text: String) {
        #expect(!issues(text).isEmpty)
    }
}

extension Error {
    /// The issues of a profile load error.
    var issues: [ProfileIssue] { (self as? ProfileLoader.LoadError)?.issues ?? [] }
}
