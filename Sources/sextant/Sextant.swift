import ArgumentParser
import Foundation
import SextantCore

/// The `sextant` command: one engine behind every subcommand.
@main
struct Sextant: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sextant",
        abstract: "Read security job postings for what they really are, and plan certifications with real dates.",
        discussion: """
            Exit codes: 0 success, 1 not found or invalid input, 2 usage error. \
            Every command reads the bundled knowledge base; --data DIR reads a copy you edit instead.
            """,
        version: SextantVersion.current,
        subcommands: [
            AnalyzeCommand.self, LintCommand.self, EligibilityCommand.self, PlanCommand.self, MatchCommand.self,
            ProfileCommand.self,
            CertsCommand.self, CertCommand.self, RolesCommand.self,
            RoleCommand.self, SurveyCommand.self, ServeCommand.self, ExportCommand.self, ImportCommand.self,
            EvalCommand.self,
            DataCommand.self,
        ]
    )

    /// Runs the command, mapping argument-parser's usage failures to exit code 2.
    static func main() async {
        if let problem = unknownCommand(Array(CommandLine.arguments.dropFirst())) {
            FileHandle.standardError.write(Data((problem + "\n").utf8))
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    /// "Unknown command 'eligibilty' — did you mean 'eligibility'?" when the first word is no
    /// command (argument-parser would complain about the options that follow it instead).
    static func unknownCommand(_ arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let names = configuration.subcommands.map { $0._commandName } + ["help"]
        guard !names.contains(first) else { return nil }
        let hint = EditDistance.suggestions(for: first, among: names, limit: 1).first.map { " — did you mean '\($0)'?" }
        return "Error: unknown command '\(first)'\(hint ?? ".") Run `sextant --help` for the list of commands."
    }
}
