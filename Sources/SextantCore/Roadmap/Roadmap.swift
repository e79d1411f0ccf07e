/// A dated path to a goal: certifications in order, from technical to strategic.
public struct Roadmap: Codable, Sendable, Hashable {
    /// The goal in words ("CISSP", "role OG-WRL-007 Executive Cybersecurity Leadership").
    public var goal: String
    /// The certifications the goal asks for.
    public var targets: [Certification.ID]
    public var start: Day
    public var hoursPerWeek: Double
    public var budget: Double?
    public var steps: [RoadmapStep]
    /// Sum of the known exam prices.
    public var totalCost: Double
    public var currency: String
    /// Things to know about the plan as a whole (unknown prices, over budget, estimates).
    public var notes: [String]
}

/// One certification on the roadmap.
public struct RoadmapStep: Codable, Sendable, Hashable {
    public var order: Int
    public var id: Certification.ID
    public var name: String
    public var orientation: Orientation
    public var level: CertificationLevel
    /// Why it is on the roadmap.
    public var why: String
    /// Whether the step is recommended rather than required for the goal.
    public var optional: Bool
    /// When studying starts (after the previous step).
    public var studyStart: Day
    /// Estimated study hours and whether the figure is Sextant's estimate rather than a source's.
    public var studyHours: Double
    public var studyHoursEstimated: Bool
    /// The target day to sit the exam: study start plus study hours at the planned pace.
    public var examDate: Day
    /// The day the person may hold it (eligibility), nil when continuing their jobs does not get
    /// them there.
    public var eligibleOn: Day?
    /// The day they can hold it: the later of the exam and eligibility.
    public var holdDate: Day?
    /// How they get there, in words ("pass the exam now as an Associate of ISC2, hold it from ...").
    public var route: String
    public var cost: Double?
    public var currency: String?
    public var runningTotal: Double
    public var overBudget: Bool
    /// The weakest confidence among the facts the step rests on (rule, price).
    public var confidence: Confidence
}
