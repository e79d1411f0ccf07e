/// Narrows the work roles: every set criterion must hold.
public struct RoleFilter: Sendable, Hashable {
    /// A framework id (`nice`, `ecsf`), ignoring case.
    public var framework: String?
    public var discipline: Discipline?
    /// Free text matched against id, name, typical titles and keywords, ignoring case, accents
    /// and punctuation.
    public var search: String?

    public init(framework: String? = nil, discipline: Discipline? = nil, search: String? = nil) {
        self.framework = framework.flatMap { $0.isEmpty ? nil : $0.lowercased() }
        self.discipline = discipline
        self.search = search.flatMap { $0.isEmpty ? nil : $0 }
    }

    public func matches(_ role: WorkRole) -> Bool {
        if let framework, role.framework.rawValue != framework { return false }
        if let discipline, role.discipline != discipline { return false }
        if let search {
            let needle = TextFolding.key(search)
            guard !needle.isEmpty else { return true }
            let haystack = ([role.id.rawValue, role.name] + role.titles + role.keywords).map(TextFolding.key)
            if !haystack.contains(where: { $0.contains(needle) }) { return false }
        }
        return true
    }
}

extension KnowledgeBase {
    /// The work roles that pass a filter, in catalog order.
    public func roles(matching filter: RoleFilter) -> [WorkRole] {
        roles.filter(filter.matches)
    }
}
