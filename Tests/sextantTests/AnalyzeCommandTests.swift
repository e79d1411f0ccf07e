import Foundation
import SextantCore
import SextantData
import Testing

/// `sextant analyze`, `lint` and `eval` as scripts and people use them.
@Suite(.serialized)
struct AnalyzeCommandTests {
    static let posting = """
        Junior SOC Analyst
        You triage alerts in our SOC, hunt threats and support incident response.
        Requirements: CISSP certification required. 1-2 years of experience in security operations.
        """

    func temporaryFile(_ name: String, _ contents: Data) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sextant-cli-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try contents.write(to: url)
        return url
    }

    @Test func printsTheJSONContract() throws {
        let result = try CommandRunner.run(["analyze", "--json"], stdin: Data(Self.posting.utf8))
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in [
            "title", "language", "securityRelevant", "primaryDiscipline", "disciplines", "orientation", "seniority",
            "experience", "certifications", "roles", "findings", "titleDiscipline",
        ] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["title"] as? String == "Junior SOC Analyst")
        #expect(object["primaryDiscipline"] as? String == "cybersecurity")
        let experience = try #require(object["experience"] as? [String: Any])
        #expect(experience["minYears"] as? Double == 1)
        let certifications = try #require(object["certifications"] as? [[String: Any]])
        #expect(certifications.first?["id"] as? String == "cissp")
        #expect(certifications.first?["strength"] as? String == "required")
        #expect(certifications.first?["evidence"] is String)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(
            findings.contains {
                $0["code"] as? String == "certification-experience-conflict" && $0["severity"] as? String == "error"
            })
    }

    @Test func readsJSONLinesAndReportsBrokenLinesWithoutStopping() throws {
        let lines = [
            #"{"id": "a", "title": "SOC Analyst", "description": "You hunt threats. CISSP preferred.", "company": "x"}"#,
            #"{"id": "b", "title": "broken"#,
            #"["not", "an", "object"]"#,
            #"{"id": 42, "title": "GRC Analyst", "description": "You run ISO 27001 audits."}"#,
        ].joined(separator: "\n")
        let result = try CommandRunner.run(["analyze", "--jsonl"], stdin: Data(lines.utf8))
        #expect(result.status == 0)
        let outputs = result.stdout.split(separator: "\n").map {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(outputs.count == 2)
        #expect(outputs.map { $0?["id"] as? String } == ["a", "42"])
        #expect(result.stderr.contains("standard input line 2: not valid JSON"))
        #expect(result.stderr.contains("line 3: expected a JSON object"))
        #expect(result.stderr.contains("2 lines skipped"))
    }

    /// The pipe writes its output in blocks; across block boundaries every line is still the
    /// analysis of its posting, byte for byte what the JSON writer gives for it alone.
    @Test func thePipeWritesEveryAnalysisWholeAcrossOutputBlocks() throws {
        let analyzer = PostingAnalyzer(knowledgeBase: try KnowledgeBaseLoader.load())
        var inputs: [PostingInput] = []
        var lines = ""
        for index in 0..<120 {
            let description =
                "Requirements\n\(index % 7 + 1)+ years in a SOC. CISSP or CISM required; OSCP is a plus.\n"
                + "Responsibilities\nTriage alerts, hunt threats \"quoted\" and write reports number \(index)."
            let title = index.isMultiple(of: 2) ? "Security Analyst \(index)" : "Junior SOC Analyst"
            inputs.append(PostingInput(id: "p\(index)", title: title, text: description))
            let object: [String: String] = ["id": "p\(index)", "title": title, "description": description]
            lines += String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self) + "\n"
        }
        let result = try CommandRunner.run(["analyze", "--jsonl"], stdin: Data(lines.utf8))
        #expect(result.status == 0)
        let expected = inputs.map { AnalysisJSONWriter.string(analyzer.analyze($0)) + "\n" }.joined()
        #expect(expected.utf8.count > 3 << 16)  // more than three output blocks
        #expect(result.stdout == expected)
    }

    /// A read that fails midway (here the kernel's EIO for /proc/self/mem) is an error naming the
    /// file, not a quiet end of input.
    @Test func aReadErrorIsReportedNotTakenForTheEndOfTheInput() throws {
        let result = try CommandRunner.run(["analyze", "--jsonl", "/proc/self/mem"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Reading /proc/self/mem failed after line 0"))
        #expect(result.stderr.contains("Copy the file somewhere readable"))
    }

    @Test func refusesAnEmptyPostingWithAClearMessage() throws {
        let result = try CommandRunner.run(["analyze"], stdin: Data(" \n\t\n".utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("standard input is empty: there is no posting to analyse"))
    }

    @Test func analysesTheFirstTenMegabytesOfAFiftyMegabyteFileAndSaysSo() throws {
        let line = "You hunt threats in our SOC. CISSP required. 3 years of experience.\n"
        var text = "SOC Analyst\n"
        text += String(repeating: line, count: (50 << 20) / line.utf8.count)
        let file = try temporaryFile("huge.txt", Data(text.utf8))
        let result = try CommandRunner.run(["analyze", "--json", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let warnings = try #require(object["warnings"] as? [String])
        #expect(warnings.contains("The posting is 50 MB; only its first 10 MB were analysed."))
        #expect((object["certifications"] as? [[String: Any]])?.first?["id"] as? String == "cissp")
    }

    @Test func refusesABinaryFileWithAClearMessage() throws {
        let file = try temporaryFile("picture.png", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x0D, 0x0A]))
        let result = try CommandRunner.run(["analyze", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("looks like a binary file"))
        #expect(result.stderr.contains("picture.png"))
    }

    @Test func repairsInvalidUTF8WithAWarning() throws {
        let file = try temporaryFile(
            "latin1.txt", Data("Security Analyst\nCISSP required. Caf".utf8) + Data([0xE9]) + Data(".\n".utf8))
        let result = try CommandRunner.run(["analyze", "--json", file.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("not valid UTF-8"))
        #expect(result.stdout.contains("cissp"))
    }

    @Test func namesAMissingFileAndWhatToDo() throws {
        let result = try CommandRunner.run(["analyze", "/no/such/posting.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("'/no/such/posting.txt': no such file"))
    }

    @Test func aFolderGivenToJSONLSaysItIsAFolder() throws {
        // It used to crash inside Foundation's read ("Is a directory").
        let folder = try temporaryFile("x.jsonl", Data("{}".utf8)).deletingLastPathComponent().path
        let result = try CommandRunner.run(["analyze", "--jsonl", folder])
        #expect(result.status == 1)
        #expect(result.stderr.contains("'\(folder)' is a folder"))
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test func readsHTMLFilesByExtension() throws {
        let html =
            "<html><body><h1>Security Engineer</h1><script>alert('CISM required')</script><p>OSCP required.</p></body></html>"
        let file = try temporaryFile("posting.html", Data(html.utf8))
        let result = try CommandRunner.run(["analyze", "--json", file.path])
        #expect(result.stdout.contains("\"oscp\""))
        #expect(!result.stdout.contains("\"cism\""))
    }

    @Test func printsMarkdownAndATerminalReport() throws {
        let markdown = try CommandRunner.run(["analyze", "--format", "markdown"], stdin: Data(Self.posting.utf8))
        #expect(markdown.stdout.hasPrefix("## Junior SOC Analyst"))
        #expect(markdown.stdout.contains("`certification-experience-conflict`"))
        let text = try CommandRunner.run(
            ["analyze", "--title", "Threat Hunter"], stdin: Data("You hunt threats in our SOC.".utf8))
        #expect(text.stdout.hasPrefix("Threat Hunter"))
        #expect(text.stdout.contains("Discipline profile"))
    }

    @Test func lintExitsOneOnAnError() throws {
        let failing = try CommandRunner.run(["lint"], stdin: Data(Self.posting.utf8))
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("certification-experience-conflict"))
        let passing = try CommandRunner.run(
            ["lint", "--title", "Senior Threat Hunter"],
            stdin: Data("7 years of experience in threat hunting required. CISSP preferred.".utf8))
        #expect(passing.status == 0)
    }

    @Test func evalScoresLabelledPostings() throws {
        let postings = try temporaryFile(
            "postings.jsonl",
            Data(
                [
                    #"{"id": "p1", "title": "SOC Analyst", "description": "You hunt threats and respond to incidents in our SOC. 3+ years of experience. CISSP preferred."}"#,
                    #"{"id": "p2", "title": "Data Analyst", "description": "You build dashboards in Power BI and write SQL queries for marketing."}"#,
                ].joined(separator: "\n").utf8))
        let labels = try temporaryFile(
            "labels.jsonl",
            Data(
                [
                    #"{"id": "p1", "security_job": true, "discipline": "cybersecurity", "min_years": 3, "certs": [{"id": "cissp", "strength": "preferred"}]}"#,
                    #"{"id": "p2", "security_job": false, "discipline": "none", "min_years": null, "certs": []}"#,
                ].joined(separator: "\n").utf8))
        let result = try CommandRunner.run(["eval", "--labels", labels.path, "--postings", postings.path, "--json"])
        #expect(result.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["postings"] as? Int == 2)
        let fields = try #require(report["fields"] as? [[String: Any]])
        let security = fields.first { $0["field"] as? String == "security job" }
        #expect(security?["correct"] as? Int == 2)
        let certifications = try #require(report["certifications"] as? [String: Any])
        #expect(certifications["truePositives"] as? Int == 1)
    }
}
