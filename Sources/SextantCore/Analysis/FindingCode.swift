/// The kinds of finding a posting analysis reports (PRODUCT.md, "Finding codes"): stable
/// kebab-case codes for scripts, and a plain title for people.
public enum FindingCode: String, Codable, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case certificationExperienceConflict = "certification-experience-conflict"
    case titleDisciplineMismatch = "title-discipline-mismatch"
    case titleSeniorityMismatch = "title-seniority-mismatch"
    case certificationOverload = "certification-overload"
    case retiredCertification = "retired-certification"
    case noExperienceStated = "no-experience-stated"
    case clearanceRequired = "clearance-required"
    case dodLevelWithoutCertification = "dod-level-without-certification"

    public var description: String { rawValue }

    /// What the finding means, in words a newcomer reads.
    public var title: String {
        switch self {
        case .certificationExperienceConflict: "A required certification the posting's level or years rule out"
        case .titleDisciplineMismatch: "The title names a different kind of security work than the duties"
        case .titleSeniorityMismatch: "The title's level does not match the experience asked"
        case .certificationOverload: "More required certifications than one person usually holds"
        case .retiredCertification: "A certification that can no longer be earned"
        case .noExperienceStated: "No experience requirement stated"
        case .clearanceRequired: "A security clearance is required"
        case .dodLevelWithoutCertification: "A DoD 8570/8140 level but no certification named"
        }
    }
}
