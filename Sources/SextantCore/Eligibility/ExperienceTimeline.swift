/// Experience of one kind, accrued day by day, for asking "how many months by this day?" and
/// "on which day will there be enough?".
///
/// Experience is measured in months, as ISC2 measures it ("a full-time month"): each day adds
/// its weight divided by the days of its month, so a full-time job from 2021-07-01 has exactly
/// 60 months on 2026-07-01. Overlapping jobs are not double-counted: a day's weight is capped at
/// one full-time day.
struct ExperienceTimeline {
    /// First day of the timeline.
    let origin: Day
    /// `prefix[i]` = months accrued in the days `origin ..< origin + i`.
    let prefix: [Double]
    /// Per job, whether it adds to this kind (for the domains it touches).
    let contributing: [Bool]

    /// How much of a full-time day a job adds, by the rule's treatment of part-time work.
    ///
    /// `hours`: ISC2's rule (S08, S52): 35 hours a week or more is full time; 20–34 hours count pro
    /// rata (2,080 hours make a year, so h/40 of a day); under 20 hours does not count.
    /// `fullTime`: only 35 hours a week or more counts. No rule: pro rata by hours, capped at one.
    static func hoursFactor(_ job: Profile.Job, _ partTime: Eligibility.PartTime?) -> Double {
        let hours = job.hoursPerWeek
        switch partTime {
        case .hours:
            if hours >= 35 { return 1 }
            return hours >= 20 ? hours / 40 : 0
        case .fullTime:
            return hours >= 35 ? 1 : 0
        case nil:
            return min(1, max(0, hours / 40))
        }
    }

    /// The share of a job's time that counts as this kind of work.
    static func share(_ job: Profile.Job, _ kind: WorkKind) -> Double {
        let security = job.securityShare
        func touches(_ domain: String, or focus: WorkKind) -> Bool {
            job.domains.contains(Domain.ID(domain)) || (job.focus ?? []).contains(focus)
        }
        switch kind {
        case .work: return 1
        case .it: return job.isIT ? 1 : 0
        case .security: return security
        case .securityManagement: return job.management ? security : 0
        case .audit: return touches("security-assessment-and-testing", or: .audit) ? security : 0
        case .risk: return touches("security-and-risk-management", or: .risk) ? security : 0
        case .governance:
            return (job.management || (job.focus ?? []).contains(.governance))
                && touches("security-and-risk-management", or: .governance) ? security : 0
        case .privacy: return touches("asset-security", or: .privacy) ? security : 0
        case .softwareDevelopment:
            return job.domains.contains("software-development-security")
                || (job.focus ?? []).contains(.softwareDevelopment)
                ? max(security, job.isIT ? 1 : 0) : 0
        case .cloud: return (job.focus ?? []).contains(.cloud) ? security : 0
        case .projectManagement: return (job.focus ?? []).contains(.projectManagement) ? 1 : 0
        }
    }

    /// Builds the timeline of one kind of work from `origin` to `horizon` (exclusive); ongoing
    /// jobs continue to the horizon. O(jobs + days): each job adds its weight where it starts and
    /// takes it away after its last day, and one pass sums the days.
    init(jobs: [Profile.Job], kind: WorkKind, partTime: Eligibility.PartTime?, origin: Day, horizon: Day) {
        self.origin = origin
        let length = max(0, origin.days(until: horizon))
        var changes = [Double](repeating: 0, count: length + 1)
        var contributing: [Bool] = []
        for job in jobs {
            let weight = Self.hoursFactor(job, partTime) * Self.share(job, kind)
            contributing.append(weight > 0)
            guard weight > 0 else { continue }
            let first = max(0, origin.days(until: job.start))
            // The end day is the last day worked.
            let last = min(length, job.end.map { origin.days(until: $0) + 1 } ?? length)
            guard first < last else { continue }
            changes[first] += weight
            changes[last] -= weight
        }
        var prefix = [Double](repeating: 0, count: length + 1)
        var day = origin
        var monthLength = Double(Day.daysIn(month: day.month, year: day.year))
        var weight = 0.0
        for index in 0..<length {
            if day.dayOfMonth == 1 { monthLength = Double(Day.daysIn(month: day.month, year: day.year)) }
            weight += changes[index]
            // Rounding can leave a trace of a finished job; a day is worth between nothing and one
            // full-time day.
            let worked = weight < 1e-9 ? 0 : min(1, weight)
            prefix[index + 1] = prefix[index] + worked / monthLength
            day = day.adding(days: 1)
        }
        self.prefix = prefix
        self.contributing = contributing
    }

    /// Months accrued in `from ..< to` (clamped to the timeline).
    func months(from: Day, to: Day) -> Double {
        let lower = max(0, min(prefix.count - 1, origin.days(until: from)))
        let upper = max(lower, min(prefix.count - 1, origin.days(until: to)))
        return prefix[upper] - prefix[lower]
    }

    /// Months accrued before `day`, or within `windowYears` before it.
    func months(before day: Day, windowYears: Double?) -> Double {
        guard let windowYears else { return months(from: origin, to: day) }
        return months(from: day.adding(months: -Int((windowYears * 12).rounded())), to: day)
    }
}
