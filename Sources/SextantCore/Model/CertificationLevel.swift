/// How advanced a certification is, from a first step to an expert credential.
public enum CertificationLevel: String, Codable, CaseIterable, Sendable, Comparable {
    case foundation
    case associate
    case professional
    case expert

    public static func < (lhs: CertificationLevel, rhs: CertificationLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
