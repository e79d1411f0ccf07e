/// What Sextant reads in a job posting: the contract of `sextant analyze --json`.
///
/// Field names are the JSON contract (PRODUCT.md, "Contracts"): other tools rely on `title`,
/// `language`, `securityRelevant`, `primaryDiscipline`, `disciplines`, `orientation`, `seniority`,
/// `experience`, `certifications`, `roles`, `findings` and `titleDiscipline`.
public struct PostingAnalysis: Codable, Sendable, Hashable {
    /// The input's id, when it had one (JSONL input).
    public var id: String?
    public var title: String
    /// ISO 639-1 code of the description's main language (`und` when unknown).
    public var language: String
    /// True when protecting digital systems or information is a main purpose of the job.
    public var securityRelevant: Bool
    public var primaryDiscipline: PrimaryDiscipline
    /// Share of the discipline evidence per discipline, 0–1 (they add up to 1 when there is any).
    public var disciplines: DisciplineScores
    public var orientation: Orientation
    public var seniority: Seniority
    /// The discipline the title alone names.
    public var titleDiscipline: TitleDiscipline
    /// The level the title alone names.
    public var titleSeniority: TitleSeniority
    public var experience: Experience
    public var certifications: [CertificationMention]
    /// "A or B or C" groups of certifications, by id.
    public var certificationGroups: [[Certification.ID]]
    public var education: Education
    public var clearance: Clearance?
    /// DoD 8570/8140 levels the posting names (`IAT-II`, `IAM-I`, ...).
    public var dodLevels: [String]
    public var roles: [RoleMatch]
    public var findings: [Finding]
    /// Sentences that weigh most for each discipline and for the security verdict.
    public var evidence: DisciplineEvidence
    public var sections: [SectionSummary]
    /// Technical and strategic evidence weights behind `orientation`.
    public var orientationScores: OrientationScores
    /// The text that was analysed (after HTML/Markdown were turned into plain text).
    public var textLength: Int
    /// Notes about the input ("invalid UTF-8 was repaired").
    public var warnings: [String]
}

public enum PrimaryDiscipline: String, Codable, Sendable, Hashable, CaseIterable {
    case itSecurity, cybersecurity, informationSecurity, none

    public init(_ discipline: Discipline?) {
        switch discipline {
        case .itSecurity: self = .itSecurity
        case .cybersecurity: self = .cybersecurity
        case .informationSecurity: self = .informationSecurity
        case nil: self = .none
        }
    }

    public var discipline: Discipline? { Discipline(rawValue: rawValue) }
}

public enum TitleDiscipline: String, Codable, Sendable, Hashable, CaseIterable {
    case itSecurity, cybersecurity, informationSecurity
    /// A security title that names no discipline ("Security Engineer").
    case neutral
    /// Not a security title.
    case none
}

public enum Seniority: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    case entry, mid, senior, lead, executive, unknown

    public static func < (lhs: Seniority, rhs: Seniority) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

public enum TitleSeniority: String, Codable, Sendable, Hashable, CaseIterable {
    case entry, senior, lead, executive, none
}

public struct DisciplineScores: Codable, Sendable, Hashable {
    public var itSecurity: Double
    public var cybersecurity: Double
    public var informationSecurity: Double

    public init(itSecurity: Double = 0, cybersecurity: Double = 0, informationSecurity: Double = 0) {
        self.itSecurity = itSecurity
        self.cybersecurity = cybersecurity
        self.informationSecurity = informationSecurity
    }

    public subscript(discipline: Discipline) -> Double {
        get {
            switch discipline {
            case .itSecurity: itSecurity
            case .cybersecurity: cybersecurity
            case .informationSecurity: informationSecurity
            }
        }
        set {
            switch discipline {
            case .itSecurity: itSecurity = newValue
            case .cybersecurity: cybersecurity = newValue
            case .informationSecurity: informationSecurity = newValue
            }
        }
    }
}

public struct OrientationScores: Codable, Sendable, Hashable {
    public var technical: Double
    public var strategic: Double
}

/// Years of experience the posting asks.
public struct Experience: Codable, Sendable, Hashable {
    /// The smallest number of years required (the bachelor's path when paths are offered; the
    /// largest general requirement when several are stated); nil when none is required.
    public var minYears: Double?
    public var maxYears: Double?
    /// Every statement found, required or not.
    public var statements: [ExperienceStatement]
}

public struct ExperienceStatement: Codable, Sendable, Hashable {
    public var minYears: Double
    public var maxYears: Double?
    /// False for "preferred" years.
    public var required: Bool
    /// The degree this path goes with ("7 years with a bachelor's"), if any.
    public var withDegree: Degree?
    public var evidence: String
}

public enum CertificationStrength: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    case required, preferred, mentioned

    /// `required` is the strongest.
    public static func < (lhs: CertificationStrength, rhs: CertificationStrength) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

public struct CertificationMention: Codable, Sendable, Hashable {
    public var id: Certification.ID
    public var name: String
    public var strength: CertificationStrength
    /// The sentence that names it.
    public var evidence: String
    /// The words matched, as written.
    public var matched: String
    /// Index into `certificationGroups` when the certification is one of "A or B or C".
    public var group: Int?
    /// Whether the catalog counts it as a security certification.
    public var security: Bool
}

public struct Education: Codable, Sendable, Hashable {
    /// The lowest degree the posting accepts, when it names one.
    public var minimumDegree: Degree?
    /// True when the degree is required, false when only preferred.
    public var required: Bool
    /// True when the posting accepts experience in place of the degree ("or equivalent
    /// experience").
    public var equivalentAccepted: Bool
    public var evidence: String?

    public init(minimumDegree: Degree?, required: Bool, equivalentAccepted: Bool = false, evidence: String?) {
        self.minimumDegree = minimumDegree
        self.required = required
        self.equivalentAccepted = equivalentAccepted
        self.evidence = evidence
    }

    /// Analyses saved before `equivalentAccepted` existed read as `false`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        minimumDegree = try container.decodeIfPresent(Degree.self, forKey: .minimumDegree)
        required = try container.decode(Bool.self, forKey: .required)
        equivalentAccepted = try container.decodeIfPresent(Bool.self, forKey: .equivalentAccepted) ?? false
        evidence = try container.decodeIfPresent(String.self, forKey: .evidence)
    }

    /// "bachelor degree or equivalent experience, required"; nil when no degree is named.
    public var summary: String? {
        guard let minimumDegree else { return nil }
        return "\(minimumDegree.rawValue) degree\(equivalentAccepted ? " or equivalent experience" : ""), "
            + (required ? "required" : "preferred")
    }
}

public struct Clearance: Codable, Sendable, Hashable {
    /// `public-trust`, `confidential`, `secret`, `top-secret`, `ts-sci`, or `unspecified`.
    public var level: String
    public var polygraph: Bool
    public var evidence: String
}

public struct RoleMatch: Codable, Sendable, Hashable {
    public var id: WorkRole.ID
    public var name: String
    public var framework: RoleFramework.ID
    /// 0–1, relative to the best possible evidence for the role.
    public var score: Double
}

public struct Finding: Codable, Sendable, Hashable {
    public enum Severity: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
        case error, warning, info

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Stable kebab-case code (`certification-experience-conflict`, ...).
    public var code: FindingCode
    public var severity: Severity
    public var message: String
    public var evidence: String
    /// The rule or fact behind it, with its source when it is a certification rule.
    public var rule: String
}

public struct DisciplineEvidence: Codable, Sendable, Hashable {
    public var itSecurity: [String]
    public var cybersecurity: [String]
    public var informationSecurity: [String]
    /// Phrases that made the verdict "not a security job".
    public var notSecurity: [String]
    /// How many sentences describe the job's duties, and how many of them name security work:
    /// the share behind the "is this a security job" verdict (absent in analyses saved before it).
    public var dutySentences: Int? = nil
    public var securityDutySentences: Int? = nil
}

public struct SectionSummary: Codable, Sendable, Hashable {
    public var kind: SectionKind
    public var heading: String
}

public enum SectionKind: String, Codable, Sendable, Hashable, CaseIterable {
    case intro, responsibilities, requirements, preferred, benefits, about, other
}
