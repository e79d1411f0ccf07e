/// A dated path to a goal: certifications in order, from technical to strategic.
public struct Roadmap: Codable, Sendable, Hashable {
    /// The goal in words ("CISSP", "role OG-WRL-007 Executive Cybersecurity Leadership").
    public var goal: String
    /// The certifications the goal asks for.
    public var targets: [Certification.ID]
    public var start: Day
    public var hoursPerWeek: Double
    public var budget: Double?
    /// The steps in time order: exams by their date, then milestones (no date yet).
    public var steps: [RoadmapStep]
    /// What would move the goal's date, computed by evaluating the rules again.
    public var levers: [RoadmapLever]
    /// Sum of the known exam prices.
    public var totalCost: Double
    public var currency: String
    /// Things to know about the plan as a whole (unknown prices, over budget, estimates).
    public var notes: [String]

    public init(
        goal: String, targets: [Certification.ID], start: Day, hoursPerWeek: Double, budget: Double?,
        steps: [RoadmapStep], levers: [RoadmapLever], totalCost: Double, currency: String, notes: [String]
    ) {
        self.goal = goal
        self.targets = targets
        self.start = start
        self.hoursPerWeek = hoursPerWeek
        self.budget = budget
        self.steps = steps
        self.levers = levers
        self.totalCost = totalCost
        self.currency = currency
        self.notes = notes
    }

    private enum CodingKeys: String, CodingKey {
        case goal, targets, start, hoursPerWeek, budget, steps, levers, totalCost, currency, notes
    }

    /// Plans saved before levers existed still load.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        goal = try container.decode(String.self, forKey: .goal)
        targets = try container.decode([Certification.ID].self, forKey: .targets)
        start = try container.decode(Day.self, forKey: .start)
        hoursPerWeek = try container.decode(Double.self, forKey: .hoursPerWeek)
        budget = try container.decodeIfPresent(Double.self, forKey: .budget)
        steps = try container.decode([RoadmapStep].self, forKey: .steps)
        levers = try container.decodeIfPresent([RoadmapLever].self, forKey: .levers) ?? []
        totalCost = try container.decode(Double.self, forKey: .totalCost)
        currency = try container.decode(String.self, forKey: .currency)
        notes = try container.decode([String].self, forKey: .notes)
    }
}

/// What a step on the roadmap is.
public enum RoadmapStepKind: String, Codable, Sendable, Hashable {
    /// Study and sit an exam on a date.
    case exam
    /// A credential continuing the current jobs does not reach: no exam is booked; the step says
    /// what would unlock it.
    case milestone
}

/// Why a step is on the roadmap.
public enum RoadmapStepRole: String, Codable, Sendable, Hashable {
    /// The goal asks for it.
    case goal
    /// Required before a goal (issuer prerequisite), or the successor of a retired goal.
    case prerequisite
    /// A technical foundation for someone who holds no security certification yet.
    case foundation
    /// A certification the person can hold now or soon that makes them stronger for the goal.
    case steppingStone
}

/// One certification on the roadmap.
public struct RoadmapStep: Codable, Sendable, Hashable {
    public var order: Int
    public var id: Certification.ID
    public var name: String
    public var orientation: Orientation
    public var level: CertificationLevel
    public var kind: RoadmapStepKind
    public var role: RoadmapStepRole
    /// Why it is on the roadmap, in one sentence.
    public var why: String
    /// Whether the step is recommended rather than required for the goal.
    public var optional: Bool
    /// When studying starts; nil for a milestone.
    public var studyStart: Day?
    /// Estimated study hours and whether the figure is Sextant's estimate rather than a source's.
    public var studyHours: Double
    public var studyHoursEstimated: Bool
    /// The target day to sit the exam; nil for a milestone.
    public var examDate: Day?
    /// The day the person may hold it (eligibility), nil when continuing their jobs does not get
    /// them there.
    public var eligibleOn: Day?
    /// The day they can hold it: the later of the exam and eligibility.
    public var holdDate: Day?
    /// True when the exam comes well before the hold date because the step takes the
    /// Associate-of-ISC2 route: pass now, earn the experience inside the route's window.
    public var associateRoute: Bool
    /// How they get there, in words ("pass the exam now as an Associate of ISC2, hold it from ...").
    public var route: String
    /// For a milestone: what would unlock it (a job with that kind of work, and for how long).
    public var unlock: String?
    public var cost: Double?
    public var currency: String?
    public var runningTotal: Double
    public var overBudget: Bool
    /// The weakest confidence among the facts the step rests on (rule, price).
    public var confidence: Confidence

    public init(
        order: Int, id: Certification.ID, name: String, orientation: Orientation, level: CertificationLevel,
        kind: RoadmapStepKind, role: RoadmapStepRole, why: String, optional: Bool, studyStart: Day?,
        studyHours: Double, studyHoursEstimated: Bool, examDate: Day?, eligibleOn: Day?, holdDate: Day?,
        associateRoute: Bool, route: String, unlock: String?, cost: Double?, currency: String?, runningTotal: Double,
        overBudget: Bool, confidence: Confidence
    ) {
        self.order = order
        self.id = id
        self.name = name
        self.orientation = orientation
        self.level = level
        self.kind = kind
        self.role = role
        self.why = why
        self.optional = optional
        self.studyStart = studyStart
        self.studyHours = studyHours
        self.studyHoursEstimated = studyHoursEstimated
        self.examDate = examDate
        self.eligibleOn = eligibleOn
        self.holdDate = holdDate
        self.associateRoute = associateRoute
        self.route = route
        self.unlock = unlock
        self.cost = cost
        self.currency = currency
        self.runningTotal = runningTotal
        self.overBudget = overBudget
        self.confidence = confidence
    }

    private enum CodingKeys: String, CodingKey {
        case order, id, name, orientation, level, kind, role, why, optional, studyStart, studyHours,
            studyHoursEstimated, examDate, eligibleOn, holdDate, associateRoute, route, unlock, cost, currency,
            runningTotal, overBudget, confidence
    }

    /// Steps of plans saved before milestones and stepping stones existed still load.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        order = try container.decode(Int.self, forKey: .order)
        id = try container.decode(Certification.ID.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        orientation = try container.decode(Orientation.self, forKey: .orientation)
        level = try container.decode(CertificationLevel.self, forKey: .level)
        kind = try container.decodeIfPresent(RoadmapStepKind.self, forKey: .kind) ?? .exam
        optional = try container.decode(Bool.self, forKey: .optional)
        role = try container.decodeIfPresent(RoadmapStepRole.self, forKey: .role) ?? (optional ? .foundation : .goal)
        why = try container.decode(String.self, forKey: .why)
        studyStart = try container.decodeIfPresent(Day.self, forKey: .studyStart)
        studyHours = try container.decode(Double.self, forKey: .studyHours)
        studyHoursEstimated = try container.decode(Bool.self, forKey: .studyHoursEstimated)
        examDate = try container.decodeIfPresent(Day.self, forKey: .examDate)
        eligibleOn = try container.decodeIfPresent(Day.self, forKey: .eligibleOn)
        holdDate = try container.decodeIfPresent(Day.self, forKey: .holdDate)
        associateRoute = try container.decodeIfPresent(Bool.self, forKey: .associateRoute) ?? false
        route = try container.decode(String.self, forKey: .route)
        unlock = try container.decodeIfPresent(String.self, forKey: .unlock)
        cost = try container.decodeIfPresent(Double.self, forKey: .cost)
        currency = try container.decodeIfPresent(String.self, forKey: .currency)
        runningTotal = try container.decode(Double.self, forKey: .runningTotal)
        overBudget = try container.decode(Bool.self, forKey: .overBudget)
        confidence = try container.decode(Confidence.self, forKey: .confidence)
    }
}

/// Something that would move a goal's date, and the date it would give.
public struct RoadmapLever: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        /// More of the working time on security.
        case securityShare
        /// A degree that waives years of experience.
        case degree
        /// A credential that waives years of experience.
        case credential
        /// Full-time instead of part-time hours.
        case hours
        /// Work in more CISSP domains.
        case domains
    }

    public var kind: Kind
    /// The goal certification it moves.
    public var certification: Certification.ID
    /// In words, with the date ("At 80% security work from now on ... hold CISSP from 2031-06-01").
    public var description: String
    /// The hold date with the lever pulled.
    public var holdDate: Day

    public init(kind: Kind, certification: Certification.ID, description: String, holdDate: Day) {
        self.kind = kind
        self.certification = certification
        self.description = description
        self.holdDate = holdDate
    }
}

/// What a roadmap aims at.
public enum RoadmapGoal: Sendable, Hashable {
    /// Hold these certifications.
    case certifications([Certification.ID])
    /// Be ready for a work role (NICE or ECSF).
    case role(WorkRole.ID)
    /// Meet what an analysed posting asks.
    case posting(PostingAnalysis)
    /// Move toward strategic (GRC, management) or deeper technical work: Sextant picks the end point.
    case direction(Orientation)
}

extension RoadmapGoal {
    /// The words a direction goal accepts, each with the orientation it aims at.
    static let directions: [(name: String, orientation: Orientation)] = [
        ("strategic", .strategic), ("management", .strategic), ("grc", .strategic), ("technical", .technical),
    ]

    /// The accepted direction words, for help texts and error messages.
    public static var directionNames: [String] { directions.map(\.name) }

    /// The orientation a direction word aims at ("strategic", "management" and "grc" → strategic;
    /// "technical" → technical), or nil.
    public static func direction(named name: String) -> Orientation? {
        let folded = name.trimmingSpaces().lowercased()
        return directions.first { $0.name == folded }?.orientation
    }
}
