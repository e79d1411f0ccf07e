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

    @Test func planRejectsAnUnknownGoal() throws {
        let result = try CommandRunner.run([
            "plan", "--profile", Self.example("career-changer.yaml"), "--goal", "cert:cisp",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("did you mean 'cissp'"))
    }
}
