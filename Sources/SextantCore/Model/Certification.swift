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
    public var note: String?

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
