import ArgumentParser
import Foundation
import SextantCore

/// `sextant eligibility --profile FILE`: when each certification becomes attainable.
struct EligibilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eligibility",
        abstract: "When you may hold each certification: eligible now, from a date, or not by continuing your jobs.",
        discussion: """
            Reads a profile (YAML or JSON; see examples/) and applies each certification's rules from the \
            knowledge base, with their sources: years of experience by kind, part-time by hours, overlapping \
            jobs counted once, waivers, windows, prerequisites and associate routes.

            Examples:
              sextant eligibility --profile examples/network-admin.yaml
              sextant eligibility --profile me.yaml --cert cissp --cert cism --as-of 2027-01-01
              sextant eligibility --profile me.yaml --json
            """)

    @OptionGroup var profileOptions: ProfileOptions

    @Option(name: .customLong("cert"), help: "Only this certification (repeatable); shows the full arithmetic.")
    var certifications: [String] = []

    @Flag(help: "Show the arithmetic for every certification.")
    var explain = false

    @Flag(
        help:
            "Print JSON: {asOf, certifications: [{id, status, eligibleOn, route, reasons, confidence}]} for every certification."
    )
    var json = false

    @OptionGroup var data: KnowledgeBaseOptions

    func run() throws {
        let base = try data.load()
        let asOf = try profileOptions.day()
        let profile = try profileOptions.load(base, asOf: asOf)
        let ids = certifications.isEmpty ? nil : try certificationIDs(certifications, in: base)
        let report = EligibilityEvaluator(knowledgeBase: base).evaluate(profile, asOf: asOf, certifications: ids)
        if json {
            print(try JSONOutput.string(report))
            return
        }
        let terminal = Terminal.current
        print(terminal.bold("Eligibility of \(profile.name ?? profileOptions.profile) on \(asOf)"))
        // Without --cert, certifications with nothing to wait for fold into one line.
        let fold = ids == nil
        let folded = fold ? report.certifications.filter { $0.status == .noRequirement } : []
        let shown = fold ? report.certifications.filter { $0.status != .noRequirement } : report.certifications
        let rows = shown.map { result in
            [
                result.id.rawValue, Self.status(result, terminal),
                (result.eligibleOn?.description ?? "-") + (result.whatIf.isEmpty ? "" : " †"),
                Self.confidence(result.confidence, terminal), result.route ?? "",
            ]
        }
        print(terminal.table(header: ["CERTIFICATION", "STATUS", "DATE", "RULE", "ROUTE"], rows: rows))
        if !folded.isEmpty {
            print(
                terminal.wrap(
                    "… and \(folded.count) certification\(folded.count == 1 ? "" : "s") with no experience requirement "
                        + "(you may sit the exam now): " + folded.map(\.id.rawValue).joined(separator: ", ") + ".",
                    indent: 0))
        }
        for result in shown {
            for whatIf in result.whatIf {
                print(
                    terminal.wrap(
                        "† \(result.name): from \(result.eligibleOn?.description ?? "no date by continuing your jobs"); "
                            + "from \(whatIf.eligibleOn) if \(whatIf.assumption).", indent: 2))
            }
        }
        if explain || ids != nil {
            for result in report.certifications {
                print("")
                print(terminal.bold("\(result.name) [\(result.id)]") + " — " + Self.status(result, terminal))
                for reason in result.reasons { print(terminal.wrap("• " + reason, indent: 2)) }
                if !result.sources.isEmpty {
                    print(terminal.dim("  sources: " + result.sources.map(\.rawValue).joined(separator: ", ")))
                }
            }
        } else {
            print(terminal.dim("`--cert ID` or `--explain` shows the arithmetic; rules marked * are unconfirmed."))
        }
    }

    static func status(_ result: EligibilityResult, _ terminal: Terminal) -> String {
        if result.retired != nil { return terminal.red("retired") }
        return switch result.status {
        case .eligible: terminal.green("eligible")
        case .eligibleLater: terminal.yellow("eligible later")
        case .notEligible: terminal.red("not eligible")
        case .noRequirement: terminal.dim("no requirement")
        }
    }

    static func confidence(_ confidence: Confidence, _ terminal: Terminal) -> String {
        switch confidence {
        case .official: "official"
        case .secondary: "secondary"
        case .unconfirmed: terminal.red("unconfirmed*")
        }
    }
}
