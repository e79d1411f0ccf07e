/// Every tuning number of posting analysis, in one place, each with the reason for its value.
///
/// Changing one changes what `sextant eval` reports on the development labels; the held-out
/// labels are how we check that a change generalises, so change them for a reason that holds for
/// postings in general, never for one posting.
enum AnalysisTuning {
    /// How much a phrase counts by the section it sits in: company descriptions and benefits talk
    /// about the employer ("a leading cybersecurity company"), not the job.
    static func sectionWeight(_ kind: SectionKind) -> Double {
        switch kind {
        case .responsibilities: 1.25
        case .requirements: 1.0
        case .intro: 0.9
        case .preferred: 0.6
        case .about: 0.3
        case .benefits, .other: 0.15
        }
    }

    /// Repeats of the same phrase count less and less: one word used ten times is still one topic.
    static let repeatWeights: [Double] = [1, 0.5, 0.25]

    /// Words of the title count like this many mentions in the text: the title names the job.
    static let titleDisciplineWeight = 3.0
    static let titleNeutralWeight = 2.0
    /// A non-security title ("Data Analyst", "Security Guard") weighs against security this much.
    static let titleNotSecurityWeight = 5.0

    /// A posting is security work when its security evidence reaches this much...
    static let securityEvidenceFloor = 4.0
    /// ...(less when the title is a security title)...
    static let securityEvidenceFloorWithSecurityTitle = 2.0
    /// ...and outweighs the evidence of other work by this factor.
    static let securityOverOtherWork = 1.0

    /// Duty sentences are counted only from this many on: fewer cannot show a share.
    static let minimumDutySentences = 4
    /// A duty sentence has at least this many words (not a one-word bullet or a stray heading).
    static let minimumDutySentenceTokens: Int32 = 4

    /// A posting whose title names no security work is a security job only when at least this
    /// share of its duty sentences name security work: the labelling guide's "roughly a third of
    /// the duties", a little below it because a duty can name security without a lexicon phrase.
    static let minimumSecurityDutyShare = 0.3

    /// Context words (Active Directory, patching) tilt the discipline at this fraction of a
    /// security word's weight.
    static let contextShare = 0.35

    /// Share of strategic evidence below which a posting is technical, above which strategic.
    static let technicalBelow = 0.38
    static let strategicAbove = 0.62

    /// Role scores: a title match counts as this many keyword matches.
    static let roleTitleWeight = 3.0
    /// Roles are listed when their score reaches this, at most `maximumRoles` of them.
    static let minimumRoleScore = 0.12
    static let maximumRoles = 5

    /// A line of at most this many words can be a heading ("Nice to have qualifications:").
    static let headingMaximumTokens: Int32 = 6

    /// More required certifications than this (an "A or B" group counts once) is overload.
    static let certificationOverloadLimit = 3
    /// Years at which an "entry level" title stops being believable.
    static let entryLevelYearsLimit = 3.0
    /// Required years from which a job reads as senior (LABELS.md: senior is 5+ years).
    static let seniorYears = 5.0
}
