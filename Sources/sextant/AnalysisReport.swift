import SextantCore

/// The terminal report: verdict and findings first, then the evidence.
struct AnalysisReport {
    let analysis: PostingAnalysis
    let terminal: Terminal

    var text: String {
        var out: [String] = []
        let title = analysis.title.isEmpty ? "(untitled posting)" : analysis.title
        out.append(terminal.bold(title) + (analysis.id.map { terminal.dim("  [\($0)]") } ?? ""))
        out.append(verdictLine)
        if !analysis.findings.isEmpty {
            out.append("")
            for finding in analysis.findings { out.append(Self.render(finding, terminal: terminal)) }
        }
        out.append("")
        out.append(terminal.bold("Discipline profile"))
        for discipline in Discipline.allCases {
            let share = analysis.disciplines[discipline]
            let bar = String(repeating: "█", count: Int((share * 30).rounded()))
            let name = discipline.displayName.padding(toLength: 22, withPad: " ", startingAt: 0)
            out.append("  \(name)\(color(discipline, bar)) \(Int((share * 100).rounded()))%")
        }
        out.append(
            "  Orientation: \(analysis.orientation.rawValue) "
                + terminal.dim(
                    "(technical \(analysis.orientationScores.technical), strategic \(analysis.orientationScores.strategic))"
                ))
        if let primary = analysis.primaryDiscipline.discipline, let quote = evidence(for: primary) {
            out.append("  " + terminal.dim("because: ") + "“\(quote)”")
        }
        if !analysis.securityRelevant, !analysis.evidence.notSecurity.isEmpty {
            out.append("  " + terminal.dim("other work: ") + analysis.evidence.notSecurity.joined(separator: ", "))
        }

        out.append("")
        out.append(terminal.bold("Requirements"))
        out.append("  Experience: \(AnalysisMarkdown.experience(analysis.experience))")
        if let statement = analysis.experience.statements.first(where: \.required) {
            out.append("    " + terminal.dim("“\(statement.evidence)”"))
        }
        if let education = analysis.education.summary { out.append("  Education: \(education)") }
        if let clearance = analysis.clearance {
            out.append("  Clearance: \(clearance.level)\(clearance.polygraph ? ", polygraph" : "")")
        }
        if !analysis.dodLevels.isEmpty { out.append("  DoD 8570/8140: \(analysis.dodLevels.joined(separator: ", "))") }
        if analysis.certifications.isEmpty {
            out.append("  Certifications: none named")
        } else {
            out.append("  Certifications:")
            for mention in analysis.certifications {
                let strength: String
                switch mention.strength {
                case .required: strength = terminal.red("required ")
                case .preferred: strength = terminal.yellow("preferred")
                case .mentioned: strength = terminal.dim("mentioned")
                }
                let group = mention.group.map { terminal.dim(" (one of group \($0 + 1))") } ?? ""
                out.append("    \(strength)  \(terminal.bold(mention.name))\(group)")
                out.append(
                    "      " + terminal.dim("“") + highlight(mention.evidence, mention.matched) + terminal.dim("”"))
            }
        }
        if !analysis.roles.isEmpty {
            out.append("")
            out.append(terminal.bold("Work roles"))
            for role in analysis.roles {
                out.append(
                    "  \(role.id.rawValue.padding(toLength: 42, withPad: " ", startingAt: 0)) \(role.name) "
                        + terminal.dim("\(Int((role.score * 100).rounded()))%"))
            }
        }
        for warning in analysis.warnings { out.append(terminal.yellow("Note: \(warning)")) }
        return out.joined(separator: "\n")
    }

    var verdictLine: String {
        guard analysis.securityRelevant else {
            return terminal.magenta("Not a security job")
                + " · level \(analysis.seniority.rawValue) · language \(analysis.language)"
        }
        let discipline = analysis.primaryDiscipline.discipline.map { color($0, $0.displayName) } ?? "Security"
        var line =
            "\(terminal.bold(discipline)) · \(analysis.orientation.rawValue) · level \(analysis.seniority.rawValue)"
        line += " · title says \(analysis.titleDiscipline.rawValue)" + terminal.dim(" · language \(analysis.language)")
        return line
    }

    func evidence(for discipline: Discipline) -> String? {
        switch discipline {
        case .itSecurity: analysis.evidence.itSecurity.first
        case .cybersecurity: analysis.evidence.cybersecurity.first
        case .informationSecurity: analysis.evidence.informationSecurity.first
        }
    }

    func color(_ discipline: Discipline, _ text: String) -> String {
        switch discipline {
        case .itSecurity: terminal.blue(text)
        case .cybersecurity: terminal.red(text)
        case .informationSecurity: terminal.green(text)
        }
    }

    /// The evidence with the matched words in reverse video.
    func highlight(_ sentence: String, _ words: String) -> String {
        guard !words.isEmpty, let range = sentence.range(of: words) else { return sentence }
        return String(sentence[..<range.lowerBound]) + terminal.reverse(String(sentence[range]))
            + String(sentence[range.upperBound...])
    }

    static func render(_ finding: Finding, terminal: Terminal) -> String {
        let label: String
        switch finding.severity {
        case .error: label = terminal.red("error  ")
        case .warning: label = terminal.yellow("warning")
        case .info: label = terminal.cyan("info   ")
        }
        var lines = [
            "\(label) \(terminal.bold(finding.code.title)) \(terminal.dim("[\(finding.code.rawValue)]"))",
            "        \(finding.message)",
        ]
        lines.append("        " + terminal.dim("“\(finding.evidence)”"))
        if !finding.rule.isEmpty { lines.append("        " + terminal.dim("rule: \(finding.rule)")) }
        return lines.joined(separator: "\n")
    }
}
