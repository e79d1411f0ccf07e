/// What a roadmap aims at.
public enum RoadmapGoal: Sendable, Hashable {
    /// Hold these certifications.
    case certifications([Certification.ID])
    /// Be ready for a work role (NICE or ECSF).
    case role(WorkRole.ID)
    /// Meet what an analysed posting asks.
    case posting(PostingAnalysis)
}

/// Study-time planning figures. Issuers rarely publish study hours, so these are Sextant's
/// planning estimates by level (a few weeks of evenings for a foundation exam, several months
/// for a professional one), shown as estimates wherever they are used.
enum RoadmapTuning {
    static func studyHours(_ level: CertificationLevel) -> Double {
        switch level {
        case .foundation: 60
        case .associate: 100
        case .professional: 150
        case .expert: 220
        }
    }

    /// Goals above this level get a technical foundation step when the person holds none.
    static let foundationBelow = CertificationLevel.professional
    /// A certification covering this many CISSP domains counts as a broad security foundation.
    static let broadFoundationDomains = 3
}

/// Builds a dated certification roadmap toward a goal, technical before strategic.
///
/// The plan holds the goal's certifications, every prerequisite not yet held (CKS needs CKA),
/// and, for someone with no security certification aiming high, one technical foundation
/// (the knowledge base's broadest foundation-level technical certification). Steps run one
/// after another at the given weekly pace; each step's eligibility is evaluated with the earlier
/// steps counted as held, so routes through certifications (CCSP through CISSP) work.
///
/// ```swift
/// let roadmap = RoadmapPlanner(knowledgeBase: kb).plan(
///     profile, goal: .certifications(["cissp"]), hoursPerWeek: 8, budget: 1500, start: today)
/// ```
public struct RoadmapPlanner: Sendable {
    public let knowledgeBase: KnowledgeBase

    public init(knowledgeBase: KnowledgeBase) {
        self.knowledgeBase = knowledgeBase
    }

    public func plan(
        _ profile: Profile, goal: RoadmapGoal, hoursPerWeek: Double, budget: Double?, start: Day
    ) -> Roadmap {
        let (targets, goalText, goalNotes) = targets(for: goal, profile: profile, on: start)
        var notes = goalNotes
        var chosen: [(id: Certification.ID, why: String, optional: Bool)] = []

        // Prerequisites first, depth first, skipping what is held.
        func include(_ id: Certification.ID, why: String, optional: Bool, depth: Int = 0) {
            guard depth < 6, !profile.holds(id, on: start), !chosen.contains(where: { $0.id == id }),
                let certification = knowledgeBase.certification(id)
            else { return }
            // A retired certification is never planned: its successor takes its place.
            if let retirement = certification.retirement, certification.status(on: start) == .retired {
                let ended =
                    "\(certification.short) was retired by \(certification.issuer) on \(retirement.date) "
                    + "and can no longer be earned"
                if let successor = retirement.successor.flatMap(knowledgeBase.certification) {
                    notes.append("\(ended); the plan offers its successor, \(successor.short), instead.")
                    include(
                        successor.id,
                        why: "the successor of \(certification.short), which was retired on \(retirement.date)",
                        optional: optional, depth: depth + 1)
                } else {
                    notes.append("\(ended), and the issuer names no single successor; it is left out of the plan.")
                }
                return
            }
            for prerequisite in requiredPrerequisites(certification, profile: profile, on: start) {
                include(
                    prerequisite, why: "required before \(certification.short) (\(certification.issuer) prerequisite)",
                    optional: optional, depth: depth + 1)
            }
            chosen.append((id, why, optional))
        }
        // What will really be planned: a retired goal by its successor, or not at all.
        let targetCertifications = targets.compactMap(knowledgeBase.certification).compactMap { target in
            target.status(on: start) == .active
                ? target : target.retirement?.successor.flatMap(knowledgeBase.certification)
        }
        if let foundation = foundationStep(for: targetCertifications, profile: profile, on: start) {
            include(
                foundation.id,
                why: "a technical foundation first: you hold no security certification yet, and most people do best "
                    + "going from technical to strategic", optional: true)
        }
        for target in targets {
            include(
                target,
                why: goalText == knowledgeBase.certification(target)?.short ? "your goal" : "asked by \(goalText)",
                optional: false)
        }

        // Technical before strategic, lower levels first, prerequisites before what needs them.
        let orientationRank: [Orientation: Int] = [.technical: 0, .mixed: 1, .strategic: 2, .none: 3]
        var ordered: [(id: Certification.ID, why: String, optional: Bool)] = []
        var remaining = chosen
        while !remaining.isEmpty {
            let ready = remaining.filter { candidate in
                let certification = knowledgeBase.certification(candidate.id)!
                return requiredPrerequisites(certification, profile: profile, on: start).allSatisfy { id in
                    !remaining.contains { $0.id == id }
                }
            }
            let next = (ready.isEmpty ? remaining : ready).min { lhs, rhs in
                let a = knowledgeBase.certification(lhs.id)!
                let b = knowledgeBase.certification(rhs.id)!
                if orientationRank[a.orientation]! != orientationRank[b.orientation]! {
                    return orientationRank[a.orientation]! < orientationRank[b.orientation]!
                }
                if a.level != b.level { return a.level < b.level }
                return remaining.firstIndex { $0.id == lhs.id }! < remaining.firstIndex { $0.id == rhs.id }!
            }!
            ordered.append(next)
            remaining.removeAll { $0.id == next.id }
        }

        // Schedule one after another, counting earlier steps as held from their hold date.
        var simulated = profile
        var cursor = start
        var total = 0.0
        var steps: [RoadmapStep] = []
        let evaluator = EligibilityEvaluator(knowledgeBase: knowledgeBase)
        let pace = max(1, hoursPerWeek)
        var currencies = Set<String>()
        for (index, item) in ordered.enumerated() {
            let certification = knowledgeBase.certification(item.id)!
            let hours = RoadmapTuning.studyHours(certification.level)
            let examDate = cursor.adding(days: Int((hours / pace * 7).rounded(.up)))
            let eligibility = evaluator.evaluate(simulated, asOf: examDate, certifications: [item.id]).certifications[0]
            let holdDate: Day?
            let route: String
            switch eligibility.status {
            case .eligible, .noRequirement:
                holdDate = examDate
                route =
                    eligibility.status == .noRequirement
                    ? "No experience requirement: pass the exam and hold it."
                    : "Eligible by the exam date (\(eligibility.route ?? "rules met")): pass the exam and hold it."
            case .eligibleLater:
                let eligibleOn = eligibility.eligibleOn!
                holdDate = eligibleOn
                if let associate = eligibility.associate, associate.withinDeadline {
                    route =
                        "Pass the \(certification.short) exam by \(examDate) as an \(associate.label); hold the \(certification.short) from \(eligibleOn), when your experience is complete."
                } else if let associate = eligibility.associate {
                    route =
                        "You may hold it from \(eligibleOn) at your current pace. Passing the exam early as an \(associate.label) would not help: "
                        + "the experience would be due by \(associate.deadline). More security work in your job shortens the wait; consider sitting the exam nearer the date."
                } else {
                    route =
                        "Pass the exam by \(examDate); you may hold it from \(eligibleOn), when your experience is complete (\(eligibility.route ?? "the rules"))."
                }
            case .notEligible:
                holdDate = nil
                route =
                    "Not reachable by continuing your current jobs: "
                    + (eligibility.reasons.first ?? "see `sextant eligibility`.")
                    + (eligibility.associate.map { " You could still pass the exam as an \($0.label)." } ?? "")
            }
            let cost = certification.cost?.amount
            if let cost {
                total += cost
                if let currency = certification.cost?.currency { currencies.insert(currency) }
            }
            let costConfidence = certification.cost?.provenance.confidence ?? .unconfirmed
            steps.append(
                RoadmapStep(
                    order: index + 1, id: certification.id, name: certification.short,
                    orientation: certification.orientation,
                    level: certification.level, why: item.why, optional: item.optional, studyStart: cursor,
                    studyHours: hours,
                    studyHoursEstimated: true, examDate: examDate, eligibleOn: eligibility.eligibleOn,
                    holdDate: holdDate,
                    route: route, cost: cost, currency: certification.cost?.currency, runningTotal: total,
                    overBudget: budget.map { total > $0 } ?? false,
                    confidence: max(eligibility.confidence, costConfidence)))
            if let holdDate {
                simulated.certifications.append(.init(id: certification.id, earned: holdDate))
            }
            cursor = examDate
        }

        notes.append(
            "Study hours are Sextant's planning estimates by level (foundation 60, associate 100, professional 150, "
                + "expert 220 hours), not issuer figures; at \(Profile.format(pace)) hours a week.")
        if steps.contains(where: { $0.cost == nil }) {
            notes.append("Some prices are unknown, so the total leaves them out.")
        }
        if let budget, total > budget {
            notes.append(
                "The plan costs \(Profile.format(total)) against a budget of \(Profile.format(budget)); steps marked over budget go beyond it."
            )
        }
        if currencies.count > 1 {
            notes.append(
                "Prices are in several currencies (\(currencies.sorted().joined(separator: ", "))); the total adds them as numbers."
            )
        }
        return Roadmap(
            goal: goalText, targets: targets, start: start, hoursPerWeek: pace, budget: budget, steps: steps,
            totalCost: total, currency: currencies.sorted().first ?? "USD", notes: notes)
    }

    /// Prerequisites the person must add: all of `allOf`, and for `anyOf` the lowest-level,
    /// cheapest member unless one is held. Only from the route that needs no experience of its
    /// own, if any, else the first route.
    func requiredPrerequisites(_ certification: Certification, profile: Profile, on day: Day) -> [Certification.ID] {
        let paths = certification.eligibility.paths
        // A route without prerequisites (experience, training) needs none.
        if paths.isEmpty || paths.contains(where: { $0.prerequisites == nil }) { return [] }
        let path = paths[0]
        var needed = (path.prerequisites?.allOf ?? []).filter { !profile.holds($0, on: day) }
        if let any = path.prerequisites?.anyOf, !any.isEmpty, !any.contains(where: { profile.holds($0, on: day) }) {
            // A retired member cannot be earned any more (held ones were counted above).
            let open = any.compactMap(knowledgeBase.certification).filter { $0.status(on: day) == .active }
            let best = open.min { lhs, rhs in
                lhs.level != rhs.level
                    ? lhs.level < rhs.level : (lhs.cost?.amount ?? .infinity) < (rhs.cost?.amount ?? .infinity)
            }
            if let best { needed.append(best.id) }
        }
        return needed
    }

    /// A technical foundation for someone with no security certification aiming at a
    /// professional or expert one: the foundation-level technical security certification that
    /// covers the most CISSP domains (cheapest on a tie).
    func foundationStep(for targets: [Certification], profile: Profile, on day: Day) -> Certification? {
        // A broad security certification (three or more CISSP domains) is a foundation already;
        // A+ or Network+ alone are not.
        let holdsSecurity = profile.certifications.contains { held in
            guard let certification = knowledgeBase.certification(held.id), profile.holds(held.id, on: day) else {
                return false
            }
            return certification.security && certification.domains.count >= RoadmapTuning.broadFoundationDomains
        }
        guard !holdsSecurity, targets.contains(where: { $0.level >= RoadmapTuning.foundationBelow }) else { return nil }
        return knowledgeBase.certifications
            .filter {
                $0.security && $0.level == .foundation && $0.orientation == .technical && $0.eligibility.paths.isEmpty
                    && $0.status(on: day) == .active
            }
            .max { lhs, rhs in
                lhs.domains.count != rhs.domains.count
                    ? lhs.domains.count < rhs.domains.count
                    : (lhs.cost?.amount ?? .infinity) > (rhs.cost?.amount ?? .infinity)
            }
    }

    /// The certifications a goal asks for, the goal in words, and notes on how they were chosen.
    func targets(for goal: RoadmapGoal, profile: Profile, on day: Day) -> ([Certification.ID], String, [String]) {
        switch goal {
        case .certifications(let ids):
            return (ids, ids.map { knowledgeBase.certification($0)?.short ?? $0.rawValue }.joined(separator: " + "), [])
        case .role(let id):
            guard let role = knowledgeBase.role(id.rawValue) else { return ([], "role \(id)", ["Unknown role \(id)."]) }
            let picks = certifications(for: role)
            return (
                picks, "role \(role.id) \(role.name)",
                [
                    "No framework maps roles to certifications; Sextant picked professional certifications that match the "
                        + "role's discipline (\(role.discipline?.displayName ?? "none")) and orientation (\(role.orientation.rawValue))."
                ]
            )
        case .posting(let analysis):
            var picks: [Certification.ID] = []
            for (index, group) in analysis.certificationGroups.enumerated() {
                let members = analysis.certifications.filter { $0.group == index && $0.strength == .required }
                guard !members.isEmpty, !group.contains(where: { profile.holds($0, on: day) }) else { continue }
                // One of a group: the one needing the least experience, then the cheapest.
                // A retired member only when nothing else is offered (the plan then takes its successor).
                let offered = group.compactMap(knowledgeBase.certification)
                let open = offered.filter { $0.status(on: day) == .active }
                if let best = (open.isEmpty ? offered : open).min(by: { lhs, rhs in
                    let a = CertificationRequirement.minimumYears(lhs.id, in: knowledgeBase)?.years ?? 0
                    let b = CertificationRequirement.minimumYears(rhs.id, in: knowledgeBase)?.years ?? 0
                    return a != b ? a < b : (lhs.cost?.amount ?? .infinity) < (rhs.cost?.amount ?? .infinity)
                }) {
                    picks.append(best.id)
                }
            }
            for mention in analysis.certifications where mention.strength == .required && mention.group == nil {
                if !picks.contains(mention.id) { picks.append(mention.id) }
            }
            let title = analysis.title.isEmpty ? "the posting" : "the posting \"\(analysis.title)\""
            var notes: [String] = []
            if picks.isEmpty {
                let preferred = analysis.certifications.filter { $0.strength == .preferred }.map(\.id)
                picks = Array(preferred.prefix(2))
                notes.append(
                    preferred.isEmpty
                        ? "The posting requires no certification."
                        : "The posting requires no certification; the plan aims at the preferred ones.")
            }
            return (picks, title, notes)
        }
    }

    /// Up to two professional-or-expert certifications for a role: those whose names share the
    /// role's own words (a privacy role, a privacy certification) first, then exact orientation,
    /// primary discipline, and fewest experience years.
    func certifications(for role: WorkRole) -> [Certification.ID] {
        guard let discipline = role.discipline else { return [] }
        let candidates = knowledgeBase.certifications.filter { certification in
            certification.security && certification.level >= .professional && certification.retirement == nil
                && certification.disciplines.contains(discipline)
                && (certification.orientation == role.orientation || certification.orientation == .mixed
                    || role.orientation == .mixed)
        }
        let roleWords = Self.significantWords([role.name] + role.titles + role.keywords)
        func key(_ certification: Certification) -> (Int, Int, Int, Double, String) {
            let names = Self.significantWords(certification.allNames.map(\.name))
            return (
                -roleWords.intersection(names).count,
                certification.orientation == role.orientation ? 0 : 1,
                certification.disciplines.first == discipline ? 0 : 1,
                CertificationRequirement.minimumYears(certification.id, in: knowledgeBase)?.years ?? 0,
                certification.id.rawValue
            )
        }
        return candidates.sorted { key($0) < key($1) }.prefix(2).map(\.id)
    }

    /// Words that say what a role or certification is about: longer than three letters and not
    /// shared by nearly all of them ("security", "certified").
    static func significantWords(_ texts: [String]) -> Set<String> {
        let common: Set<String> = [
            "security", "cybersecurity", "cyber", "information", "certified", "certification", "certificate",
            "professional", "specialist", "systems", "system", "associate", "expert", "analyst", "officer",
        ]
        return Set(texts.flatMap(TextFolding.tokens).filter { $0.count > 3 && !common.contains($0) })
    }
}
