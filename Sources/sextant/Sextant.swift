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
            Exit codes: 0 success, 1 not found or invalid input, 2 usage error.
            Every command reads the bundled knowledge base; --data DIR reads a copy you edit instead.
            """,
        version: SextantVersion.current,
        subcommands: [
            AnalyzeCommand.self, LintCommand.self, EligibilityCommand.self, PlanCommand.self, MatchCommand.self,
            CertsCommand.self, CertCommand.self, RolesCommand.self,
            RoleCommand.self, SurveyCommand.self, ServeCommand.self, ExportCommand.self, ImportCommand.self,
            EvalCommand.self,
            DataCommand.self,
        ]
    )

    /// Runs the command, mapping argument-parser's usage failures to exit code 2.
    static func main() async {
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
}
