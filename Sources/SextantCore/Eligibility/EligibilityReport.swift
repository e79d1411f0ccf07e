/// Whether and when a person may hold a certification.
public enum EligibilityStatus: String, Codable, Sendable, Hashable, CaseIterable {
    /// Meets a route now.
    case eligible
    /// Will meet a route on `eligibleOn` by continuing their current jobs.
    case eligibleLater
    /// Cannot meet any route by continuing their current jobs (say, no management experience).
    case notEligible
    /// The certification has no experience or prerequisite rule.
    case noRequirement
}

/// One certification's answer, with the arithmetic behind it.
public struct EligibilityResult: Codable, Sendable, Hashable {
    public var id: Certification.ID
    public var name: String
    public var status: EligibilityStatus
    /// The day the person becomes eligible (today for `eligible`), nil otherwise.
    public var eligibleOn: Day?
    /// The route that decides (`Five years of paid work...`, `official training`...).
    public var route: String?
    /// The arithmetic, in plain words.
    public var reasons: [String]
    /// The weakest confidence among the rules used; `unconfirmed` must be said out loud.
    public var confidence: Confidence
    /// Where the rule comes from.
    public var sources: [Source.ID]
    /// Pass the exam now, earn the experience later (Associate of ISC2).
    public var associate: AssociateOutlook?
    /// Set when the issuer retired the certification: the day, and its successor if any.
    public var retired: Day?
    public var successor: Certification.ID?
    /// Earlier dates that hold only if a partly known fact goes the person's way.
    public var whatIf: [WhatIf] = []

    /// "From 2028-03-01 if ISC2's current list still includes your Security+".
    public struct WhatIf: Codable, Sendable, Hashable {
        /// The assumption in words.
        public var assumption: String
        /// Why it is uncertain.
        public var why: String
        public var eligibleOn: Day
        /// The held credentials the assumption is about.
        public var credentials: [Certification.ID]
    }

    public struct AssociateOutlook: Codable, Sendable, Hashable {
        public var label: String
        /// The last day to gain the experience after passing the exam now.
        public var deadline: Day
        /// Whether the experience will be complete by then at the current pace.
        public var withinDeadline: Bool
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, status, eligibleOn, route, reasons, confidence, sources, associate, retired, successor, whatIf
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Certification.ID.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        status = try container.decode(EligibilityStatus.self, forKey: .status)
        eligibleOn = try container.decodeIfPresent(Day.self, forKey: .eligibleOn)
        route = try container.decodeIfPresent(String.self, forKey: .route)
        reasons = try container.decode([String].self, forKey: .reasons)
        confidence = try container.decode(Confidence.self, forKey: .confidence)
        sources = try container.decode([Source.ID].self, forKey: .sources)
        associate = try container.decodeIfPresent(AssociateOutlook.self, forKey: .associate)
        retired = try container.decodeIfPresent(Day.self, forKey: .retired)
        successor = try container.decodeIfPresent(Certification.ID.self, forKey: .successor)
        whatIf = try container.decodeIfPresent([WhatIf].self, forKey: .whatIf) ?? []
    }

    public init(
        id: Certification.ID, name: String, status: EligibilityStatus, eligibleOn: Day?, route: String?,
        reasons: [String], confidence: Confidence, sources: [Source.ID], associate: AssociateOutlook?
    ) {
        self.id = id
        self.name = name
        self.status = status
        self.eligibleOn = eligibleOn
        self.route = route
        self.reasons = reasons
        self.confidence = confidence
        self.sources = sources
        self.associate = associate
    }

    /// `eligibleOn` and `route` are always present (null when not applicable): the JSON contract.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(status, forKey: .status)
        if let eligibleOn {
            try container.encode(eligibleOn, forKey: .eligibleOn)
        } else {
            try container.encodeNil(forKey: .eligibleOn)
        }
        if let route { try container.encode(route, forKey: .route) } else { try container.encodeNil(forKey: .route) }
        try container.encode(reasons, forKey: .reasons)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(sources, forKey: .sources)
        try container.encodeIfPresent(associate, forKey: .associate)
        if let retired {
            try container.encode(retired, forKey: .retired)
            try container.encode(successor, forKey: .successor)
        }
        if !whatIf.isEmpty { try container.encode(whatIf, forKey: .whatIf) }
    }
}

/// Every certification's answer on a day: `sextant eligibility --json`.
public struct EligibilityReport: Codable, Sendable, Hashable {
    public var asOf: Day
    public var certifications: [EligibilityResult]

    public init(asOf: Day, certifications: [EligibilityResult]) {
        self.asOf = asOf
        self.certifications = certifications
    }
}
