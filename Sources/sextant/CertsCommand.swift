import ArgumentParser
import SextantCore

/// `sextant certs`: the catalog, filtered.
struct CertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "certs",
        abstract: "List certifications, filtered by discipline, orientation, level, issuer, domain or text.",
        discussion: """
            Examples:
              sextant certs --discipline cybersecurity --level associate
              sextant certs --issuer isaca --json
              sextant certs --search cloud
            """)

    @Option(help: "Only certifications of this discipline.")
    var discipline: Discipline?

    @Option(help: "Only certifications of this orientation.")
    var orientation: Orientation?

    @Option(help: "Only certifications of this level.")
    var level: CertificationLevel?

    @Option(help: "Issuer name, e.g. ISC2, CompTIA, ISACA.")
    var issuer: String?

    @Option(help: "A CISSP domain id, e.g. security-operations.")
    var domain: String?

    @Option(help: "Free text matched against ids, names, aliases and eligibility.")
    var search: String?

    @Flag(help: "Only security certifications (leave out ITIL, PMP and the like).")
    var securityOnly = false

    @OptionGroup var data: KnowledgeBaseOptions
    @OptionGroup var json: JSONOption

    func run() throws {
        let base = try data.load()
        var domainID: Domain.ID?
        if let domain {
            guard let found = base.domains.first(where: { $0.id.rawValue == domain.lowercased() }) else {
                let hint =
                    EditDistance.suggestions(for: domain, among: base.domains.map(\.id.rawValue), limit: 1)
                    .first.map { " — did you mean '\($0)'?" } ?? ""
                throw CLIError(
                    "Unknown domain '\(domain)'\(hint) Domains: "
                        + base.domains.map(\.id.rawValue).joined(separator: ", "))
            }
            domainID = found.id
        }
        let filter = CertificationFilter(
            discipline: discipline, orientation: orientation, level: level, issuer: issuer, domain: domainID,
            search: search, includeNonSecurity: !securityOnly)
        let found = base.certifications(matching: filter)
        if json.enabled {
            print(try JSONOutput.string(found, sources: base))
            return
        }
        let terminal = Terminal.current
        guard !found.isEmpty else {
            print("No certification matches these filters. Try fewer filters, or `sextant certs` for all of them.")
            return
        }
        // Issuer and orientation only where there is room: at 80 columns the rest fits uncut.
        let wide = terminal.width >= 120
        let rows = found.map { certification in
            [certification.short, certification.id.rawValue]
                + (wide ? [CertificationFacts.issuerBrief(certification.issuer)] : [])
                + [certification.level.rawValue] + (wide ? [certification.orientation.rawValue] : [])
                + [
                    certification.disciplines.map(\.shortName).joined(separator: "+"),
                    CertificationFacts.experienceBrief(certification),
                    CertificationFacts.costBrief(certification.cost),
                ]
        }
        let header =
            ["NAME", "ID"] + (wide ? ["ISSUER"] : []) + ["LEVEL"] + (wide ? ["ORIENTATION"] : [])
            + ["DISC.", "EXPERIENCE", "COST"]
        print(terminal.table(header: header, rows: rows))
        print(
            terminal.dim(
                terminal.wrap(
                    "\(found.count) certification\(found.count == 1 ? "" : "s"). `sextant cert ID` shows one in full; * marks an unconfirmed fact.",
                    indent: 0)))
    }
}

extension Discipline {
    /// Compact label for tables: IT, CY, IS.
    var shortName: String {
        switch self {
        case .itSecurity: "IT"
        case .cybersecurity: "CY"
        case .informationSecurity: "IS"
        }
    }
}

/// Short renderings of certification facts for tables.
enum CertificationFacts {
    static func experienceBrief(_ certification: Certification) -> String {
        let eligibility = certification.eligibility
        let mark = eligibility.provenance.confidence == .unconfirmed ? "*" : ""
        guard !eligibility.paths.isEmpty else { return "none" + mark }
        // One phrase per route, e.g. "5 y or training", "needs cka".
        var routes: [String] = []
        if let least = eligibility.paths.compactMap({ $0.experience?.years }).min() {
            routes.append((least == least.rounded() ? String(Int(least)) : String(least)) + " y")
        }
        if eligibility.paths.contains(where: { $0.training != nil }) { routes.append("training") }
        let prerequisites = eligibility.paths.filter { $0.experience == nil && $0.training == nil }
            .flatMap { $0.prerequisites?.all ?? [] }
        if !prerequisites.isEmpty { routes.append("needs " + prerequisites.map(\.rawValue).joined(separator: "/")) }
        return (routes.isEmpty ? "see rules" : routes.joined(separator: " or ")) + mark
    }

    /// The issuer without its parenthesised expansion: "PMI (Project Management Institute)" → "PMI".
    static func issuerBrief(_ issuer: String) -> String {
        let short = issuer.components(separatedBy: " (").first ?? issuer
        return short.count > 24 ? String(short.prefix(23)) + "…" : short
    }

    static func costBrief(_ cost: Certification.Cost?) -> String {
        guard let cost, let amount = cost.amount else { return "unknown" }
        let mark = cost.provenance.confidence == .unconfirmed ? "*" : ""
        let number = amount == amount.rounded() ? String(Int(amount)) : String(amount)
        return "\(cost.currency ?? "") \(number)" + (cost.asOf.map { " (\($0.year))" } ?? "") + mark
    }
}
