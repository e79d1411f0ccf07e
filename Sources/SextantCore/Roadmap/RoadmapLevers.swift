/// What would move a goal's date, and what would unlock a credential continuing the current jobs
/// never reaches. Every date is computed by evaluating the knowledge base's rules again on a
/// changed profile, never estimated.
///
/// Levers, each from today on: a higher security share in the current jobs
/// (`RoadmapTuning.leverSecurityShare`), full-time hours where a job is part-time, work in more
/// CISSP domains where a rule asks for more, and each degree or credential waiver the rule offers
/// that the person does not have yet ("if you held it today"). A lever is listed only when it
/// brings the date forward (or makes an unreachable goal reachable).
struct RoadmapLevers {
    let knowledgeBase: KnowledgeBase

    /// Levers for every goal step that waits for experience or is a milestone, earliest date first.
    func levers(for schedule: [RoadmapPlanner.Scheduled], start: Day) -> [RoadmapLever] {
        var result: [RoadmapLever] = []
        for scheduled in schedule where scheduled.step.role == .goal {
            let step = scheduled.step
            let waits = step.kind == .milestone || (step.eligibleOn.map { $0 > scheduled.evaluatedOn } ?? false)
            guard waits, let certification = knowledgeBase.certification(step.id) else { continue }
            result += levers(
                certification, profile: scheduled.profile, asOf: scheduled.evaluatedOn, start: start,
                baseline: step.holdDate)
        }
        return result.sorted {
            $0.holdDate != $1.holdDate ? $0.holdDate < $1.holdDate : $0.kind.rawValue < $1.kind.rawValue
        }
    }

    func levers(
        _ certification: Certification, profile: Profile, asOf: Day, start: Day, baseline: Day?
    ) -> [RoadmapLever] {
        let evaluator = EligibilityEvaluator(knowledgeBase: knowledgeBase)
        let name = certification.short
        var result: [RoadmapLever] = []
        func consider(_ kind: RoadmapLever.Kind, _ changed: Profile, _ describe: (Day) -> String) {
            let outcome = evaluator.evaluate(changed, asOf: asOf, certifications: [certification.id]).certifications[0]
            guard outcome.status == .eligible || outcome.status == .eligibleLater, let day = outcome.eligibleOn,
                baseline.map({ day < $0 }) ?? true,
                !result.contains(where: { $0.kind == kind && $0.holdDate <= day })
            else { return }
            result.removeAll { $0.kind == kind }
            result.append(
                RoadmapLever(kind: kind, certification: certification.id, description: describe(day), holdDate: day))
        }
        func ongoing(_ profile: Profile) -> [Int] {
            profile.experience.indices.filter { profile.experience[$0].end.map { $0 >= start } ?? true }
        }
        // More CISSP domains where a rule asks for them. When that is what keeps a milestone out
        // of reach, the other levers are tried with it, and say so.
        var base = profile
        var also = ""
        if let minimum = certification.eligibility.paths.compactMap({ $0.experience?.minDomains }).min(),
            !ongoing(profile).isEmpty
        {
            let worked = Set(profile.experience.filter { $0.securityShare > 0 }.flatMap(\.domains))
            let added = Array(
                certification.domains.filter { !worked.contains($0) }.prefix(max(0, minimum - worked.count)))
            if !added.isEmpty {
                let names = EligibilityText.list(
                    added.compactMap { knowledgeBase.domain($0)?.name.lowercased() }, conjunction: "and")
                let changed = Self.changing(profile, jobs: ongoing(profile), from: start) { $0.domains += added }
                consider(.domains, changed) {
                    "Domains: if your work also covered \(names) from \(start) on, you could hold \(name) from \($0)."
                }
                if baseline == nil, result.contains(where: { $0.kind == .domains }) {
                    base = changed
                    also = " (with \(names) in your work too)"
                }
            }
        }

        // A higher security share from today.
        let share = RoadmapTuning.leverSecurityShare
        let lower = ongoing(base).filter { base.experience[$0].securityShare < share }
        if !lower.isEmpty {
            let today = lower.map { Self.percent(base.experience[$0].securityShare) }
            consider(.securityShare, Self.changing(base, jobs: lower, from: start) { $0.securityShare = share }) {
                "A higher security share: at \(Self.percent(share)) security work from \(start) on "
                    + "(today \(EligibilityText.list(today, conjunction: "and"))), you could hold \(name) from \($0)\(also)."
            }
        }
        // Full-time hours where a job is part-time.
        let partTime = ongoing(base).filter { base.experience[$0].hoursPerWeek < 35 }
        if !partTime.isEmpty {
            let full = RoadmapTuning.fullTimeHours
            consider(.hours, Self.changing(base, jobs: partTime, from: start) { $0.hoursPerWeek = full }) {
                "Hours: working full time (\(Profile.format(full)) hours a week) from \(start) on instead of "
                    + "\(Profile.format(base.experience[partTime[0]].hoursPerWeek)), you could hold \(name) from \($0)\(also)."
            }
        }
        for path in certification.eligibility.paths {
            guard let rule = path.experience else { continue }
            // Waivers the person does not have yet, as if they held them today.
            for option in rule.waivers?.options ?? [] {
                switch option.kind {
                case .degree where !base.hasDegree(for: option, on: asOf):
                    var changed = base
                    changed.education.append(
                        .init(
                            degree: option.minimumDegree ?? .bachelor, field: option.fields?.first, completed: start))
                    consider(.degree, changed) {
                        "Degree waiver: \(option.label) would waive \(EligibilityText.years(option.years)); "
                            + "with one in hand today you could hold \(name) from \($0)\(also)."
                    }
                case .credential:
                    let members = (option.anyOf ?? []).compactMap(knowledgeBase.certification).filter {
                        $0.id != certification.id && $0.status(on: start) == .active
                    }
                    guard !members.contains(where: { base.holds($0.id, on: asOf) }),
                        let cheapest = members.min(by: {
                            ($0.cost?.amount ?? .infinity, $0.id.rawValue) < (
                                $1.cost?.amount ?? .infinity, $1.id.rawValue
                            )
                        })
                    else { continue }
                    var changed = base
                    changed.certifications.append(.init(id: cheapest.id, earned: start))
                    let listed = EligibilityText.list(members.prefix(4).map(\.short), conjunction: "or")
                    consider(.credential, changed) {
                        "Credential waiver: holding \(listed)\(members.count > 4 ? " (or another on the list)" : "") "
                            + "would waive \(EligibilityText.years(option.years)); with one in hand today you could hold \(name) from \($0)\(also)."
                    }
                default: continue
                }
            }
        }
        return result
    }

    /// For a milestone: the job that would unlock it and for how long, or why no job would. The
    /// job starts on `jobFrom` (today) and replaces the current jobs; the rules are evaluated on
    /// `asOf`, when the plan's earlier steps are held.
    func unlock(_ certification: Certification, profile: Profile, jobFrom from: Day, asOf: Day) -> String {
        let evaluator = EligibilityEvaluator(knowledgeBase: knowledgeBase)
        let planner = RoadmapPlanner(knowledgeBase: knowledgeBase)
        let missing = planner.requiredPrerequisites(certification, profile: profile, on: asOf)
        if !missing.isEmpty {
            return
                "First hold \(EligibilityText.list(missing.map { knowledgeBase.certification($0)?.short ?? $0.rawValue }, conjunction: "and"))."
        }
        let rules = certification.eligibility.paths.compactMap(\.experience)
        guard let rule = rules.min(by: { $0.years < $1.years }) else {
            return "Check the requirements with \(certification.issuer)."
        }
        let kinds = [rule.counts] + (rule.parts ?? []).map(\.counts)
        let focusKinds: Set<WorkKind> = [
            .audit, .risk, .governance, .privacy, .cloud, .softwareDevelopment, .projectManagement,
        ]
        let job = Profile.Job(
            title: "a job with the work \(certification.short) asks for", start: from,
            hoursPerWeek: RoadmapTuning.fullTimeHours, securityShare: 1, domains: certification.domains,
            management: kinds.contains(.securityManagement) || kinds.contains(.governance), it: true,
            focus: kinds.filter(focusKinds.contains))
        var changed = profile
        for index in changed.experience.indices where changed.experience[index].end.map({ $0 >= from }) ?? true {
            changed.experience[index].end = from.adding(days: -1)
        }
        changed.experience.append(job)
        let outcome = evaluator.evaluate(changed, asOf: asOf, certifications: [certification.id]).certifications[0]
        let work = EligibilityText.list(
            kinds.reduce(into: [String]()) { names, kind in
                let text = EligibilityText.work(kind)
                if !names.contains(text) { names.append(text) }
            }, conjunction: "including")
        guard let day = outcome.eligibleOn else {
            return "Even a full-time job doing \(work) would not unlock it: "
                + (outcome.reasons.first ?? "see `sextant eligibility`.")
        }
        let months = Double(from.days(until: day)) / 30.44
        return "A full-time job doing \(work) would unlock it: about \(Self.duration(months)) of it, "
            + "so from \(day) if such a job started on \(from)."
    }

    /// The profile with the given jobs changed from a day on: a job that started earlier is split
    /// there, so the past stays as it was.
    static func changing(
        _ profile: Profile, jobs: [Int], from day: Day, _ change: (inout Profile.Job) -> Void
    )
        -> Profile
    {
        var changed = profile
        for index in jobs {
            var job = profile.experience[index]
            if job.start < day {
                changed.experience[index].end = day.adding(days: -1)
                job.start = day
                change(&job)
                changed.experience.append(job)
            } else {
                change(&changed.experience[index])
            }
        }
        return changed
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// "2 years", "1 year 6 months", "8 months", rounded to whole months.
    static func duration(_ months: Double) -> String {
        EligibilityEvaluator.duration(months: months.rounded())
    }
}
