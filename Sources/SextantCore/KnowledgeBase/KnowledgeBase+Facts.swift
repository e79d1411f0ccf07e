/// One sourced fact of the knowledge base: something with a provenance (who says so, when it was
/// checked, how sure we are), and where it is written.
public struct KnowledgeBaseFact: Sendable, Hashable {
    /// What the fact is about, for reports.
    public enum Kind: String, CaseIterable, Sendable, Hashable {
        case classification, eligibility, route, waiver, associate, exam, cost, renewal, dod8570, retirement
        case role, framework, domainOutline, source

        /// The kind in words, for the terminal report.
        public var label: String {
            switch self {
            case .classification: "level, orientation, disciplines, domains"
            case .eligibility: "eligibility rules"
            case .route: "eligibility routes with their own source"
            case .waiver: "experience waivers"
            case .associate: "Associate routes"
            case .exam: "exam formats"
            case .cost: "exam prices"
            case .renewal: "renewal rules and fees"
            case .dod8570: "DoD 8570 categories"
            case .retirement: "retirements"
            case .role: "work roles"
            case .framework: "role frameworks"
            case .domainOutline: "domain outline"
            case .source: "sources"
            }
        }
    }

    public var kind: Kind
    /// The certification, role or source id the fact belongs to.
    public var subject: String
    public var file: KnowledgeBaseFile
    public var path: DataPath
    /// Nil for a source (it has a check date, no confidence of its own).
    public var confidence: Confidence?
    public var sources: [Source.ID]
    /// Nil only for a source that does not say when it was checked (`data check` reports that).
    public var checked: Day?
}

extension KnowledgeBase {
    /// Every fact with a provenance, and every source with its check date, in file order.
    ///
    /// Linear in the size of the knowledge base.
    public var facts: [KnowledgeBaseFact] {
        var facts: [KnowledgeBaseFact] = []
        func add(
            _ kind: KnowledgeBaseFact.Kind, _ subject: String, _ file: KnowledgeBaseFile, _ path: DataPath,
            _ provenance: Provenance
        ) {
            facts.append(
                KnowledgeBaseFact(
                    kind: kind, subject: subject, file: file, path: path + "provenance",
                    confidence: provenance.confidence, sources: provenance.sources, checked: provenance.checked))
        }
        for (index, source) in sources.enumerated() {
            facts.append(
                KnowledgeBaseFact(
                    kind: .source, subject: source.id.rawValue, file: .sources,
                    path: ["sources", .index(index), "checked"],
                    confidence: nil, sources: [source.id], checked: source.checked))
        }
        add(.domainOutline, domainOutline.name, .domains, ["outline"], domainOutline.provenance)
        for (index, certification) in certifications.enumerated() {
            let id = certification.id.rawValue
            let path: DataPath = ["certifications", .index(index)]
            add(.classification, id, .certifications, path + "classification", certification.classification.provenance)
            let eligibility = certification.eligibility
            add(.eligibility, id, .certifications, path + "eligibility", eligibility.provenance)
            for (routeIndex, route) in eligibility.paths.enumerated() {
                let routePath = path + "eligibility" + "paths" + routeIndex
                if let provenance = route.provenance { add(.route, id, .certifications, routePath, provenance) }
                for (waiverIndex, waiver) in (route.experience?.waivers?.options ?? []).enumerated() {
                    if let provenance = waiver.provenance {
                        add(
                            .waiver, id, .certifications,
                            routePath + "experience" + "waivers" + "options" + waiverIndex, provenance)
                    }
                }
            }
            if let provenance = eligibility.associate?.provenance {
                add(.associate, id, .certifications, path + "eligibility" + "associate", provenance)
            }
            if let exam = certification.exam { add(.exam, id, .certifications, path + "exam", exam.provenance) }
            if let cost = certification.cost { add(.cost, id, .certifications, path + "cost", cost.provenance) }
            if let renewal = certification.renewal {
                add(.renewal, id, .certifications, path + "renewal", renewal.provenance)
            }
            if let dod = certification.dod8570 { add(.dod8570, id, .certifications, path + "dod8570", dod.provenance) }
            if let retirement = certification.retirement {
                add(.retirement, id, .certifications, path + "retirement", retirement.provenance)
            }
        }
        for (index, framework) in frameworks.enumerated() {
            add(.framework, framework.id.rawValue, .roles, ["frameworks", .index(index)], framework.provenance)
        }
        for (index, role) in roles.enumerated() {
            add(.role, role.id.rawValue, .roles, ["roles", .index(index)], role.provenance)
        }
        return facts
    }

    /// Facts and sources last checked more than `days` days before `today` (or never).
    public func staleFacts(olderThan days: Int, today: Day) -> [KnowledgeBaseFact] {
        facts.filter { fact in fact.checked.map { $0.days(until: today) > days } ?? true }
    }

    /// How many facts of each kind are official, secondary or unconfirmed (sources left out).
    public var confidenceReport: [(kind: KnowledgeBaseFact.Kind, counts: [Confidence: Int])] {
        var counts: [KnowledgeBaseFact.Kind: [Confidence: Int]] = [:]
        for fact in facts {
            guard let confidence = fact.confidence else { continue }
            counts[fact.kind, default: [:]][confidence, default: 0] += 1
        }
        return KnowledgeBaseFact.Kind.allCases.compactMap { kind in counts[kind].map { (kind, $0) } }
    }
}
