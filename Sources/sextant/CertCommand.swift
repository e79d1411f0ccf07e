import ArgumentParser
import SextantCore

/// `sextant cert ID-OR-ALIAS`: everything known about one certification.
struct CertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cert",
        abstract: "Show one certification in full: eligibility in plain words, renewal, cost, sources.",
        discussion: """
            The name may be an id or any spelling job ads use: cissp, "Sec+", CASP+, "ISC2 CC".
            """)

    @Argument(help: "A certification id, name or alias.")
    var name: String

    @OptionGroup var data: KnowledgeBaseOptions
    @OptionGroup var json: JSONOption

    func run() throws {
        let base = try data.load()
        let certification: Certification
        do throws(PlanningError) {
            certification = try base.resolveCertification(name)
        } catch {
            throw CLIError(error)
        }
        if json.enabled {
            print(try JSONOutput.string(certification, sources: base))
        } else {
            print(CertificationReport(certification: certification, base: base, terminal: .current).text)
        }
    }
}

/// The terminal page for one certification.
struct CertificationReport {
    let certification: Certification
    let base: KnowledgeBase
    let terminal: Terminal

    var text: String {
        var out: [String] = []
        let c = certification
        out.append(terminal.bold("\(c.short) — \(c.name)") + terminal.dim("  [\(c.id)]"))
        if let retirement = c.retirement {
            let successor = retirement.successor.flatMap(base.certification)
            out.append(
                terminal.red("Retired on \(retirement.date): it can no longer be earned or renewed.")
                    + (successor.map { " Successor: \($0.short) — \($0.name) [\($0.id)]." } ?? " No single successor.")
                    + " " + mark(retirement.provenance, nil))
            if let note = retirement.note { out.append(terminal.wrap(note)) }
        }
        out.append("Issuer: \(c.issuer)   Level: \(c.level.rawValue)   Orientation: \(c.orientation.rawValue)")
        if !c.disciplines.isEmpty {
            out.append("Disciplines: " + c.disciplines.map(\.displayName).joined(separator: ", "))
        } else {
            out.append("Not a security certification (named by security postings all the same).")
        }
        if !c.domains.isEmpty {
            out.append(
                "CISSP domains: " + c.domains.map { base.domain($0)?.name ?? $0.rawValue }.joined(separator: ", "))
        }
        out.append(mark(c.classification.provenance, "classification"))
        let aliases = c.aliases.map { $0.name + ($0.legacy ? " (former name)" : "") }
        if !aliases.isEmpty { out.append("Also written: " + aliases.joined(separator: ", ")) }

        out.append("")
        out.append(terminal.bold("Eligibility") + " " + mark(c.eligibility.provenance, nil))
        out.append(terminal.wrap(c.eligibility.summary))
        for sentence in EligibilityText.sentences(for: c.eligibility, in: base) {
            out.append(terminal.wrap("• " + sentence, indent: 2))
        }
        for grade in c.eligibility.ladder ?? [] {
            out.append(terminal.wrap("• Lower grade \(grade.name): \(grade.summary)"))
        }
        for path in c.eligibility.paths {
            for option in path.experience?.waivers?.options ?? [] {
                if let provenance = option.provenance {
                    out.append(terminal.wrap("  Waiver \"\(option.label)\": " + mark(provenance, nil), indent: 2))
                }
            }
        }

        if let exam = c.exam {
            out.append("")
            out.append(terminal.bold("Exam") + " " + mark(exam.provenance, nil))
            out.append(terminal.wrap(exam.summary))
        }
        if let cost = c.cost {
            out.append("")
            out.append(terminal.bold("Cost") + " " + mark(cost.provenance, nil))
            out.append("  " + CertificationFacts.costBrief(cost).replacingOccurrences(of: "*", with: ""))
            if let asOf = cost.asOf { out.append("  Price as of \(asOf)") }
            if let note = cost.note { out.append(terminal.wrap(note)) }
        }
        if let renewal = c.renewal {
            out.append("")
            out.append(terminal.bold("Renewal") + " " + mark(renewal.provenance, nil))
            out.append(terminal.wrap(renewal.summary))
        }
        if let dod = c.dod8570 {
            out.append("")
            out.append(terminal.bold("DoD 8570 (legacy baseline)") + " " + mark(dod.provenance, nil))
            out.append("  " + dod.categories.joined(separator: ", "))
        }
        if let note = c.note {
            out.append("")
            out.append(terminal.wrap("Note: " + note, indent: 0))
        }
        out.append("")
        out.append(terminal.bold("Sources"))
        for id in citedSources {
            let source = base.source(id)
            out.append("  \(id)  \(source?.title ?? "?")")
            if let url = source?.url { out.append("       " + terminal.dim(url)) }
            if let checked = source?.checked { out.append("       " + terminal.dim("last checked \(checked)")) }
        }
        return out.joined(separator: "\n")
    }

    /// Every source the certification's facts cite, in order of first use.
    var citedSources: [Source.ID] {
        let c = certification
        var all = c.classification.provenance.sources + c.eligibility.provenance.sources
        all += c.eligibility.paths.flatMap { path in
            (path.provenance?.sources ?? [])
                + (path.experience?.waivers?.options.flatMap { $0.provenance?.sources ?? [] } ?? [])
        }
        all += c.eligibility.associate?.provenance?.sources ?? []
        all += (c.exam?.provenance.sources ?? []) + (c.cost?.provenance.sources ?? [])
        all += (c.renewal?.provenance.sources ?? []) + (c.dod8570?.provenance.sources ?? [])
        all += c.retirement?.provenance.sources ?? []
        var seen = Set<Source.ID>()
        return all.filter { seen.insert($0).inserted }
    }

    /// `(official, checked 2026-11-26)`, or a loud warning when unconfirmed.
    func mark(_ provenance: Provenance, _ subject: String?) -> String {
        let prefix = subject.map { "\($0): " } ?? ""
        let sources = provenance.sources.map(\.rawValue).joined(separator: ", ")
        let cited = sources.isEmpty ? "" : "; \(sources)"
        switch provenance.confidence {
        case .official:
            return terminal.dim("(\(prefix)official, checked \(provenance.checked)\(cited))")
        case .secondary:
            return terminal.yellow(
                "(\(prefix)secondary source — verify with the issuer; checked \(provenance.checked)\(cited))")
        case .unconfirmed:
            return terminal.red("(\(prefix)UNCONFIRMED — verify before relying on it\(cited))")
        }
    }
}
