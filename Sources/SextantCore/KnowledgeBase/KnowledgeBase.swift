/// Everything Sextant knows: disciplines, domains, certifications, work roles and lexicons.
///
/// A value type built once by `SextantData` (from the bundled files or a `--data` directory) and
/// passed into every Core function that needs facts. Lookups by id and by name are precomputed.
public struct KnowledgeBase: Sendable {
    public var version: String
    public var reviewed: Day
    /// The certification ids of the shared contract (labels and other tools use these).
    public var contractCertificationIDs: [Certification.ID]
    public var sources: [Source]
    public var disciplines: [Definition<Discipline>]
    public var orientations: [Definition<Orientation>]
    public var domainOutline: DomainOutline
    public var domains: [Domain]
    public var certifications: [Certification]
    public var frameworks: [RoleFramework]
    public var roleCategories: [RoleCategory]
    public var roles: [WorkRole]
    public var terms: TermLexicon
    public var titles: TitleLexicon

    public let sourcesByID: [Source.ID: Source]
    public let certificationsByID: [Certification.ID: Certification]
    public let rolesByID: [String: WorkRole]
    public let domainsByID: [Domain.ID: Domain]

    public init(
        version: String, reviewed: Day, contractCertificationIDs: [Certification.ID] = [], sources: [Source],
        disciplines: [Definition<Discipline>],
        orientations: [Definition<Orientation>], domainOutline: DomainOutline, domains: [Domain],
        certifications: [Certification], frameworks: [RoleFramework], roleCategories: [RoleCategory],
        roles: [WorkRole], terms: TermLexicon, titles: TitleLexicon
    ) {
        self.version = version
        self.reviewed = reviewed
        self.contractCertificationIDs = contractCertificationIDs
        self.sources = sources
        self.disciplines = disciplines
        self.orientations = orientations
        self.domainOutline = domainOutline
        self.domains = domains
        self.certifications = certifications
        self.frameworks = frameworks
        self.roleCategories = roleCategories
        self.roles = roles
        self.terms = terms
        self.titles = titles
        // First occurrence wins; duplicates are reported by `validate()`.
        sourcesByID = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        certificationsByID = Dictionary(certifications.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        rolesByID = Dictionary(roles.map { ($0.id.rawValue.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        domainsByID = Dictionary(domains.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func certification(_ id: Certification.ID) -> Certification? { certificationsByID[id] }

    /// The role with this id, ignoring case (`og-wrl-007` finds `OG-WRL-007`).
    public func role(_ id: String) -> WorkRole? { rolesByID[id.lowercased()] }

    public func domain(_ id: Domain.ID) -> Domain? { domainsByID[id] }

    public func source(_ id: Source.ID) -> Source? { sourcesByID[id] }
}
