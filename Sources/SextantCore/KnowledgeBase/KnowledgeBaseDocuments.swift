/// The decoded contents of each knowledge-base file, before they are joined into a
/// `KnowledgeBase`. One type per file; field names are the file format.
public enum KnowledgeBaseDocuments {
    public struct Manifest: Codable, Sendable {
        public var version: String
        public var reviewed: Day
        /// The certification ids of the shared contract; the catalog may hold more.
        public var contractCertificationIDs: [Certification.ID]
    }

    public struct Sources: Codable, Sendable {
        public var sources: [Source]
    }

    public struct Disciplines: Codable, Sendable {
        public var disciplines: [Definition<Discipline>]
        public var orientations: [Definition<Orientation>]
    }

    public struct Domains: Codable, Sendable {
        public var outline: DomainOutline
        public var domains: [Domain]
    }

    public struct Certifications: Codable, Sendable {
        public var certifications: [Certification]
    }

    public struct Roles: Codable, Sendable {
        public var frameworks: [RoleFramework]
        public var categories: [RoleCategory]
        public var roles: [WorkRole]
    }
}

extension KnowledgeBase {
    /// Joins the decoded files into one knowledge base (without validating it).
    public init(
        manifest: KnowledgeBaseDocuments.Manifest, sources: KnowledgeBaseDocuments.Sources,
        disciplines: KnowledgeBaseDocuments.Disciplines, domains: KnowledgeBaseDocuments.Domains,
        certifications: KnowledgeBaseDocuments.Certifications, roles: KnowledgeBaseDocuments.Roles,
        terms: TermLexicon, titles: TitleLexicon
    ) {
        self.init(
            version: manifest.version, reviewed: manifest.reviewed,
            contractCertificationIDs: manifest.contractCertificationIDs, sources: sources.sources,
            disciplines: disciplines.disciplines, orientations: disciplines.orientations,
            domainOutline: domains.outline, domains: domains.domains,
            certifications: certifications.certifications, frameworks: roles.frameworks,
            roleCategories: roles.categories, roles: roles.roles, terms: terms, titles: titles)
    }
}
