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
        out.append("  Orientation: \(analysis.orientation.plain)")
        if let primary = analysis.primaryDiscipline.discipline, let quote = evidence(for: primary) {
            out.append(terminal.wrap(terminal.dim("because: ") + "“\(quote)”", indent: 2))
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
            let rows = analysis.roles.map { role in
                ["\(Int((role.score * 100).rounded()))%", role.name, role.id.rawValue]
            }
            out.append(terminal.table(header: ["MATCH", "ROLE", "ID"], rows: rows, indent: 2))
        }
        for warning in analysis.warnings { out.append(terminal.yellow("Note: \(warning)")) }
        return out.joined(separator: "\n")
    }

    var verdictLine: String {
        let words = analysis.plainVerdict
        let first =
            analysis.securityRelevant
            ? terminal.bold(analysis.primaryDiscipline.discipline.map { color($0, words[0]) } ?? words[0])
            : terminal.magenta(words[0])
        return terminal.wrap(
            ([first] + words.dropFirst()).joined(separator: " · ") + terminal.dim(" · language \(analysis.language)"),
            indent: 0)
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
            "\(label) \(terminal.bold(finding.code.title))", terminal.wrap(finding.message, indent: 8),
        ]
        lines.append(terminal.dim(terminal.wrap("“\(finding.evidence)”", indent: 8)))
        if !finding.rule.isEmpty { lines.append(terminal.dim(terminal.wrap("rule: \(finding.rule)", indent: 8))) }
        lines.append(terminal.dim("        code: \(finding.code.rawValue)"))
        return lines.joined(separator: "\n")
    }
}
