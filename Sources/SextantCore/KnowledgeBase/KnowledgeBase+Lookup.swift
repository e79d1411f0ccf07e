extension KnowledgeBase {
    /// Finds a certification by id or by any of its names and aliases, ignoring case, accents and
    /// punctuation (`Sec+`, `CASP+`, `ISC2 CC`, `cissp`).
    public func findCertification(_ query: String) -> Certification? {
        if let exact = certification(Certification.ID(query.lowercased())) { return exact }
        let key = TextFolding.key(query)
        guard !key.isEmpty else { return nil }
        return certificationsByNameKey[key].flatMap { certification($0) }
    }

    /// The ids and names closest to a mistyped query, best first, for "did you mean ...?".
    public func certificationSuggestions(for query: String, limit: Int = 3) -> [Certification.ID] {
        var candidates: [String: Certification.ID] = [:]
        for certification in certifications {
            candidates[certification.id.rawValue] = certification.id
            for alias in certification.allNames where alias.name.count >= 2 {
                candidates[alias.name.lowercased()] = certification.id
            }
        }
        var seen = Set<Certification.ID>()
        return EditDistance.suggestions(for: query.lowercased(), among: Array(candidates.keys), limit: 12)
            .compactMap { candidates[$0] }
            .filter { seen.insert($0).inserted }
            .prefix(limit).map { $0 }
    }

    /// Finds a work role by id, ignoring case.
    public func findRole(_ query: String) -> WorkRole? { role(query) }

    /// Role ids closest to a mistyped query.
    public func roleSuggestions(for query: String, limit: Int = 3) -> [WorkRole.ID] {
        var candidates: [String: WorkRole.ID] = [:]
        for role in roles {
            candidates[role.id.rawValue.lowercased()] = role.id
            candidates[role.name.lowercased()] = role.id
        }
        var seen = Set<WorkRole.ID>()
        return EditDistance.suggestions(for: query.lowercased(), among: Array(candidates.keys), limit: 12)
            .compactMap { candidates[$0] }
            .filter { seen.insert($0).inserted }
            .prefix(limit).map { $0 }
    }

    /// Normalised name → certification, over every name and alias. Built on demand: catalog
    /// commands need it, analysis builds its own matcher.
    var certificationsByNameKey: [String: Certification.ID] {
        var table: [String: Certification.ID] = [:]
        for certification in certifications {
            for alias in certification.allNames {
                let key = TextFolding.key(alias.name)
                if !key.isEmpty, table[key] == nil { table[key] = certification.id }
            }
        }
        return table
    }
}
