import SextantCore
import Testing

/// Each finding code with a posting that should raise it and one that should not.
struct FindingRuleTests {
    @Test func flagsAnEntryLevelPostingThatRequiresCissp() {
        let analysis = Shared.analyze(
            "CISSP certification required. You monitor alerts in our SOC.", title: "Junior SOC Analyst")
        let finding = analysis.findings.first { $0.code.rawValue == "certification-experience-conflict" }
        #expect(finding?.severity == .error)
        // CISSP: five years, one of which a degree can waive (the knowledge base's rule, cited).
        #expect(finding?.message.contains("4 years") == true)
        #expect(finding?.rule.hasPrefix("CISSP:") == true)
    }

    @Test func flagsARequiredCertificationAboveTheStatedCeiling() {
        let text = "1-2 years of experience in a SOC. CISM certification is required."
        #expect(Shared.analyze(text, title: "Security Analyst").has("certification-experience-conflict"))
    }

    @Test func doesNotFlagASeniorPostingThatRequiresCissp() {
        let text = "7+ years of experience in security. CISSP certification required."
        #expect(!Shared.analyze(text, title: "Senior Security Engineer").has("certification-experience-conflict"))
    }

    @Test func doesNotFlagAGroupWithAnAttainableMember() {
        let text = "Security+ or CISSP certification required."
        #expect(!Shared.analyze(text, title: "Junior Security Analyst").has("certification-experience-conflict"))
    }

    @Test func doesNotFlagWhenTheCertificationMayBeEarnedLater() {
        let text = "CISSP or equivalent required."
        #expect(!Shared.analyze(text, title: "Junior Security Analyst").has("certification-experience-conflict"))
    }

    @Test func anAlternativeWordCountsInAnyCaseButNotAsAnotherLetter() {
        #expect(
            !Shared.analyze("CISSP OR EQUIVALENT required.", title: "Junior Security Analyst").has(
                "certification-experience-conflict"))
        #expect(
            !Shared.analyze("CISSP required (to obtain Within 6 months).", title: "Junior Security Analyst").has(
                "certification-experience-conflict"))
        // "équivalent" is not "equivalent": only ASCII capitals are lowered, as `lowercased()` would.
        #expect(
            Shared.analyze("CISSP required, ou ÉQUIVALENT.", title: "Junior Security Analyst").has(
                "certification-experience-conflict"))
    }

    @Test func flagsAnItSecurityTitleOverCybersecurityWork() {
        let analysis = Shared.analyze(PostingClassificationTests.threatHunting, title: "IT Security Analyst")
        #expect(analysis.has("title-discipline-mismatch"))
    }

    @Test func doesNotFlagACybersecurityTitleOverCybersecurityWork() {
        let analysis = Shared.analyze(PostingClassificationTests.threatHunting, title: "Cyber Security Analyst")
        #expect(!analysis.has("title-discipline-mismatch"))
    }

    @Test func flagsASecurityTitleOverWorkThatIsNotSecurity() {
        let analysis = Shared.analyze(PostingClassificationTests.dataAnalyst, title: "Security Engineer")
        #expect(analysis.has("title-discipline-mismatch"))
    }

    @Test func flagsAJuniorTitleAskingManyYears() {
        let analysis = Shared.analyze("5 years of experience in security required.", title: "Junior Security Analyst")
        #expect(analysis.has("title-seniority-mismatch"))
        #expect(
            !Shared.analyze("1 year of experience in security required.", title: "Junior Security Analyst").has(
                "title-seniority-mismatch"))
    }

    @Test func flagsASeniorTitleAskingNoExperience() {
        let analysis = Shared.analyze("No experience required, we train you.", title: "Senior Security Engineer")
        #expect(analysis.has("title-seniority-mismatch"))
    }

    @Test func flagsCertificationOverload() {
        let text =
            "Required certifications: CISSP. CISM certification required. CISA certification required. CCSP certification required."
        #expect(Shared.analyze(text, title: "Security Manager").has("certification-overload"))
        let alternatives = "One of the following is required: CISSP, CISM, CISA, CCSP or CRISC."
        #expect(!Shared.analyze(alternatives, title: "Security Manager").has("certification-overload"))
    }

    @Test func flagsASeniorPostingWithoutYears() {
        #expect(
            Shared.analyze(PostingClassificationTests.infrastructure, title: "Senior Security Engineer").has(
                "no-experience-stated"))
        let withYears = PostingClassificationTests.infrastructure + " 7 years of experience required."
        #expect(!Shared.analyze(withYears, title: "Senior Security Engineer").has("no-experience-stated"))
    }

    @Test func notesAClearance() {
        #expect(Shared.analyze("Active Secret clearance required.", title: "SOC Analyst").has("clearance-required"))
        #expect(!Shared.analyze("You monitor alerts.", title: "SOC Analyst").has("clearance-required"))
    }

    @Test func notesADoDLevelWithoutCertification() {
        #expect(Shared.analyze("Must meet IAT Level II.", title: "SOC Analyst").has("dod-level-without-certification"))
        #expect(
            !Shared.analyze("Must meet IAT Level II: Security+ required.", title: "SOC Analyst").has(
                "dod-level-without-certification"))
    }
}
