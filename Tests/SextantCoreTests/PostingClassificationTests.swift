import SextantCore
import Testing

/// Discipline, orientation, security relevance, title and seniority, on postings written for the
/// tests (the definitions are those of shared/corpus/LABELS.md).
struct PostingClassificationTests {
    static let threatHunting = """
        You will hunt for threats across our estate, lead incident response and triage alerts in the SOC.
        You perform digital forensics on compromised hosts, write detection rules mapped to MITRE ATT&CK
        and analyse malware samples. Experience with EDR, SIEM (Splunk) and threat intelligence feeds.
        """
    static let isoAudit = """
        You maintain our ISMS according to ISO 27001, run internal audits and follow up on findings.
        You write information security policies and procedures, perform risk assessments, manage
        third-party risk and report on compliance with GDPR and NIS2 to the management board.
        """
    static let infrastructure = """
        You configure firewall rules and network segmentation, harden Windows and Linux servers,
        roll out patches, administer Active Directory and Group Policy, manage endpoint protection
        and the backup platform, and run vulnerability scans of our own systems.
        """
    static let dataAnalyst = """
        You build dashboards in Power BI, write SQL queries, clean data in Python and present
        insights to marketing. Experience with Tableau, Excel and statistics. Knowledge of data
        privacy rules is a plus.
        """
    static let physicalGuard = """
        You patrol the site at night, monitor CCTV, control access at the gate, write incident
        reports for the facility manager and respond to fire alarms. A valid guard licence is required.
        """
    static let developer = """
        You build React front-ends and Node.js APIs, write unit tests, review pull requests and ship
        features every sprint. You write secure code and follow our coding guidelines.
        """

    @Test(arguments: [
        (threatHunting, PrimaryDiscipline.cybersecurity),
        (isoAudit, .informationSecurity),
        (infrastructure, .itSecurity),
    ])
    func readsTheDisciplineFromTheDuties(text: String, discipline: PrimaryDiscipline) {
        let analysis = Shared.analyze(text, title: "Security Specialist")
        #expect(analysis.securityRelevant)
        #expect(analysis.primaryDiscipline == discipline)
        #expect(!analysis.evidence.cybersecurity.isEmpty || discipline != .cybersecurity)
    }

    @Test(arguments: [
        (dataAnalyst, "Data Analyst"), (physicalGuard, "Security Officer"), (developer, "Frontend Developer"),
    ])
    func tellsJobsThatAreNotSecurityWork(text: String, title: String) {
        let analysis = Shared.analyze(text, title: title)
        #expect(!analysis.securityRelevant)
        #expect(analysis.primaryDiscipline == .none)
        #expect(analysis.orientation == .none)
    }

    @Test func readsOrientation() {
        #expect(Shared.analyze(Self.infrastructure, title: "Security Engineer").orientation == .technical)
        #expect(Shared.analyze(Self.isoAudit, title: "Security Officer").orientation == .strategic)
    }

    @Test(arguments: [
        ("IT Security Analyst", TitleDiscipline.itSecurity),
        ("IT-Sicherheitsbeauftragter (m/w/d)", .itSecurity),
        ("SOC Analyst", .cybersecurity),
        ("Penetration Tester", .cybersecurity),
        ("Information Security Officer", .informationSecurity),
        ("GRC Consultant", .informationSecurity),
        ("Security Engineer", .neutral),
        ("Chief Information Security Officer", .neutral),
        ("Data Analyst", .none),
        ("Security Guard", .none),
        ("Product Marketing Manager – Cybersecurity", .none),
    ])
    func readsTheDisciplineTheTitleNames(title: String, discipline: TitleDiscipline) {
        #expect(Shared.analyze("A job.", title: title).titleDiscipline == discipline)
    }

    @Test(arguments: [
        ("Junior SOC Analyst", TitleSeniority.entry),
        ("Senior Security Engineer", .senior),
        ("SOC Team Lead", .lead),
        ("Head of Security", .executive),
        ("Security Engineer", .none),
    ])
    func readsTheLevelTheTitleNames(title: String, level: TitleSeniority) {
        #expect(Shared.analyze("A job.", title: title).titleSeniority == level)
    }

    @Test(arguments: [
        ("Security Analyst", "1 year of experience in a SOC.", Seniority.entry),
        ("Security Analyst", "3 years of experience in a SOC.", .mid),
        ("Security Analyst", "6 years of experience in a SOC.", .senior),
        ("Senior Product Manager", "You own the security product roadmap.", .senior),
        ("Director Data Science", "You run the data science team.", .lead),
        ("Director of Information Security", "You lead the security programme and report to the board.", .executive),
        ("Security Analyst", "An entry-level position for recent graduates.", .entry),
        ("Security Analyst", "You monitor alerts.", .unknown),
    ])
    func readsSeniorityFromTitleThenYearsThenText(title: String, text: String, seniority: Seniority) {
        #expect(Shared.analyze(text, title: title).seniority == seniority)
    }

    @Test(arguments: [
        ("The team protects the company's systems and the people who use them every day.", "en"),
        ("Du schützt die Systeme des Unternehmens und die Menschen, die mit ihnen arbeiten.", "de"),
        ("Vous protégez les systèmes de l'entreprise et les personnes qui les utilisent.", "fr"),
        ("Je beschermt de systemen van het bedrijf en de mensen die ermee werken.", "nl"),
    ])
    func detectsTheLanguage(text: String, language: String) {
        #expect(Shared.analyze(text).language == language)
    }

    @Test func findsWorkRolesForTheDuties() {
        let analysis = Shared.analyze(Self.threatHunting, title: "Incident Responder")
        let ids = analysis.roles.map(\.id.rawValue)
        #expect(ids.contains("PD-WRL-003") || ids.contains("ecsf-cyber-incident-responder"))
    }

    @Test func readsEducationAndClearance() {
        let analysis = Shared.analyze(
            "Bachelor's degree in computer science required. Active TS/SCI clearance with polygraph.")
        #expect(analysis.education.minimumDegree == .bachelor)
        #expect(analysis.education.required)
        #expect(analysis.clearance?.level == "ts-sci")
        #expect(analysis.clearance?.polygraph == true)
        #expect(!analysis.education.equivalentAccepted)
    }

    @Test(arguments: [
        "A bachelor's degree in computer science or a related field, or equivalent practical experience.",
        "Abgeschlossenes Studium (Bachelor) der Informatik oder eine vergleichbare Qualifikation.",
        "Je hebt een HBO werk- en denkniveau.",
    ])
    func readsThatExperienceCanStandInForTheDegree(text: String) {
        let education = Shared.analyze(text).education
        #expect(education.minimumDegree == .bachelor)
        #expect(education.equivalentAccepted)
        #expect(education.summary?.hasPrefix("bachelor degree or equivalent experience") == true)
    }

    @Test func aRelatedFieldIsNoAlternativeToTheDegree() {
        let education = Shared.analyze("Bachelor's degree in computer science or a related field required.").education
        #expect(education.minimumDegree == .bachelor)
        #expect(!education.equivalentAccepted)
        #expect(education.summary == "bachelor degree, required")
    }
}
