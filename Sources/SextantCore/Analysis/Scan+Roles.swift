extension Scan {
    /// Work roles whose keywords the text uses and whose titles the posting's title names.
    ///
    /// A role's score is its distinct keywords found (title matches count triple) over a
    /// saturation point that grows with the role's keyword list, capped at 1.
    func roleMatches(title: TitleReading) -> [RoleMatch] {
        var keywordsFound: [Int32: Set<Int32>] = [:]
        for match in matches {
            if case .roleKeyword(let role) = pattern(match) { keywordsFound[role, default: []].insert(match.payload) }
        }
        var scored: [(role: Int, score: Double)] = []
        let roles = analyzer.knowledgeBase.roles
        for index in roles.indices {
            let keywords = Double(keywordsFound[Int32(index)]?.count ?? 0)
            let titled = title.roles.contains(Int32(index)) ? AnalysisTuning.roleTitleWeight : 0
            guard keywords + titled > 0 else { continue }
            let saturation = 2 + Double(analyzer.roleKeywordCounts[index]) * 0.4
            let score = min(1, (keywords + titled) / saturation)
            if score >= AnalysisTuning.minimumRoleScore { scored.append((index, (score * 1000).rounded() / 1000)) }
        }
        return scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.role < $1.role }
            .prefix(AnalysisTuning.maximumRoles)
            .map { item in
                let role = roles[item.role]
                return RoleMatch(id: role.id, name: role.name, framework: role.framework, score: item.score)
            }
    }
}
