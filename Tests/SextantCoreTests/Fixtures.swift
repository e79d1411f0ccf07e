@testable import SextantCore

/// A small, valid knowledge base written for tests: two sources, the eight domains, three
/// certifications (one with a prerequisite), two roles, a few terms.
enum Fixtures {
    static let checked = Day(year: 2026, month: 11, day: 1)!

    static func provenance(_ confidence: Confidence = .official, _ sources: [Source.ID] = ["S1"]) -> Provenance {
        Provenance(confidence: confidence, sources: sources, checked: checked)
    }

    static let domainIDs: [Domain.ID] = [
        "security-and-risk-management", "asset-security", "security-architecture-and-engineering",
        "communication-and-network-security", "identity-and-access-management", "security-assessment-and-testing",
        "security-operations", "software-development-security",
    ]

    static func certification(
        _ id: Certification.ID, short: String, aliases: [Certification.Alias] = [], paths: [Eligibility.Path] = []
    ) -> Certification {
        Certification(
            id: id, name: "Certified \(short) Professional", short: short, issuer: "Issuer", security: true,
            aliases: aliases, level: .associate, orientation: .technical, disciplines: [.itSecurity],
            domains: ["security-operations"], classification: .init(provenance: provenance()),
            eligibility: Eligibility(summary: "Rules.", provenance: provenance(), paths: paths),
            exam: nil, cost: nil, renewal: nil, dod8570: nil, note: nil)
    }

    static func prerequisitePath(_ ids: [Certification.ID]) -> Eligibility.Path {
        Eligibility.Path(
            id: "prerequisite", label: "Hold the base certification",
            prerequisites: .init(allOf: ids, anyOf: nil), training: nil, experience: nil, auditHours: nil,
            provenance: nil)
    }

    static func experiencePath(years: Double) -> Eligibility.Path {
        Eligibility.Path(
            id: "experience", label: "Experience", prerequisites: nil, training: nil,
            experience: .init(
                years: years, counts: .security, minDomains: nil, partTime: .hours, window: nil, parts: nil,
                waivers: nil, substitutions: nil, label: nil),
            auditHours: nil, provenance: nil)
    }

    static var base: KnowledgeBase {
        let weights = [16, 10, 13, 13, 13, 12, 13, 10]
        let domains = zip(domainIDs, weights).enumerated().map { index, pair in
            Domain(id: pair.0, number: index + 1, name: pair.0.rawValue, weight: pair.1, summary: "About it.")
        }
        let role = { (id: String, framework: RoleFramework.ID, category: String?) in
            WorkRole(
                id: WorkRole.ID(id), framework: framework, category: category, name: "Incident Response",
                summary: "Responds to incidents.", discipline: .cybersecurity, orientation: .technical,
                titles: ["Incident Responder"], keywords: ["incident response"], provenance: provenance())
        }
        var terms: [TermLexicon.Term] = []
        for index in 0..<KnowledgeBase.minimumTermCount {
            terms.append(TermLexicon.Term(phrase: "phrase number \(index)"))
        }
        return KnowledgeBase(
            version: "test", reviewed: checked,
            sources: [
                Source(
                    id: "S1", title: "Issuer page", url: "https://issuer.example/page", alsoAt: nil, published: nil,
                    kind: .official, checked: checked),
                Source(
                    id: "S2", title: "Study site", url: "https://study.example/", alsoAt: nil, published: nil,
                    kind: .secondary, checked: checked),
            ],
            disciplines: Discipline.allCases.map {
                Definition(id: $0, name: $0.displayName, summary: "s", definition: "d")
            },
            orientations: [Orientation.technical, .strategic, .mixed].map {
                Definition(id: $0, name: $0.rawValue, summary: "s", definition: "d")
            },
            domainOutline: DomainOutline(name: "Outline", effective: checked, provenance: provenance()),
            domains: domains,
            certifications: [
                certification("alpha", short: "ALPHA", aliases: ["Alpha Cert"]),
                certification(
                    "beta", short: "BETA", aliases: [.init(name: "B+", ambiguous: true)],
                    paths: [prerequisitePath(["alpha"])]),
                certification("gamma", short: "GAMMA", paths: [experiencePath(years: 5)]),
            ],
            frameworks: [
                RoleFramework(id: "nice", name: "NICE", version: "2.2.0", released: nil, provenance: provenance())
            ],
            roleCategories: [RoleCategory(id: "PD", framework: "nice", name: "Protection and Defense")],
            roles: [role("PD-WRL-003", "nice", "PD")],
            terms: TermLexicon(groups: [
                .init(
                    name: "Group", note: nil, kind: .security, disciplines: ["cybersecurity": 2],
                    orientation: .technical, domains: ["security-operations"], weight: nil, terms: terms)
            ]),
            titles: TitleLexicon(
                disciplines: ["itSecurity": ["IT security"], "cybersecurity": ["cyber"]],
                neutral: ["security engineer"],
                notSecurity: ["security guard"], seniority: ["entry": ["junior"], "senior": ["senior"]]))
    }
}
