import Foundation
import Testing

/// `eligibility`, `plan` and `match` on the example profiles.
@Suite(.serialized)
struct PlanningCommandTests {
    /// The repository's examples/ directory.
    static var examples: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("examples")
    }

    static func example(_ name: String) -> String { examples.appendingPathComponent(name).path }

    @Test func eligibilityJSONFollowsTheContract() throws {
        let result = try CommandRunner.run(
            ["eligibility", "--profile", Self.example("network-admin.yaml"), "--as-of", "2026-11-26", "--json"])
        #expect(result.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["asOf"] as? String == "2026-11-26")
        let certifications = try #require(report["certifications"] as? [[String: Any]])
        for entry in certifications {
            for key in ["id", "status", "eligibleOn", "route", "reasons", "confidence"] {
                #expect(entry.keys.contains(key), "\(entry["id"] ?? "?") lacks \(key)")
            }
            #expect(["eligible", "eligibleLater", "notEligible", "noRequirement"].contains(entry["status"] as? String))
        }
        // Five years three months of security work, one year waived for the CS degree.
        let cissp = try #require(certifications.first { $0["id"] as? String == "cissp" })
        #expect(cissp["status"] as? String == "eligible")
        // No management experience: CISM is out of reach by continuing the current jobs.
        let cism = try #require(certifications.first { $0["id"] as? String == "cism" })
        #expect(cism["status"] as? String == "notEligible")
        #expect(cism["eligibleOn"] is NSNull)
        // Every catalog certification is listed, those with no requirement included.
        let catalog = try CommandRunner.run(["certs", "--json"])
        let all = try #require(try JSONSerialization.jsonObject(with: Data(catalog.stdout.utf8)) as? [[String: Any]])
        #expect(certifications.compactMap { $0["id"] as? String } == all.compactMap { $0["id"] as? String })
        #expect(certifications.contains { $0["status"] as? String == "noRequirement" })
    }

    @Test func eligibilityFoldsCertificationsWithoutARequirementOnTheTerminal() throws {
        let result = try CommandRunner.run(
            ["eligibility", "--profile", Self.example("network-admin.yaml"), "--as-of", "2026-11-26"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("no requirement  "), "no row per certification without a requirement")
        let folded = try #require(
            result.stdout.firstMatch(of: /… and (\d+) certifications with no experience requirement/))
        #expect((Int(folded.1) ?? 0) > 20)
        // A retired certification says so.
        #expect(result.stdout.contains("az-500") && result.stdout.contains("retired"))
    }

    @Test func everyExampleProfileEvaluates() throws {
        for name in ["help-desk-technician", "network-admin", "soc-analyst", "career-changer", "it-auditor"] {
            let result = try CommandRunner.run([
                "eligibility", "--profile", Self.example("\(name).yaml"), "--as-of", "2026-11-26",
            ])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            let plan = try CommandRunner.run([
                "plan", "--profile", Self.example("\(name).yaml"), "--as-of", "2026-11-26",
            ])
            #expect(plan.status == 0, "\(name): \(plan.stderr)")
            #expect(plan.stdout.hasPrefix("Roadmap to"))
        }
    }

    @Test func explainsTheArithmeticOfOneCertification() throws {
        let result = try CommandRunner.run(
            ["eligibility", "--profile", Self.example("soc-analyst.yaml"), "--as-of", "2026-11-26", "--cert", "cism"])
        #expect(result.stdout.contains("managing information security"))
        #expect(result.stdout.contains("sources:"))
    }

    @Test func planExportsACalendar() throws {
        let result = try CommandRunner.run(
            ["plan", "--profile", Self.example("soc-analyst.yaml"), "--as-of", "2026-11-26", "--format", "ics"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("BEGIN:VCALENDAR"))
        #expect(result.stdout.contains("SUMMARY:Sit the CISM exam"))
    }

    @Test func matchSaysWhenRequirementsWillBeMet() throws {
        let posting = FileManager.default.temporaryDirectory.appendingPathComponent("posting-\(UUID()).txt")
        try "Security Engineer\nCISSP certification required. 10+ years of experience in security.".write(
            to: posting, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(
            ["match", "--profile", Self.example("network-admin.yaml"), "--as-of", "2026-11-26", posting.path, "--json"])
        #expect(result.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let items = try #require(report["items"] as? [[String: Any]])
        #expect(
            items.contains {
                ($0["requirement"] as? String)?.hasPrefix("CISSP") == true && $0["status"] as? String == "metOn"
            })
        #expect(items.contains { $0["kind"] as? String == "experience" && $0["status"] as? String == "metOn" })
    }

    @Test func badProfilesGetFieldLevelErrors() throws {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID()).yaml")
        try "experience:\n  - {title: A, start: 2020-01-01, end: 2023-13-01}\n".write(
            to: profile, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["eligibility", "--profile", profile.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("experience[0].end 2023-13-01: is not a date — write it as YYYY-MM-DD"))
        let missing = try CommandRunner.run(["plan", "--profile", "/no/such/profile.yaml"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot be read"))
        let badDate = try CommandRunner.run(["eligibility", "--profile", profile.path, "--as-of", "soon"])
        #expect(badDate.status == 2)
    }

    @Test func aMisspeltKeyStopsWithTheNearestKey() throws {
        let profile = try Self.temporaryProfile("certs:\n  - {id: securityplus, earned: 2020-03-15}\nexperience: []\n")
        defer { try? FileManager.default.removeItem(at: profile.deletingLastPathComponent()) }
        let result = try CommandRunner.run(["eligibility", "--profile", profile.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("certs: is not a profile key (line 1) — did you mean 'certifications'?"))
    }

    @Test func planRejectsAnUnknownGoal() throws {
        let result = try CommandRunner.run([
            "plan", "--profile", Self.example("career-changer.yaml"), "--goal", "cert:cisp",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("did you mean 'cissp'"))
    }

    /// The network administrator issue 14 describes: three years in, 40% security work, an
    /// associate degree and Security+, aiming at CISSP.
    static let juniorNetworkAdmin = """
        education:
          - degree: associate
            field: networking
            completed: 2021-06-01
        certifications:
          - id: securityplus
            earned: 2023-05-01
        experience:
          - title: Network Administrator
            start: 2023-12-01
            hoursPerWeek: 40
            securityShare: 0.4
            domains: [communication-and-network-security, identity-and-access-management]
        goal:
          certifications: [cissp]
        """

    static func temporaryProfile(_ text: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sextant-plan-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("profile.yaml")
        try Data(text.utf8).write(to: file)
        return file
    }

    @Test func planJSONHasStonesHonestDatesAndLevers() throws {
        let profile = try Self.temporaryProfile(Self.juniorNetworkAdmin)
        defer { try? FileManager.default.removeItem(at: profile.deletingLastPathComponent()) }
        let result = try CommandRunner.run([
            "plan", "--profile", profile.path, "--as-of", "2026-12-04", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let steps = try #require(plan["steps"] as? [[String: Any]])
        // A stepping stone attainable now: study starts today, held on its exam day, before CISSP.
        let goalIndex = try #require(steps.firstIndex { $0["id"] as? String == "cissp" })
        let stone = try #require(steps.first { $0["role"] as? String == "steppingStone" })
        #expect(stone["studyStart"] as? String == "2026-12-04")
        #expect(stone["holdDate"] as? String == stone["examDate"] as? String)
        #expect(steps.firstIndex { $0["id"] as? String == stone["id"] as? String }! < goalIndex)
        // Time order goes technical → mixed → strategic.
        let rank = ["technical": 0, "mixed": 1, "strategic": 2]
        let ranks = steps.compactMap { rank[$0["orientation"] as? String ?? ""] }
        #expect(ranks.count == steps.count && ranks == ranks.sorted())
        let exams = steps.compactMap { $0["examDate"] as? String }
        #expect(exams == exams.sorted())
        // No exam more than a year before its hold date unless on the Associate route.
        for step in steps {
            #expect(step["associateRoute"] is Bool)
            guard let exam = (step["examDate"] as? String).flatMap(Self.day),
                let hold = (step["holdDate"] as? String).flatMap(Self.day)
            else { continue }
            #expect(exam.addingTimeInterval(366 * 86_400) >= hold || step["associateRoute"] as? Bool == true)
        }
        #expect(steps[goalIndex]["holdDate"] as? String == "2036-06-01")
        #expect(steps[goalIndex]["examDate"] as? String == "2036-03-01")
        // The security-share and waiver levers, with their dates.
        let levers = try #require(plan["levers"] as? [[String: Any]])
        let share = try #require(levers.first { $0["kind"] as? String == "securityShare" })
        #expect((share["description"] as? String)?.contains("security share") == true)
        #expect((share["holdDate"] as? String)?.hasPrefix("2031-09") == true)
        let waivers = levers.filter { ($0["description"] as? String)?.contains("waiver") == true }
        #expect(Set(waivers.compactMap { $0["kind"] as? String }) == ["degree", "credential"])
        #expect(waivers.allSatisfy { $0["holdDate"] as? String == "2033-12-01" })

        let text = try CommandRunner.run(["plan", "--profile", profile.path, "--as-of", "2026-12-04"])
        #expect(text.stdout.contains("stepping stone"))
        #expect(text.stdout.contains("What would move the date"))
    }

    @Test func planTakesADirectionGoal() throws {
        let result = try CommandRunner.run([
            "plan", "--profile", Self.example("soc-analyst.yaml"), "--as-of", "2026-12-04", "--goal",
            "direction:strategic", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(plan["targets"] as? [String] == ["cism"])
        let wrong = try CommandRunner.run([
            "plan", "--profile", Self.example("soc-analyst.yaml"), "--goal", "direction:sideways",
        ])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("strategic"))
    }

    static func day(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: text)
    }
}
