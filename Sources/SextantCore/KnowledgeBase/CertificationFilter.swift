/// Narrows the catalog: every set criterion must hold.
public struct CertificationFilter: Sendable, Hashable {
    public var discipline: Discipline?
    public var orientation: Orientation?
    public var level: CertificationLevel?
    /// Issuer name, matched ignoring case and punctuation (`isc2` finds `ISC2`).
    public var issuer: String?
    public var domain: Domain.ID?
    /// Free text matched against id, names, aliases, issuer and summary.
    public var search: String?
    /// Include the non-security certifications security postings also name.
    public var includeNonSecurity: Bool

    public init(
        discipline: Discipline? = nil, orientation: Orientation? = nil, level: CertificationLevel? = nil,
        issuer: String? = nil, domain: Domain.ID? = nil, search: String? = nil, includeNonSecurity: Bool = true
    ) {
        self.discipline = discipline
        self.orientation = orientation
        self.level = level
        self.issuer = issuer
        self.domain = domain
        self.search = search
        self.includeNonSecurity = includeNonSecurity
    }

    public func matches(_ certification: Certification) -> Bool {
        if !includeNonSecurity, !certification.security { return false }
        if let discipline, !certification.disciplines.contains(discipline) { return false }
        if let orientation, certification.orientation != orientation { return false }
        if let level, certification.level != level { return false }
        if let domain, !certification.domains.contains(domain) { return false }
        if let issuer, !TextFolding.key(certification.issuer).contains(TextFolding.key(issuer)) { return false }
        if let search {
            let needle = TextFolding.key(search)
            guard !needle.isEmpty else { return true }
            let haystack =
                ([certification.id.rawValue, certification.issuer, certification.eligibility.summary]
                + certification.allNames.map(\.name)).map(TextFolding.key)
            if !haystack.contains(where: { $0.contains(needle) }) { return false }
        }
        return true
    }
}

extension KnowledgeBase {
    /// The certifications that pass a filter, in catalog order.
    public func certifications(matching filter: CertificationFilter) -> [Certification] {
        certifications.filter(filter.matches)
    }
}
