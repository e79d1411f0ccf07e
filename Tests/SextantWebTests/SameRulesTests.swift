import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import SextantCore
import Testing

@testable import SextantWeb

/// One rule, one answer: the API and the Profile page check a goal, study hours and a budget
/// with Core's rules, so the same mistake gets the same status and the same words on both.
struct SameRulesTests {
    static let profile =
        #"{"experience": [{"title": "Network Administrator", "start": "2020-01-01", "securityShare": 0.5}]}"#

    /// The API's answer and the page's to the same mistake, handed to `check`.
    static func answers(
        api goal: String, page fields: [String: String],
        check: @escaping @Sendable (_ api: (HTTPResponse.Status, String), _ page: (HTTPResponse.Status, String)) -> Void
    ) async throws {
        try await WebTest.app().test(.router) { client in
            let api = try await client.execute(
                uri: "/api/v1/plan", method: .post, headers: WebTest.jsonHeaders,
                body: WebTest.json(#"{"profile": \#(profile), \#(goal)}"#))
            let message = try #require(try WebTest.error(api)["message"] as? String)
            var browser = WebTest.Browser(client)
            _ = try await browser.get("/profile")
            var form = [
                "editor": "yaml", "content": "experience:\n  - {title: Network Administrator, start: 2020-01-01}",
            ]
            form.merge(fields) { $1 }
            let page = try await browser.post("/profile/plan", form)
            check((api.status, message), (page.status, String(buffer: page.body)))
        }
    }

    @Test(arguments: [
        (#""goal": {"certifications": ["cisps"]}"#, ["goalCertifications": "cisps"]),
        (#""goal": {"role": "OG-WRL-999"}"#, ["goalRole": "OG-WRL-999"]),
        (#""goal": {"direction": "sideways"}"#, ["goalDirection": "sideways"]),
        (
            #""goal": {"certifications": ["cissp"]}, "hoursPerWeek": 0.5"#,
            ["goalCertifications": "cissp", "hoursPerWeek": "0.5"]
        ),
        (#""goal": {"certifications": ["cissp"]}, "budget": -1"#, ["goalCertifications": "cissp", "budget": "-1"]),
    ])
    func theSameMistakeReadsTheSame(_ api: String, _ page: [String: String]) async throws {
        try await Self.answers(api: api, page: page) { api, page in
            #expect(api.0 == .unprocessableContent)
            #expect(page.0 == .unprocessableContent)
            #expect(page.1.contains(HTML.escape(api.1)), "\(api.1)")
        }
    }

    @Test func aMistypedCertificationSuggestsTheClosestFirst() async throws {
        try await Self.answers(api: #""goal": {"certifications": ["cisps"]}"#, page: ["goalCertifications": "cisps"]) {
            api, _ in
            // Swapped letters are one edit: cissp ranks first.
            #expect(api.1.hasPrefix("Unknown certification 'cisps' — did you mean 'cissp'"), "\(api.1)")
        }
    }

    @Test func halfAnHourIsRefusedWithTheRangeItNames() throws {
        #expect(throws: PlanningError.hoursPerWeek(0.5)) { try PlanningDefaults.checkHours(0.5) }
        #expect(try PlanningDefaults.checkHours(1) == 1)
        #expect(try PlanningDefaults.checkHours(80) == 80)
        #expect(PlanningError.hoursPerWeek(0.5).description == "Study hours a week must be from 1 to 80; 0.5 is not.")
        // Text that is no number (the form's field) says the rule, not "nan".
        #expect(PlanningError.hoursPerWeek(.nan).description == "Study hours a week must be from 1 to 80.")
    }
}
