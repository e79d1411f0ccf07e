import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import SextantWeb

/// The Profile page as a form: rows typed by hand, rows added and removed without a script,
/// mistakes shown next to everything typed, the text view, and "Start from a file".
struct ProfileFormTests {
    /// Two jobs, a degree and Security+, typed the way people type them.
    static let rows: [String: String] = [
        "editor": "form", "name": "Ada", "asOf": "2026-12-04", "jobs": "2", "educations": "1", "certifications": "1",
        "job-0-title": "Network Administrator", "job-0-start": "2019-07", "job-0-end": "2022-12", "job-0-hours": "40",
        "job-0-share": "50", "job-0-domain-communication-and-network-security": "on",
        "job-0-domain-identity-and-access-management": "on",
        "job-1-title": "Security Engineer", "job-1-start": "Jan 2023", "job-1-end": "", "job-1-hours": "",
        "job-1-share": "90%", "job-1-domain-security-operations": "on", "job-1-management": "on",
        "education-0-degree": "bachelor", "education-0-field": "computer science", "education-0-completed": "2019-06",
        "certification-0-name": "Security+", "certification-0-earned": "2020-03",
        "goalCertifications": "CISSP",
    ]

    /// The `value` of the input with this id, or the selected option of the select with it.
    static func value(_ id: String, in page: String) -> String? {
        guard let start = page.range(of: "id=\"\(id)\"") else { return nil }
        let rest = page[start.upperBound...]
        if page[..<start.lowerBound].hasSuffix("<select ") {
            guard let end = rest.range(of: "</select>"),
                let selected = rest[..<end.lowerBound].range(of: "\" selected>")
            else { return "" }
            let before = rest[..<selected.lowerBound]
            return before.range(of: "value=\"", options: .backwards).map { String(before[$0.upperBound...]) }
        }
        guard let tagEnd = rest.firstIndex(of: ">"), let attribute = rest[..<tagEnd].range(of: "value=\"") else {
            return nil
        }
        let value = rest[attribute.upperBound...]
        return value.firstIndex(of: "\"").map { String(value[..<$0]) }
    }

    @Test func typedRowsGiveEligibilityAndThePlanAndTheSameProfileAsYAML() async throws {
        try await WebTest.app().test(.router) { client in
            var browser = WebTest.Browser(client)
            let empty = String(buffer: try await browser.get("/profile").body)
            // A newcomer starts from one empty row of each kind, not from YAML.
            #expect(Self.value("job-0-title", in: empty) == "")
            #expect(!empty.contains("<textarea id=\"content\""))
            #expect(empty.contains("<datalist id=\"catalog\">"))

            let eligibility = try await browser.post("/profile/eligibility", Self.rows)
            let page = String(buffer: eligibility.body)
            #expect(eligibility.status == .ok)
            #expect(page.contains("Eligibility on 2026-12-04"))
            // SSCP asks for one year in one of its domains: the second job alone has almost four.
            let sscp = try #require(page.range(of: "href=\"/certifications/sscp\""))
            let row = page[sscp.lowerBound...].prefix { $0 != "\n" }
            #expect(page[sscp.lowerBound...].prefix(400).contains("status-met\">eligible"), "\(row)")
            // The rows written out: months read as the first (start) or last (end) day, percent as
            // a fraction, the alias as the catalog id, the goal kept.
            for line in [
                "start: 2019-07-01", "end: 2022-12-31", "start: 2023-01-01", "securityShare: 0.5",
                "securityShare: 0.9", "hoursPerWeek: 40", "management: true", "completed: 2019-06-30",
                "id: securityplus", "earned: 2020-03-01", "certifications: [cissp]", "degree: bachelor",
            ] {
                #expect(page.contains(line), "\(line)")
            }
            // The form comes back as typed.
            #expect(Self.value("job-1-start", in: page) == "Jan 2023")

            let plan = String(buffer: try await browser.post("/profile/plan", Self.rows).body)
            #expect(plan.contains("Roadmap to CISSP"))
            #expect(plan.contains("figure class=\"chart timeline\"") || plan.contains("<svg"))
        }
    }

    @Test func rowsAreAddedAndRemovedBySubmitting() async throws {
        try await WebTest.app().test(.router) { client in
            var browser = WebTest.Browser(client)
            _ = try await browser.get("/profile")
            var fields = Self.rows
            fields["action"] = "add-job"
            let added = String(buffer: try await browser.post("/profile/edit", fields).body)
            #expect(Self.value("job-2-title", in: added) == "")
            #expect(
                added.contains(
                    "id=\"job-2-title\" name=\"job-2-title\" value=\"\" placeholder=\"Network Administrator\" autofocus"
                ))
            #expect(Self.value("job-1-title", in: added) == "Security Engineer")

            fields["action"] = "remove-job-0"
            let removed = String(buffer: try await browser.post("/profile/edit", fields).body)
            #expect(Self.value("job-0-title", in: removed) == "Security Engineer")
            #expect(Self.value("job-0-share", in: removed) == "90%")
            #expect(Self.value("job-1-title", in: removed) == nil)
            // The second job's checked domain moved with it.
            #expect(removed.contains("name=\"job-0-domain-security-operations\" value=\"on\" checked"))

            fields["action"] = "remove-certification-0"
            let noCertification = String(buffer: try await browser.post("/profile/edit", fields).body)
            #expect(Self.value("certification-0-name", in: noCertification) == nil)

            fields["action"] = "launch-missiles"
            #expect(try await browser.post("/profile/edit", fields).status == .badRequest)
        }
    }

    @Test func mistakesNameTheirRowAndKeepEverythingTyped() async throws {
        try await WebTest.app().test(.router) { client in
            var browser = WebTest.Browser(client)
            _ = try await browser.get("/profile")
            var fields = Self.rows
            fields["job-1-start"] = "sometime"
            fields["certification-0-name"] = "Secrity Plus Plus"
            fields["job-0-share"] = "150"
            let response = try await browser.post("/profile/eligibility", fields)
            let page = String(buffer: response.body)
            #expect(response.status == .unprocessableContent)
            #expect(
                page.contains("Job 2, start: &#39;sometime&#39; is not a date — write it as 2021-03 or 2021-03-15."))
            #expect(page.contains("Job 1, security share: &#39;150&#39; is not a number from 0 to 100."))
            #expect(Self.value("job-0-title", in: page) == "Network Administrator")
            #expect(Self.value("job-1-start", in: page) == "sometime")

            fields = Self.rows
            fields["certification-0-name"] = "Secrity Plus Plus"
            let unknown = String(buffer: try await browser.post("/profile/eligibility", fields).body)
            #expect(
                unknown.contains(
                    "Certification 1, name &#39;Secrity Plus Plus&#39;: is not a certification in the catalog"))

            fields = Self.rows
            fields["certification-0-earned"] = "2027-01-01"
            let future = String(buffer: try await browser.post("/profile/eligibility", fields).body)
            #expect(future.contains("Certification 1, earned &#39;2027-01-01&#39;: is after 2026-12-04"))
        }
    }

    @Test func switchesBetweenTheFormAndText() async throws {
        try await WebTest.app().test(.router) { client in
            var browser = WebTest.Browser(client)
            _ = try await browser.get("/profile")
            var fields = Self.rows
            fields["action"] = "to-yaml"
            let text = String(buffer: try await browser.post("/profile/edit", fields).body)
            #expect(text.contains("<textarea id=\"content\" name=\"content\""))
            #expect(text.contains("securityShare: 0.9"))
            #expect(text.contains("<input type=\"hidden\" name=\"editor\" value=\"yaml\">"))

            let back = String(
                buffer: try await browser.post(
                    "/profile/edit", ["editor": "yaml", "content": ProfilePages.example, "action": "to-form"]
                ).body)
            #expect(Self.value("job-1-title", in: back) == "Security Engineer")
            #expect(Self.value("job-1-share", in: back) == "90")
            #expect(Self.value("job-0-end", in: back) == "2022-12-31")
            #expect(Self.value("education-0-degree", in: back) == "bachelor")
            #expect(Self.value("certification-0-name", in: back) == "Security+")
            #expect(Self.value("goalCertifications", in: back) == "cissp")

            let broken = try await browser.post(
                "/profile/edit", ["editor": "yaml", "content": "certs: [cissp]", "action": "to-form"])
            #expect(broken.status == .unprocessableContent)
            #expect(String(buffer: broken.body).contains("did you mean &#39;certifications&#39;?"))
        }
    }

    @Test func savesTheFormAndOpensItAgainAsRows() async throws {
        try await WebTest.app().test(.router) { client in
            var browser = WebTest.Browser(client)
            _ = try await browser.get("/profile")
            let saved = try await browser.post("/profiles", Self.rows)
            #expect(saved.status == .seeOther)
            let path = try #require(saved.headers[.location])
            let page = String(buffer: try await browser.get(path).body)
            #expect(page.contains("<h1>Ada</h1>"))
            #expect(page.contains("title: &quot;Security Engineer&quot;"))
            let id = path.split(separator: "/").last.map(String.init) ?? ""
            let editor = String(buffer: try await browser.get("/profile?saved=\(id)").body)
            #expect(Self.value("job-0-title", in: editor) == "Network Administrator")
            #expect(Self.value("job-1-end", in: editor) == "")
            #expect(editor.contains("name=\"job-1-management\" value=\"on\" checked"))
        }
    }

    @Test func startsFromAJSONResumeWithoutStoringIt() async throws {
        try await WebTest.app().test(.router) { client in
            var browser = WebTest.Browser(client)
            _ = try await browser.get("/profile")
            let resume = try Data(
                contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                    .deletingLastPathComponent().appendingPathComponent("Fixtures/import/resume.json"))
            let response = try await browser.upload("/profile/import", file: ("resume.json", Array(resume)))
            let page = String(buffer: response.body)
            #expect(response.status == .ok)
            #expect(page.contains("Read from resume.json (JSON Resume)"))
            // The fixture, read by hand: two jobs (newest first), a bachelor's, Security+ and CCNA.
            #expect(Self.value("name", in: page) == "Robin Example")
            #expect(Self.value("job-0-title", in: page) == "Security Analyst")
            #expect(Self.value("job-0-start", in: page) == "2021-03-01")
            #expect(Self.value("job-0-end", in: page) == "")
            #expect(Self.value("job-1-title", in: page) == "IT Support Technician")
            #expect(Self.value("job-1-end", in: page) == "2021-02-28")
            #expect(Self.value("job-1-hours", in: page) == "40")
            #expect(Self.value("education-0-degree", in: page) == "bachelor")
            #expect(Self.value("education-0-completed", in: page) == "2018-05-31")
            #expect(Self.value("certification-0-name", in: page) == "Security+")
            #expect(Self.value("certification-0-earned", in: page) == "2020-03-15")
            #expect(Self.value("certification-1-name", in: page) == "CCNA")
            #expect(page.contains("Estimated, please correct"))
            #expect(page.contains("nothing is stored unless you save the profile"))
            // Nothing was saved.
            #expect(!String(buffer: try await browser.get("/saved").body).contains("Robin Example"))

            let yaml = try await browser.upload(
                "/profile/import", file: ("me.yaml", Array(ProfilePages.example.utf8)))
            #expect(Self.value("job-1-title", in: String(buffer: yaml.body)) == "Security Engineer")

            let binary = try await browser.upload(
                "/profile/import", file: ("photo.png", [0x89, 0x50, 0x4E, 0x47, 0, 0]))
            #expect(binary.status == .unprocessableContent)
            #expect(String(buffer: binary.body).contains("photo.png: is not text, DOCX or a ZIP"))

            let none = try await browser.upload("/profile/import", file: nil)
            #expect(none.status == .unprocessableContent)
            #expect(String(buffer: none.body).contains("Choose a file to start from"))

            let forged = try await WebTest.Browser(client).upload(
                "/profile/import", file: ("resume.json", Array(resume)))
            #expect(forged.status == .forbidden)
        }
    }
}
