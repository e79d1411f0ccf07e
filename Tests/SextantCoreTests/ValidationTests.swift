import Testing

@testable import SextantCore

/// Each kind of broken data the checker must catch, starting from a valid fixture.
struct ValidationTests {
    /// The issues of a modified fixture that concern `file`.
    func issues(_ file: KnowledgeBaseFile, today: Day? = nil, _ change: (inout KnowledgeBase) -> Void) -> [DataIssue] {
        var base = Fixtures.base
        change(&base)
        // Rebuild so the id indexes see the change.
        let rebuilt = KnowledgeBase(
            version: base.version, reviewed: base.reviewed,
            contractCertificationIDs: base.contractCertificationIDs, sources: base.sources,
            disciplines: base.disciplines,
            orientations: base.orientations, domainOutline: base.domainOutline, domains: base.domains,
            certifications: base.certifications, frameworks: base.frameworks, roleCategories: base.roleCategories,
            roles: base.roles, terms: base.terms, titles: base.titles)
        return rebuilt.validate(today: today).filter { $0.file == file && $0.severity == .error }
    }

    @Test func acceptsTheValidFixture() {
        #expect(Fixtures.base.validate(today: Fixtures.checked).isEmpty)
    }

    @Test func flagsDuplicateCertificationIDs() {
        let found = issues(.certifications) {
            $0.certifications.append(Fixtures.certification("alpha", short: "ALPHA2"))
        }
        #expect(found.contains { $0.value == "alpha" && $0.problem.contains("used twice") })
    }

    @Test func flagsAnAliasThatNamesTwoCertifications() {
        let found = issues(.certifications) { $0.certifications[2].aliases.append("alpha-cert") }
        let issue = found.first { $0.value == "alpha-cert" }
        #expect(issue?.problem.contains("also names 'alpha'") == true)
        #expect(issue?.path.description == "certifications[2].aliases[0]")
    }

    @Test func flagsIdsThatAreNotSlugs() {
        let found = issues(.certifications) { $0.certifications[0].id = "Alpha Cert" }
        #expect(found.contains { $0.value == "Alpha Cert" && $0.problem.contains("not a valid certification id") })
    }

    @Test func flagsUnknownDomainsWithASuggestion() {
        let found = issues(.certifications) { $0.certifications[0].domains = ["security-operation"] }
        let issue = found.first { $0.value == "security-operation" }
        #expect(issue?.fix.contains("did you mean 'security-operations'") == true)
    }

    @Test func flagsUnknownPrerequisites() {
        let found = issues(.certifications) {
            $0.certifications[1].eligibility.paths = [Fixtures.prerequisitePath(["alpah"])]
        }
        let issue = found.first { $0.value == "alpah" }
        #expect(issue?.fix.contains("did you mean 'alpha'") == true)
        #expect(issue?.path.description == "certifications[1].eligibility.paths[0].prerequisites.allOf[0]")
    }

    @Test func flagsPrerequisiteLoops() {
        let found = issues(.certifications) {
            $0.certifications[0].eligibility.paths = [Fixtures.prerequisitePath(["beta"])]
        }
        #expect(found.contains { $0.problem.contains("requires itself") })
    }

    @Test func flagsImplausibleExperienceYears() {
        let found = issues(.certifications) {
            $0.certifications[2].eligibility.paths = [Fixtures.experiencePath(years: -2)]
        }
        #expect(found.contains { $0.value == "-2.0" })
    }

    @Test func flagsUnknownSources() {
        let found = issues(.certifications) { $0.certifications[0].classification.provenance.sources = ["S9"] }
        #expect(found.contains { $0.value == "S9" && $0.problem.contains("unknown source") })
    }

    @Test func flagsOfficialFactsWithoutSources() {
        let found = issues(.certifications) { $0.certifications[0].eligibility.provenance.sources = [] }
        #expect(found.contains { $0.problem.contains("must cite at least one source") })
    }

    @Test func acceptsUnconfirmedFactsWithoutSources() {
        let found = issues(.certifications) {
            $0.certifications[0].eligibility.provenance = Fixtures.provenance(.unconfirmed, [])
        }
        #expect(found.isEmpty)
    }

    @Test func flagsCheckDatesInTheFuture() {
        let found = issues(.certifications, today: Day(year: 2026, month: 10, day: 1)) { _ in }
        #expect(found.contains { $0.value == "2026-11-01" && $0.problem.contains("future") })
    }

    @Test(arguments: [
        "issuer.example/page", "https://", "https://no-dot", "ftp://files.example/x", "https://a.example/x y",
    ])
    func flagsMalformedURLs(url: String) {
        let found = issues(.sources) { $0.sources[0].url = url }
        #expect(found.contains { $0.value == url && $0.problem.contains("not a well-formed web address") })
    }

    @Test func flagsDuplicateSourceIDs() {
        let found = issues(.sources) { $0.sources[1].id = "S1" }
        #expect(found.contains { $0.value == "S1" && $0.problem.contains("used twice") })
    }

    @Test func flagsDomainWeightsThatDoNotAddUp() {
        let found = issues(.domains) { $0.domains[0].weight = 20 }
        #expect(found.contains { $0.value == "104" })
    }

    @Test func flagsAMissingDisciplineDefinition() {
        let found = issues(.disciplines) { $0.disciplines.removeLast() }
        #expect(found.contains { $0.value == "informationSecurity" })
    }

    @Test func flagsDuplicateTerms() {
        let found = issues(.terms) { $0.terms.groups[0].terms.append(TermLexicon.Term(phrase: "Phrase Number 3")) }
        #expect(found.contains { $0.value == "Phrase Number 3" && $0.problem.contains("already in the lexicon") })
    }

    @Test func flagsUnknownDisciplineKeysInTerms() {
        let found = issues(.terms) { $0.terms.groups[0].disciplines = ["cyberSecurity": 1] }
        #expect(found.contains { $0.value == "cyberSecurity" && $0.fix.contains("did you mean 'cybersecurity'") })
    }

    @Test func warnsWhenTheLexiconIsTooSmall() {
        var base = Fixtures.base
        base.terms.groups[0].terms.removeLast()
        let warnings = base.validate().filter { $0.severity == .warning && $0.file == .terms }
        #expect(warnings.contains { $0.value == String(KnowledgeBase.minimumTermCount - 1) })
    }

    @Test func flagsRolesOfUnknownFrameworksAndCategories() {
        let found = issues(.roles) {
            $0.roles[0].framework = "nic"
            $0.roles[0].category = "XX"
        }
        #expect(found.contains { $0.value == "nic" && $0.fix.contains("did you mean 'nice'") })
        #expect(found.contains { $0.value == "XX" })
    }

    @Test func flagsATitleWordThatNamesTwoDisciplines() {
        let found = issues(.titles) { $0.titles.disciplines["informationSecurity"] = ["Cyber"] }
        #expect(found.contains { $0.value == "Cyber" })
    }

    @Test func describesAnIssueWithFileLinePathAndFix() {
        let issue = DataIssue(
            file: .certifications, path: ["certifications", 3, "aliases", 2], line: 120, value: "CISP",
            problem: "unknown", fix: "fix it")
        #expect(issue.description == "certifications.yaml:120: certifications[3].aliases[2]: unknown — fix it")
    }
}
