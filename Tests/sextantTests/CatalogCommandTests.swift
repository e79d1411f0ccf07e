import Foundation
import Testing

/// The catalog commands as a person or a script uses them.
@Suite(.serialized)
struct CatalogCommandTests {
    @Test func certsJSONListsEveryContractIDWithProvenanceOnEligibility() throws {
        let result = try CommandRunner.run(["certs", "--json"])
        #expect(result.status == 0)
        let list = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let ids = Set(list.compactMap { $0["id"] as? String })
        for id in ["cissp", "securityplus", "securityx", "cgrc", "cks", "iso27001-lead-auditor", "cipp-e"] {
            #expect(ids.contains(id), "\(id) missing")
        }
        #expect(list.count >= 68 + 15)
        for entry in list {
            let eligibility = try #require(entry["eligibility"] as? [String: Any])
            let provenance = try #require(eligibility["provenance"] as? [String: Any], "\(entry["id"] ?? "?")")
            #expect(["official", "secondary", "unconfirmed"].contains(provenance["confidence"] as? String))
            #expect((provenance["checked"] as? String)?.count == 10)
            // Sources are expanded so a script needs no second lookup.
            for source in provenance["sources"] as? [[String: Any]] ?? [] {
                #expect(source["title"] is String)
                if let url = source["url"] as? String { #expect(url.hasPrefix("http")) }
            }
            for key in ["issuer", "name", "short", "level", "orientation", "disciplines", "domains", "aliases"] {
                #expect(entry[key] != nil, "\(entry["id"] ?? "?") lacks \(key)")
            }
        }
    }

    @Test func certSuggestsCissspForCisp() throws {
        let result = try CommandRunner.run(["cert", "cisp"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Unknown certification 'cisp'"))
        #expect(result.stderr.contains("did you mean 'cissp'"))
        #expect(result.stderr.contains("sextant certs"))
    }

    @Test(arguments: [("Sec+", "Security+ — CompTIA Security+"), ("CASP+", "SecurityX — CompTIA SecurityX")])
    func certFindsACertificationByAlias(alias: String, heading: String) throws {
        let result = try CommandRunner.run(["cert", alias])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(heading))
    }

    @Test func certShowsEligibilityInPlainWordsWithSources() throws {
        let result = try CommandRunner.run(["cert", "cissp"])
        #expect(result.stdout.contains("Eligibility"))
        #expect(result.stdout.contains("5 years of paid security work in at least 2 CISSP domains"))
        #expect(result.stdout.contains("Associate of ISC2"))
        #expect(result.stdout.contains("https://"))
    }

    @Test func certMarksUnconfirmedFacts() throws {
        let result = try CommandRunner.run(["cert", "cgeit"])
        #expect(result.stdout.contains("UNCONFIRMED"))
    }

    @Test func certsFiltersByIssuerAndLevel() throws {
        let result = try CommandRunner.run(["certs", "--issuer", "isaca", "--json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(!list.isEmpty)
        #expect(list.allSatisfy { ($0["issuer"] as? String) == "ISACA" })
        let table = try CommandRunner.run(["certs", "--discipline", "cybersecurity", "--level", "expert"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("oswe"))
        #expect(!table.stdout.contains("aplus "))
    }

    @Test func certsRejectsAnUnknownDomainWithASuggestion() throws {
        let result = try CommandRunner.run(["certs", "--domain", "security-operation"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("did you mean 'security-operations'"))
    }

    @Test func certSuggestsCisspFirstForSwappedLetters() throws {
        let result = try CommandRunner.run(["cert", "cisps"])
        #expect(result.status == 1)
        let hint = try #require(result.stderr.firstMatch(of: /did you mean '([^']+)'/))
        #expect(hint.1 == "cissp")
    }

    @Test func aMistypedCommandGetsASuggestion() throws {
        let result = try CommandRunner.run(["eligibilty", "--profile", "me.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown command 'eligibilty' — did you mean 'eligibility'?"))
        #expect(!result.stderr.contains("--profile"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        #expect(try CommandRunner.run(["certs", "--level", "guru"]).status == 2)
        #expect(try CommandRunner.run(["certs", "--no-such-flag"]).status == 2)
        #expect(try CommandRunner.run(["no-such-command"]).status == 2)
    }

    @Test func rolesAndRole() throws {
        let roles = try CommandRunner.run(["roles", "--framework", "nice", "--json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(roles.stdout.utf8)) as? [[String: Any]])
        #expect(list.count == 42)
        let role = try CommandRunner.run(["role", "og-wrl-007"])
        #expect(role.status == 0)
        #expect(role.stdout.contains("Executive Cybersecurity Leadership"))
        let missing = try CommandRunner.run(["role", "OG-WRL-07"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("did you mean"))
    }

    @Test func dataCheckPassesOnTheBundledData() throws {
        let result = try CommandRunner.run(["data", "check"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("is valid"))
    }

    @Test func dataCheckListsStaleFactsWithTheirFileAndLine() throws {
        // The bundled facts were checked in 2026-11 and 2026-12, before today: with a limit of
        // 0 days the older ones are listed.
        let strict = try CommandRunner.run(["data", "check", "--stale-after", "0d"])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("certifications.yaml:"))
        #expect(strict.stdout.contains("was last checked 2026-11-26"))
        #expect(strict.stdout.contains("update `checked`"))
        // Ten years is generous for data checked in 2026.
        let lenient = try CommandRunner.run(["data", "check", "--stale-after", "10y"])
        #expect(lenient.status == 0, "\(lenient.stdout)")
        let bad = try CommandRunner.run(["data", "check", "--stale-after", "soon"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("stale-after"))
    }

    @Test func dataReportCountsFactsByConfidence() throws {
        let result = try CommandRunner.run(["data", "report", "--json"])
        #expect(result.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let facts = try #require(report["facts"] as? Int)
        let official = try #require(report["official"] as? Int)
        let secondary = try #require(report["secondary"] as? Int)
        let unconfirmed = try #require(report["unconfirmed"] as? Int)
        #expect(facts == official + secondary + unconfirmed)
        let kinds = try #require(report["kinds"] as? [[String: Any]])
        #expect(kinds.contains { $0["kind"] as? String == "retirement" })
        let table = try CommandRunner.run(["data", "report"])
        #expect(table.stdout.contains("OFFICIAL"))
        #expect(table.stdout.contains("retirements"))
    }

    @Test func certSaysWhenACertificationWasRetired() throws {
        let result = try CommandRunner.run(["cert", "az-500"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Retired on 2026-08-31"))
        #expect(result.stdout.contains("SC-500"))
        let json = try CommandRunner.run(["cert", "az-500", "--json"])
        let entry = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(entry["status"] as? String == "retired")
        #expect(entry["retired"] as? String == "2026-08-31")
        #expect(entry["successor"] as? String == "sc-500")
        let active = try CommandRunner.run(["cert", "cissp", "--json"])
        let cissp = try #require(try JSONSerialization.jsonObject(with: Data(active.stdout.utf8)) as? [String: Any])
        #expect(cissp["status"] as? String == "active")
        #expect(cissp["retired"] == nil)
    }

    @Test func dataCheckNamesFileLineAndValueOfBrokenData() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("sextant-cli-kb-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let bundled = try CommandRunner.run(["data", "path"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: bundled), to: directory)
        let file = directory.appendingPathComponent("domains.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "effective: 2024-04-15", with: "effective: 2024-04-31")
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["data", "check", "--data", directory.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("domains.yaml:"))
        #expect(result.stdout.contains("2024-04-31"))
        #expect(result.stdout.contains("YYYY-MM-DD"))
        // Any other command refuses the broken data with the same pointer.
        let certs = try CommandRunner.run(["certs", "--data", directory.path])
        #expect(certs.status == 1)
        #expect(certs.stderr.contains("domains.yaml"))
    }
}
