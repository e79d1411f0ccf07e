/// How a person measures up to a posting, requirement by requirement.
public struct MatchReport: Codable, Sendable, Hashable {
    public var posting: String
    public var asOf: Day
    public var items: [MatchItem]
    /// "3 of 5 requirements met; 1 met on 2028-07-01; 1 unmet."
    public var summary: String
    /// The roadmap that closes the certification gaps.
    public var roadmap: Roadmap
}

public struct MatchItem: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, Hashable { case certification, experience, education, clearance }
    public enum Status: String, Codable, Sendable, Hashable {
        case met, unmet, metOn, unknown
    }

    public var kind: Kind
    /// The requirement in words ("CISSP (required)", "5+ years of experience").
    public var requirement: String
    public var strength: CertificationStrength
    public var status: Status
    /// For `metOn`: the day it will be met by following the roadmap and continuing current jobs.
    public var metOn: Day?
    public var detail: String
    /// Roadmap steps (certification ids) that close the gap.
    public var closedBy: [Certification.ID]
}
