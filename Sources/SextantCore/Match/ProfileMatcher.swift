/// Matches a person to an analysed posting: each requirement met, unmet, or met on a date.
///
/// ```swift
/// let report = ProfileMatcher(knowledgeBase: kb).match(profile, to: analysis, asOf: today)
/// report.items.first { $0.requirement.hasPrefix("CISSP") }?.metOn   // e.g. 2028-07-01
/// ```
public struct ProfileMatcher: Sendable {
    public let knowledgeBase: KnowledgeBase

    public init(knowledgeBase: KnowledgeBase) {
        self.knowledgeBase = knowledgeBase
    }

    public func match(
        _ profile: Profile, to analysis: PostingAnalysis, asOf: Day, hoursPerWeek: Double = 8
    ) -> MatchReport {
        let roadmap = RoadmapPlanner(knowledgeBase: knowledgeBase).plan(
            profile, goal: .posting(analysis), hoursPerWeek: hoursPerWeek, budget: nil, start: asOf)
        let evaluator = EligibilityEvaluator(knowledgeBase: knowledgeBase)
        var items: [MatchItem] = []

        // Certifications: groups as one requirement each, then single names.
        func holdDate(_ id: Certification.ID) -> (Day?, Bool) {
            if let step = roadmap.steps.first(where: { $0.id == id }) { return (step.holdDate, true) }
            let result = evaluator.evaluate(profile, asOf: asOf, certifications: [id]).certifications[0]
            switch result.status {
            case .eligible, .noRequirement: return (asOf, false)
            case .eligibleLater: return (result.eligibleOn, false)
            case .notEligible: return (nil, false)
            }
        }
        for (index, group) in analysis.certificationGroups.enumerated() {
            let members = analysis.certifications.filter { $0.group == index }
            guard let strength = members.map(\.strength).min() else { continue }
            let names = members.map(\.name).joined(separator: " or ")
            if let held = members.first(where: { profile.holds($0.id, on: asOf) }) {
                items.append(
                    MatchItem(
                        kind: .certification, requirement: "\(names) (\(strength.rawValue))", strength: strength,
                        status: .met,
                        metOn: nil, detail: "You hold \(held.name).", closedBy: []))
                continue
            }
            let options = group.map { ($0, holdDate($0)) }.filter { $0.1.0 != nil }
            if let best = options.min(by: { $0.1.0! < $1.1.0! }) {
                let name = knowledgeBase.certification(best.0)?.short ?? best.0.rawValue
                items.append(
                    MatchItem(
                        kind: .certification, requirement: "\(names) (\(strength.rawValue))", strength: strength,
                        status: .metOn,
                        metOn: best.1.0, detail: "You could hold \(name) from \(best.1.0!).",
                        closedBy: best.1.1 ? [best.0] : []))
            } else {
                items.append(
                    MatchItem(
                        kind: .certification, requirement: "\(names) (\(strength.rawValue))", strength: strength,
                        status: .unmet,
                        metOn: nil, detail: "None of them is reachable by continuing your current jobs.", closedBy: []))
            }
        }
        for mention in analysis.certifications where mention.group == nil {
            let requirement = "\(mention.name) (\(mention.strength.rawValue))"
            if profile.holds(mention.id, on: asOf) {
                items.append(
                    MatchItem(
                        kind: .certification, requirement: requirement, strength: mention.strength, status: .met,
                        metOn: nil,
                        detail: "You hold it.", closedBy: []))
                continue
            }
            let (date, planned) = holdDate(mention.id)
            if let date, planned {
                items.append(
                    MatchItem(
                        kind: .certification, requirement: requirement, strength: mention.strength, status: .metOn,
                        metOn: date,
                        detail:
                            "Step \(roadmap.steps.first { $0.id == mention.id }!.order) of the roadmap: hold it from \(date).",
                        closedBy: [mention.id]))
            } else if let date {
                // Not required, so not planned: say when it becomes attainable.
                items.append(
                    MatchItem(
                        kind: .certification, requirement: requirement, strength: mention.strength, status: .unmet,
                        metOn: nil,
                        detail: date <= asOf
                            ? "Not held; nothing stops you from taking it now (not on the roadmap, as the posting does not require it)."
                            : "Not held; you may hold it from \(date) (not on the roadmap, as the posting does not require it).",
                        closedBy: []))
            } else {
                let reason =
                    evaluator.evaluate(profile, asOf: asOf, certifications: [mention.id]).certifications[0].reasons
                    .first
                    ?? "Not reachable by continuing your current jobs."
                items.append(
                    MatchItem(
                        kind: .certification, requirement: requirement, strength: mention.strength, status: .unmet,
                        metOn: nil,
                        detail: reason, closedBy: []))
            }
        }

        if let years = analysis.experience.minYears {
            items.append(experienceItem(profile, years: years, security: analysis.securityRelevant, asOf: asOf))
        }
        if let degree = analysis.education.minimumDegree {
            let held = profile.highestDegree(on: asOf)
            let strength: CertificationStrength = analysis.education.required ? .required : .preferred
            items.append(
                MatchItem(
                    kind: .education,
                    requirement:
                        "\(degree.rawValue) degree\(analysis.education.equivalentAccepted ? " or equivalent experience" : "") (\(strength.rawValue))",
                    strength: strength,
                    status: held >= degree ? .met : .unmet, metOn: nil,
                    detail: held >= degree
                        ? "Your highest degree: \(held.rawValue)."
                        : analysis.education.equivalentAccepted
                            ? "Your highest degree: \(held.rawValue); the posting asks \(degree.rawValue) or equivalent experience, so your experience may stand in for it."
                            : "Your highest degree: \(held.rawValue); the posting asks \(degree.rawValue).",
                    closedBy: []))
        }
        if let clearance = analysis.clearance {
            items.append(
                MatchItem(
                    kind: .clearance, requirement: "US security clearance (\(clearance.level))", strength: .required,
                    status: .unknown, metOn: nil,
                    detail: "Profiles do not record clearances; check whether you hold or can obtain one.",
                    closedBy: []))
        }

        let met = items.filter { $0.status == .met }.count
        let later = items.filter { $0.status == .metOn }
        let unmet = items.filter { $0.status == .unmet }.count
        var summary = "\(met) of \(items.count) requirement\(items.count == 1 ? "" : "s") met"
        if !later.isEmpty {
            summary += "; \(later.count) met by \(later.compactMap(\.metOn).max()!)"
        }
        if unmet > 0 { summary += "; \(unmet) unmet" }
        let unknown = items.count - met - later.count - unmet
        if unknown > 0 { summary += "; \(unknown) to check" }
        return MatchReport(
            posting: analysis.title.isEmpty ? "the posting" : analysis.title, asOf: asOf, items: items,
            summary: summary + ".", roadmap: roadmap)
    }

    /// Years of (security) work against the posting's minimum, with the day it will be reached.
    func experienceItem(_ profile: Profile, years: Double, security: Bool, asOf: Day) -> MatchItem {
        let kind: WorkKind = security ? .security : .work
        let origin = (profile.experience.map(\.start).min() ?? asOf).adding(months: -1)
        let horizon = asOf.adding(years: 40)
        let timeline = ExperienceTimeline(
            jobs: profile.experience, kind: kind, partTime: nil, origin: min(origin, asOf), horizon: horizon)
        let need = years * 12
        let have = timeline.months(before: asOf, windowYears: nil)
        let requirement = "\(AnalysisMarkdown.format(years))+ years of experience (required)"
        let label = security ? "security work" : "work"
        if have + 1e-9 >= need {
            return MatchItem(
                kind: .experience, requirement: requirement, strength: .required, status: .met, metOn: nil,
                detail: "You have \(EligibilityEvaluator.duration(months: have)) of \(label).", closedBy: [])
        }
        // First day with enough, by halving (experience only grows).
        var low = 0
        var high = asOf.days(until: horizon) - 1
        guard timeline.months(before: asOf.adding(days: high), windowYears: nil) + 1e-9 >= need else {
            return MatchItem(
                kind: .experience, requirement: requirement, strength: .required, status: .unmet, metOn: nil,
                detail:
                    "You have \(EligibilityEvaluator.duration(months: have)) of \(label), and your current jobs do not add more.",
                closedBy: [])
        }
        while high - low > 1 {
            let middle = (low + high) / 2
            if timeline.months(before: asOf.adding(days: middle), windowYears: nil) + 1e-9 >= need {
                high = middle
            } else {
                low = middle
            }
        }
        let day = asOf.adding(days: high)
        return MatchItem(
            kind: .experience, requirement: requirement, strength: .required, status: .metOn, metOn: day,
            detail:
                "You have \(EligibilityEvaluator.duration(months: have)) of \(label); continuing your current jobs, you reach \(AnalysisMarkdown.format(years)) years on \(day).",
            closedBy: [])
    }
}
