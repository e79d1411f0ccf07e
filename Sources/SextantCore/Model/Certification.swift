/// A certification in the catalog, with everything Sextant knows about it and where each fact
/// comes from.
public struct Certification: Codable, Hashable, Sendable, Identifiable {
    /// The catalog slug (`cissp`, `securityplus`): a contract other tools rely on, never renamed.
    public typealias ID = Identifier<Certification>

    public var id: ID
    /// Official full name.
    public var name: String
    /// How people usually write it (`CISSP`, `Security+`).
    public var short: String
    public var issuer: String
    /// False for the non-security certifications security postings also name (ITIL, PMP, ...).
    public var security: Bool
    /// Other names and spellings seen in job ads; `name` and `short` are implied.
    public var aliases: [Alias]
    public var level: CertificationLevel
    public var orientation: Orientation
    /// Disciplines the certification serves, primary first; empty for non-security ones.
    public var disciplines: [Discipline]
    /// CISSP domains the certification mostly covers.
    public var domains: [Domain.ID]
    /// Provenance of level, orientation, disciplines and domains.
    public var classification: Classification
    public var eligibility: Eligibility
    public var exam: Exam?
    public var cost: Cost?
    public var renewal: Renewal?
    /// Legacy DoD 8570 baseline categories (`IAT-II`, `IAM-I`, ...), still quoted by US ads.
    public var dod8570: DoDCategories?
    /// Set when the issuer stopped offering the certification; nil while it can be earned.
    public var retirement: Retirement?
    public var note: String?

    /// `active` while the certification can be earned, `retired` once the issuer withdrew it.
    public enum Status: String, Codable, CaseIterable, Hashable, Sendable { case active, retired }

    /// Whether the certification can still be earned on `day`: active up to and including the
    /// retirement day. Without a day, any retirement recorded counts, announced ones included.
    public func status(on day: Day? = nil) -> Status {
        guard let retirement else { return .active }
        if let day, day <= retirement.date { return .active }
        return .retired
    }

    /// The catalog's status as the JSON contract states it: retired when a retirement is recorded.
    public var status: Status { status() }

    /// The issuer withdrew the certification: no new holders, no renewals. Held ones still count
    /// where the issuer counts them (as a prerequisite or a waiver).
    public struct Retirement: Codable, Hashable, Sendable {
        /// The last day it could be earned (the exam's retirement day).
        public var date: Day
        /// The certification the issuer names as its replacement, when there is one.
        public var successor: Certification.ID?
        public var note: String?
        public var provenance: Provenance

        public init(date: Day, successor: Certification.ID? = nil, note: String? = nil, provenance: Provenance) {
            self.date = date
            self.successor = successor
            self.note = note
            self.provenance = provenance
        }
    }

    /// A name by which a job ad may refer to the certification.
    public struct Alias: Hashable, Sendable, ExpressibleByStringLiteral {
        public var name: String
        /// A former name (CASP+ for SecurityX, CAP for CGRC).
        public var legacy: Bool
        /// Also an ordinary word or another thing (CISA the agency, "A+" the grade): matched
        /// case-sensitively, and only where the text is talking about certifications.
        public var ambiguous: Bool

        public init(name: String, legacy: Bool = false, ambiguous: Bool = false) {
            self.name = name
            self.legacy = legacy
            self.ambiguous = ambiguous
        }

        public init(stringLiteral value: String) { self.init(name: value) }
    }

    public struct Classification: Codable, Hashable, Sendable {
        public var provenance: Provenance
    }

    public struct Exam: Codable, Hashable, Sendable {
        public var summary: String
        public var provenance: Provenance
    }

    /// An exam's list price on a date.
    public struct Cost: Codable, Hashable, Sendable {
        /// Nil when the price is not known.
        public var amount: Double?
        public var currency: String?
        public var asOf: PartialDate?
        public var note: String?
        public var provenance: Provenance
    }

    public struct Renewal: Codable, Hashable, Sendable {
        public var expires: Bool
        public var validityYears: Double?
        public var cpe: Int?
        public var cpeYears: Int?
        public var fee: Fee?
        public var summary: String
        public var provenance: Provenance

        public struct Fee: Codable, Hashable, Sendable {
            public var amount: Double
            public var currency: String
            /// `year` or `term`.
            public var per: String
        }
    }

    public struct DoDCategories: Codable, Hashable, Sendable {
        public var categories: [String]
        public var provenance: Provenance
    }

    /// Every name the analyzer may match: the short name, the official name and the aliases.
    public var allNames: [Alias] {
        [Alias(name: short), Alias(name: name)] + aliases
    }
}

extension Certification {
    private enum CodingKeys: String, CodingKey {
        case id, name, short, issuer, security, aliases, level, orientation, disciplines, domains
        case classification, eligibility, exam, cost, renewal, dod8570, retirement, note
    }

    /// Written only, for readers of the JSON: the contract's `status`, `retired` and `successor`.
    private enum StatusKeys: String, CodingKey { case status, retired, successor }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ID.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        short = try container.decode(String.self, forKey: .short)
        issuer = try container.decode(String.self, forKey: .issuer)
        security = try container.decode(Bool.self, forKey: .security)
        aliases = try container.decode([Alias].self, forKey: .aliases)
        level = try container.decode(CertificationLevel.self, forKey: .level)
        orientation = try container.decode(Orientation.self, forKey: .orientation)
        disciplines = try container.decode([Discipline].self, forKey: .disciplines)
        domains = try container.decode([Domain.ID].self, forKey: .domains)
        classification = try container.decode(Classification.self, forKey: .classification)
        eligibility = try container.decode(Eligibility.self, forKey: .eligibility)
        exam = try container.decodeIfPresent(Exam.self, forKey: .exam)
        cost = try container.decodeIfPresent(Cost.self, forKey: .cost)
        renewal = try container.decodeIfPresent(Renewal.self, forKey: .renewal)
        dod8570 = try container.decodeIfPresent(DoDCategories.self, forKey: .dod8570)
        retirement = try container.decodeIfPresent(Retirement.self, forKey: .retirement)
        note = try container.decodeIfPresent(String.self, forKey: .note)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(short, forKey: .short)
        try container.encode(issuer, forKey: .issuer)
        try container.encode(security, forKey: .security)
        try container.encode(aliases, forKey: .aliases)
        try container.encode(level, forKey: .level)
        try container.encode(orientation, forKey: .orientation)
        try container.encode(disciplines, forKey: .disciplines)
        try container.encode(domains, forKey: .domains)
        try container.encode(classification, forKey: .classification)
        try container.encode(eligibility, forKey: .eligibility)
        try container.encodeIfPresent(exam, forKey: .exam)
        try container.encodeIfPresent(cost, forKey: .cost)
        try container.encodeIfPresent(renewal, forKey: .renewal)
        try container.encodeIfPresent(dod8570, forKey: .dod8570)
        try container.encodeIfPresent(retirement, forKey: .retirement)
        try container.encodeIfPresent(note, forKey: .note)
        var status = encoder.container(keyedBy: StatusKeys.self)
        try status.encode(self.status, forKey: .status)
        if let retirement {
            try status.encode(retirement.date, forKey: .retired)
            if let successor = retirement.successor {
                try status.encode(successor, forKey: .successor)
            } else {
                try status.encodeNil(forKey: .successor)
            }
        }
    }
}

extension Certification.Alias: Codable {
    private enum CodingKeys: String, CodingKey { case name, legacy, ambiguous }

    /// Decodes either a plain string or `{name, legacy, ambiguous}`.
    public init(from decoder: any Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            self.init(name: text)
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            legacy: try container.decodeIfPresent(Bool.self, forKey: .legacy) ?? false,
            ambiguous: try container.decodeIfPresent(Bool.self, forKey: .ambiguous) ?? false)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(legacy, forKey: .legacy)
        try container.encode(ambiguous, forKey: .ambiguous)
    }
}
