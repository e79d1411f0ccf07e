/// A person: education, certifications held, work history and a goal (PRODUCT.md, "Profile").
///
/// Read from YAML or JSON by `SextantData.ProfileLoader`; every field but the work history's
/// title and start has a default, so a small profile stays small.
public struct Profile: Codable, Sendable, Hashable {
    public var name: String?
    public var education: [EducationRecord]
    public var certifications: [HeldCertification]
    public var experience: [Job]
    public var goal: Goal?

    public init(
        name: String? = nil, education: [EducationRecord] = [], certifications: [HeldCertification] = [],
        experience: [Job] = [], goal: Goal? = nil
    ) {
        self.name = name
        self.education = education
        self.certifications = certifications
        self.experience = experience
        self.goal = goal
    }

    private enum CodingKeys: String, CodingKey { case name, education, certifications, experience, goal }

    /// The keys a profile file may use at the top level.
    public static let keys = ["name", "education", "certifications", "experience", "goal"]

    public init(from decoder: any Decoder) throws {
        try UnknownProfileKey.check(decoder, allowed: Self.keys)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        education = try container.decodeIfPresent([EducationRecord].self, forKey: .education) ?? []
        certifications = try container.decodeIfPresent([HeldCertification].self, forKey: .certifications) ?? []
        experience = try container.decodeIfPresent([Job].self, forKey: .experience) ?? []
        goal = try container.decodeIfPresent(Goal.self, forKey: .goal)
    }

    /// A degree earned (or under way when `completed` is in the future).
    public struct EducationRecord: Codable, Sendable, Hashable {
        public var degree: Degree
        public var field: String?
        public var completed: Day?

        public static let keys = ["degree", "field", "completed"]

        public init(degree: Degree, field: String? = nil, completed: Day? = nil) {
            self.degree = degree
            self.field = field
            self.completed = completed
        }

        private enum CodingKeys: String, CodingKey { case degree, field, completed }

        public init(from decoder: any Decoder) throws {
            try UnknownProfileKey.check(decoder, allowed: Self.keys)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            degree = try container.decode(Degree.self, forKey: .degree)
            field = try container.decodeIfPresent(String.self, forKey: .field)
            completed = try container.decodeIfPresent(Day.self, forKey: .completed)
        }
    }

    /// A certification held, by catalog id.
    public struct HeldCertification: Codable, Sendable, Hashable {
        public var id: Certification.ID
        public var earned: Day
        /// When it lapses, if known; an expired certification does not count as held.
        public var expires: Day?

        public static let keys = ["id", "earned", "expires"]

        public init(id: Certification.ID, earned: Day, expires: Day? = nil) {
            self.id = id
            self.earned = earned
            self.expires = expires
        }

        private enum CodingKeys: String, CodingKey { case id, earned, expires }

        public init(from decoder: any Decoder) throws {
            try UnknownProfileKey.check(decoder, allowed: Self.keys)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(Certification.ID.self, forKey: .id)
            earned = try container.decode(Day.self, forKey: .earned)
            expires = try container.decodeIfPresent(Day.self, forKey: .expires)
        }
    }

    /// One job or internship.
    public struct Job: Codable, Sendable, Hashable {
        public var title: String
        public var start: Day
        /// Nil while the job is ongoing.
        public var end: Day?
        public var hoursPerWeek: Double
        /// Fraction of the time spent on security work, 0–1.
        public var securityShare: Double
        /// CISSP domains the work touched.
        public var domains: [Domain.ID]
        /// Whether the job managed security people or programmes.
        public var management: Bool
        /// Whether it was IT work; by default, jobs with security work or CISSP domains are.
        public var it: Bool?
        /// Kinds of work beyond the domains (audit, risk, governance, privacy, cloud ...).
        public var focus: [WorkKind]?
        /// Hours of audit activity in this job (ISO 27001 auditor grades).
        public var auditHours: Double?

        public init(
            title: String, start: Day, end: Day? = nil, hoursPerWeek: Double = 40, securityShare: Double = 0,
            domains: [Domain.ID] = [], management: Bool = false, it: Bool? = nil, focus: [WorkKind]? = nil,
            auditHours: Double? = nil
        ) {
            self.title = title
            self.start = start
            self.end = end
            self.hoursPerWeek = hoursPerWeek
            self.securityShare = securityShare
            self.domains = domains
            self.management = management
            self.it = it
            self.focus = focus
            self.auditHours = auditHours
        }

        private enum CodingKeys: String, CodingKey {
            case title, start, end, hoursPerWeek, securityShare, domains, management, it, focus, auditHours
        }

        public static let keys = [
            "title", "start", "end", "hoursPerWeek", "securityShare", "domains", "management", "it", "focus",
            "auditHours",
        ]

        public init(from decoder: any Decoder) throws {
            try UnknownProfileKey.check(decoder, allowed: Self.keys)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            title = try container.decode(String.self, forKey: .title)
            start = try container.decode(Day.self, forKey: .start)
            end = try container.decodeIfPresent(Day.self, forKey: .end)
            hoursPerWeek = try container.decodeIfPresent(Double.self, forKey: .hoursPerWeek) ?? 40
            securityShare = try container.decodeIfPresent(Double.self, forKey: .securityShare) ?? 0
            domains = try container.decodeIfPresent([Domain.ID].self, forKey: .domains) ?? []
            management = try container.decodeIfPresent(Bool.self, forKey: .management) ?? false
            it = try container.decodeIfPresent(Bool.self, forKey: .it)
            focus = try container.decodeIfPresent([WorkKind].self, forKey: .focus)
            auditHours = try container.decodeIfPresent(Double.self, forKey: .auditHours)
        }

        /// Whether this counts as IT work.
        public var isIT: Bool { it ?? (securityShare > 0 || !domains.isEmpty) }
    }

    /// What the person is aiming for.
    public struct Goal: Codable, Sendable, Hashable {
        public var certifications: [Certification.ID]?
        public var role: String?
        /// A posting file to aim at.
        public var posting: String?
        /// A direction instead of a named end point: `strategic` (GRC, management) or `technical`.
        public var direction: String?

        public static let keys = ["certifications", "role", "posting", "direction"]

        public init(
            certifications: [Certification.ID]? = nil, role: String? = nil, posting: String? = nil,
            direction: String? = nil
        ) {
            self.certifications = certifications
            self.role = role
            self.posting = posting
            self.direction = direction
        }

        private enum CodingKeys: String, CodingKey { case certifications, role, posting, direction }

        public init(from decoder: any Decoder) throws {
            try UnknownProfileKey.check(decoder, allowed: Self.keys)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            certifications = try container.decodeIfPresent([Certification.ID].self, forKey: .certifications)
            role = try container.decodeIfPresent(String.self, forKey: .role)
            posting = try container.decodeIfPresent(String.self, forKey: .posting)
            direction = try container.decodeIfPresent(String.self, forKey: .direction)
        }
    }

    /// The highest degree completed by a day (a degree without a date counts as completed).
    public func highestDegree(on day: Day) -> Degree {
        education.filter { ($0.completed ?? day) <= day }.map(\.degree).max() ?? .none
    }

    /// Whether a completed degree satisfies a degree waiver: its level, and its subject when the
    /// waiver names subjects (matched word by word: "computer science and engineering" is in
    /// "computer science").
    public func hasDegree(for waiver: Eligibility.Waiver, on day: Day) -> Bool {
        let minimum = waiver.minimumDegree ?? .doctorate
        return education.contains { record in
            guard record.degree >= minimum, (record.completed ?? day) <= day else { return false }
            guard let fields = waiver.fields else { return true }
            let subject = TextFolding.tokens(record.field ?? "")
            return fields.contains { field in
                let wanted = TextFolding.tokens(field)
                guard !wanted.isEmpty, wanted.count <= subject.count else { return false }
                return (0...(subject.count - wanted.count)).contains {
                    Array(subject[$0..<($0 + wanted.count)]) == wanted
                }
            }
        }
    }

    /// Whether a certification is held (earned and not expired) on a day.
    public func holds(_ id: Certification.ID, on day: Day) -> Bool {
        certifications.contains { $0.id == id && $0.earned <= day && ($0.expires.map { $0 > day } ?? true) }
    }
}

/// A key a profile does not have ("certs:" for "certifications:"): reading stops with the key,
/// where it is and the nearest valid key, instead of dropping what the user wrote.
public struct UnknownProfileKey: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the key sits, as `experience[1]` ("" at the top level).
    public var path: String
    public var key: String
    public var allowed: [String]

    /// The allowed key nearest to the one written: close by edit distance, or one it abbreviates.
    public var suggestion: String? {
        if let close = EditDistance.suggestions(for: key, among: allowed, limit: 1).first { return close }
        let written = key.lowercased()
        return allowed.first { candidate in
            let lowered = candidate.lowercased()
            return written.count >= 3 && lowered.first == written.first
                && EditDistance.isSubsequence(written, of: lowered)
        }
    }

    /// The field as `experience[1].securityshare`.
    public var field: String { path.isEmpty ? key : "\(path).\(key)" }

    /// "unknown key 'certs' — did you mean 'certifications'?"
    public var description: String {
        "unknown key '\(key)'" + (path.isEmpty ? "" : " in \(path)") + " — "
            + (suggestion.map { "did you mean '\($0)'?" } ?? "use one of: " + allowed.joined(separator: ", "))
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Throws for the first key of the mapping being decoded that is not allowed.
    static func check(_ decoder: any Decoder, allowed: [String]) throws {
        guard let container = try? decoder.container(keyedBy: AnyKey.self) else { return }
        // The decoder's key order is not the file's; the alphabetically first unknown key is stable.
        guard let unknown = container.allKeys.map(\.stringValue).filter({ !allowed.contains($0) }).min() else {
            return
        }
        var path = ""
        for key in decoder.codingPath {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        throw UnknownProfileKey(path: path, key: unknown, allowed: allowed)
    }
}
