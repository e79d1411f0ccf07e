/// Planning defaults every face uses (CLI options, API bodies, the Profile form).
public enum PlanningDefaults {
    /// Study hours a week when none are given.
    public static let hoursPerWeek: Double = 8
    /// The study hours a week a plan accepts.
    public static let hoursPerWeekRange: ClosedRange<Double> = 1...80

    /// Checks study hours a week.
    public static func checkHours(_ hours: Double) throws(PlanningError) -> Double {
        guard hoursPerWeekRange.contains(hours) else { throw .hoursPerWeek(hours) }
        return hours
    }

    /// Checks a budget: absent, or zero or more.
    public static func checkBudget(_ budget: Double?) throws(PlanningError) -> Double? {
        if let budget, !(budget >= 0 && budget.isFinite) { throw .budget(budget) }
        return budget
    }
}

/// What a person asked to plan toward, as written, before it is checked against the catalog.
public struct GoalRequest: Sendable, Hashable {
    /// Certification ids, names or aliases ("cissp", "CompTIA Security+").
    public var certifications: [String]
    /// A work role id or name.
    public var role: String?
    /// A direction word: `strategic`, `management`, `grc` or `technical`.
    public var direction: String?

    public init(certifications: [String] = [], role: String? = nil, direction: String? = nil) {
        self.certifications = certifications
        self.role = role
        self.direction = direction
    }

    public var isEmpty: Bool { certifications.isEmpty && role == nil && direction == nil }
}

/// Why a plan or a lookup cannot go ahead, in the same words on every face. The CLI turns it
/// into an exit code, the API into a status and JSON, the pages into a message on the form.
public enum PlanningError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknownCertification(String, suggestions: [Certification.ID])
    case unknownRole(String, suggestions: [WorkRole.ID])
    case unknownDirection(String)
    case hoursPerWeek(Double)
    case budget(Double)
    case missingGoal

    /// A stable machine-readable code.
    public var code: String {
        switch self {
        case .unknownCertification: "unknown-certification"
        case .unknownRole: "unknown-role"
        case .unknownDirection: "unknown-direction"
        case .hoursPerWeek: "invalid-hours"
        case .budget: "invalid-budget"
        case .missingGoal: "missing-goal"
        }
    }

    /// The request field at fault, as the API names it.
    public var field: String {
        switch self {
        case .unknownCertification: "goal.certifications"
        case .unknownRole: "goal.role"
        case .unknownDirection: "goal.direction"
        case .hoursPerWeek: "hoursPerWeek"
        case .budget: "budget"
        case .missingGoal: "goal"
        }
    }

    public var description: String {
        func quoted<T: CustomStringConvertible>(_ items: [T]) -> String {
            let names = items.prefix(3).map { "'\($0)'" }
            return names.count <= 1
                ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
        }
        switch self {
        case .unknownCertification(let name, let suggestions):
            return "Unknown certification '\(name)'"
                + (suggestions.isEmpty ? "." : " — did you mean \(quoted(suggestions))?")
        case .unknownRole(let name, let suggestions):
            return "Unknown work role '\(name)'"
                + (suggestions.isEmpty ? "." : " — did you mean \(quoted(suggestions))?")
        case .unknownDirection(let name):
            return "Unknown direction '\(name)': choose one of \(RoadmapGoal.directionNames.joined(separator: ", "))."
        case .hoursPerWeek(let hours):
            let range = PlanningDefaults.hoursPerWeekRange
            let rule =
                "Study hours a week must be from \(Profile.format(range.lowerBound)) to \(Profile.format(range.upperBound))"
            // Text that is no number arrives as NaN: say the rule without echoing "nan".
            return hours.isFinite ? "\(rule); \(Profile.format(hours)) is not." : "\(rule)."
        case .budget(let budget):
            return "The budget must be zero or more; \(Profile.format(budget)) is not."
        case .missingGoal:
            return "Give a goal: certifications, a work role or a direction."
        }
    }
}

extension KnowledgeBase {
    /// A certification by id, name or alias; unknown names suggest the closest by edit distance
    /// (`cisps` → `cissp` first).
    public func resolveCertification(_ name: String) throws(PlanningError) -> Certification {
        guard let certification = findCertification(name) else {
            throw .unknownCertification(name, suggestions: certificationSuggestions(for: name))
        }
        return certification
    }

    /// A work role by id; unknown ones suggest the closest ids and names.
    public func resolveRole(_ name: String) throws(PlanningError) -> WorkRole {
        guard let role = findRole(name) else { throw .unknownRole(name, suggestions: roleSuggestions(for: name)) }
        return role
    }

    /// The goal to plan toward: what was asked (certifications, else a role, else a direction),
    /// else the profile's own goal. Posting goals are read by the caller (a file, a body) and
    /// never reach here.
    public func resolveGoal(_ request: GoalRequest, profile: Profile.Goal?) throws(PlanningError) -> RoadmapGoal {
        if !request.certifications.isEmpty {
            var ids: [Certification.ID] = []
            for name in request.certifications { ids.append(try resolveCertification(name).id) }
            return .certifications(ids)
        }
        if let role = request.role { return .role(try resolveRole(role).id) }
        if let direction = request.direction {
            guard let orientation = RoadmapGoal.direction(named: direction) else { throw .unknownDirection(direction) }
            return .direction(orientation)
        }
        guard let profile else { throw .missingGoal }
        let fromProfile = GoalRequest(
            certifications: (profile.certifications ?? []).map(\.rawValue), role: profile.role,
            direction: profile.direction)
        guard !fromProfile.isEmpty else { throw .missingGoal }
        return try resolveGoal(fromProfile, profile: nil)
    }

    /// Goal certifications as a person types them in one field: comma-separated names, each a
    /// catalog name ("CompTIA Security+") or, when it is not one, its words as ids ("cissp cism").
    public func goalCertificationNames(_ text: String) -> [String] {
        text.split(separator: ",").flatMap { part -> [String] in
            let name = String(part).trimmingCharacters(from: " \t")
            if name.isEmpty { return [] }
            return findCertification(name) != nil ? [name] : name.split(separator: " ").map(String.init)
        }
    }
}
