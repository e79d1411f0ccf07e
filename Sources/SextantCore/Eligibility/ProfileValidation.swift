/// Something wrong in a profile: the field, the value, and the fix.
public struct ProfileIssue: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable { case error, warning }

    public var severity: Severity
    /// The field, as `experience[2].end`.
    public var field: String
    public var value: String?
    public var problem: String
    public var fix: String

    public init(_ severity: Severity = .error, field: String, value: String? = nil, problem: String, fix: String) {
        self.severity = severity
        self.field = field
        self.value = value
        self.problem = problem
        self.fix = fix
    }

    /// "experience[2].end 2023-13-01 is not a date — write it as YYYY-MM-DD"
    public var description: String {
        "\(field)\(value.map { " \($0)" } ?? ""): \(problem) — \(fix)"
    }
}

extension Profile {
    /// Jobs a profile may list; a longer history is almost certainly a generated file.
    public static let maximumJobs = 200

    /// Checks values decoding cannot: date order, ranges, and references to the knowledge base.
    ///
    /// - Parameters:
    ///   - base: the catalog to resolve certification and domain ids against.
    ///   - asOf: certifications may not be earned after this day.
    public func validate(against base: KnowledgeBase, asOf: Day) -> [ProfileIssue] {
        var issues: [ProfileIssue] = []
        let certificationIDs = base.certifications.map(\.id.rawValue)
        let domainIDs = base.domains.map(\.id.rawValue)
        func suggestion(_ value: String, _ candidates: [String], _ listing: String) -> String {
            EditDistance.suggestions(for: value, among: candidates, limit: 1).first.map {
                "did you mean '\($0)'? (\(listing))"
            }
                ?? listing
        }
        if experience.count > Self.maximumJobs {
            issues.append(
                ProfileIssue(
                    field: "experience", value: String(experience.count),
                    problem: "lists more than \(Self.maximumJobs) jobs", fix: "merge or remove jobs"))
        }
        let earliest = Day(year: 1950, month: 1, day: 1)!
        for (index, job) in experience.enumerated() {
            let field = "experience[\(index)]"
            if job.title.allSatisfy(\.isWhitespace) {
                issues.append(ProfileIssue(field: field + ".title", problem: "is empty", fix: "name the job"))
            }
            if job.start < earliest {
                issues.append(
                    ProfileIssue(
                        field: field + ".start", value: job.start.description, problem: "is before 1950",
                        fix: "check the year"))
            }
            if let end = job.end, end < job.start {
                issues.append(
                    ProfileIssue(
                        field: field + ".end", value: end.description,
                        problem: "is before the job's start \(job.start)",
                        fix: "swap the dates or correct the year"))
            }
            if !(job.hoursPerWeek > 0 && job.hoursPerWeek <= 100) {
                issues.append(
                    ProfileIssue(
                        field: field + ".hoursPerWeek", value: Self.format(job.hoursPerWeek),
                        problem: "is not between 1 and 100 hours a week",
                        fix: "write the contracted weekly hours, e.g. 40"))
            }
            if !(job.securityShare >= 0 && job.securityShare <= 1) {
                issues.append(
                    ProfileIssue(
                        field: field + ".securityShare", value: Self.format(job.securityShare),
                        problem: "is not a fraction between 0 and 1",
                        fix: "write the share of the time spent on security, e.g. 0.5 for half"))
            }
            if let hours = job.auditHours, !(hours >= 0 && hours < 100_000) {
                issues.append(
                    ProfileIssue(
                        field: field + ".auditHours", value: Self.format(hours),
                        problem: "is not a plausible number of hours",
                        fix: "write the hours of audit activity in this job"))
            }
            for (domainIndex, domain) in job.domains.enumerated() where base.domain(domain) == nil {
                issues.append(
                    ProfileIssue(
                        field: "\(field).domains[\(domainIndex)]", value: domain.rawValue,
                        problem: "is not a CISSP domain",
                        fix: suggestion(domain.rawValue, domainIDs, "domains: " + domainIDs.joined(separator: ", "))))
            }
        }
        for (index, held) in certifications.enumerated() {
            let field = "certifications[\(index)]"
            if base.certification(held.id) == nil {
                issues.append(
                    ProfileIssue(
                        field: field + ".id", value: held.id.rawValue, problem: "is not a certification in the catalog",
                        fix: suggestion(held.id.rawValue, certificationIDs, "run `sextant certs` for the ids")))
            }
            if held.earned > asOf {
                issues.append(
                    ProfileIssue(
                        field: field + ".earned", value: held.earned.description, problem: "is after \(asOf)",
                        fix: "list certifications once earned; plan future ones with `sextant plan`"))
            }
            if let expires = held.expires, expires < held.earned {
                issues.append(
                    ProfileIssue(
                        field: field + ".expires", value: expires.description, problem: "is before it was earned",
                        fix: "correct the dates"))
            }
        }
        for (index, id) in (goal?.certifications ?? []).enumerated() where base.certification(id) == nil {
            issues.append(
                ProfileIssue(
                    field: "goal.certifications[\(index)]", value: id.rawValue,
                    problem: "is not a certification in the catalog",
                    fix: suggestion(id.rawValue, certificationIDs, "run `sextant certs` for the ids")))
        }
        if let role = goal?.role, base.role(role) == nil {
            issues.append(
                ProfileIssue(
                    field: "goal.role", value: role, problem: "is not a work role",
                    fix: suggestion(role, base.roles.map(\.id.rawValue), "run `sextant roles` for the ids")))
        }
        if let direction = goal?.direction, RoadmapGoal.direction(named: direction) == nil {
            issues.append(
                ProfileIssue(
                    field: "goal.direction", value: direction, problem: "is not a direction",
                    fix: "write one of " + RoadmapGoal.directionNames.joined(separator: ", ")))
        }
        return issues
    }

    public static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

extension Profile {
    /// The profile with certification ids written as names or aliases ("security+", "Sec+",
    /// "CompTIA Security+") resolved to catalog ids, as `sextant cert` resolves them. Ids the
    /// catalog does not know stay as written, for `validate` to report with a suggestion.
    public func resolvingCertificationNames(in base: KnowledgeBase) -> Profile {
        func resolve(_ id: Certification.ID) -> Certification.ID {
            base.certification(id) != nil ? id : (base.findCertification(id.rawValue)?.id ?? id)
        }
        var resolved = self
        for index in resolved.certifications.indices {
            resolved.certifications[index].id = resolve(resolved.certifications[index].id)
        }
        if let goals = resolved.goal?.certifications { resolved.goal?.certifications = goals.map(resolve) }
        return resolved
    }
}
