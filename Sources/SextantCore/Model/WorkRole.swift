/// A work role from a role framework (NIST NICE) or a role profile (ENISA ECSF).
public struct WorkRole: Codable, Hashable, Sendable, Identifiable {
    /// NICE roles keep their official id (`OG-WRL-007`); ECSF profiles are `ecsf-<slug>`.
    public typealias ID = Identifier<WorkRole>

    public var id: ID
    public var framework: RoleFramework.ID
    /// NICE work role category (`OG`, `DD`, `IO`, `PD`, `IN`); nil for ECSF profiles.
    public var category: String?
    public var name: String
    public var summary: String
    /// Primary discipline, or nil when the role is not security work in itself.
    public var discipline: Discipline?
    public var orientation: Orientation
    /// Job titles that name this role.
    public var titles: [String]
    /// Phrases that show the role's work in a posting.
    public var keywords: [String]
    public var note: String?
    public var provenance: Provenance

    public init(
        id: ID, framework: RoleFramework.ID, category: String?, name: String, summary: String, discipline: Discipline?,
        orientation: Orientation, titles: [String], keywords: [String], note: String? = nil, provenance: Provenance
    ) {
        self.id = id
        self.framework = framework
        self.category = category
        self.name = name
        self.summary = summary
        self.discipline = discipline
        self.orientation = orientation
        self.titles = titles
        self.keywords = keywords
        self.note = note
        self.provenance = provenance
    }

    private enum CodingKeys: String, CodingKey {
        case id, framework, category, name, summary, discipline, orientation, titles, keywords, note,
            provenance
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ID.self, forKey: .id)
        framework = try container.decode(RoleFramework.ID.self, forKey: .framework)
        category = try container.decodeIfPresent(String.self, forKey: .category)
        name = try container.decode(String.self, forKey: .name)
        summary = try container.decode(String.self, forKey: .summary)
        let disciplineText = try container.decodeIfPresent(String.self, forKey: .discipline) ?? "none"
        if disciplineText == "none" {
            discipline = nil
        } else if let value = Discipline(rawValue: disciplineText) {
            discipline = value
        } else {
            throw DecodingError.dataCorruptedError(
                forKey: .discipline, in: container,
                debugDescription:
                    "'\(disciplineText)' is not a discipline; use itSecurity, cybersecurity, informationSecurity or none"
            )
        }
        orientation = try container.decode(Orientation.self, forKey: .orientation)
        titles = try container.decodeIfPresent([String].self, forKey: .titles) ?? []
        keywords = try container.decodeIfPresent([String].self, forKey: .keywords) ?? []
        note = try container.decodeIfPresent(String.self, forKey: .note)
        provenance = try container.decode(Provenance.self, forKey: .provenance)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(framework, forKey: .framework)
        try container.encodeIfPresent(category, forKey: .category)
        try container.encode(name, forKey: .name)
        try container.encode(summary, forKey: .summary)
        try container.encode(discipline?.rawValue ?? "none", forKey: .discipline)
        try container.encode(orientation, forKey: .orientation)
        try container.encode(titles, forKey: .titles)
        try container.encode(keywords, forKey: .keywords)
        try container.encodeIfPresent(note, forKey: .note)
        try container.encode(provenance, forKey: .provenance)
    }
}

/// A role framework and the version the knowledge base pins.
public struct RoleFramework: Codable, Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<RoleFramework>

    public var id: ID
    public var name: String
    public var version: String
    public var released: PartialDate?
    public var provenance: Provenance
}

/// A NICE work role category.
public struct RoleCategory: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var framework: RoleFramework.ID
    public var name: String
}
