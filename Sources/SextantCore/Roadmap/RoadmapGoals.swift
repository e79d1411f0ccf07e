/// How a goal becomes the certifications a roadmap aims at.
extension RoadmapPlanner {
    /// What a goal resolves to: the certifications, the goal in words, why each target is on the
    /// plan, and notes on how they were chosen.
    struct Targets {
        var ids: [Certification.ID]
        var text: String
        var why: String
        var notes: [String]
    }

    func targets(for goal: RoadmapGoal, profile: Profile, on day: Day) -> Targets {
        switch goal {
        case .certifications(let ids):
            let text = ids.map { knowledgeBase.certification($0)?.short ?? $0.rawValue }.joined(separator: " + ")
            return Targets(
                ids: ids, text: text, why: ids.count == 1 ? "your goal" : "asked by your goal, \(text)", notes: [])
        case .role(let id):
            guard let role = knowledgeBase.role(id.rawValue) else {
                return Targets(ids: [], text: "role \(id)", why: "", notes: ["Unknown role \(id)."])
            }
            let text = "role \(role.id) \(role.name)"
            return Targets(
                ids: certifications(for: role), text: text, why: "asked by \(text)",
                notes: [
                    "No framework maps roles to certifications; Sextant picked professional certifications that match the "
                        + "role's discipline (\(role.discipline?.displayName ?? "none")) and orientation (\(role.orientation.rawValue))."
                ])
        case .posting(let analysis):
            return postingTargets(analysis, profile: profile, on: day)
        case .direction(let orientation):
            guard let pick = directionTarget(orientation, profile: profile, on: day) else {
                return Targets(
                    ids: [], text: "a \(orientation.rawValue) direction", why: "",
                    notes: ["No \(orientation.rawValue) certification is left to aim at."])
            }
            return Targets(
                ids: [pick.certification.id], text: "a \(orientation.rawValue) direction: \(pick.certification.short)",
                why: "the end point of your \(orientation.rawValue) direction: \(pick.why)", notes: [pick.note])
        }
    }

    func postingTargets(_ analysis: PostingAnalysis, profile: Profile, on day: Day) -> Targets {
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
        return Targets(ids: picks, text: title, why: "asked by \(title)", notes: notes)
    }

    /// The end point for "I want to move toward strategic (or technical) work": a security
    /// certification of that orientation at the professional level (expert when the person
    /// already holds a professional one of it), chosen by
    ///
    /// 1. for someone who has managed security work, a certification whose experience rule counts
    ///    management (their management years count toward it);
    /// 2. how many of its CISSP domains the person has worked in (it builds on their work),
    /// 3. the share of its domains that is,
    /// 4. whether it shares a discipline with the certifications they hold,
    /// 5. the earliest day they could hold it, then the price.
    func directionTarget(
        _ orientation: Orientation, profile: Profile, on day: Day
    ) -> (
        certification: Certification, why: String, note: String
    )? {
        let worked = Set(profile.experience.filter { $0.securityShare > 0 }.flatMap(\.domains))
        let heldDisciplines = Set(
            profile.certifications.filter { profile.holds($0.id, on: day) }
                .compactMap { knowledgeBase.certification($0.id) }.filter(\.security).flatMap(\.disciplines))
        let holdsProfessional = profile.certifications.contains { held in
            guard let certification = knowledgeBase.certification(held.id) else { return false }
            return profile.holds(held.id, on: day) && certification.orientation == orientation
                && certification.level >= .professional
        }
        let level: CertificationLevel = holdsProfessional ? .expert : .professional
        let candidates = knowledgeBase.certifications.filter {
            $0.security && $0.orientation == orientation && $0.level == level && $0.status(on: day) == .active
                && !profile.holds($0.id, on: day)
        }
        guard !candidates.isEmpty else { return nil }
        let evaluator = EligibilityEvaluator(knowledgeBase: knowledgeBase)
        let report = evaluator.evaluate(profile, asOf: day, certifications: candidates.map(\.id))
        let far = day.adding(years: EligibilityEvaluator.horizonYears)
        let managed = profile.experience.contains { $0.management && $0.securityShare > 0 }
        func countsManagement(_ certification: Certification) -> Bool {
            certification.eligibility.paths.compactMap(\.experience).contains { rule in
                ([rule.counts] + (rule.parts ?? []).map(\.counts)).contains {
                    $0 == .securityManagement || $0 == .governance
                }
            }
        }
        func key(_ certification: Certification) -> [Double] {
            let domains = Set(certification.domains)
            let overlap = domains.intersection(worked).count
            let result = report.certifications.first { $0.id == certification.id }
            let ready =
                result?.status == .eligible || result?.status == .noRequirement ? day : (result?.eligibleOn ?? far)
            return [
                managed && countsManagement(certification) ? 0 : 1, -Double(overlap),
                domains.isEmpty ? 0 : -Double(overlap) / Double(domains.count),
                heldDisciplines.isDisjoint(with: certification.disciplines) ? 1 : 0, Double(day.days(until: ready)),
                certification.cost?.amount ?? .infinity,
            ]
        }
        // Candidates come in catalog order, so a full tie keeps the first.
        let pick = candidates.min { key($0).lexicographicallyPrecedes(key($1)) }!
        let shared = pick.domains.filter(worked.contains).compactMap { knowledgeBase.domain($0)?.name.lowercased() }
        var why =
            shared.isEmpty
            ? "a \(level.rawValue) \(orientation.rawValue) certification you can reach soonest (none covers the domains you have worked in)"
            : "a \(level.rawValue) \(orientation.rawValue) certification that builds on your work in \(EligibilityText.list(shared, conjunction: "and"))"
        if managed && countsManagement(pick) { why += "; it counts your years managing security work" }
        let note =
            "For a \(orientation.rawValue) direction Sextant picked \(pick.short): \(why). It looked at every "
            + "\(level.rawValue) \(orientation.rawValue) security certification; give --goal cert:ID to choose another."
        return (pick, why, note)
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
