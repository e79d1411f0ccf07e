import Foundation
import Testing

/// `sextant survey` end to end: the files it writes and what it says.
@Suite(.serialized)
struct SurveyCommandTests {
    /// 60 short postings written for the test (20 of each kind), with one broken line in the middle.
    static let corpus: String = {
        var lines: [String] = []
        for index in 0..<60 {
            let line: String
            switch index % 3 {
            case 0:
                line =
                    #"{"id": "s\#(index)", "title": "Junior SOC Analyst", "company": "Acme", "location": "Berlin, Germany", "posted": "2025-03-01", "description": "You triage alerts in our SOC and support incident response. Requirements: CISSP required. 1-2 years of experience."}"#
            case 1:
                line =
                    #"{"id": "s\#(index)", "title": "Information Security Manager", "company": "Beta", "location": "Lyon, France", "posted": "2025-04-01", "description": "You run our ISMS, risk assessments and audits. At least 5 years of experience. CISM preferred."}"#
            default:
                line =
                    #"{"id": "s\#(index)", "title": "Data Analyst", "company": "Gamma", "location": "Austin, TX", "description": "You build dashboards with SQL and Power BI."}"#
            }
            lines.append(line)
            if index == 29 { lines.append(#"{"id": "broken", "description": "cut off"#) }
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    func folder() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sextant-survey-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(Self.corpus.utf8).write(to: directory.appendingPathComponent("postings.jsonl"))
        return directory
    }

    @Test func writesTheSameSummaryForOneAndTwoJobs() throws {
        let directory = try folder()
        let input = directory.appendingPathComponent("postings.jsonl").path
        let one = try CommandRunner.run(["survey", input, "--out", directory.path + "/one", "--jobs", "1"])
        let two = try CommandRunner.run(["survey", input, "--out", directory.path + "/two", "--jobs", "2"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(two.status == 0, "\(two.stderr)")
        let first = try Data(contentsOf: directory.appendingPathComponent("one/summary.json"))
        let second = try Data(contentsOf: directory.appendingPathComponent("two/summary.json"))
        #expect(first == second)
        #expect(
            try Data(contentsOf: directory.appendingPathComponent("one/postings.csv"))
                == Data(contentsOf: directory.appendingPathComponent("two/postings.csv")))
    }

    @Test func writesTheReportTheSummaryAndOneRowPerPosting() throws {
        let directory = try folder()
        let input = directory.appendingPathComponent("postings.jsonl").path
        let out = directory.appendingPathComponent("report")
        let result = try CommandRunner.run(["survey", input, "--out", out.path, "--group-by", "country"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Surveyed 61 postings"))
        #expect(result.stdout.contains("60 analysed, 1 could not be read"))
        // Line 31 of the file is the broken one (30 postings come before it).
        #expect(result.stdout.contains("line 31"))

        let summary = try #require(
            JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json")))
                as? [String: Any])
        let method = try #require(summary["method"] as? [String: Any])
        #expect(method["analysed"] as? Int == 60)
        let broken = try #require(method["brokenRecords"] as? [[String: Any]])
        #expect(broken.first?["line"] as? Int == 31)
        let security = try #require(summary["securityRelevant"] as? [String: Any])
        #expect(security["count"] as? Int == 40)
        let groups = try #require((summary["groups"] as? [String: Any])?["groups"] as? [[String: Any]])
        #expect(Set(groups.compactMap { $0["key"] as? String }) == ["Germany", "France", "United States"])

        let csv = try String(contentsOf: out.appendingPathComponent("postings.csv"), encoding: .utf8)
        #expect(csv.split(separator: "\r\n").count == 61)  // header + 60 postings

        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<h1>Survey of 61 postings</h1>"))
        #expect(html.contains("67% of the 60 postings are security work (40)"))
        #expect(html.contains(":31</code>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://"))
    }

    @Test func aMissingColumnOrFileIsAnErrorThatSaysWhatToDo() throws {
        let directory = try folder()
        let csv = directory.appendingPathComponent("jobs.csv")
        try Data("id,body\n1,SOC analyst work\n".utf8).write(to: csv)
        let result = try CommandRunner.run(["survey", csv.path, "--out", directory.path + "/x"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no 'description' column"))
        #expect(result.stderr.contains("--description-column"))
        let named = try CommandRunner.run(
            ["survey", csv.path, "--out", directory.path + "/y", "--description-column", "body", "--format", "json"])
        #expect(named.status == 0, "\(named.stderr)")
        #expect(FileManager.default.fileExists(atPath: directory.path + "/y/summary.json"))
        #expect(!FileManager.default.fileExists(atPath: directory.path + "/y/report.html"))

        let missing = try CommandRunner.run(["survey", directory.path + "/nope.jsonl"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("Cannot read"))
        let format = try CommandRunner.run(["survey", csv.path, "--format", "pdf"])
        #expect(format.status == 2)
        #expect(format.stderr.contains("html, json and/or csv"))
    }
}
