/// The structured rules that decide when a person may hold a certification.
///
/// A certification may have several alternative paths; meeting any one of them is enough. A path
/// combines prerequisite certifications, an official-training route and an experience rule.
public struct Eligibility: Codable, Hashable, Sendable {
    /// The rules in plain words, for people.
    public var summary: String
    public var provenance: Provenance
    /// Alternative routes; empty when there is no requirement.
    public var paths: [Path]
    /// Pass the exam now, earn the experience later (Associate of ISC2).
    public var associate: AssociateRoute?
    /// Lower grades of the same credential, lowest first (ISO 27001 auditor ladder).
    public var ladder: [Grade]?

    public init(
        summary: String, provenance: Provenance, paths: [Path] = [], associate: AssociateRoute? = nil,
        ladder: [Grade]? = nil
    ) {
        self.summary = summary
        self.provenance = provenance
        self.paths = paths
        self.associate = associate
        self.ladder = ladder
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        summary = try container.decode(String.self, forKey: .summary)
        provenance = try container.decode(Provenance.self, forKey: .provenance)
        paths = try container.decodeIfPresent([Path].self, forKey: .paths) ?? []
        associate = try container.decodeIfPresent(AssociateRoute.self, forKey: .associate)
        ladder = try container.decodeIfPresent([Grade].self, forKey: .ladder)
    }

    /// True when the certification has any experience rule to evaluate.
    public var hasExperienceRule: Bool { paths.contains { $0.experience != nil } }

    /// One way to become eligible.
    public struct Path: Codable, Hashable, Sendable {
        public var id: String
        public var label: String
        public var prerequisites: Prerequisites?
        /// An official course that opens this path by itself.
        public var training: String?
        public var experience: ExperienceRule?
        /// Hours of audit activity (ISO 27001 auditor grades).
        public var auditHours: Int?
        public var provenance: Provenance?
    }

    /// Certifications that must be held (and active) before this one.
    public struct Prerequisites: Codable, Hashable, Sendable {
        public var allOf: [Certification.ID]?
        public var anyOf: [Certification.ID]?

        /// Every certification the rule names.
        public var all: [Certification.ID] { (allOf ?? []) + (anyOf ?? []) }
    }

    /// Years of work of a given kind.
    public struct ExperienceRule: Codable, Hashable, Sendable {
        public var years: Double
        public var counts: WorkKind
        public var minDomains: Int?
        public var partTime: PartTime?
        public var window: Window?
        public var parts: [Part]?
        public var waivers: Waivers?
        public var substitutions: [Substitution]?
        public var label: String?
    }

    /// A minimum inside the total (CCSP: three of the five years in information security).
    public struct Part: Codable, Hashable, Sendable {
        public var years: Double
        public var counts: WorkKind
        public var minDomains: Int?
        public var label: String?
    }

    public enum PartTime: String, Codable, Hashable, Sendable {
        /// Part-time work counts pro rata: 2,080 hours make a year.
        case hours
        /// Only full-time work counts.
        case fullTime
    }

    /// Experience must fall within a window around the application.
    public struct Window: Codable, Hashable, Sendable {
        public var yearsBefore: Double?
        public var yearsAfterExam: Double?
    }

    public struct Waivers: Codable, Hashable, Sendable {
        /// The most all waivers together can remove.
        public var maxYears: Double
        public var options: [Waiver]
    }

    /// Something that counts as years of experience.
    public struct Waiver: Codable, Hashable, Sendable {
        public enum Kind: String, Codable, Hashable, Sendable { case degree, credential }
        public var kind: Kind
        public var minimumDegree: Degree?
        /// Subjects the degree must be in ("computer science"); nil for any subject.
        public var fields: [String]?
        public var anyOf: [Certification.ID]?
        /// True when the issuer's list holds more credentials than `anyOf` names (ISC2's 2026 list
        /// is known only in part): a held credential that is neither listed nor in `notOnList`
        /// may or may not waive, and eligibility shows both dates.
        public var listPartial: Bool?
        /// Credentials known not to be on the list (reported removed).
        public var notOnList: [Certification.ID]?
        public var years: Double
        public var label: String
        public var provenance: Provenance?
    }

    /// A held certification that replaces part of the experience.
    public struct Substitution: Codable, Hashable, Sendable {
        public var holding: Certification.ID
        /// Years replaced.
        public var replaces: Double
        /// Index into `parts` when the years come off a part rather than the total.
        public var part: Int?
        public var label: String?
    }

    public struct AssociateRoute: Codable, Hashable, Sendable {
        public var label: String
        /// Years after passing the exam to gain the experience.
        public var yearsToComplete: Double
        public var provenance: Provenance?
    }

    public struct Grade: Codable, Hashable, Sendable {
        public var name: String
        public var summary: String
    }
}

/// Which work counts towards an experience rule.
public enum WorkKind: String, Codable, CaseIterable, Hashable, Sendable {
    /// Any paid professional work.
    case work
    /// IT work.
    case it
    /// The security share of the time.
    case security
    /// The security share of jobs that were management.
    case securityManagement
    /// Security work in audit and assessment.
    case audit
    /// Security work in risk.
    case risk
    /// Security management work in governance.
    case governance
    /// Security work in privacy.
    case privacy
    /// Work on software development.
    case softwareDevelopment
    /// Security work on cloud platforms.
    case cloud
    /// Leading and directing projects (jobs tagged `projectManagement`).
    case projectManagement
}

/// Academic degrees, lowest first.
public enum Degree: String, Codable, CaseIterable, Hashable, Sendable, Comparable {
    case none, associate, bachelor, master, doctorate

    public static func < (lhs: Degree, rhs: Degree) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
