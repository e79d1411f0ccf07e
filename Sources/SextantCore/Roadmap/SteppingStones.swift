/// The planner's tuning, in one place: study-time estimates, how dates are booked, and the
/// stepping-stone and lever policies.
///
/// Issuers rarely publish study hours, so these are Sextant's planning estimates by level (a few
/// weeks of evenings for a foundation exam, several months for a professional one), shown as
/// estimates wherever they are used.
public enum RoadmapTuning {
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
    /// An exam that waits for experience is booked this many months before the credential can be
    /// held (outside the Associate route), never more than a year.
    public static let examLeadMonths = 3
    /// At most this many stepping stones in a plan.
    public static let maxSteppingStones = 2
    /// Stepping stones go into a wait of at least this many days before a goal's study starts.
    static let minimumRoomDays = 90
    /// When the goal is a milestone (no date), stepping stones must be held within this many months.
    static let steppingStoneHorizonMonths = 24
    /// A goal's CISSP domain with less security work than this (months at full share) is one the
    /// person has "least experience in".
    static let weakDomainMonths = 12.0
    /// The security share the "security share" lever tries.
    public static let leverSecurityShare = 0.8
    /// Full-time hours for the "hours" lever and for jobs that would unlock a milestone.
    static let fullTimeHours = 40.0

    /// Technical before mixed before strategic.
    static func rank(_ orientation: Orientation) -> Int {
        switch orientation {
        case .technical: 0
        case .mixed: 1
        case .strategic: 2
        case .none: 3
        }
    }

    /// The next level up, or the same at the top.
    static func next(_ level: CertificationLevel) -> CertificationLevel {
        let all = CertificationLevel.allCases
        return all[min(all.count - 1, all.firstIndex(of: level)! + 1)]
    }
}

/// Chooses stepping stones: certifications that make a person stronger for a goal they must wait
/// for, and that they can hold now or soon.
///
/// A candidate is an active security certification the person does not hold and the plan does
/// not already have, with no prerequisite missing, that
///
/// - sits between the person's level and the goal's: from the level above their highest security
///   certification (foundation when they hold none) up to one below the goal's (foundation →
///   associate → professional → expert), so a stone is a step up, never a step back;
/// - is no more strategic than the step it leads to (technical first);
/// - covers at least one of the goal's CISSP domains, or counts toward the goal's experience waiver;
/// - can be held when its study is done (no experience to wait for), before the goal's study
///   must start (or within `steppingStoneHorizonMonths` when the goal has no date yet);
/// - fits the budget left after the goal's own exams (a price must be known to fit a budget).
///
/// Candidates are taken greedily, up to `maxSteppingStones`, each time by: a waiver that brings the
/// goal's date forward; a known price; the most goal domains the person has least experience in
/// (under `weakDomainMonths`) not already covered by an earlier stone; technical before mixed; a
/// discipline shared with the goal or what they hold; the broader (more CISSP domains); the lower
/// level; the lower price.
struct SteppingStonePolicy {
    let knowledgeBase: KnowledgeBase

    /// A candidate taken, with what it does for the goal.
    struct Choice {
        var certification: Certification
        var examDate: Day
        /// A goal whose date it brings forward (from nil: not reachable before).
        var gain: (goal: Certification, from: Day?, to: Day)?
        /// The goal domains it covers that no earlier stone covered.
        var newDomains: [Domain.ID]
        var key: [Double]
    }

    /// The first goal (or prerequisite) step that waits: a milestone, or one whose study starts
    /// at least `minimumRoomDays` after it could.
    func anchor(in schedule: [RoadmapPlanner.Scheduled]) -> Int? {
        schedule.firstIndex { scheduled in
            let step = scheduled.step
            guard step.role == .goal || step.role == .prerequisite else { return false }
            if step.kind == .milestone { return true }
            guard let studyStart = step.studyStart else { return false }
            return scheduled.cursorBefore.days(until: studyStart) >= RoadmapTuning.minimumRoomDays
        }
    }

    /// Months of security work per CISSP domain before a day (at the job's security share and
    /// hours).
    static func domainMonths(_ profile: Profile, before day: Day) -> [Domain.ID: Double] {
        var months: [Domain.ID: Double] = [:]
        for job in profile.experience where job.start < day {
            let end = min(job.end.map { $0.adding(days: 1) } ?? day, day)
            let length = Double(max(0, job.start.days(until: end))) / 30.44
            let weight = job.securityShare * min(1, max(0, job.hoursPerWeek / RoadmapTuning.fullTimeHours))
            for domain in job.domains { months[domain, default: 0] += length * weight }
        }
        return months
    }

    func stones(
        toward goals: [Certification.ID], profile: Profile, from: Day, until: Day?, pace: Double,
        budgetLeft: Double?, excluding: Set<Certification.ID>, beforeOrientation: Orientation
    ) -> [RoadmapPlanner.Item] {
        let goalCertifications = goals.compactMap(knowledgeBase.certification)
        guard let top = goalCertifications.map(\.level).max(), top > .foundation else { return [] }
        let planner = RoadmapPlanner(knowledgeBase: knowledgeBase)
        let evaluator = EligibilityEvaluator(knowledgeBase: knowledgeBase)
        let goalDomains = knowledgeBase.domains.map(\.id).filter { id in
            goalCertifications.contains { $0.domains.contains(id) }
        }
        let experience = Self.domainMonths(profile, before: from)
        let weak = goalDomains.filter { (experience[$0] ?? 0) < RoadmapTuning.weakDomainMonths }
        let held = profile.certifications.filter { profile.holds($0.id, on: from) }
            .compactMap { knowledgeBase.certification($0.id) }
        let highest = held.filter(\.security).map(\.level).max()
        let below = CertificationLevel.allCases[CertificationLevel.allCases.firstIndex(of: top)! - 1]
        let lowest = min(highest.map(RoadmapTuning.next) ?? .foundation, below)
        let disciplines = Set(
            goalCertifications.flatMap(\.disciplines) + held.filter(\.security).flatMap(\.disciplines))
        let limit = until ?? from.adding(months: RoadmapTuning.steppingStoneHorizonMonths)
        let goalNames = EligibilityText.list(goalCertifications.map(\.short), conjunction: "and")

        let candidates = knowledgeBase.certifications.filter { certification in
            certification.security && certification.status(on: from) == .active && !excluding.contains(certification.id)
                && !profile.holds(certification.id, on: from) && (lowest...below).contains(certification.level)
                && RoadmapTuning.rank(certification.orientation) <= RoadmapTuning.rank(beforeOrientation)
                && planner.requiredPrerequisites(certification, profile: profile, on: from).isEmpty
        }

        var simulated = profile
        var cursor = from
        var spent = 0.0
        var covered = Set<Domain.ID>()
        var chosen: [Choice] = []
        while chosen.count < RoadmapTuning.maxSteppingStones {
            var best: Choice?
            for certification in candidates where !chosen.contains(where: { $0.certification.id == certification.id }) {
                let studyDays = Int((RoadmapTuning.studyHours(certification.level) / pace * 7).rounded(.up))
                let examDate = cursor.adding(days: studyDays)
                guard examDate <= limit else { continue }
                let price = certification.cost?.amount
                if let budgetLeft {
                    guard let price, spent + price <= budgetLeft else { continue }
                }
                let own = evaluator.evaluate(simulated, asOf: examDate, certifications: [certification.id])
                    .certifications[0]
                guard own.status == .eligible || own.status == .noRequirement else { continue }
                // Does holding it bring a goal's date forward (a credential waiver)?
                var with = simulated
                with.certifications.append(.init(id: certification.id, earned: examDate))
                var gain: (goal: Certification, from: Day?, to: Day)?
                for goal in goalCertifications {
                    let before = evaluator.evaluate(simulated, asOf: examDate, certifications: [goal.id])
                        .certifications[0].eligibleOn
                    guard
                        let after = evaluator.evaluate(with, asOf: examDate, certifications: [goal.id])
                            .certifications[0].eligibleOn,
                        before.map({ after < $0 }) ?? true, before.map({ $0 > examDate }) ?? true
                    else { continue }
                    gain = (goal, before, after)
                    break
                }
                let pool = (weak.isEmpty ? goalDomains : weak).filter { !covered.contains($0) }
                let newDomains = pool.filter(certification.domains.contains)
                guard gain != nil || !newDomains.isEmpty else { continue }
                let key: [Double] = [
                    gain == nil ? 1 : 0,
                    price == nil ? 1 : 0,
                    -Double(newDomains.count),
                    Double(RoadmapTuning.rank(certification.orientation)),
                    disciplines.isDisjoint(with: certification.disciplines) ? 1 : 0,
                    -Double(certification.domains.count),
                    Double(CertificationLevel.allCases.firstIndex(of: certification.level)!),
                    price ?? 0,
                ]
                let option = Choice(
                    certification: certification, examDate: examDate, gain: gain, newDomains: newDomains, key: key)
                if let current = best {
                    if option.key.lexicographicallyPrecedes(current.key)
                        || (option.key == current.key && certification.id.rawValue < current.certification.id.rawValue)
                    {
                        best = option
                    }
                } else {
                    best = option
                }
            }
            guard let choice = best else { break }
            chosen.append(choice)
            simulated.certifications.append(.init(id: choice.certification.id, earned: choice.examDate))
            covered.formUnion(choice.newDomains)
            spent += choice.certification.cost?.amount ?? 0
            cursor = choice.examDate
        }
        // Technical before mixed, lower levels first; the dates in the reasons follow that order.
        let ordered = chosen.enumerated().sorted { lhs, rhs in
            let a = (RoadmapTuning.rank(lhs.element.certification.orientation), lhs.element.certification.level)
            let b = (RoadmapTuning.rank(rhs.element.certification.orientation), rhs.element.certification.level)
            return a != b ? (a.0, a.1) < (b.0, b.1) : lhs.offset < rhs.offset
        }.map(\.element)
        cursor = from
        return ordered.map { choice in
            let studyDays = Int((RoadmapTuning.studyHours(choice.certification.level) / pace * 7).rounded(.up))
            cursor = cursor.adding(days: studyDays)
            return RoadmapPlanner.Item(
                id: choice.certification.id, why: reason(choice, by: cursor, weak: weak, goalNames: goalNames),
                optional: true, role: .steppingStone)
        }
    }

    /// One stone's reason in a sentence.
    func reason(_ choice: Choice, by day: Day, weak: [Domain.ID], goalNames: String) -> String {
        var why: String
        if let gain = choice.gain {
            why =
                "a stepping stone you can hold by \(day): it counts toward \(gain.goal.short)'s experience waiver, "
                + "so you could hold \(gain.goal.short) from \(gain.to)" + (gain.from.map { " instead of \($0)" } ?? "")
        } else {
            why = "a stepping stone you can hold by \(day)"
        }
        if !choice.newDomains.isEmpty {
            let names = EligibilityText.list(
                choice.newDomains.compactMap { knowledgeBase.domain($0)?.name.lowercased() }, conjunction: "and")
            let count = choice.newDomains.count
            let among = goalNames == "CISSP" ? "" : " among those \(goalNames) covers"
            let covers: String
            if weak.isEmpty {
                covers = " covers \(count) of \(goalNames)'s CISSP domains (\(names))"
            } else if weak.count == 1 {
                covers = " covers the CISSP domain you have least experience in\(among) (\(names))"
            } else {
                covers =
                    " covers \(count) of the \(weak.count) CISSP domains you have least experience in\(among) (\(names))"
            }
            why += (choice.gain == nil ? ": it" : "; it") + covers
        }
        return why
    }
}
