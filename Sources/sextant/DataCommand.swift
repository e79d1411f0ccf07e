import ArgumentParser
import Foundation
import SextantCore
import SextantData

/// `sextant data ...`: work with the knowledge base files.
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Check, report on or locate the knowledge base.",
        subcommands: [DataCheckCommand.self, DataReportCommand.self, DataPathCommand.self])
}

/// `sextant data check [--data DIR]`: validate everything, with file, line, value and fix.
struct DataCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the knowledge base: schema, unique ids and aliases, cross-references, dates, URLs.",
        discussion: """
            Exits 0 when there are no errors (warnings allowed), 1 otherwise. With --stale-after, every fact \
            and source last checked longer ago than that is an error too: `sextant data check --stale-after 365d`.
            """)

    @OptionGroup var data: KnowledgeBaseOptions
    @OptionGroup var json: JSONOption

    @Option(
        name: .customLong("stale-after"),
        help: ArgumentHelp(
            "List facts whose last check is older than this: days, weeks or years (365d, 52w, 1y).",
            valueName: "age"))
    var staleAfter: Age?

    func run() throws {
        let directory = data.directory.map { URL(fileURLWithPath: $0, isDirectory: true) }
        let issues = KnowledgeBaseLoader.check(directory: directory, today: Day.today, staleAfterDays: staleAfter?.days)
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

/// An age written as `365d`, `52w` or `1y` (a bare number is days).
struct Age: ExpressibleByArgument, Equatable {
    var days: Int

    init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces).lowercased()
        let unit = text.last.flatMap { $0.isLetter ? $0 : nil }
        let digits = unit == nil ? Substring(text) : text.dropLast()
        guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy(\.isASCII), let number = Int(digits), number >= 0
        else { return nil }
        switch unit {
        case nil, "d": days = number
        case "w": days = number * 7
        case "y": days = number * 365
        default: return nil
        }
    }

    static var defaultCompletionKind: CompletionKind { .default }
}

/// `sextant data report`: how sure the knowledge base is of its facts, by kind.
struct DataReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Count the knowledge base's facts by kind and confidence (official, secondary, unconfirmed).",
        discussion: "Also says the oldest check date, so you know what to re-read first.")

    @OptionGroup var data: KnowledgeBaseOptions
    @OptionGroup var json: JSONOption

    func run() throws {
        let base = try data.load()
        let report = base.confidenceReport
        let facts = base.facts.filter { $0.kind != .source }
        let oldest = facts.compactMap(\.checked).min()
        let total = Dictionary(grouping: facts.compactMap(\.confidence), by: { $0 }).mapValues(\.count)
        if json.enabled {
            struct Row: Encodable {
                var kind: String
                var official: Int
                var secondary: Int
                var unconfirmed: Int
            }
            struct Report: Encodable {
                var version: String
                var facts: Int
                var official: Int
                var secondary: Int
                var unconfirmed: Int
                var oldestCheck: Day?
                var kinds: [Row]
            }
            let rows = report.map {
                Row(
                    kind: $0.kind.rawValue, official: $0.counts[.official] ?? 0, secondary: $0.counts[.secondary] ?? 0,
                    unconfirmed: $0.counts[.unconfirmed] ?? 0)
            }
            print(
                try JSONOutput.string(
                    Report(
                        version: base.version, facts: facts.count, official: total[.official] ?? 0,
                        secondary: total[.secondary] ?? 0, unconfirmed: total[.unconfirmed] ?? 0, oldestCheck: oldest,
                        kinds: rows)))
            return
        }
        let terminal = Terminal.current
        print(terminal.bold("Knowledge base \(base.version): \(facts.count) sourced facts"))
        var rows = report.map { row in
            [row.kind.label] + Confidence.allCases.map { String(row.counts[$0] ?? 0) }
        }
        rows.append([
            "all", String(total[.official] ?? 0), String(total[.secondary] ?? 0), String(total[.unconfirmed] ?? 0),
        ])
        print(terminal.table(header: ["FACTS", "OFFICIAL", "SECONDARY", "UNCONFIRMED"], rows: rows))
        if let oldest {
            print(terminal.dim("Oldest check: \(oldest). `sextant data check --stale-after 365d` lists the old ones."))
        }
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
