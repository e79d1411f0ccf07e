import ArgumentParser
import Foundation
import SextantCore
import SextantData

/// `sextant data ...`: work with the knowledge base files.
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Check or locate the knowledge base.",
        subcommands: [DataCheckCommand.self, DataPathCommand.self])
}

/// `sextant data check [--data DIR]`: validate everything, with file, line, value and fix.
struct DataCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the knowledge base: schema, unique ids and aliases, cross-references, dates, URLs.",
        discussion: "Exits 0 when there are no errors (warnings allowed), 1 otherwise.")

    @OptionGroup var data: KnowledgeBaseOptions
    @OptionGroup var json: JSONOption

    func run() throws {
        let directory = data.directory.map { URL(fileURLWithPath: $0, isDirectory: true) }
        let issues = KnowledgeBaseLoader.check(directory: directory, today: Day.today)
        let errors = issues.filter { $0.severity == .error }
        let location = (directory ?? KnowledgeBaseLoader.bundledDirectory).path
        if json.enabled {
            struct Report: Encodable {
                var directory: String
                var errors: Int
                var warnings: Int
                var issues: [Item]
            }
            struct Item: Encodable {
                var severity: String
                var file: String
                var line: Int?
                var path: String
                var value: String?
                var problem: String
                var fix: String
            }
            let items = issues.map {
                Item(
                    severity: $0.severity.rawValue, file: $0.file.rawValue, line: $0.line, path: $0.path.description,
                    value: $0.value, problem: $0.problem, fix: $0.fix)
            }
            print(
                try JSONOutput.string(
                    Report(
                        directory: location, errors: errors.count, warnings: issues.count - errors.count, issues: items)
                ))
        } else {
            let terminal = Terminal.current
            for issue in issues {
                let label = issue.severity == .error ? terminal.red("error") : terminal.yellow("warning")
                print("\(label): \(issue.description)")
            }
            if errors.isEmpty {
                var summary = "Knowledge base in \(location) is valid"
                if let base = try? KnowledgeBaseLoader.load(from: directory) {
                    summary +=
                        ": version \(base.version), \(base.certifications.count) certifications, "
                        + "\(base.roles.count) work roles, \(base.terms.groups.reduce(0) { $0 + $1.terms.count }) terms, "
                        + "\(base.sources.count) sources"
                }
                print(terminal.green(summary + (issues.isEmpty ? "." : " (\(issues.count) warnings).")))
            } else {
                print(terminal.red("\(errors.count) error\(errors.count == 1 ? "" : "s") in \(location)."))
            }
        }
        if !errors.isEmpty { throw ExitCode(1) }
    }
}

/// `sextant data path`: where the bundled files are, to copy them for editing.
struct DataPathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Print the directory of the bundled knowledge base (copy it to edit, then use --data).")

    func run() {
        print(KnowledgeBaseLoader.bundledDirectory.path)
    }
}

extension Day {
    /// Today in UTC, from the system clock. Only the edges (CLI, web) read the clock.
    static var today: Day {
        Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
