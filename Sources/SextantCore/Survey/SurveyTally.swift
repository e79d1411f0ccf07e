/// Counts for a survey, added one posting at a time and merged batch by batch.
///
/// Merging is plain addition, except for lists kept short to keep memory flat (examples, broken
/// records, rare titles, groups past the limit), which keep the earliest entries. Batches are
/// merged in input order, so the result is the same however many workers made them.
///
/// ```swift
/// var tally = SurveyTally(groupBy: .country)
/// tally.add(record, analyzer.analyze(record.input))
/// let summary = tally.summary(knowledgeBase: base, inputs: ["postings.jsonl"], sextantVersion: "0.1.0")
/// ```
public struct SurveyTally: Sendable {
    /// Tuning: bounds that keep a survey's memory flat however large its input.
    /// Examples per finding code: enough to show what the finding looks like.
    public static let exampleLimit = 5
    /// Broken records listed by place (all are counted).
    public static let problemLimit = 200
    /// Distinct titles kept per discipline before those seen once are dropped.
    public static let titleLimit = 20_000
    /// Groups reported one by one; later ones count as "other".
    public static let groupLimit = 500
    /// Certifications in the report's top list.
    public static let topCertificationCount = 30
    /// Titles per discipline in the report.
    public static let topTitleCount = 12

    public let groupBy: SurveyGroupField?
    public private(set) var analysed = 0
    public private(set) var broken = 0
    var problems: [SurveyProblem] = []
    var security = 0
    var languages: [String: Int] = [:]
    var disciplines: [PrimaryDiscipline: Int] = [:]
    var orientations: [Orientation: Int] = [:]
    var seniorities: [Seniority: Int] = [:]
    var certifications: [Certification.ID: CertificationTally] = [:]
    /// Security postings naming 0, 1, 2, 3, 4, 5+ certifications.
    var certificationsPerPosting = [Int](repeating: 0, count: 6)
    var requiringAny = 0
    var years: [Seniority: YearsHistogram] = [:]
    var entryLevel = 0
    var entryLevelThreePlus = 0
    var findings: [String: FindingTally] = [:]
    var titleMatrix: [TitleDiscipline: [PrimaryDiscipline: Int]] = [:]
    var titles: [PrimaryDiscipline: TitleCounts] = [:]
    var groups: [String: GroupTally] = [:]
    var groupOrder: [String] = []
    var otherGroups = 0
    var ungrouped = 0

    public init(groupBy: SurveyGroupField? = nil) {
        self.groupBy = groupBy
    }

    /// Records read so far, analysed or broken.
    public var records: Int { analysed + broken }

    // MARK: Adding

    /// Counts one analysed posting.
    public mutating func add(_ record: SurveyRecord, _ analysis: PostingAnalysis) {
        analysed += 1
        titleMatrix[analysis.titleDiscipline, default: [:]][analysis.primaryDiscipline, default: 0] += 1
        if let groupBy { addToGroup(groupBy.key(of: record, analysis: analysis), analysis) }
        guard analysis.securityRelevant else { return }

        security += 1
        languages[analysis.language, default: 0] += 1
        disciplines[analysis.primaryDiscipline, default: 0] += 1
        orientations[analysis.orientation, default: 0] += 1
        seniorities[analysis.seniority, default: 0] += 1

        var named = Set<Certification.ID>()
        var requires = false
        for mention in analysis.certifications where named.insert(mention.id).inserted {
            certifications[mention.id, default: CertificationTally()].add(mention.strength, analysis)
            if mention.strength == .required { requires = true }
        }
        certificationsPerPosting[min(named.count, 5)] += 1
        if requires { requiringAny += 1 }

        years[analysis.seniority, default: YearsHistogram()].add(analysis.experience.minYears)
        if analysis.titleSeniority == .entry || analysis.seniority == .entry {
            entryLevel += 1
            if let minimum = analysis.experience.minYears, minimum >= 3 { entryLevelThreePlus += 1 }
        }

        var seen = Set<FindingCode>()
        for finding in analysis.findings where seen.insert(finding.code).inserted {
            findings[finding.code.rawValue, default: FindingTally(severity: finding.severity)].add(
                SurveyExample(id: analysis.id, title: analysis.title, evidence: finding.evidence))
        }
        titles[analysis.primaryDiscipline, default: TitleCounts()].add(analysis.title)
    }

    /// Counts a record that could not be read, listing the first ones.
    public mutating func addProblem(_ problem: SurveyProblem) {
        broken += 1
        if problems.count < Self.problemLimit { problems.append(problem) }
    }

    mutating func addToGroup(_ key: String?, _ analysis: PostingAnalysis) {
        guard let key else {
            ungrouped += 1
            return
        }
        if groups[key] == nil {
            guard groups.count < Self.groupLimit else {
                otherGroups += 1
                return
            }
            groupOrder.append(key)
        }
        groups[key, default: GroupTally()].add(analysis)
    }

    // MARK: Merging

    /// Adds a later batch's counts to these.
    public mutating func merge(_ later: SurveyTally) {
        analysed += later.analysed
        broken += later.broken
        problems.append(contentsOf: later.problems.prefix(max(0, Self.problemLimit - problems.count)))
        security += later.security
        languages.merge(later.languages, uniquingKeysWith: +)
        disciplines.merge(later.disciplines, uniquingKeysWith: +)
        orientations.merge(later.orientations, uniquingKeysWith: +)
        seniorities.merge(later.seniorities, uniquingKeysWith: +)
        certifications.merge(later.certifications) { $0.merged($1) }
        for index in certificationsPerPosting.indices {
            certificationsPerPosting[index] += later.certificationsPerPosting[index]
        }
        requiringAny += later.requiringAny
        years.merge(later.years) { $0.merged($1) }
        entryLevel += later.entryLevel
        entryLevelThreePlus += later.entryLevelThreePlus
        findings.merge(later.findings) { $0.merged($1) }
        titleMatrix.merge(later.titleMatrix) { $0.merging($1, uniquingKeysWith: +) }
        for (discipline, counts) in later.titles { titles[discipline, default: TitleCounts()].merge(counts) }
        for key in later.groupOrder {
            let group = later.groups[key]!
            if groups[key] == nil {
                guard groups.count < Self.groupLimit else {
                    otherGroups += group.postings
                    continue
                }
                groupOrder.append(key)
                groups[key] = group
            } else {
                groups[key] = groups[key]!.merged(group)
            }
        }
        otherGroups += later.otherGroups
        ungrouped += later.ungrouped
    }
}

// MARK: Parts

struct CertificationTally: Sendable {
    var postings = 0
    var strengths: [CertificationStrength: Int] = [:]
    var byDiscipline: [PrimaryDiscipline: Int] = [:]
    var bySeniority: [Seniority: Int] = [:]

    mutating func add(_ strength: CertificationStrength, _ analysis: PostingAnalysis) {
        postings += 1
        strengths[strength, default: 0] += 1
        byDiscipline[analysis.primaryDiscipline, default: 0] += 1
        bySeniority[analysis.seniority, default: 0] += 1
    }

    func merged(_ other: Self) -> Self {
        Self(
            postings: postings + other.postings, strengths: strengths.merging(other.strengths, uniquingKeysWith: +),
            byDiscipline: byDiscipline.merging(other.byDiscipline, uniquingKeysWith: +),
            bySeniority: bySeniority.merging(other.bySeniority, uniquingKeysWith: +))
    }
}

/// Minimum years asked, in whole years (rounded down), 0 to 15 and "16 or more", plus postings
/// that state none.
struct YearsHistogram: Sendable {
    static let lastBin = 16
    var counts = [Int](repeating: 0, count: lastBin + 1)
    var notStated = 0

    mutating func add(_ years: Double?) {
        guard let years, years.isFinite, years >= 0 else {
            notStated += 1
            return
        }
        counts[min(Int(years), Self.lastBin)] += 1
    }

    func merged(_ other: Self) -> Self {
        Self(counts: zip(counts, other.counts).map(+), notStated: notStated + other.notStated)
    }

    var stating: Int { counts.reduce(0, +) }

    /// The lower median in whole years, nil when no posting states years.
    var median: Int? {
        let total = stating
        guard total > 0 else { return nil }
        var seen = 0
        for (years, count) in counts.enumerated() {
            seen += count
            if seen * 2 >= total { return years }
        }
        return nil
    }
}

struct FindingTally: Sendable {
    var severity: Finding.Severity
    var postings = 0
    var examples: [SurveyExample] = []

    mutating func add(_ example: SurveyExample) {
        postings += 1
        if examples.count < SurveyTally.exampleLimit { examples.append(example) }
    }

    func merged(_ later: Self) -> Self {
        var result = self
        result.postings += later.postings
        result.examples.append(contentsOf: later.examples.prefix(max(0, SurveyTally.exampleLimit - examples.count)))
        return result
    }
}

/// Titles counted by their folded form ("Security Analyst (m/w/d)" and "security analyst m/w/d"
/// are one), shown as first written.
struct TitleCounts: Sendable {
    var counts: [String: (title: String, count: Int)] = [:]
    /// True once rare titles were dropped.
    var pruned = false

    mutating func add(_ title: String) {
        let key = Self.key(title)
        guard !key.isEmpty else { return }
        counts[key, default: (title, 0)].count += 1
        pruneIfNeeded()
    }

    mutating func merge(_ later: Self) {
        for (key, value) in later.counts { counts[key, default: (value.title, 0)].count += value.count }
        pruned = pruned || later.pruned
        pruneIfNeeded()
    }

    /// Drops titles seen once when there are too many to keep.
    mutating func pruneIfNeeded() {
        guard counts.count > SurveyTally.titleLimit else { return }
        counts = counts.filter { $0.value.count > 1 }
        pruned = true
    }

    /// Gender markers and case do not make a different title.
    static func key(_ title: String) -> String {
        let markers: Set<String> = ["m", "w", "d", "f", "x", "h", "mwd", "mfd", "fmd", "wmd", "hf", "fh", "mfx", "all"]
        var words = TextFolding.tokens(title)
        while let last = words.last, markers.contains(last) { words.removeLast() }
        return words.joined(separator: " ")
    }
}

struct GroupTally: Sendable {
    var postings = 0
    var security = 0
    var flagged = 0
    var disciplines: [PrimaryDiscipline: Int] = [:]
    var orientations: [Orientation: Int] = [:]
    var certifications: [Certification.ID: Int] = [:]
    var years = YearsHistogram()

    mutating func add(_ analysis: PostingAnalysis) {
        postings += 1
        guard analysis.securityRelevant else { return }
        security += 1
        disciplines[analysis.primaryDiscipline, default: 0] += 1
        orientations[analysis.orientation, default: 0] += 1
        for id in Set(analysis.certifications.map(\.id)) { certifications[id, default: 0] += 1 }
        years.add(analysis.experience.minYears)
        if analysis.findings.contains(where: { $0.severity != .info }) { flagged += 1 }
    }

    func merged(_ other: Self) -> Self {
        Self(
            postings: postings + other.postings, security: security + other.security,
            flagged: flagged + other.flagged,
            disciplines: disciplines.merging(other.disciplines, uniquingKeysWith: +),
            orientations: orientations.merging(other.orientations, uniquingKeysWith: +),
            certifications: certifications.merging(other.certifications, uniquingKeysWith: +),
            years: years.merged(other.years))
    }
}
