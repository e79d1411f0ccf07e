/// The analysis in words a newcomer reads: every report (terminal, web page, Markdown) says a
/// verdict the same way, and none shows an internal enum value, a score or a source number.

extension TitleDiscipline {
    /// "the title names cybersecurity", "the title names no discipline".
    public var plain: String {
        switch self {
        case .itSecurity: "the title names IT security"
        case .cybersecurity: "the title names cybersecurity"
        case .informationSecurity: "the title names information security"
        case .neutral: "the title names no discipline"
        case .none: "the title is not a security title"
        }
    }
}

extension Orientation {
    /// "hands-on technical work", "strategy, risk and governance".
    public var plain: String {
        switch self {
        case .technical: "hands-on technical work"
        case .strategic: "strategy, risk and governance"
        case .mixed: "technical and strategic work"
        case .none: "no security orientation"
        }
    }
}

extension Seniority {
    /// "senior level", "level not stated".
    public var plain: String {
        switch self {
        case .entry: "entry level"
        case .mid: "mid level"
        case .senior: "senior level"
        case .lead: "lead level"
        case .executive: "executive level"
        case .unknown: "level not stated"
        }
    }
}

extension PostingAnalysis {
    /// The verdict line without markup: "Cybersecurity · hands-on technical work · senior level ·
    /// the title names no discipline", or "Not a security job · …".
    public var plainVerdict: [String] {
        guard securityRelevant else { return ["Not a security job", seniority.plain, titleDiscipline.plain] }
        return [
            primaryDiscipline.discipline?.displayName ?? "Security", orientation.plain, seniority.plain,
            titleDiscipline.plain,
        ]
    }
}

extension KnowledgeBase {
    /// Sources by title for a sentence: "ISC2 CISSP experience requirements; ISC2 Associate
    /// (and 3 more)". Unknown ids are shown as written.
    public func sourceTitles(_ ids: [Source.ID], limit: Int = 2) -> String {
        let titles = ids.prefix(limit).map { sourcesByID[$0]?.title ?? $0.rawValue }
        let more = ids.count - titles.count
        return titles.joined(separator: "; ") + (more > 0 ? " (and \(more) more)" : "")
    }
}
