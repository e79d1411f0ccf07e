import SextantCore

/// A profile written as YAML a person can read and correct: the fields `ProfileLoader` reads,
/// with comments on what was estimated and what could not be read.
public enum ProfileYAML {
    public static func render(
        _ profile: Profile, estimates: [JobEstimate] = [], header: [String] = [], unread: [String] = []
    )
        -> String
    {
        var lines = header.map { "# \($0)" }
        if let name = profile.name { lines.append("name: \(quoted(name))") }
        if !profile.education.isEmpty {
            lines.append("education:")
            for record in profile.education {
                lines.append("  - degree: \(record.degree.rawValue)")
                if let field = record.field { lines.append("    field: \(quoted(field))") }
                if let completed = record.completed { lines.append("    completed: \(completed)") }
            }
        }
        if !profile.certifications.isEmpty {
            lines.append("certifications:")
            for held in profile.certifications {
                lines.append("  - id: \(held.id.rawValue)")
                lines.append("    earned: \(held.earned)")
                if let expires = held.expires { lines.append("    expires: \(expires)") }
            }
        }
        lines.append(profile.experience.isEmpty ? "experience: []" : "experience:")
        for (index, job) in profile.experience.enumerated() {
            let estimate = estimates.first { $0.job == index }
            lines.append("  - title: \(quoted(job.title))")
            lines.append("    start: \(job.start)")
            if let end = job.end { lines.append("    end: \(end)") } else { lines.append("    # ongoing: no end date") }
            lines.append(
                "    hoursPerWeek: \(Profile.format(job.hoursPerWeek))"
                    + (estimate != nil ? "  # assumed full time" : ""))
            lines.append(
                "    securityShare: \(Profile.format(job.securityShare))"
                    + (estimate.map { "  # estimate: \($0.note)" } ?? ""))
            lines.append(
                "    domains: [\(job.domains.map(\.rawValue).joined(separator: ", "))]"
                    + (estimate != nil ? "  # estimate" : ""))
            if job.management { lines.append("    management: true") }
            if let it = job.it { lines.append("    it: \(it)") }
            if let focus = job.focus, !focus.isEmpty {
                lines.append("    focus: [\(focus.map(\.rawValue).joined(separator: ", "))]")
            }
            if let hours = job.auditHours { lines.append("    auditHours: \(Profile.format(hours))") }
        }
        if let goal = profile.goal {
            lines.append("goal:")
            if let ids = goal.certifications {
                lines.append("  certifications: [\(ids.map(\.rawValue).joined(separator: ", "))]")
            }
            if let role = goal.role { lines.append("  role: \(quoted(role))") }
            if let posting = goal.posting { lines.append("  posting: \(quoted(posting))") }
            if let direction = goal.direction { lines.append("  direction: \(quoted(direction))") }
        }
        if !unread.isEmpty {
            lines.append("# Not read (add these by hand if they matter):")
            for item in unread { lines.append("#   - " + item.replacingAll("\n", with: " ")) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar (JSON's escapes are valid YAML).
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF
                {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

extension String {
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
