import SextantCore
import Testing

struct CertificationExtractionTests {
    @Test(arguments: [
        ("CISSP certification is required.", "cissp", CertificationStrength.required),
        ("Must hold an active CISSP.", "cissp", .required),
        ("CISSP preferred.", "cissp", .preferred),
        ("A CISSP or CISM is a plus.", "cism", .preferred),
        ("Ideally you hold the CISSP.", "cissp", .preferred),
        ("We pay for your CISSP exam and training.", "cissp", .mentioned),
        ("Must obtain Security+ within 6 months of hire.", "securityplus", .required),
        ("CompTIA Security+ ce certification required (DoD 8570 IAT Level II).", "securityplus", .required),
        ("Zertifizierungen wie CISSP oder CISM sind von Vorteil.", "cissp", .preferred),
        ("Een CISSP-certificering is een pré.", "cissp", .preferred),
        ("Une certification CISSP serait un plus.", "cissp", .preferred),
        ("Se valorará positivamente disponer de la certificación CISA.", "cisa", .preferred),
        ("You have a current CISSP certification.", "cissp", .required),
        // A word right after a name qualifies that name, not the next one.
        ("CISSP required, CySA+ preferred.", "cissp", .required),
        ("CISSP required, CySA+ preferred.", "cysaplus", .preferred),
        ("CISM preferred, CISSP required.", "cissp", .required),
    ])
    func readsStrengthFromTheWordsAroundTheName(text: String, id: String, strength: CertificationStrength) {
        #expect(Shared.analyze(text).strength(of: id) == strength)
    }

    @Test(arguments: [
        ("CASP+ required.", "securityx"),
        ("CEH v12 certification required.", "ceh"),
        ("Holds the C|EH credential.", "ceh"),
        ("Sec+ certification required.", "securityplus"),
        ("Certified Information Systems Security Professional (CISSP) required.", "cissp"),
        ("CAP certification (Certified Authorization Professional) required.", "cgrc"),
        ("ISO/IEC 27001 Lead Auditor certificate required.", "iso27001-lead-auditor"),
        ("ISC2 CC certification preferred.", "isc2-cc"),
        ("CISA certification preferred.", "cisa"),
        ("CompTIA A+ certification required.", "aplus"),
    ])
    func findsCertificationsByAliasAndLegacyName(text: String, id: String) {
        #expect(Shared.analyze(text).certificationIDs.contains(id))
    }

    @Test(arguments: [
        ("Follow CISA guidance on known exploited vulnerabilities.", "cisa"),
        ("Students with an A+ grade average are welcome.", "aplus"),
        ("Please CC your manager on every request.", "isc2-cc"),
        ("Strong knowledge of security + privacy engineering.", "securityplus"),
        ("Experience in security and networking.", "securityplus"),
        ("You are an Associate of ISC2 working towards full membership.", "cissp"),
        ("Associate of ISC2 (CISSP) holders are welcome.", "cissp"),
        ("A cap on overtime applies.", "cgrc"),
    ])
    func ignoresWordsThatOnlyLookLikeCertifications(text: String, id: String) {
        #expect(!Shared.analyze(text).certificationIDs.contains(id))
    }

    @Test func prefersTheLongestNameSoAConcentrationIsNotCissp() {
        let analysis = Shared.analyze("CISSP-ISSAP certification required.")
        #expect(analysis.certificationIDs == ["issap"])
    }

    @Test func recordsAlternativesAsOneGroupOfRequiredCertifications() {
        let analysis = Shared.analyze("One of the following certifications is required: CISSP, CISM or CISA.")
        #expect(analysis.certificationGroups.count == 1)
        #expect(Set(analysis.certificationGroups[0].map(\.rawValue)) == ["cissp", "cism", "cisa"])
        #expect(analysis.certifications.allSatisfy { $0.strength == .required && $0.group == 0 })
    }

    @Test func aListOfRequiredCertificationsIsNotAGroup() {
        let analysis = Shared.analyze("CISSP and CISM are required.")
        #expect(analysis.certificationGroups.isEmpty)
        #expect(analysis.strength(of: "cism") == .required)
    }

    @Test func aListSharesTheStrengthWordThatGovernsIt() {
        let analysis = Shared.analyze("Nice to have: CISSP, GCFA, GCIH, OSCP")
        #expect(analysis.certifications.count == 4)
        #expect(analysis.certifications.allSatisfy { $0.strength == .preferred })
    }

    @Test func aStrengthWordBetweenNamesSplitsTheList() {
        let analysis = Shared.analyze("CISSP or CISM required, CEH is a plus.")
        #expect(analysis.strength(of: "cissp") == .required)
        #expect(analysis.strength(of: "ceh") == .preferred)
    }

    @Test func aStrengthWordEndsAGroupOfAlternatives() {
        let analysis = Shared.analyze("A certification such as GCIH, GCIA or CySA+ is preferred; OSCP is a plus.")
        #expect(analysis.certificationGroups.map { Set($0.map(\.rawValue)) } == [["gcih", "gcia", "cysaplus"]])
        #expect(analysis.certifications.first { $0.id.rawValue == "oscp" }?.group == nil)
        #expect(analysis.strength(of: "oscp") == .preferred)
    }

    @Test func usesTheSectionWhenTheSentenceHasNoStrengthWord() {
        let text = """
            Requirements
            • CISSP
            Nice to have
            • OSCP
            What we offer
            • Budget for your GIAC GCIH exam
            """
        let analysis = Shared.analyze(text, title: "Security Engineer")
        #expect(analysis.strength(of: "cissp") == .required)
        #expect(analysis.strength(of: "oscp") == .preferred)
        #expect(analysis.strength(of: "gcih") == .mentioned)
    }

    @Test func recognisesDoDLevels() {
        let analysis = Shared.analyze("Must meet DoD 8570 IAT Level II requirements.")
        #expect(analysis.dodLevels == ["IAT-II"])
    }

    @Test func keepsEvidenceForEachCertification() {
        let analysis = Shared.analyze("We run a SOC. CISSP certification is required for this role.")
        let mention = analysis.certifications.first
        #expect(mention?.evidence == "CISSP certification is required for this role")
        #expect(mention?.matched == "CISSP")
    }
}
