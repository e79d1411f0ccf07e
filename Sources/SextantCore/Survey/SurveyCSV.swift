/// `postings.csv`: one row per analysed posting with its key fields (RFC 4180).
public enum SurveyCSV {
    public static let header = [
        "id", "source", "line", "title", "company", "location", "posted", "security_relevant", "discipline",
        "title_discipline", "orientation", "seniority", "title_seniority", "language", "min_years", "max_years",
        "degree", "certifications_required", "certifications_preferred", "certifications_mentioned", "findings",
        "top_role",
    ]

    /// The header line, with its line break.
    public static var headerLine: String { line(header) }

    /// One posting's line, with its line break.
    public static func row(_ record: SurveyRecord, _ analysis: PostingAnalysis) -> String {
        func ids(_ strength: CertificationStrength) -> String {
            analysis.certifications.filter { $0.strength == strength }.map(\.id.rawValue).joined(separator: " ")
        }
        return line([
            analysis.id ?? "", record.source, String(record.line), analysis.title, record.company ?? "",
            record.location ?? "", record.posted ?? "", analysis.securityRelevant ? "true" : "false",
            analysis.primaryDiscipline.rawValue, analysis.titleDiscipline.rawValue, analysis.orientation.rawValue,
            analysis.seniority.rawValue, analysis.titleSeniority.rawValue, analysis.language,
            years(analysis.experience.minYears), years(analysis.experience.maxYears),
            analysis.education.minimumDegree?.rawValue ?? "", ids(.required), ids(.preferred), ids(.mentioned),
            analysis.findings.map(\.code.rawValue).joined(separator: " "), analysis.roles.first?.id.rawValue ?? "",
        ])
    }

    static func years(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// Fields joined by commas, quoted when they hold a comma, quote or line break. A field that
    /// a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading `'`.
    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
        // By byte: a "\r\n" pair is one Character, equal to neither "\r" nor "\n", and must be quoted.
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            return value
        }
        return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
    }
}
