import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import SextantWeb

/// The JSON API: contracts, status codes and error shapes.
struct APITests {
    @Test func analyzesAPostingWithTheContractFields() async throws {
        try await WebTest.app().test(.router) { client in
            let body =
                #"{"title": "Junior SOC Analyst", "description": "You hunt threats in our SOC. CISSP certification required."}"#
            try await client.execute(
                uri: "/api/v1/analyze", method: .post, headers: WebTest.jsonHeaders, body: WebTest.json(body)
            ) { response in
                #expect(response.status == .ok)
                let object = try WebTest.object(response)
                #expect(object["primaryDiscipline"] as? String == "cybersecurity")
                #expect(object["titleDiscipline"] as? String == "cybersecurity")
                let findings = try #require(object["findings"] as? [[String: Any]])
                #expect(findings.contains { $0["code"] as? String == "certification-experience-conflict" })
            }
        }
    }

    @Test func errorsHaveOneShapeAndTheRightStatus() async throws {
        try await WebTest.app().test(.router) { client in
            // Wrong content type.
            try await client.execute(
                uri: "/api/v1/analyze", method: .post, headers: [.contentType: "text/plain"], body: WebTest.json("hi")
            ) {
                #expect($0.status == .unsupportedMediaType)
                let error = try #require(try WebTest.object($0)["error"] as? [String: Any])
                #expect(error["code"] as? String == "unsupported-media-type")
                #expect(error["message"] is String)
            }
            // Bad JSON, naming the field.
            try await client.execute(
                uri: "/api/v1/analyze", method: .post, headers: WebTest.jsonHeaders,
                body: WebTest.json(#"{"title": "x"}"#)
            ) {
                #expect($0.status == .badRequest)
                let error = try #require(try WebTest.object($0)["error"] as? [String: Any])
                #expect(error["field"] as? String == "description")
            }
            try await client.execute(
                uri: "/api/v1/analyze", method: .post, headers: WebTest.jsonHeaders, body: WebTest.json("{not json")
            ) {
                #expect($0.status == .badRequest)
            }
            // An empty posting.
            try await client.execute(
                uri: "/api/v1/analyze", method: .post, headers: WebTest.jsonHeaders,
                body: WebTest.json(#"{"description": " \n\t "}"#)
            ) {
                #expect($0.status == .unprocessableContent)
                let error = try WebTest.error($0)
                #expect(error["code"] as? String == "empty-posting")
                #expect(error["field"] as? String == "description")
            }
            // Too large.
            let huge = #"{"description": ""# + String(repeating: "a", count: 2 << 20) + #""}"#
            try await client.execute(
                uri: "/api/v1/analyze", method: .post, headers: WebTest.jsonHeaders, body: WebTest.json(huge)
            ) {
                #expect($0.status == .contentTooLarge)
                let error = try WebTest.error($0)
                #expect(error["code"] as? String == "too-large")
            }
            // Not found.
            try await client.execute(uri: "/api/v1/analyses/nope", method: .get) {
                #expect($0.status == .notFound)
                let error = try WebTest.error($0)
                #expect(error["code"] as? String == "not-found")
            }
            try await client.execute(uri: "/api/v1/analyses?page=zero", method: .get) {
                #expect($0.status == .badRequest)
            }
            try await client.execute(uri: "/api/v1/certifications?level=guru", method: .get) {
                #expect($0.status == .badRequest)
            }
        }
    }

    @Test func savesListsGetsAndDeletesAnalyses() async throws {
        try await WebTest.app().test(.router) { client in
            var ids: [String] = []
            for title in ["One", "Two", "Three"] {
                let body =
                    #"{"title": "\#(title)", "description": "You maintain our ISMS according to ISO 27001, run internal audits, write information security policies and manage third-party risk."}"#
                try await client.execute(
                    uri: "/api/v1/analyses", method: .post, headers: WebTest.jsonHeaders, body: WebTest.json(body)
                ) {
                    #expect($0.status == .created)
                    let object = try WebTest.object($0)
                    ids.append(try #require(object["id"] as? String))
                    #expect($0.headers[.location] == "/api/v1/analyses/\(ids.last!)")
                }
            }
            try await client.execute(uri: "/api/v1/analyses?page=1&perPage=2", method: .get) {
                let page = try WebTest.object($0)
                #expect(page["total"] as? Int == 3)
                #expect((page["items"] as? [[String: Any]])?.count == 2)
            }
            try await client.execute(uri: "/api/v1/analyses/\(ids[0])", method: .get) {
                let object = try WebTest.object($0)
                #expect(
                    (object["analysis"] as? [String: Any])?["primaryDiscipline"] as? String == "informationSecurity")
            }
            try await client.execute(uri: "/api/v1/analyses/\(ids[0])", method: .delete) {
                #expect($0.status == .noContent)
            }
            try await client.execute(uri: "/api/v1/analyses/\(ids[0])", method: .delete) {
                #expect($0.status == .notFound)
            }
        }
    }

    @Test func servesTheCatalog() async throws {
        try await WebTest.app().test(.router) { client in
            try await client.execute(uri: "/api/v1/certifications?issuer=isaca", method: .get) {
                let list = try #require(
                    try JSONSerialization.jsonObject(with: Data(buffer: $0.body)) as? [[String: Any]])
                #expect(!list.isEmpty && list.allSatisfy { $0["issuer"] as? String == "ISACA" })
            }
            try await client.execute(uri: "/api/v1/certifications/CASP%2B", method: .get) {
                let certification = try WebTest.object($0)
                #expect(certification["id"] as? String == "securityx")
            }
            try await client.execute(uri: "/api/v1/roles?framework=ecsf", method: .get) {
                let list = try #require(
                    try JSONSerialization.jsonObject(with: Data(buffer: $0.body)) as? [[String: Any]])
                #expect(list.count == 12)
            }
            try await client.execute(uri: "/api/v1/roles/PD-WRL-003", method: .get) { #expect($0.status == .ok) }
        }
    }

    @Test func evaluatesPlansAndMatchesProfiles() async throws {
        let profile =
            #"{"experience": [{"title": "SOC Analyst", "start": "2023-11-01", "securityShare": 1, "domains": ["security-operations", "security-assessment-and-testing"]}]}"#
        try await WebTest.app().test(.router) { client in
            try await client.execute(
                uri: "/api/v1/eligibility", method: .post, headers: WebTest.jsonHeaders,
                body: WebTest.json(#"{"profile": \#(profile), "certifications": ["cissp"]}"#)
            ) {
                let report = try WebTest.object($0)
                #expect(report["asOf"] as? String == "2026-11-26")
                let cissp = try #require((report["certifications"] as? [[String: Any]])?.first)
                #expect(cissp["status"] as? String == "eligibleLater")
                #expect(cissp["eligibleOn"] as? String == "2028-11-01")
            }
            try await client.execute(
                uri: "/api/v1/plan", method: .post, headers: WebTest.jsonHeaders,
                body: WebTest.json(
                    #"{"profile": \#(profile), "goal": {"certifications": ["cissp"]}, "hoursPerWeek": 10}"#)
            ) {
                #expect($0.status == .ok)
                let roadmap = try WebTest.object($0)
                #expect(roadmap["goal"] as? String == "CISSP")
                // Three years in: the Associate route covers the wait, and the step says so.
                let steps = try #require(roadmap["steps"] as? [[String: Any]])
                #expect(steps.last?["associateRoute"] as? Bool == true)
                #expect(roadmap["levers"] is [Any])
            }
            try await client.execute(
                uri: "/api/v1/plan", method: .post, headers: WebTest.jsonHeaders,
                body: WebTest.json(#"{"profile": \#(profile), "goal": {"direction": "sideways"}}"#)
            ) {
                #expect($0.status == .unprocessableContent)
                let error = try WebTest.error($0)
                #expect(error["field"] as? String == "goal.direction")
                #expect((error["message"] as? String)?.contains("strategic") == true)
            }
            try await client.execute(
                uri: "/api/v1/match", method: .post, headers: WebTest.jsonHeaders,
                body: WebTest.json(
                    #"{"profile": \#(profile), "posting": {"description": "CISSP certification required."}}"#)
            ) {
                let items = try #require(try WebTest.object($0)["items"] as? [[String: Any]])
                #expect(items.first?["metOn"] as? String == "2028-11-01")
            }
            try await client.execute(
                uri: "/api/v1/eligibility", method: .post, headers: WebTest.jsonHeaders,
                body: WebTest.json(#"{"profile": {"experience": [{"title": "A", "start": "2023-13-01"}]}}"#)
            ) {
                #expect($0.status == .badRequest)
                let error = try WebTest.error($0)
                #expect(error["field"] as? String == "profile.experience[0].start")
            }
            try await client.execute(
                uri: "/api/v1/eligibility", method: .post, headers: WebTest.jsonHeaders,
                body: WebTest.json(
                    #"{"profile": {"experience": [{"title": "A", "start": "2023-01-01", "securityShare": 3}]}}"#)
            ) {
                #expect($0.status == .unprocessableContent)
                let error = try WebTest.error($0)
                #expect(error["field"] as? String == "profile.experience[0].securityShare")
            }
        }
    }
}

/// The OpenAPI document describes exactly the API routes.
struct OpenAPITests {
    /// (method, path) pairs from the document's `paths`.
    static func documented() -> Set<String> {
        var result = Set<String>()
        var path: String?
        for line in OpenAPIDocument.text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("  /"), line.hasSuffix(":") {
                path = String(line.dropFirst(2).dropLast())
            } else if line.hasPrefix("components:") {
                path = nil
            } else if let current = path, line.hasPrefix("    "), !line.hasPrefix("     "), line.hasSuffix(":") {
                let method = line.trimmingCharacters(in: .whitespaces).dropLast().uppercased()
                if ["GET", "POST", "PUT", "DELETE", "PATCH"].contains(method) { result.insert("\(method) \(current)") }
            }
        }
        return result
    }

    @Test func documentsExactlyTheAPIRoutes() throws {
        let router = buildRouter(try WebTest.configuration())
        let served = Set(
            router.routes.map { "\($0.method.rawValue) \($0.path.description)" }
                .filter { $0.contains(" /api/v1/") }
                .map { $0.replacingOccurrences(of: "/api/v1", with: "") })
        let documented = Self.documented()
        #expect(!documented.isEmpty)
        #expect(
            served == documented,
            "served but undocumented: \(served.subtracting(documented)); documented but not served: \(documented.subtracting(served))"
        )
    }
}

@Suite struct MethodTests {
    @Test func aKnownPathWithAnotherMethodIs405WithAllow() async throws {
        try await WebTest.app().test(.router) { client in
            let trace = try await client.execute(uri: "/api/v1/analyses", method: .trace)
            #expect(trace.status == .methodNotAllowed)
            #expect(trace.headers[.allow] == "GET, POST")
            #expect(try WebTest.error(trace)["code"] as? String == "method-not-allowed")
            let put = try await client.execute(uri: "/api/v1/analyses/abc", method: .put)
            #expect(put.status == .methodNotAllowed)
            #expect(put.headers[.allow] == "DELETE, GET")
            let page = try await client.execute(uri: "/saved", method: .delete)
            #expect(page.status == .methodNotAllowed)
            #expect(String(buffer: page.body).contains("<h1>405"))
            let unknown = try await client.execute(uri: "/api/v1/nothing-here", method: .get)
            #expect(unknown.status == .notFound)
        }
    }
}

@Suite struct TokenTests {
    @Test func tokensAreLowerCaseHexOfTheAskedLengthAndDiffer() {
        let tokens = (0..<50).map { _ in Token.make(bytes: 16) }
        for token in tokens {
            #expect(token.count == 32)
            #expect(token.allSatisfy { "0123456789abcdef".contains($0) })
        }
        #expect(Set(tokens).count == tokens.count)
        #expect(Token.make(bytes: 6).count == 12)
        // Every hex digit shows up across many tokens (the nibbles are not stuck).
        #expect(Set(tokens.joined()).count == 16)
    }
}
