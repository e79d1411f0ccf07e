import ArgumentParser
import SextantCore

/// `sextant roles`: NICE work roles and ECSF profiles.
struct RolesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roles",
        abstract: "List work roles: NIST NICE (pinned version) and ENISA ECSF profiles.")

    @Option(help: "nice or ecsf.")
    var framework: String?

    @Option(help: "Only roles of this discipline.")
    var discipline: Discipline?

    @Option(help: "Free text matched against ids, names, titles and keywords.")
    var search: String?

    @OptionGroup var data: KnowledgeBaseOptions
    @OptionGroup var json: JSONOption

    func run() throws {
        let base = try data.load()
        if let framework, !base.frameworks.contains(where: { $0.id.rawValue == framework.lowercased() }) {
            throw CLIError(
                "Unknown framework '\(framework)'. Use one of: "
                    + base.frameworks.map(\.id.rawValue).joined(separator: ", "))
        }
        let roles = base.roles(matching: RoleFilter(framework: framework, discipline: discipline, search: search))
        if json.enabled {
            print(try JSONOutput.string(roles, sources: base))
            return
        }
        let terminal = Terminal.current
        let rows = roles.map { role in
            [
                role.id.rawValue, role.framework.rawValue.uppercased(), role.name,
                role.discipline?.shortName ?? "-", role.orientation.rawValue,
            ]
        }
        print(terminal.table(header: ["ID", "FRAMEWORK", "NAME", "DISC.", "ORIENTATION"], rows: rows))
        let versions = base.frameworks.map { "\($0.name) \($0.version)" }.joined(separator: "; ")
        print(terminal.dim(terminal.wrap("\(roles.count) roles. \(versions). `sextant role ID` shows one.", indent: 0)))
    }
}

/// `sextant role ID`: one work role.
struct RoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "role", abstract: "Show one work role: summary, discipline, typical titles, keywords, source.")

    @Argument(help: "A role id, e.g. OG-WRL-007 or ecsf-penetration-tester.")
    var id: String

    @OptionGroup var data: KnowledgeBaseOptions
    @OptionGroup var json: JSONOption

    func run() throws {
        let base = try data.load()
        let role: WorkRole
        do throws(PlanningError) {
            role = try base.resolveRole(id)
        } catch {
            throw CLIError(error)
        }
        if json.enabled {
            print(try JSONOutput.string(role, sources: base))
            return
        }
        let terminal = Terminal.current
        let framework = base.frameworks.first { $0.id == role.framework }
        var out = [terminal.bold("\(role.name)") + terminal.dim("  [\(role.id)]")]
        out.append("Framework: \(framework.map { "\($0.name) \($0.version)" } ?? role.framework.rawValue)")
        if let category = role.category, let name = base.roleCategories.first(where: { $0.id == category })?.name {
            out.append("Category: \(name) (\(category))")
        }
        out.append(
            "Discipline: \(role.discipline?.displayName ?? "not security work in itself")   Orientation: \(role.orientation.rawValue)"
        )
        out.append("")
        out.append(terminal.wrap(role.summary, indent: 0))
        if !role.titles.isEmpty { out.append("\nTitles: " + role.titles.joined(separator: "; ")) }
        if !role.keywords.isEmpty { out.append("Keywords: " + role.keywords.joined(separator: ", ")) }
        if let note = role.note { out.append("Note: \(note)") }
        let confidence = role.provenance.confidence
        out.append(
            "\nSource: "
                + role.provenance.sources.map { id in "\(id) \(base.source(id)?.url ?? "")" }.joined(separator: "; ")
                + " (\(confidence.rawValue)\(confidence == .unconfirmed ? " — verify before relying on it" : ""))")
        print(out.joined(separator: "\n"))
    }
}
