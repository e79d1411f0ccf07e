import Foundation
import SextantCore
import Testing

@testable import SextantData

/// The bundled knowledge base is data other tools rely on: it must load, validate, and hold the
/// contract's certification ids with provenance on every fact.
struct BundledKnowledgeBaseTests {
    /// The frozen ids of shared/reference/certification-ids.md: a contract, so written out here.
    static let contractIDs = """
        aplus networkplus securityplus cysaplus pentestplus securityx cloudplus linuxplus
        isc2-cc sscp cissp issap issep issmp ccsp csslp cgrc
        cisa cism crisc cgeit cdpse
        gsec gcih gcia gpen gwapt gcfa grem gslc gstrt gicsp gcld gmon
        ceh chfi cnd cciso
        oscp osep oswe
        ccna ccnp-security ccie-security cyberops-associate
        pcnsa pcnse fortinet-nse ccsa ccse
        sc-900 sc-200 sc-300 az-500 sc-100
        aws-security-specialty gcp-security-engineer ccsk
        iso27001-lead-implementer iso27001-lead-auditor
        cipp-e cipp-us cipm cipt
        splunk-core-user splunk-power-user splunk-es-admin
        cks
        """.split(whereSeparator: \.isWhitespace).map { Certification.ID(String($0)) }

    let base: KnowledgeBase

    init() throws {
        base = try KnowledgeBaseLoader.load()
    }

    @Test func loadsWithoutErrorsOrWarnings() {
        let issues = KnowledgeBaseLoader.check(today: Day(year: 2026, month: 12, day: 4))
        #expect(issues.isEmpty, "\(issues.map(\.description).joined(separator: "\n"))")
    }

    @Test func holdsEveryContractCertificationID() {
        #expect(Self.contractIDs.count == 68)
        let missing = Self.contractIDs.filter { base.certification($0) == nil }
        #expect(missing.isEmpty, "missing: \(missing)")
    }

    @Test func namesAtLeastFifteenNonSecurityCertifications() {
        #expect(base.certifications.filter { !$0.security }.count >= 15)
    }

    @Test func everyExperienceRuleCarriesProvenance() {
        for certification in base.certifications where certification.eligibility.hasExperienceRule {
            let provenance = certification.eligibility.provenance
            #expect(!provenance.sources.isEmpty || provenance.confidence == .unconfirmed, "\(certification.id)")
        }
    }

    @Test(arguments: [
        // The reference sheet marks these unconfirmed (U); the catalog must not upgrade them.
        ("cgeit", "eligibility"), ("cdpse", "eligibility"), ("splunk-core-user", "classification"),
        ("linuxplus", "classification"),
    ])
    func keepsUnconfirmedFactsUnconfirmed(id: String, fact: String) throws {
        let certification = try #require(base.certification(Certification.ID(id)))
        let provenance =
            fact == "eligibility" ? certification.eligibility.provenance : certification.classification.provenance
        #expect(provenance.confidence == .unconfirmed)
    }

    @Test func encodesTheCissspRulesWithTheirOneYearWaiverCap() throws {
        let cissp = try #require(base.certification("cissp"))
        let rule = try #require(cissp.eligibility.paths.first?.experience)
        #expect(rule.years == 5)
        #expect(rule.minDomains == 2)
        #expect(rule.waivers?.maxYears == 1)
        #expect(cissp.eligibility.associate?.yearsToComplete == 6)
    }

    @Test(arguments: [
        ("Sec+", "securityplus"), ("CASP+", "securityx"), ("cissp", "cissp"), ("CAP", "cgrc"),
        ("Security+ ce", "securityplus"), ("CySA+", "cysaplus"), ("ISO 27001 Lead Auditor", "iso27001-lead-auditor"),
    ])
    func findsCertificationsByAnyName(query: String, id: String) {
        #expect(base.findCertification(query)?.id.rawValue == id)
    }

    @Test func suggestsCissspForCisp() {
        #expect(base.findCertification("cisp") == nil)
        #expect(base.certificationSuggestions(for: "cisp").first == "cissp")
    }

    @Test func pinsTheNiceFrameworkVersionAndListsAllRoles() throws {
        let nice = try #require(base.frameworks.first { $0.id == "nice" })
        #expect(nice.version.hasPrefix("2."))
        #expect(base.roles.filter { $0.framework == "nice" }.count == 42)
        #expect(base.roles.filter { $0.framework == "ecsf" }.count == 12)
    }

    @Test func hasAtLeastFourHundredTerms() {
        #expect(base.terms.groups.reduce(0) { $0 + $1.terms.count } >= 400)
    }
}
