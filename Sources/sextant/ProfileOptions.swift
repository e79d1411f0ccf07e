import ArgumentParser
import Foundation
import SextantCore
import SextantData

/// `--profile FILE` and `--as-of DATE`, shared by eligibility, plan and match.
struct ProfileOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A profile (YAML or JSON); see examples/.", valueName: "file"))
    var profile: String

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("The day to evaluate on, YYYY-MM-DD (default: today).", valueName: "date"))
    var asOf: Day?

    func day() throws -> Day { asOf ?? Day.today }

    /// The profile, checked against the knowledge base; errors name the field and the fix.
    func load(_ base: KnowledgeBase, asOf: Day) throws -> Profile {
        let loaded: Profile
        do {
            loaded = try ProfileLoader.load(path: profile).resolvingCertificationNames(in: base)
        } catch {
            throw CLIError(error.description)
        }
        let issues = loaded.validate(against: base, asOf: asOf)
        let errors = issues.filter { $0.severity == .error }
        for warning in issues where warning.severity == .warning {
            FileHandle.standardError.write(Data("Warning: \(profile): \(warning)\n".utf8))
        }
        if !errors.isEmpty {
            throw CLIError(
                (["The profile \(profile) has \(errors.count) problem\(errors.count == 1 ? "" : "s"):"]
                    + errors.map { "  \($0)" }).joined(separator: "\n"))
        }
        return loaded
    }
}

/// Parses `--cert` values into catalog ids, suggesting the nearest for typos.
func certificationIDs(_ names: [String], in base: KnowledgeBase) throws -> [Certification.ID] {
    try names.map { name in
        do throws(PlanningError) {
            return try base.resolveCertification(name).id
        } catch {
            throw CLIError(error)
        }
    }
}
