/// Builds a dated certification roadmap toward a goal, technical before strategic.
///
/// The plan holds the goal's certifications, every prerequisite not yet held (CKS needs CKA),
/// for someone with no security certification aiming high one technical foundation, and — when
/// the goal must wait for experience — stepping stones the person can hold now or soon
/// (`SteppingStonePolicy`). Steps run one after another at the given weekly pace; each step's
/// eligibility is evaluated with the earlier steps counted as held, so routes through
/// certifications (CCSP through CISSP) work.
///
/// Dates are honest: an exam is booked at most `RoadmapTuning.examLeadMonths` before the day the
/// credential can be held, except on the Associate-of-ISC2 route when the experience fits its
/// window (the step says so); a credential that continuing the current jobs never reaches is a
/// milestone that says what would unlock it, not an exam. `levers` says what would move each
/// waiting goal's date, each date computed by evaluating the rules again.
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

    /// A certification chosen for the plan, before it has dates.
    struct Item: Equatable {
        var id: Certification.ID
        var why: String
        var optional: Bool
        var role: RoadmapStepRole
    }

    /// One scheduled item with what the schedule learned about it.
    struct Scheduled {
        var step: RoadmapStep
        /// The profile the step was evaluated with (earlier steps held from their hold dates).
        var profile: Profile
        /// The day the step's eligibility was evaluated (its earliest possible exam).
        var evaluatedOn: Day
        /// Where studying could have started: the end of the previous step's study.
        var cursorBefore: Day
    }

    public func plan(
        _ profile: Profile, goal: RoadmapGoal, hoursPerWeek: Double, budget: Double?, start: Day
    ) -> Roadmap {
        let resolved = targets(for: goal, profile: profile, on: start)
        let targets = resolved.ids
        var notes = resolved.notes
        let pace = max(1, hoursPerWeek)
        let required = requiredItems(resolved, profile: profile, on: start, notes: &notes)

        var items = required
        var schedule = self.schedule(items, profile: profile, start: start, pace: pace)
        // Stepping stones go where the plan would otherwise wait: before the first step whose
        // exam waits for experience, or that continuing the current jobs does not reach.
        let policy = SteppingStonePolicy(knowledgeBase: knowledgeBase)
        if let anchor = policy.anchor(in: schedule) {
            let before = schedule[anchor]
            let spent = items.filter { $0.role != .steppingStone }.compactMap { knowledgeBase.certification($0.id) }
                .compactMap(\.cost?.amount).reduce(0, +)
            let stones = policy.stones(
                toward: schedule[anchor...].filter { $0.step.role == .goal || $0.step.role == .prerequisite }
                    .map(\.step.id),
                profile: before.profile, from: before.cursorBefore,
                until: before.step.kind == .milestone ? nil : before.step.studyStart,
                pace: pace, budgetLeft: budget.map { $0 - spent }, excluding: Set(items.map(\.id)),
                beforeOrientation: before.step.orientation)
            if !stones.isEmpty {
                items.insert(contentsOf: stones, at: anchor)
                schedule = self.schedule(items, profile: profile, start: start, pace: pace)
            }
        }

        // Time order: exams by date (the plan's order on a tie), milestones last.
        let ordered = schedule.enumerated().sorted { lhs, rhs in
            switch (lhs.element.step.examDate, rhs.element.step.examDate) {
            case (let a?, let b?): a != b ? a < b : lhs.offset < rhs.offset
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): lhs.offset < rhs.offset
            }
        }.map(\.element)
        var steps: [RoadmapStep] = []
        var total = 0.0
        var currencies = Set<String>()
        for (index, scheduled) in ordered.enumerated() {
            var step = scheduled.step
            step.order = index + 1
            if step.kind == .exam, let cost = step.cost {
                total += cost
                if let currency = step.currency { currencies.insert(currency) }
            }
            step.runningTotal = total
            step.overBudget = step.kind == .exam && (budget.map { total > $0 } ?? false)
            steps.append(step)
        }

        let levers = RoadmapLevers(knowledgeBase: knowledgeBase).levers(for: schedule, start: start)
        notes.append(
            "Study hours are Sextant's planning estimates by level (foundation 60, associate 100, professional 150, "
                + "expert 220 hours), not issuer figures; at \(Profile.format(pace)) hours a week.")
        if steps.contains(where: { $0.kind == .exam && $0.cost == nil }) {
            notes.append("Some prices are unknown, so the total leaves them out.")
        }
        let milestones = steps.filter { $0.kind == .milestone }
        if !milestones.isEmpty {
            notes.append(
                "\(EligibilityText.list(milestones.map(\.name), conjunction: "and")) "
                    + (milestones.count == 1 ? "is a milestone" : "are milestones")
                    + ": no exam is booked and the total leaves out \(milestones.count == 1 ? "its" : "their") price "
                    + "until a job with the work it asks for makes it reachable.")
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
            goal: resolved.text, targets: targets, start: start, hoursPerWeek: pace, budget: budget, steps: steps,
            levers: levers, totalCost: total, currency: currencies.sorted().first ?? "USD", notes: notes)
    }

    /// The goal's certifications with their prerequisites and a foundation, in plan order:
    /// technical before strategic, lower levels first, prerequisites before what needs them.
    func requiredItems(_ targets: Targets, profile: Profile, on start: Day, notes: inout [String]) -> [Item] {
        var chosen: [Item] = []
        func include(_ id: Certification.ID, why: String, optional: Bool, role: RoadmapStepRole, depth: Int = 0) {
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
                        optional: optional, role: role == .goal ? .prerequisite : role, depth: depth + 1)
                } else {
                    notes.append("\(ended), and the issuer names no single successor; it is left out of the plan.")
                }
                return
            }
            for prerequisite in requiredPrerequisites(certification, profile: profile, on: start) {
                include(
                    prerequisite, why: "required before \(certification.short) (\(certification.issuer) prerequisite)",
                    optional: optional, role: .prerequisite, depth: depth + 1)
            }
            chosen.append(Item(id: id, why: why, optional: optional, role: role))
        }
        // What will really be planned: a retired goal by its successor, or not at all.
        let targetCertifications = targets.ids.compactMap(knowledgeBase.certification).compactMap { target in
            target.status(on: start) == .active
                ? target : target.retirement?.successor.flatMap(knowledgeBase.certification)
        }
        if let foundation = foundationStep(for: targetCertifications, profile: profile, on: start) {
            include(
                foundation.id,
                why: "a technical foundation first: you hold no security certification yet, and most people do best "
                    + "going from technical to strategic", optional: true, role: .foundation)
        }
        for target in targets.ids {
            include(target, why: targets.why, optional: false, role: .goal)
        }

        var ordered: [Item] = []
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
                if RoadmapTuning.rank(a.orientation) != RoadmapTuning.rank(b.orientation) {
                    return RoadmapTuning.rank(a.orientation) < RoadmapTuning.rank(b.orientation)
                }
                if a.level != b.level { return a.level < b.level }
                return remaining.firstIndex(of: lhs)! < remaining.firstIndex(of: rhs)!
            }!
            ordered.append(next)
            remaining.removeAll { $0.id == next.id }
        }
        return ordered
    }

    /// Dates for the items, one after another at the pace, each evaluated with the earlier ones
    /// held from their hold dates.
    ///
    /// - An item the person may hold by the earliest exam date is sat then.
    /// - An item that waits for experience is sat at most `examLeadMonths` before it can be held
    ///   (study moves later too), unless its Associate route's window covers the wait: then the
    ///   exam is sat as soon as studied and the step is marked `associateRoute`.
    /// - An item continuing the jobs never reaches is a milestone: no study, no exam.
    func schedule(_ items: [Item], profile: Profile, start: Day, pace: Double) -> [Scheduled] {
        var simulated = profile
        var cursor = start
        var result: [Scheduled] = []
        let evaluator = EligibilityEvaluator(knowledgeBase: knowledgeBase)
        for item in items {
            let certification = knowledgeBase.certification(item.id)!
            let hours = RoadmapTuning.studyHours(certification.level)
            let studyDays = Int((hours / pace * 7).rounded(.up))
            let earliestExam = cursor.adding(days: studyDays)
            let eligibility = evaluator.evaluate(simulated, asOf: earliestExam, certifications: [item.id])
                .certifications[0]
            var kind = RoadmapStepKind.exam
            var examDate: Day? = earliestExam
            var holdDate: Day?
            var associateRoute = false
            var unlock: String?
            let route: String
            switch eligibility.status {
            case .eligible, .noRequirement:
                holdDate = earliestExam
                route =
                    eligibility.status == .noRequirement
                    ? "No experience requirement: pass the exam and hold it."
                    : "Eligible by the exam date (\(eligibility.route ?? "rules met")): pass the exam and hold it."
            case .eligibleLater:
                let eligibleOn = eligibility.eligibleOn!
                holdDate = eligibleOn
                if let associate = eligibility.associate, associate.withinDeadline {
                    associateRoute = true
                    route =
                        "Pass the \(certification.short) exam by \(earliestExam) as an \(associate.label): you then "
                        + "have until \(associate.deadline) to complete the experience, which your jobs do by "
                        + "\(eligibleOn); hold the \(certification.short) from \(eligibleOn)."
                } else {
                    let honest = eligibleOn.adding(months: -RoadmapTuning.examLeadMonths)
                    if honest > earliestExam { examDate = honest }
                    let waited = honest > earliestExam
                    route =
                        "Your experience is complete on \(eligibleOn) (\(eligibility.route ?? "the rules")): "
                        + (waited
                            ? "the exam is booked \(RoadmapTuning.examLeadMonths) months before, so study starts near the date."
                            : "pass the exam by \(earliestExam) and hold it from then.")
                        + (eligibility.associate.map { associate in
                            " Passing early as an \(associate.label) would not help: the experience would be due by \(associate.deadline)."
                        } ?? "")
                }
            case .notEligible:
                kind = .milestone
                examDate = nil
                unlock = RoadmapLevers(knowledgeBase: knowledgeBase).unlock(
                    certification, profile: simulated, jobFrom: start, asOf: earliestExam)
                route =
                    "Not reachable by continuing your current jobs: "
                    + (eligibility.reasons.first ?? "see `sextant eligibility`.")
            }
            let studyStart = examDate.map { max(cursor, $0.adding(days: -studyDays)) }
            let costConfidence = certification.cost?.provenance.confidence ?? .unconfirmed
            let step = RoadmapStep(
                order: result.count + 1, id: certification.id, name: certification.short,
                orientation: certification.orientation, level: certification.level, kind: kind, role: item.role,
                why: item.why, optional: item.optional, studyStart: studyStart, studyHours: hours,
                studyHoursEstimated: true, examDate: examDate, eligibleOn: eligibility.eligibleOn, holdDate: holdDate,
                associateRoute: associateRoute, route: route, unlock: unlock, cost: certification.cost?.amount,
                currency: certification.cost?.currency, runningTotal: 0, overBudget: false,
                confidence: max(eligibility.confidence, costConfidence))
            result.append(Scheduled(step: step, profile: simulated, evaluatedOn: earliestExam, cursorBefore: cursor))
            if let holdDate {
                simulated.certifications.append(.init(id: certification.id, earned: holdDate))
            }
            if let examDate { cursor = examDate }
        }
        return result
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
    /// professional or expert one they cannot hold yet (someone the rules already admit has shown
    /// the experience): the foundation-level technical security certification that covers the most
    /// CISSP domains (cheapest on a tie).
    func foundationStep(for targets: [Certification], profile: Profile, on day: Day) -> Certification? {
        let high = targets.filter { $0.level >= RoadmapTuning.foundationBelow }
        guard !holdsBroadSecurityCertification(profile, on: day), !high.isEmpty else { return nil }
        let report = EligibilityEvaluator(knowledgeBase: knowledgeBase).evaluate(
            profile, asOf: day, certifications: high.map(\.id))
        guard report.certifications.contains(where: { $0.status != .eligible }) else { return nil }
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

    /// A broad security certification (three or more CISSP domains) is a foundation already;
    /// A+ or Network+ alone are not.
    func holdsBroadSecurityCertification(_ profile: Profile, on day: Day) -> Bool {
        profile.certifications.contains { held in
            guard let certification = knowledgeBase.certification(held.id), profile.holds(held.id, on: day) else {
                return false
            }
            return certification.security && certification.domains.count >= RoadmapTuning.broadFoundationDomains
        }
    }
}
