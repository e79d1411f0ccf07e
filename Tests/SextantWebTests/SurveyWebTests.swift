import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SextantCore
import Testing

@testable import SextantWeb

/// The survey page and API: upload, progress, report, and the same safety as every page.
@Suite struct SurveyWebTests {
    /// Three postings, one with markup in its title, and one broken line.
    static let jsonl = [
        #"{"id": "1", "title": "SOC Analyst <script>alert(1)</script>", "location": "Berlin, Germany", "description": "You triage SIEM alerts and support incident response. CISSP required. 1-2 years of experience."}"#,
        #"{"id": "2", "title": "Information Security Officer", "location": "Lyon, France", "description": "You run the ISMS and risk assessments. CISM preferred. 5 years of experience."}"#,
        #"{"id": "3", "title": "broken"#,
        #"{"id": "4", "title": "Data Analyst", "location": "Austin, TX", "description": "You build dashboards with SQL."}"#,
    ].joined(separator: "\n")

    static func multipart(
        _ fields: [(String, String)], file: (name: String, content: String)?, boundary: String
    ) -> ByteBuffer {
        var body = ""
        for (name, value) in fields {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        if let file {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\n"
            body += "Content-Type: application/octet-stream\r\n\r\n\(file.content)\r\n"
        }
        body += "--\(boundary)--\r\n"
        return ByteBuffer(string: body)
    }

    @Test func uploadsShowsProgressAndRendersTheReportInert() async throws {
        try await WebTest.app().test(.router) { client in
            var browser = WebTest.Browser(client)
            let page = try await browser.get("/survey")
            #expect(page.status == .ok)
            #expect(String(buffer: page.body).contains("enctype=\"multipart/form-data\""))

            let boundary = "----sextant-test-boundary"
            var headers = browser.cookieHeaders
            headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
            let posted = try await client.execute(
                uri: "/survey", method: .post, headers: headers,
                body: Self.multipart(
                    [("_csrf", browser.token), ("groupBy", "country")], file: ("jobs.jsonl", Self.jsonl),
                    boundary: boundary))
            #expect(posted.status == .seeOther)
            let jobPath = try #require(posted.headers[.location])
            #expect(jobPath.hasPrefix("/survey/jobs/"))

            var location = jobPath
            for _ in 0..<200 {
                let progress = try await browser.get(location)
                if progress.status == .seeOther, let next = progress.headers[.location] {
                    location = next
                    break
                }
                #expect(progress.status == .ok)
                #expect(progress.headers[HTTPField.Name("Refresh")!] == "1")
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(location.hasPrefix("/surveys/"))
            let report = try await browser.get(location)
            #expect(report.status == .ok)
            let html = String(buffer: report.body)
            #expect(html.contains("<h1>Survey of 4 postings</h1>"))
            #expect(html.contains("67% of the 3 postings are security work (2)"))
            #expect(html.contains("By country"))
            #expect(html.contains("jobs.jsonl:3</code>"))
            #expect(!html.contains("<script>alert"))
            #expect(html.contains("SOC Analyst &lt;script&gt;alert(1)&lt;/script&gt;"))

            let id = String(location.dropFirst("/surveys/".count))
            let json = try await browser.get("/surveys/\(id)/summary.json")
            let summary = try JSONDecoder().decode(SurveySummary.self, from: Data(buffer: json.body))
            #expect(summary.method.analysed == 3)
            #expect(summary.method.brokenRecords.map(\.line) == [3])

            let saved = String(buffer: try await browser.get("/saved").body)
            #expect(saved.contains("/surveys/\(id)"))
            let deleted = try await browser.post("/surveys/\(id)/delete", [:])
            #expect(deleted.status == .seeOther)
            #expect(try await browser.get(location).status == .notFound)
        }
    }

    @Test func refusesAnUploadWithoutTheFormToken() async throws {
        try await WebTest.app().test(.router) { client in
            var browser = WebTest.Browser(client)
            _ = try await browser.get("/survey")
            let boundary = "b0undary"
            var headers = browser.cookieHeaders
            headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
            let response = try await client.execute(
                uri: "/survey", method: .post, headers: headers,
                body: Self.multipart([("_csrf", "forged")], file: ("jobs.jsonl", Self.jsonl), boundary: boundary))
            #expect(response.status == .forbidden)
            let noFile = try await client.execute(
                uri: "/survey", method: .post, headers: headers,
                body: Self.multipart([("_csrf", browser.token)], file: nil, boundary: boundary))
            #expect(noFile.status == .badRequest)
            #expect(String(buffer: noFile.body).contains("Choose a JSONL or CSV file"))
        }
    }

    @Test func surveysThroughTheAPI() async throws {
        try await WebTest.app().test(.router) { client in
            let created = try await client.execute(
                uri: "/api/v1/surveys?groupBy=country&name=Test", method: .post,
                headers: [.contentType: "application/x-ndjson"], body: ByteBuffer(string: Self.jsonl))
            #expect(created.status == .created)
            let run = try WebTest.object(created)
            let id = try #require(run["id"] as? String)
            #expect(created.headers[.location] == "/api/v1/surveys/\(id)")
            let summary = try #require(run["summary"] as? [String: Any])
            let security = try #require(summary["securityRelevant"] as? [String: Any])
            #expect(security["count"] as? Int == 2)

            let list = try await client.execute(uri: "/api/v1/surveys", method: .get)
            let items = try #require(
                try JSONSerialization.jsonObject(with: Data(buffer: list.body)) as? [[String: Any]])
            #expect(items.map { $0["id"] as? String } == [id])
            #expect(items.first?["summary"] == nil)
            #expect(try await client.execute(uri: "/api/v1/surveys/\(id)", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/api/v1/surveys/\(id)", method: .delete).status == .noContent)
            #expect(try await client.execute(uri: "/api/v1/surveys/\(id)", method: .get).status == .notFound)

            let csv = try await client.execute(
                uri: "/api/v1/surveys", method: .post, headers: [.contentType: "text/csv"],
                body: ByteBuffer(string: "id,body\n1,SOC work\n"))
            #expect(csv.status == .badRequest)
            let message = try WebTest.error(csv)["message"] as? String ?? ""
            #expect(message.contains("no 'description' column"))
            #expect(message.contains("'id', 'body'"))
            #expect(!message.contains("--description-column"))
        }
    }

    @Test func explainsWrongContentTypesAndQueries() async throws {
        try await WebTest.app().test(.router) { client in
            let wrongType = try await client.execute(
                uri: "/api/v1/surveys", method: .post, headers: [.contentType: "application/pdf"],
                body: ByteBuffer(string: "%PDF"))
            #expect(wrongType.status == .unsupportedMediaType)
            #expect(try WebTest.error(wrongType)["code"] as? String == "unsupported-media-type")
            let wrongGroup = try await client.execute(
                uri: "/api/v1/surveys?groupBy=planet", method: .post, headers: [.contentType: "application/x-ndjson"],
                body: ByteBuffer(string: Self.jsonl))
            #expect(wrongGroup.status == .badRequest)
            #expect(try WebTest.error(wrongGroup)["field"] as? String == "groupBy")
        }
    }
}
