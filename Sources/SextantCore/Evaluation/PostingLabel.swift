/// A hand label for one posting, in the format of shared/corpus/LABELS.md.
///
/// Fields the labellers could not settle are absent; they are skipped when scoring. `min_years`
/// distinguishes absent (unlabelled) from `null` (no years required).
public struct PostingLabel: Decodable, Sendable, Hashable {
    public var id: String
    public var language: String?
    public var securityJob: Bool?
    public var discipline: String?
    public var orientation: String?
    public var seniority: String?
    public var minYears: LabelledYears
    public var certs: [LabelledCertification]?
    public var otherCerts: [String]?
    public var titleDiscipline: String?
    public var titleSeniority: String?
    public var titleMismatch: Bool?
    public var impossible: Bool?
    public var notes: String?

    public enum LabelledYears: Sendable, Hashable {
        case unlabelled
        case none
        case years(Double)
    }

    public struct LabelledCertification: Decodable, Sendable, Hashable {
        public var id: String
        public var strength: String
    }

    private enum CodingKeys: String, CodingKey {
        case id, language, discipline, orientation, seniority, certs, notes, impossible
        case securityJob = "security_job"
        case minYears = "min_years"
        case otherCerts = "other_certs"
        case titleDiscipline = "title_discipline"
        case titleSeniority = "title_seniority"
        case titleMismatch = "title_mismatch"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        language = try container.decodeIfPresent(String.self, forKey: .language)
        securityJob = try container.decodeIfPresent(Bool.self, forKey: .securityJob)
        discipline = try container.decodeIfPresent(String.self, forKey: .discipline)
        orientation = try container.decodeIfPresent(String.self, forKey: .orientation)
        seniority = try container.decodeIfPresent(String.self, forKey: .seniority)
        if !container.contains(.minYears) {
            minYears = .unlabelled
        } else if try container.decodeNil(forKey: .minYears) {
            minYears = .none
        } else {
            minYears = .years(try container.decode(Double.self, forKey: .minYears))
        }
        certs = try container.decodeIfPresent([LabelledCertification].self, forKey: .certs)
        otherCerts = try container.decodeIfPresent([String].self, forKey: .otherCerts)
        titleDiscipline = try container.decodeIfPresent(String.self, forKey: .titleDiscipline)
        titleSeniority = try container.decodeIfPresent(String.self, forKey: .titleSeniority)
        titleMismatch = try container.decodeIfPresent(Bool.self, forKey: .titleMismatch)
        impossible = try container.decodeIfPresent(Bool.self, forKey: .impossible)
        notes = try container.decodeIfPresent(String.self, forKey: .notes)
    }

    /// Label spellings (`it_security`) as analysis values (`itSecurity`).
    static func camel(_ value: String) -> String {
        let parts = value.split(separator: "_")
        guard let first = parts.first else { return value }
        return String(first) + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
