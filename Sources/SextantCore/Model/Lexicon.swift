/// The term lexicon: phrases the analyzer looks for, and what each says about a posting.
public struct TermLexicon: Codable, Hashable, Sendable {
    public var groups: [Group]

    /// What a phrase is evidence of.
    public enum Kind: String, Codable, CaseIterable, Hashable, Sendable {
        /// Digital-security work.
        case security
        /// General IT or business work: tilts discipline and orientation once a posting is about
        /// security, but does not make it a security job.
        case context
        /// Physical guarding and loss prevention.
        case physical
        /// Work that marks a non-security job (data analysis, feature development, sales).
        case offTopic
    }

    /// Which side of the technical–strategic axis a phrase sits on.
    public enum Lean: String, Codable, CaseIterable, Hashable, Sendable {
        case technical, strategic, neutral
    }

    /// Phrases on one subject, sharing defaults.
    public struct Group: Codable, Hashable, Sendable {
        public var name: String
        public var note: String?
        public var kind: Kind?
        public var disciplines: [String: Double]?
        public var orientation: Lean?
        public var domains: [Domain.ID]?
        public var weight: Double?
        public var terms: [Term]
    }

    /// One phrase; unset fields inherit the group's.
    public struct Term: Hashable, Sendable {
        public var phrase: String
        public var lang: String?
        public var kind: Kind?
        public var disciplines: [String: Double]?
        public var orientation: Lean?
        public var domains: [Domain.ID]?
        public var weight: Double?
    }

    /// A term with its group's defaults applied.
    public struct ResolvedTerm: Hashable, Sendable {
        public var phrase: String
        public var group: String
        public var kind: Kind
        public var disciplines: [Discipline: Double]
        public var orientation: Lean
        public var domains: [Domain.ID]
        public var weight: Double
    }

    /// Every term with defaults applied; unknown discipline keys are dropped (the validator
    /// reports them).
    public var resolvedTerms: [ResolvedTerm] {
        groups.flatMap { group in
            group.terms.map { term in
                let raw = term.disciplines ?? group.disciplines ?? [:]
                var weights: [Discipline: Double] = [:]
                for (key, value) in raw {
                    if let discipline = Discipline(rawValue: key) { weights[discipline] = value }
                }
                return ResolvedTerm(
                    phrase: term.phrase, group: group.name, kind: term.kind ?? group.kind ?? .security,
                    disciplines: weights, orientation: term.orientation ?? group.orientation ?? .neutral,
                    domains: term.domains ?? group.domains ?? [], weight: (term.weight ?? 1) * (group.weight ?? 1))
            }
        }
    }
}

extension TermLexicon.Term: Codable {
    private enum CodingKeys: String, CodingKey {
        case phrase, lang, kind, disciplines, orientation, domains, weight
    }

    /// Decodes either a plain phrase or an object with overrides.
    public init(from decoder: any Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            self.init(phrase: text)
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            phrase: try container.decode(String.self, forKey: .phrase),
            lang: try container.decodeIfPresent(String.self, forKey: .lang),
            kind: try container.decodeIfPresent(TermLexicon.Kind.self, forKey: .kind),
            disciplines: try container.decodeIfPresent([String: Double].self, forKey: .disciplines),
            orientation: try container.decodeIfPresent(TermLexicon.Lean.self, forKey: .orientation),
            domains: try container.decodeIfPresent([Domain.ID].self, forKey: .domains),
            weight: try container.decodeIfPresent(Double.self, forKey: .weight))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(phrase, forKey: .phrase)
        try container.encodeIfPresent(lang, forKey: .lang)
        try container.encodeIfPresent(kind, forKey: .kind)
        try container.encodeIfPresent(disciplines, forKey: .disciplines)
        try container.encodeIfPresent(orientation, forKey: .orientation)
        try container.encodeIfPresent(domains, forKey: .domains)
        try container.encodeIfPresent(weight, forKey: .weight)
    }
}

/// The title lexicon: words in a job title that name a discipline or a seniority.
public struct TitleLexicon: Codable, Hashable, Sendable {
    /// Discipline id (`itSecurity`, ...) → words that name it in a title.
    public var disciplines: [String: [String]]
    /// Security titles that name no discipline ("Security Engineer").
    public var neutral: [String]
    /// Titles with security words that are not digital security ("Security Guard").
    public var notSecurity: [String]
    /// Seniority (`entry`, `mid`, `senior`, `lead`, `executive`, `director`) → words that name it in
    /// a title. `director` titles read as executive alone but as lead outside security leadership;
    /// `mid` words make no title level but a mid-level job.
    public var seniority: [String: [String]]
    /// "Manager" titles that do not manage people ("Product Manager").
    public var notLead: [String]?
}
