/// The three security disciplines Sextant tells apart (see PRODUCT.md, "The idea").
///
/// Raw values are the JSON contract (`itSecurity`, `cybersecurity`, `informationSecurity`).
public enum Discipline: String, Codable, CaseIterable, Sendable, Comparable {
    /// Hands-on protection of an organisation's own IT infrastructure.
    case itSecurity
    /// Defending digital systems against adversaries, the wider field around IT security.
    case cybersecurity
    /// Protecting information in any form through management systems, governance and assurance.
    case informationSecurity

    public static func < (lhs: Discipline, rhs: Discipline) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Human-readable name, as in "IT security".
    public var displayName: String {
        switch self {
        case .itSecurity: "IT security"
        case .cybersecurity: "Cybersecurity"
        case .informationSecurity: "Information security"
        }
    }
}
