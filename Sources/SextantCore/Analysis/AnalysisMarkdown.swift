/// A posting analysis as Markdown, for pasting into a ticket or a chat.
public enum AnalysisMarkdown {
    public static func render(_ analysis: PostingAnalysis) -> String {
        var lines: [String] = []
        let title = analysis.title.isEmpty ? "Posting" : analysis.title
        lines.append("## \(escape(title))")
        lines.append("")
        lines.append(verdict(analysis))
        lines.append("")
        if !analysis.findings.isEmpty {
            lines.append("### Findings")
            for finding in analysis.findings {
                lines.append(
                    "- **\(finding.severity.rawValue): \(finding.code.title)** (`\(finding.code)`): \(escape(finding.message))"
                )
                lines.append("  > \(escape(finding.evidence))")
            }
            lines.append("")
        }
        lines.append("### Discipline profile")
        for discipline in Discipline.allCases {
            lines.append("- \(discipline.displayName): \(Int((analysis.disciplines[discipline] * 100).rounded()))%")
        }
        lines.append("")
        if !analysis.certifications.isEmpty {
            lines.append("### Certifications")
            lines.append("| Certification | Strength | Evidence |")
            lines.append("|---|---|---|")
            for mention in analysis.certifications {
                lines.append("| \(escape(mention.name)) | \(mention.strength.rawValue) | \(escape(mention.evidence)) |")
            }
            lines.append("")
        }
        lines.append("### Experience and education")
        lines.append("- Experience required: \(experience(analysis.experience))")
        if let education = analysis.education.summary { lines.append("- Education: \(education)") }
        if let clearance = analysis.clearance {
            lines.append("- Clearance: \(clearance.level)\(clearance.polygraph ? " with polygraph" : "")")
        }
        if !analysis.roles.isEmpty {
            lines.append("")
            lines.append("### Matching work roles")
            for role in analysis.roles {
                lines.append("- \(escape(role.name)) (\(role.id), \(Int((role.score * 100).rounded()))%)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// "Cybersecurity · technical · mid level · security job".
    public static func verdict(_ analysis: PostingAnalysis) -> String {
        let words = analysis.plainVerdict
        return "**\(words[0])** · " + words.dropFirst().joined(separator: " · ")
    }

    public static func experience(_ experience: Experience) -> String {
        guard let minimum = experience.minYears else { return "not stated" }
        if let maximum = experience.maxYears { return "\(format(minimum))–\(format(maximum)) years" }
        return "\(format(minimum))+ years"
    }

    /// "5", "2.5": numbers without a trailing ".0".
    public static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// Escapes Markdown control characters in text taken from the posting.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_{}[]<>#|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
