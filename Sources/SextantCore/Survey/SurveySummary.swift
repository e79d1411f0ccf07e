/// The numbers of a survey report: what `summary.json` holds and every report page draws.
///
/// Everything after `method` and `securityRelevant` is counted over the security-relevant
/// postings only (the market the report is about). Lists are sorted by count, ties by name, so
/// the same input always gives the same bytes.
public struct SurveySummary: Codable, Sendable, Hashable {
    public var method: SurveyMethod
    /// Postings that are security work, out of all analysed.
    public var securityRelevant: SurveyShare
    public var languages: [SurveyCount]
    public var disciplines: [SurveyCount]
    public var orientation: [SurveyCount]
    public var seniority: [SurveyCount]
    public var certifications: SurveyCertificationDemand
    public var experience: SurveyExperienceDemand
    /// Each finding code: how many postings have it, with the first examples.
    public var findings: [SurveyFindingRate]
    public var titles: SurveyTitleReport
    /// Present when the survey was grouped (`--group-by`).
    public var groups: SurveyGroupReport?
}

/// How the survey was made: versions, inputs, counts and what was skipped.
public struct SurveyMethod: Codable, Sendable, Hashable {
    public var sextantVersion: String
    public var knowledgeBaseVersion: String
    /// The input files by name (folders and files as given, `standard input`).
    public var inputs: [String]
    public var groupBy: SurveyGroupField?
    /// Records read: analysed plus broken.
    public var records: Int
    public var analysed: Int
    /// Records that could not be read (bad JSON, no description, binary...).
    public var broken: Int
    /// The first broken records, with their file and line.
    public var brokenRecords: [SurveyProblem]
    /// True when rare titles were dropped to keep memory flat (the title lists are then counts
    /// of the titles seen more than once).
    public var titlesApproximate: Bool
    /// What the figures count, in words.
    public var notes: [String]
}

/// A count with its share of a whole (0–1, four decimals).
public struct SurveyShare: Codable, Sendable, Hashable {
    public var count: Int
    public var of: Int
    public var share: Double

    public init(count: Int, of total: Int) {
        self.count = count
        self.of = total
        self.share = total > 0 ? Self.rounded(Double(count) / Double(total)) : 0
    }

    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}

/// A named count with its share of a whole.
public struct SurveyCount: Codable, Sendable, Hashable {
    public var key: String
    public var count: Int
    public var share: Double

    public init(key: String, count: Int, of total: Int) {
        self.key = key
        self.count = count
        self.share = SurveyShare(count: count, of: total).share
    }

    public init(key: String, count: Int, share: Double) {
        self.key = key
        self.count = count
        self.share = share
    }
}

public struct SurveyCertificationDemand: Codable, Sendable, Hashable {
    /// Security postings naming at least one certification.
    public var postingsNamingAny: SurveyShare
    /// Security postings requiring at least one certification.
    public var postingsRequiringAny: SurveyShare
    /// How many certifications a posting names: `0`, `1`, ... `5+`.
    public var perPosting: [SurveyCount]
    /// The most named certifications (up to 30).
    public var top: [SurveyCertificationRow]
}

public struct SurveyCertificationRow: Codable, Sendable, Hashable {
    public var id: Certification.ID
    public var name: String
    /// Security postings naming it, and their share of all security postings.
    public var postings: Int
    public var share: Double
    public var required: Int
    public var preferred: Int
    public var mentioned: Int
    /// Postings naming it, by the posting's discipline and level.
    public var byDiscipline: [String: Int]
    public var bySeniority: [String: Int]
}

public struct SurveyExperienceDemand: Codable, Sendable, Hashable {
    /// The years asked (the lowest stated minimum), per level.
    public var bySeniority: [SurveyExperienceRow]
    /// Entry-level postings (by title or text) that ask 3 or more years.
    public var entryLevelAskingThreePlus: SurveyShare
}

public struct SurveyExperienceRow: Codable, Sendable, Hashable {
    public var seniority: Seniority
    public var postings: Int
    /// Postings stating a number of years.
    public var stating: Int
    /// Median minimum years among those stating one (whole years, rounded down).
    public var medianYears: Int?
    /// Postings per bin: `0`, `1`, `2`, `3`, `4`, `5`, `6-7`, `8-9`, `10+`.
    public var bins: [SurveyCount]
}

public struct SurveyFindingRate: Codable, Sendable, Hashable {
    public var code: String
    public var severity: Finding.Severity
    public var postings: Int
    public var share: Double
    public var examples: [SurveyExample]
}

public struct SurveyExample: Codable, Sendable, Hashable {
    public var id: String?
    public var title: String
    public var evidence: String
}

public struct SurveyTitleReport: Codable, Sendable, Hashable {
    /// Title discipline × content discipline, over every analysed posting.
    public var matrix: [SurveyTitleMatrixRow]
    /// The most common titles of the security postings in each content discipline.
    public var topTitles: [SurveyTopTitles]
}

public struct SurveyTitleMatrixRow: Codable, Sendable, Hashable {
    public var titleDiscipline: TitleDiscipline
    public var postings: Int
    /// Postings per content discipline (`itSecurity`, `cybersecurity`, `informationSecurity`, `none`).
    public var content: [String: Int]
}

public struct SurveyTopTitles: Codable, Sendable, Hashable {
    public var discipline: PrimaryDiscipline
    public var titles: [SurveyCount]
}

public struct SurveyGroupReport: Codable, Sendable, Hashable {
    public var field: SurveyGroupField
    /// Groups by size (at most `SurveyTally.groupLimit`; later groups are folded into `other`).
    public var groups: [SurveyGroupRow]
    /// Postings in groups past the limit.
    public var other: Int
    /// Postings without the field.
    public var missing: Int
}

public struct SurveyGroupRow: Codable, Sendable, Hashable {
    public var key: String
    public var postings: Int
    public var securityRelevant: SurveyShare
    /// Content disciplines of its security postings.
    public var disciplines: [String: Int]
    public var orientation: [String: Int]
    /// Its five most named certifications.
    public var topCertifications: [SurveyCount]
    public var medianYears: Int?
    /// Security postings with an error or warning finding.
    public var flagged: SurveyShare
}
