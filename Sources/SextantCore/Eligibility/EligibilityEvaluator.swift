/// Decides, for each certification, whether a person may hold it on a day, and if not, the
/// earliest day they will by continuing their current jobs.
///
/// The rules are the knowledge base's (`Certification.eligibility`), each with its source; the
/// evaluator only applies them:
///
/// - experience accrues in months from the work history, by the kind of work the rule counts
///   (security share, management, audit...), part-time by hours, overlaps counted once, within a
///   window when the rule has one (CISM: ten years before applying);
/// - waivers (a degree, a credential) lower the years, capped at the rule's maximum, the best
///   degree option only;
/// - certifications held substitute for years (CCSK for a CCSP domain year) or satisfy
///   prerequisites (CKS needs CKA);
/// - any one route (path) is enough; the earliest wins.
///
/// ```swift
/// let evaluator = EligibilityEvaluator(knowledgeBase: kb)
/// let report = evaluator.evaluate(profile, asOf: try Day(parsing: "2026-11-26"))
/// report.certifications.first { $0.id == "cissp" }?.eligibleOn   // e.g. 2028-03-01
/// ```
public struct EligibilityEvaluator: Sendable {
    public let knowledgeBase: KnowledgeBase
    /// How far ahead to look for an eligibility date.
    public static let horizonYears = 60

    public init(knowledgeBase: KnowledgeBase) {
        self.knowledgeBase = knowledgeBase
    }

    /// Evaluates the given certifications (default: every one in the catalog, those without a
    /// requirement included, as the JSON contract lists them).
    public func evaluate(
        _ profile: Profile, asOf: Day, certifications ids: [Certification.ID]? = nil
    ) -> EligibilityReport {
        let chosen = ids.map { $0.compactMap(knowledgeBase.certification) } ?? knowledgeBase.certifications
        var context = Context(profile: profile, asOf: asOf)
        return EligibilityReport(asOf: asOf, certifications: chosen.map { evaluate($0, context: &context) })
    }

    /// Timelines are built once per kind of work and part-time rule, then shared by every rule.
    struct Context {
        let profile: Profile
        let asOf: Day
        let origin: Day
        let horizon: Day
        var timelines: [String: ExperienceTimeline] = [:]

        init(profile: Profile, asOf: Day) {
            self.profile = profile
            self.asOf = asOf
            let firstStart = profile.experience.map(\.start).min() ?? asOf
            origin = min(firstStart, asOf).adding(months: -1)
            horizon = asOf.adding(years: EligibilityEvaluator.horizonYears)
        }

        mutating func timeline(_ kind: WorkKind, _ partTime: Eligibility.PartTime?) -> ExperienceTimeline {
            let key = "\(kind.rawValue)/\(partTime?.rawValue ?? "-")"
            if let cached = timelines[key] { return cached }
            let timeline = ExperienceTimeline(
                jobs: profile.experience, kind: kind, partTime: partTime, origin: origin, horizon: horizon)
            timelines[key] = timeline
            return timeline
        }
    }

    /// The outcome of one route.
    struct RouteOutcome {
        var path: Eligibility.Path
        /// Nil when the route cannot be completed by continuing the current jobs.
        var date: Day?
        var reasons: [String]
        var confidence: Confidence
    }

    func evaluate(_ certification: Certification, context: inout Context) -> EligibilityResult {
        if let retirement = certification.retirement, certification.status(on: context.asOf) == .retired {
            return retired(certification, retirement)
        }
        var result = evaluateRules(certification, context: &context)
        if let retirement = certification.retirement {
            result.reasons.append(
                "\(certification.issuer) retires \(certification.short) on \(retirement.date): after that day it can no longer be earned."
            )
        }
        for whatIf in whatIfs(certification, result, context: &context) {
            result.whatIf.append(whatIf)
            result.reasons.append(
                "From \(whatIf.eligibleOn) if \(whatIf.assumption) (\(whatIf.why)).")
        }
        return result
    }

    /// A certification the issuer retired: no route is open; the successor is named.
    func retired(_ certification: Certification, _ retirement: Certification.Retirement) -> EligibilityResult {
        var reasons = [
            "\(certification.short) was retired by \(certification.issuer) on \(retirement.date) and can no longer be earned."
        ]
        if let successor = retirement.successor.flatMap(knowledgeBase.certification) {
            reasons.append("Its successor is \(successor.short) (\(successor.name)); plan for that instead.")
        }
        reasons.append("If you already hold it, it still counts where \(certification.issuer) and others count it.")
        if retirement.provenance.confidence != .official {
            reasons.append(
                "The retirement is reported by \(retirement.provenance.confidence == .secondary ? "secondary sources" : "no confirmed source"): check it with \(certification.issuer)."
            )
        }
        var result = EligibilityResult(
            id: certification.id, name: certification.short, status: .notEligible, eligibleOn: nil, route: nil,
            reasons: reasons, confidence: retirement.provenance.confidence, sources: retirement.provenance.sources,
            associate: nil)
        result.retired = retirement.date
        result.successor = retirement.successor
        return result
    }

    /// Dates that hold only if a fact the knowledge base knows in part turns out in the person's
    /// favour: a held credential that may be on an issuer's partly known waiver list (ISC2's
    /// 2026 list). Each is computed by evaluating the rules again with that credential listed.
    func whatIfs(
        _ certification: Certification, _ result: EligibilityResult, context: inout Context
    )
        -> [EligibilityResult.WhatIf]
    {
        guard result.status != .eligible else { return [] }
        let profile = context.profile
        let asOf = context.asOf
        var assumed = certification
        var held: [Certification.ID] = []
        for (pathIndex, path) in certification.eligibility.paths.enumerated() {
            guard let options = path.experience?.waivers?.options else { continue }
            for (optionIndex, option) in options.enumerated()
            where option.kind == .credential && option.listPartial == true {
                let known = Set((option.anyOf ?? []) + (option.notOnList ?? []))
                let maybe = profile.certifications.map(\.id).filter { id in
                    !known.contains(id) && id != certification.id && profile.holds(id, on: asOf)
                        && knowledgeBase.certification(id)?.security == true
                }
                guard !maybe.isEmpty else { continue }
                held += maybe.filter { !held.contains($0) }
                var widened = option
                widened.anyOf = (option.anyOf ?? []) + maybe
                widened.listPartial = false
                assumed.eligibility.paths[pathIndex].experience?.waivers?.options[optionIndex] = widened
            }
        }
        guard !held.isEmpty else { return [] }
        let hoped = evaluateRules(assumed, context: &context)
        guard let date = hoped.eligibleOn, result.eligibleOn.map({ date < $0 }) ?? true else { return [] }
        let names = EligibilityText.list(
            held.map { knowledgeBase.certification($0)?.short ?? $0.rawValue }, conjunction: "or")
        return [
            .init(
                assumption: "\(certification.issuer)'s current list still includes your \(names)",
                why: "the knowledge base knows that list only in part", eligibleOn: date, credentials: held)
        ]
    }

    /// The rules alone: routes, waivers, the Associate route.
    func evaluateRules(_ certification: Certification, context: inout Context) -> EligibilityResult {
        let eligibility = certification.eligibility
        let sources = eligibility.provenance.sources
        guard !eligibility.paths.isEmpty else {
            return EligibilityResult(
                id: certification.id, name: certification.short, status: .noRequirement, eligibleOn: nil, route: nil,
                reasons: [eligibility.summary], confidence: eligibility.provenance.confidence, sources: sources,
                associate: nil)
        }
        let outcomes = eligibility.paths.map { route($0, of: certification, context: &context) }
        let reachable = outcomes.filter { $0.date != nil }
        // The earliest route; on a tie, one that needs no paid training.
        let best = reachable.min { lhs, rhs in
            lhs.date! != rhs.date! ? lhs.date! < rhs.date! : (lhs.path.training == nil && rhs.path.training != nil)
        }
        var reasons: [String] = []
        let status: EligibilityStatus
        if let best, let date = best.date {
            status = date <= context.asOf ? .eligible : .eligibleLater
            reasons += best.reasons
            for other in outcomes where other.path.id != best.path.id {
                reasons.append("Other route (\(other.path.label)): " + (other.reasons.first ?? "not reachable"))
            }
        } else {
            status = .notEligible
            for outcome in outcomes {
                reasons.append("\(outcome.path.label): " + outcome.reasons.joined(separator: " "))
            }
        }
        var confidence = (best.map { [$0] } ?? outcomes).map(\.confidence).max() ?? eligibility.provenance.confidence
        confidence = max(confidence, eligibility.provenance.confidence)
        if confidence == .unconfirmed {
            reasons.append(
                "This rule is unconfirmed in the knowledge base: check it with \(certification.issuer) before relying on it."
            )
        }

        var associate: EligibilityResult.AssociateOutlook?
        if let route = eligibility.associate, status != .eligible {
            let deadline = context.asOf.adding(months: Int((route.yearsToComplete * 12).rounded()))
            let within = best?.date.map { $0 <= deadline } ?? false
            associate = .init(label: route.label, deadline: deadline, withinDeadline: within)
            reasons.append(
                "You can pass the exam now and become \(route.label); you would then have until \(deadline) to gain the experience"
                    + (within ? ", which you will at your current pace." : ", which you will not at your current pace.")
            )
        }
        return EligibilityResult(
            id: certification.id, name: certification.short, status: status,
            eligibleOn: best?.date.map { max($0, context.asOf) }, route: best?.path.label, reasons: reasons,
            confidence: confidence, sources: sources, associate: associate)
    }

    /// Evaluates one route: prerequisites, training, audit hours and experience.
    func route(_ path: Eligibility.Path, of certification: Certification, context: inout Context) -> RouteOutcome {
        var reasons: [String] = []
        var confidence = path.provenance?.confidence ?? certification.eligibility.provenance.confidence
        let profile = context.profile
        let asOf = context.asOf
        // Prerequisites must be held; continuing a job does not earn them.
        if let prerequisites = path.prerequisites {
            let missingAll = (prerequisites.allOf ?? []).filter { !profile.holds($0, on: asOf) }
            if !missingAll.isEmpty {
                return RouteOutcome(
                    path: path, date: nil, reasons: ["Requires holding \(names(missingAll, "and")) first."],
                    confidence: confidence)
            }
            if let any = prerequisites.anyOf, !any.isEmpty, !any.contains(where: { profile.holds($0, on: asOf) }) {
                return RouteOutcome(
                    path: path, date: nil, reasons: ["Requires holding one of \(names(any, "or")) first."],
                    confidence: confidence)
            }
            let held = (prerequisites.allOf ?? []) + (prerequisites.anyOf ?? []).filter { profile.holds($0, on: asOf) }
            if !held.isEmpty { reasons.append("You hold \(names(held, "and")).") }
        }
        if let hours = path.auditHours {
            let logged = profile.experience.compactMap(\.auditHours).reduce(0, +)
            if logged < Double(hours) {
                return RouteOutcome(
                    path: path, date: nil,
                    reasons: [
                        "Needs \(hours) hours of audit activity; the profile records \(Profile.format(logged)) (add auditHours to jobs)."
                    ],
                    confidence: confidence)
            }
            reasons.append("\(Profile.format(logged)) hours of audit activity recorded; \(hours) needed.")
        }
        if let training = path.training {
            reasons.append("Eligible by completing \(training).")
            return RouteOutcome(path: path, date: asOf, reasons: reasons, confidence: confidence)
        }
        guard let rule = path.experience else {
            return RouteOutcome(
                path: path, date: asOf, reasons: reasons.isEmpty ? ["Nothing else is required."] : reasons,
                confidence: confidence)
        }
        let outcome = experience(rule, of: certification, context: &context)
        confidence = max(confidence, outcome.confidence)
        return RouteOutcome(path: path, date: outcome.date, reasons: reasons + outcome.reasons, confidence: confidence)
    }

    /// Finds the first day an experience rule is met, explaining the arithmetic.
    func experience(
        _ rule: Eligibility.ExperienceRule, of certification: Certification, context: inout Context
    )
        -> (date: Day?, reasons: [String], confidence: Confidence)
    {
        let profile = context.profile
        let asOf = context.asOf
        var reasons: [String] = []
        var confidence = Confidence.official

        // Waivers: the best degree option and the best credential option, capped together.
        var waived = 0.0
        if let waivers = rule.waivers {
            let degreeOptions = waivers.options.filter { $0.kind == .degree && profile.hasDegree(for: $0, on: asOf) }
            for option in waivers.options where option.kind == .degree && !degreeOptions.contains(option) {
                if let fields = option.fields, profile.highestDegree(on: asOf) >= (option.minimumDegree ?? .doctorate) {
                    reasons.append(
                        "A degree in \(EligibilityText.list(fields.prefix(3).map { $0 }, conjunction: "or")) or a related subject would waive "
                            + "\(EligibilityText.years(option.years)); your degree's subject is not one listed — if the issuer accepts it as related, you are eligible sooner."
                    )
                }
            }
            let credentialOptions = waivers.options.filter { option in
                option.kind == .credential && (option.anyOf ?? []).contains { profile.holds($0, on: asOf) }
            }
            let best = [degreeOptions.max { $0.years < $1.years }, credentialOptions.max { $0.years < $1.years }]
                .compactMap { $0 }
            waived = min(waivers.maxYears, best.reduce(0) { $0 + $1.years })
            for option in best {
                reasons.append("\(EligibilityText.years(option.years).capitalizedFirst) waived for \(option.label).")
                if let provenance = option.provenance { confidence = max(confidence, provenance.confidence) }
            }
            if best.count > 1 || best.contains(where: { $0.years > waivers.maxYears }) {
                reasons.append("Waivers together are capped at \(EligibilityText.years(waivers.maxYears)).")
            }
            for option in waivers.options where option.kind == .credential && (option.anyOf ?? []).isEmpty {
                reasons.append(
                    "A credential may also waive \(EligibilityText.years(option.years)) (\(option.label)); the list is not recorded, so none was applied."
                )
                if let provenance = option.provenance { confidence = max(confidence, provenance.confidence) }
            }
        }
        // Substitutions by certifications held.
        var substituted = [Int: Double]()  // part index (-1 = total) → years
        for substitution in rule.substitutions ?? [] where profile.holds(substitution.holding, on: asOf) {
            substituted[substitution.part ?? -1, default: 0] += substitution.replaces
            reasons.append(
                substitution.label
                    ?? "Holding \(substitution.holding) replaces \(EligibilityText.years(substitution.replaces)).")
        }

        let needTotal = max(0, rule.years - waived - (substituted[-1] ?? 0)) * 12
        let total = context.timeline(rule.counts, rule.partTime)
        let window = rule.window?.yearsBefore
        var requirements: [(timeline: ExperienceTimeline, need: Double, label: String)] = [
            (total, needTotal, EligibilityText.work(rule.counts))
        ]
        for (index, part) in (rule.parts ?? []).enumerated() {
            let need = max(0, part.years - (substituted[index] ?? 0)) * 12
            requirements.append(
                (context.timeline(part.counts, rule.partTime), need, part.label ?? EligibilityText.work(part.counts)))
        }

        // What the history holds today.
        for requirement in requirements {
            let have = requirement.timeline.months(before: asOf, windowYears: window)
            reasons.append(
                "\(Self.duration(months: have)) of \(requirement.label) counted by \(asOf); \(Self.duration(months: requirement.need)) needed."
            )
        }
        if rule.partTime == .hours, profile.experience.contains(where: { $0.hoursPerWeek < 35 }) {
            reasons.append(
                "Part-time work counts by hours (20–34 hours a week, 2,080 hours make a year); under 20 hours a week does not count."
            )
        }
        if let window {
            reasons.append("Only experience within \(EligibilityText.years(window)) before applying counts.")
        }

        // Domains.
        if let minDomains = rule.minDomains {
            let domains = Set(
                profile.experience.enumerated().filter { total.contributing[$0.offset] }.flatMap(\.element.domains))
            if domains.count < minDomains {
                reasons.append(
                    "The work history touches \(domains.count) CISSP domain\(domains.count == 1 ? "" : "s"); \(minDomains) are needed. "
                        + "Add the domains each job covered, or gain experience in more domains.")
                return (nil, reasons, confidence)
            }
            reasons.append("Touches \(domains.count) CISSP domains (\(minDomains) needed).")
        }

        // The first day every requirement is met.
        let met: (Day) -> Bool = { day in
            requirements.allSatisfy { $0.timeline.months(before: day, windowYears: window) + 1e-9 >= $0.need }
        }
        let last = context.horizon.adding(days: -1)
        if window == nil {
            // Without a window experience only grows, so the first day can be found by halving.
            if met(asOf) { return (asOf, reasons, confidence) }
            if met(last) {
                var low = 0  // not met
                var high = asOf.days(until: last)  // met
                while high - low > 1 {
                    let middle = (low + high) / 2
                    if met(asOf.adding(days: middle)) { high = middle } else { low = middle }
                }
                return (asOf.adding(days: high), reasons, confidence)
            }
        } else {
            // Old experience leaves the window as time passes: look month by month, then day by day.
            var day = asOf
            while day <= last {
                if met(day) {
                    var earliest = day
                    while earliest > asOf, met(earliest.adding(days: -1)) { earliest = earliest.adding(days: -1) }
                    return (earliest, reasons, confidence)
                }
                day = day.adding(months: 1)
            }
        }
        reasons.append(
            "Your current jobs do not add this kind of work, so continuing them does not lead to eligibility.")
        return (nil, reasons, confidence)
    }

    func names(_ ids: [Certification.ID], _ conjunction: String) -> String {
        EligibilityText.list(
            ids.map { knowledgeBase.certification($0)?.short ?? $0.rawValue }, conjunction: conjunction)
    }

    /// "4 years 2 months", "10 months".
    static func duration(months: Double) -> String {
        let whole = Int((months + 1e-6).rounded(.down))
        let years = whole / 12
        let rest = whole % 12
        var parts: [String] = []
        if years > 0 { parts.append("\(years) year\(years == 1 ? "" : "s")") }
        if rest > 0 || years == 0 { parts.append("\(rest) month\(rest == 1 ? "" : "s")") }
        return parts.joined(separator: " ")
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
