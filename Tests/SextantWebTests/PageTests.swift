import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import SextantWeb

/// Every page, driven in process.
struct PageTests {
    @Test(arguments: [
        ("/", "What does this posting really ask for?"), ("/certifications", "Certifications"),
        ("/certifications/cissp", "Certified Information Systems Security Professional"),
        ("/certifications/Sec%2B", "CompTIA Security+"),
        ("/certifications?discipline=cybersecurity&level=expert", "OSWE"),
        ("/roles", "Work roles"), ("/roles/og-wrl-007", "Executive Cybersecurity Leadership"),
        ("/profile", "Your profile"), ("/profile?goal=cissp", "cissp"), ("/saved", "Saved work"),
    ])
    func servesEveryPage(uri: String, text: String) async throws {
        try await WebTest.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(String(buffer: response.body).contains(text))
                #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
                let cookie = response.headers[.setCookie] ?? ""
                #expect(cookie.hasPrefix("sextant_csrf="))
                #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
            }
        }
    }

    @Test func servesAssetsAndTheAPIDocument() async throws {
        try await WebTest.app().test(.router) { client in
            try await client.execute(uri: "/static/app.css", method: .get) {
                #expect($0.headers[.contentType] == "text/css; charset=utf-8")
            }
            try await client.execute(uri: "/static/app.js", method: .get) {
                #expect(String(buffer: $0.body).contains("clipboard"))
            }
            try await client.execute(uri: "/openapi.yaml", method: .get) {
                #expect(String(buffer: $0.body).hasPrefix("openapi: 3.1.0"))
            }
        }
    }

    @Test func searchesWithSeveralWordsAsABrowserSendsThem() async throws {
        try await WebTest.app().test(.router) { client in
            // A GET form encodes spaces as "+".
            try await client.execute(uri: "/certifications?search=Certified+Ethical+Hacker", method: .get) {
                let body = String(buffer: $0.body)
                #expect(body.contains("/certifications/ceh\""))
                #expect(body.contains("value=\"Certified Ethical Hacker\""))
            }
            // "%2B" is a plus sign, as in "Security+".
            try await client.execute(uri: "/certifications?search=Security%2B", method: .get) {
                #expect(String(buffer: $0.body).contains("/certifications/securityplus\""))
            }
        }
    }

    @Test func aRetiredCertificationsPageSaysSoAndLinksItsSuccessor() async throws {
        try await WebTest.app().test(.router) { client in
            try await client.execute(uri: "/certifications/az-500", method: .get) { response in
                let body = String(buffer: response.body)
                #expect(body.contains("Retired on 2026-08-31"))
                #expect(body.contains("<a href=\"/certifications/sc-500\">SC-500</a>"))
                // Each source link says when the source was last checked.
                #expect(body.contains("source last checked 2026-"))
            }
            try await client.execute(uri: "/certifications?search=AZ-500", method: .get) { response in
                #expect(String(buffer: response.body).contains("badge unconfirmed\">retired</span>"))
            }
        }
    }

    @Test func answersUnknownPagesWithAnHTMLErrorPage() async throws {
        try await WebTest.app().test(.router) { client in
            try await client.execute(uri: "/certifications/no-such-cert", method: .get) { response in
                #expect(response.status == .notFound)
                let body = String(buffer: response.body)
                // Text from the server is escaped like any other: the quotes become &#39;.
                #expect(body.contains("No certification &#39;no-such-cert&#39;"))
                #expect(body.contains("Request id"))
            }
            try await client.execute(uri: "/no/such/page", method: .get) { #expect($0.status == .notFound) }
        }
    }

    @Test func analyzesAPostingAndSavesAndDeletesIt() async throws {
        try await WebTest.app().test(.router) { client in
            var browser = WebTest.Browser(client)
            _ = try await browser.get("/")
            let report = try await browser.post(
                "/analyze",
                ["title": "Junior SOC Analyst", "text": "You hunt threats in our SOC. CISSP certification required."])
            #expect(report.status == .ok)
            let page = String(buffer: report.body)
            #expect(page.contains("Cybersecurity"))
            #expect(page.contains("certification-experience-conflict"))
            #expect(page.contains("<svg"))
            #expect(page.contains("<mark class=\"cert\">CISSP</mark>"))

            let saved = try await browser.post(
                "/analyses",
                ["title": "Junior SOC Analyst", "text": "You hunt threats in our SOC. CISSP certification required."])
            #expect(saved.status == .seeOther)
            let location = try #require(saved.headers[.location])
            let reread = try await browser.get(location)
            #expect(String(buffer: reread.body).contains("Copy as Markdown"))
            let list = try await browser.get("/saved")
            #expect(String(buffer: list.body).contains("Junior SOC Analyst"))
            let markdown = try await browser.get(location + "/markdown")
            #expect(String(buffer: markdown.body).hasPrefix("## Junior SOC Analyst"))
            let confirm = try await browser.get(location + "/delete")
            #expect(String(buffer: confirm.body).contains("Delete this analysis?"))
            let deleted = try await browser.post(location + "/delete", [:])
            #expect(deleted.status == .seeOther)
            #expect(try await browser.get(location).status == .notFound)
        }
    }

    @Test func refusesFormsWithoutTheAntiForgeryToken() async throws {
        try await WebTest.app().test(.router) { client in
            var browser = WebTest.Browser(client)
            _ = try await browser.get("/")
            let forged = try await browser.post("/analyze", ["text": "CISSP required."], csrf: false)
            #expect(forged.status == .forbidden)
            #expect(String(buffer: forged.body).contains("Reload the page"))
            var other = browser
            other.token = "0123456789abcdef0123456789abcdef"
            let mismatched = try await other.post(
                "/analyses", ["text": "CISSP required.", "_csrf": browser.token], csrf: false)
            #expect(mismatched.status == .forbidden)
        }
    }

    @Test func showsProfileResults() async throws {
        try await WebTest.app().test(.router) { client in
            var browser = WebTest.Browser(client)
            _ = try await browser.get("/profile")
            let eligibility = try await browser.post("/profile/eligibility", ["content": ProfilePages.example])
            #expect(String(buffer: eligibility.body).contains("Eligibility on 2026-11-26"))
            let plan = try await browser.post(
                "/profile/plan", ["content": ProfilePages.example, "goalCertifications": "cism"])
            let planPage = String(buffer: plan.body)
            #expect(planPage.contains("Roadmap to CISM"))
            #expect(planPage.contains("<svg"))
            let match = try await browser.post(
                "/profile/match",
                ["content": ProfilePages.example, "posting": "CISSP certification required. 10 years of experience."])
            #expect(String(buffer: match.body).contains("met on"))
            let bad = try await browser.post(
                "/profile/eligibility", ["content": "experience:\n  - {title: A, start: 2023-13-01}"])
            #expect(bad.status == .unprocessableContent)
            #expect(String(buffer: bad.body).contains("experience[0].start 2023-13-01: is not a date"))
            let savedPlan = try await browser.post(
                "/plans", ["content": ProfilePages.example, "goalCertifications": "cissp"])
            #expect(savedPlan.status == .seeOther)
            let planPath = try #require(savedPlan.headers[.location])
            #expect(String(buffer: try await browser.get(planPath).body).contains("Roadmap to CISSP"))
        }
    }

    @Test func drawsTheRoadmapOnATimeAxisWithStonesAndLevers() async throws {
        // Three years at 40% security work: CISSP waits until 2036, so stepping stones come first.
        let profile = """
            education: [{degree: associate, field: networking, completed: 2021-06-01}]
            certifications: [{id: securityplus, earned: 2023-05-01}]
            experience:
              - {title: Network Administrator, start: 2023-12-01, securityShare: 0.4,
                 domains: [communication-and-network-security, identity-and-access-management]}
            """
        try await WebTest.app().test(.router) { client in
            var browser = WebTest.Browser(client)
            _ = try await browser.get("/profile")
            let response = try await browser.post(
                "/profile/plan", ["content": profile, "goalCertifications": "cissp", "asOf": "2026-12-04"])
            #expect(response.status == .ok)
            let page = String(buffer: response.body)
            // A year axis from 2026 to 2036, labelled every second year at this span, and today.
            #expect(page.contains(">2026</text>") && page.contains(">2036</text>"))
            #expect(!page.contains(">2027</text>"))
            #expect(page.contains("class=\"today\"") && page.contains(">today</text>"))
            // Each step labelled with its hold date, and a text alternative naming every step.
            #expect(page.contains("hold 2036-06-01"))
            #expect(page.contains("<desc id=\"timeline-desc\">1. SSCP: study 2026-12-04 to"))
            #expect(page.contains("stepping stone"))
            #expect(page.contains("What would move the date"))
            #expect(page.contains("security share"))
            // A direction from the form.
            let direction = try await browser.post(
                "/profile/plan", ["content": ProfilePages.example, "goalDirection": "strategic", "asOf": "2026-12-04"])
            #expect(String(buffer: direction.body).contains("Roadmap to a strategic direction"))
            let wrong = try await browser.post(
                "/profile/plan", ["content": ProfilePages.example, "goalDirection": "sideways"])
            #expect(wrong.status == .unprocessableContent)
        }
    }
}

/// A posting full of markup and script renders inert on every page that shows it.
struct EscapingTests {
    static let hostile = """
        <script>alert('pwned')</script> Security Engineer
        <img src=x onerror=alert(1)> <a href="javascript:alert(2)">click</a> &lt;script&gt;alert(3)&lt;/script&gt;
        "><svg onload=alert(4)> CISSP certification required.
        """

    func assertInert(_ page: String, _ location: String) {
        #expect(!page.contains("<script>alert"), "\(location)")
        #expect(!page.contains("<img src=x"), "\(location)")
        #expect(!page.contains("<svg onload"), "\(location)")
        #expect(!page.contains("href=\"javascript:"), "\(location)")
        #expect(page.contains("&lt;script&gt;"), "\(location)")
    }

    @Test func rendersHostilePostingsAsText() async throws {
        try await WebTest.app().test(.router) { client in
            var browser = WebTest.Browser(client)
            _ = try await browser.get("/")
            for format in ["plain", "html", "markdown", "auto"] {
                let report = try await browser.post(
                    "/analyze", ["title": "<script>alert(0)</script>", "text": Self.hostile, "format": format])
                assertInert(String(buffer: report.body), "report \(format)")
            }
            let saved = try await browser.post(
                "/analyses", ["title": "<script>alert(0)</script>", "text": Self.hostile, "format": "plain"])
            let location = try #require(saved.headers[.location])
            assertInert(String(buffer: try await browser.get(location).body), "saved report")
            let list = String(buffer: try await browser.get("/saved").body)
            #expect(!list.contains("<script>alert"))
            assertInert(String(buffer: try await browser.get(location + "/delete").body), "delete page")
            let match = try await browser.post(
                "/profile/match", ["content": "name: <script>alert(5)</script>", "posting": Self.hostile])
            assertInert(String(buffer: match.body), "match")
        }
    }

    @Test func escapesEveryInterpolatedString() {
        let title = "<b onclick=\"x\">'&"
        let html: HTML = "<h1 title=\"\(title)\">\(title)</h1>"
        #expect(
            html.rendered
                == "<h1 title=\"&lt;b onclick=&quot;x&quot;&gt;&#39;&amp;\">&lt;b onclick=&quot;x&quot;&gt;&#39;&amp;</h1>"
        )
    }
}
